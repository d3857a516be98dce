import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { InvalidPlanImageError, PlanDimensionsTooLargeError, PlanTooComplexError } from './plan-errors.js';
import { sanitizeSvgInWorker } from './sanitize-svg-in-worker.js';

export const MAX_PLAN_BYTES = 10 * 1024 * 1024;
/** Browsers decode the whole plan into memory (4 bytes a pixel): 40 megapixels are 160 MB. */
export const MAX_PLAN_SIDE = 10_000;
export const MAX_PLAN_MEGAPIXELS = 40;
/** Far beyond a floor plan's walls, rooms and desks; sanitizing takes time and memory per element. */
export const MAX_SVG_ELEMENTS = 20_000;

export interface PlanImage {
  mimeType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  data: Buffer;
  width: number;
  height: number;
}

const looksLikeSvg = (data: Buffer) =>
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8'));

/**
 * Identifies a plan by its content (magic bytes), never by the declared type or file name. Sizes are
 * read from the header, never by decoding pixels, and capped. SVGs are sanitized (no scripts, event
 * handlers, foreign objects or external references) in a worker thread.
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
    dimensions(svgRootTag(data)); // an absurd size is refused before the costly part
    if (countElementsUpTo(data, MAX_SVG_ELEMENTS + 1) > MAX_SVG_ELEMENTS) {
      throw new PlanTooComplexError(`it has more than ${MAX_SVG_ELEMENTS} elements`);
    }
    const clean = await sanitizeSvgInWorker(data.toString('utf8'));
    if (!/<svg[\s>]/i.test(clean)) throw new InvalidPlanImageError('the SVG has no drawing left after removing unsafe content');
    const sanitized = Buffer.from(clean, 'utf8');
    return { mimeType: 'image/svg+xml', data: sanitized, ...dimensions(svgRootTag(sanitized)) };
  }
  throw new InvalidPlanImageError(detected ? `${detected.mime} is not supported` : 'the content is not an image');
}

/**
 * Only the root `<svg …>` tag, where width, height and viewBox are: image-size would otherwise turn all
 * of a large plan into a string and search it, blocking the event loop meanwhile.
 */
function svgRootTag(data: Buffer): Buffer {
  const root = /<svg\s(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(data.subarray(0, 64 * 1024).toString('utf8'));
  if (!root) throw new InvalidPlanImageError('its width and height cannot be read');
  return Buffer.from(root[0], 'utf8');
}

/** Start tags (`<` and a letter), counted with a native byte search; stops at `limit`. */
function countElementsUpTo(data: Buffer, limit: number): number {
  let count = 0;
  for (let at = data.indexOf(0x3c); at >= 0 && count < limit; at = data.indexOf(0x3c, at + 1)) {
    const next = data[at + 1] | 0x20; // lower-cased ASCII letter
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

function dimensions(data: Buffer): { width: number; height: number } {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(data);
  } catch {
    throw new InvalidPlanImageError('its width and height cannot be read');
  }
  const width = Math.round(size.width ?? 0);
  const height = Math.round(size.height ?? 0);
  if (!(width > 0 && height > 0)) throw new InvalidPlanImageError('its width and height cannot be read');
  if (width > MAX_PLAN_SIDE || height > MAX_PLAN_SIDE || width * height > MAX_PLAN_MEGAPIXELS * 1_000_000) {
    throw new PlanDimensionsTooLargeError(width, height, { side: MAX_PLAN_SIDE, megapixels: MAX_PLAN_MEGAPIXELS });
  }
  return { width, height };
}
