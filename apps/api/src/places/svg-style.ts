/**
 * CSS inside an SVG plan (style attributes and presentation attributes such as `fill`): checked as the
 * browser will read it, with CSS escapes decoded and comments removed, so `u\72l(` counts as `url(`.
 */

/** Presentation properties a floor plan needs; anything else (background, content, behavior …) goes. */
const ALLOWED_PROPERTIES = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'opacity',
  'color',
  'stop-color',
  'stop-opacity',
  'clip-path',
  'clip-rule',
  'mask',
  'filter',
  'marker',
  'marker-start',
  'marker-mid',
  'marker-end',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'letter-spacing',
  'text-decoration',
  'white-space',
  'display',
  'visibility',
  'transform',
  'vector-effect',
  'paint-order',
  'shape-rendering',
]);

/** Colours and transforms; url() only for references inside the document (checked separately). */
const ALLOWED_FUNCTIONS = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'url',
  'translate',
  'translatex',
  'translatey',
  'rotate',
  'scale',
  'scalex',
  'scaley',
  'skewx',
  'skewy',
  'matrix',
]);

/** No backslash (nothing left to decode twice), no `;`, `:`, `@`, `/` or brackets other than `(`. */
const SAFE_VALUE = /^[\w\s#%.,()'"!+-]*$/;
const FUNCTION_NAME = /([a-z_-][\w-]*)\s*\(/gi;
const LOCAL_URL = /url\(\s*(['"]?)#[\w.:-]*\1\s*\)/gi;
const EXTERNAL_LOAD = /(?:^|[^\w-])(?:-[a-z]+-)?(?:url|image|image-set|cross-fade|element|src)\s*\(|@import|expression\s*\(/i;

/** What the browser's CSS tokenizer makes of escapes: `\72` → `r`, `\(` → `(`, an escaped newline → nothing. */
export function decodeCssEscapes(text: string): string {
  return text.replace(
    /\\(?:([0-9a-f]{1,6})(?:\r\n|[ \t\r\n\f])?|(\r\n|[\r\n\f])|([\s\S]))?/gi,
    (_match, hex: string | undefined, newline: string | undefined, char: string | undefined) => {
      if (hex !== undefined) {
        const code = parseInt(hex, 16);
        return code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
      }
      if (newline !== undefined) return '';
      return char ?? '\ufffd';
    },
  );
}

/** CSS text as the browser reads it: escapes decoded, comments gone (a comment cannot split `url(` apart). */
function readCss(text: string): string {
  return decodeCssEscapes(text).replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '');
}

/** Whether an attribute value, read as CSS, would load anything from outside the document. */
export function loadsExternalResource(value: string): boolean {
  return EXTERNAL_LOAD.test(readCss(value).replace(LOCAL_URL, ''));
}

function isSafeValue(value: string): boolean {
  if (!SAFE_VALUE.test(value) || loadsExternalResource(value)) return false;
  return [...value.matchAll(FUNCTION_NAME)].every(([, name]) => ALLOWED_FUNCTIONS.has(name.toLowerCase()));
}

/**
 * A style attribute reduced to allowed properties with safe values, written out decoded
 * (`fill: #369; stroke-width: 2`); '' when nothing is left.
 */
export function sanitizeStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of readCss(style).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (ALLOWED_PROPERTIES.has(property) && value && isSafeValue(value)) kept.push(`${property}: ${value}`);
  }
  return kept.join('; ');
}
