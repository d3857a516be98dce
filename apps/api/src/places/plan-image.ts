import createDOMPurify from 'dompurify';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { JSDOM } from 'jsdom';
import { DomainError } from '../common/errors/domain-error.js';

export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

export interface PlanImage {
  mimeType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  data: Buffer;
  width: number;
  height: number;
}

export class InvalidPlanImageError extends DomainError {
  constructor(reason: string) {
    super(400, 'INVALID_PLAN_IMAGE', `The plan must be a PNG, JPEG or SVG image up to 10 MB: ${reason}`);
  }
}

const window = new JSDOM('').window;
const purify = createDOMPurify(window);
/** Only same-document references (`#id`) survive: no external images, fonts or scripts. */
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  const value = data.attrValue.trim();
  if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !value.startsWith('#')) data.keepAttr = false;
  if (/url\(\s*['"]?(?!#)/i.test(value)) data.keepAttr = false;
});

const looksLikeSvg = (data: Buffer) =>
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8'));

/**
 * Identifies a plan by its content (magic bytes), never by the declared type or file name;
 * SVGs are sanitized (no scripts, event handlers, foreign objects or external references).
 */
export async function readPlanImage(data: Buffer): Promise<PlanImage> {
  if (data.length === 0) throw new InvalidPlanImageError('the file is empty');
  if (data.length > MAX_PLAN_BYTES) throw new InvalidPlanImageError('the file is larger than 10 MB');
  const detected = await fileTypeFromBuffer(data);
  if (detected?.mime === 'image/png' || detected?.mime === 'image/jpeg') {
    return { mimeType: detected.mime, data, ...dimensions(data) };
  }
  // file-type calls an SVG with an XML declaration application/xml; the root element decides.
  if ((!detected || detected.mime === 'application/xml') && looksLikeSvg(data)) {
    const clean = purify.sanitize(data.toString('utf8'), {
      USE_PROFILES: { svg: true, svgFilters: true },
      // <use> is safe here because the hook above drops every reference outside the document.
      ADD_TAGS: ['use'],
      ADD_ATTR: ['href', 'xlink:href'],
      FORBID_TAGS: ['foreignObject', 'script', 'style'],
      WHOLE_DOCUMENT: false,
    });
    if (!/<svg[\s>]/i.test(clean)) throw new InvalidPlanImageError('the SVG has no drawing left after removing unsafe content');
    const sanitized = Buffer.from(clean, 'utf8');
    return { mimeType: 'image/svg+xml', data: sanitized, ...dimensions(sanitized) };
  }
  throw new InvalidPlanImageError(detected ? `${detected.mime} is not supported` : 'the content is not an image');
}

function dimensions(data: Buffer): { width: number; height: number } {
  try {
    const { width, height } = imageSize(data);
    if (width && height) return { width: Math.round(width), height: Math.round(height) };
  } catch {
    // fall through
  }
  throw new InvalidPlanImageError('its width and height cannot be read');
}
