import { constants, deflateSync } from 'node:zlib';
import { pngFile, RGBA } from './places.js';

/**
 * A zlib stream of `repeat × chunkSize` zero bytes, built without compressing them all: after a full
 * flush the compressor starts afresh, so every chunk compresses to the same bytes and one copy serves
 * for all. Adler-32 of n zeros is (n mod 65521) << 16 | 1.
 */
function deflatedZeros(chunkSize: number, repeat: number): Buffer {
  const first = deflateSync(Buffer.alloc(chunkSize), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const header = first.subarray(0, 2);
  const block = first.subarray(2);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((chunkSize * repeat) % 65521) * 65536 + 1);
  return Buffer.concat([header, ...Array.from({ length: repeat }, () => block), finalEmptyBlock, adler]);
}

/** A real decompression bomb: an all-black RGBA PNG of 20,000 × 20,000 pixels, 1.6 GB once decoded. */
export function pngZlibBomb(): Buffer {
  const side = 20_000;
  const rowBytes = 1 + side * 4;
  const rowsPerChunk = 10;
  return pngFile({ width: side, height: side, colorType: RGBA }, deflatedZeros(rowBytes * rowsPerChunk, side / rowsPerChunk));
}

/** A PNG that is only a header declaring the size, with no pixel data to speak of. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  return pngFile({ width, height, colorType: RGBA }, deflateSync(Buffer.alloc(0)));
}

/** An SVG of `count` small squares: simple to draw, costly to parse and sanitize element by element. */
export function svgWithRects(count: number): Buffer {
  const rects = Array.from(
    { length: count },
    (_, i) => `<rect x="${i % 1000}" y="${Math.floor(i / 1000)}" width="1" height="1" fill="#336699"/>`,
  );
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1000">${rects.join('')}</svg>`);
}
