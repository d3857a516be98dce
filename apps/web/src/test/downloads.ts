import { vi } from 'vitest';

/**
 * Catches what `downloadFile` would save: the file names clicked and the blobs behind them. jsdom
 * has no object URLs and does not navigate, so both are stubbed; vi.restoreAllMocks undoes the click spy.
 */
export function captureDownloads(): { names: string[]; blobs: Blob[] } {
  const names: string[] = [];
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { names, blobs };
}
