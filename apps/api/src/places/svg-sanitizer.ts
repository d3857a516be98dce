import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { loadsExternalResource, sanitizeStyle } from './svg-style.js';

const purify = createDOMPurify(new JSDOM('').window);
/** Only same-document references (`#id`) survive: no external images, fonts or scripts. */
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName === 'style') {
    data.attrValue = sanitizeStyle(data.attrValue);
    if (!data.attrValue) data.keepAttr = false;
    return;
  }
  const value = data.attrValue.trim();
  if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !value.startsWith('#')) data.keepAttr = false;
  // Presentation attributes (fill, filter, mask …) are CSS values too.
  if (loadsExternalResource(value)) data.keepAttr = false;
});

/**
 * The SVG without scripts, event handlers, foreign objects, style sheets or external references.
 * CPU-heavy for large drawings: the API runs it in a worker (svg-sanitizer.worker.ts).
 */
export function sanitizeSvg(svg: string): string {
  return purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    // <use> is safe here because the hook above drops every reference outside the document.
    ADD_TAGS: ['use'],
    ADD_ATTR: ['href', 'xlink:href'],
    FORBID_TAGS: ['foreignObject', 'script', 'style'],
    WHOLE_DOCUMENT: false,
  });
}
