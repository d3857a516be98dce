import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadTextFile, RECOVERY_CODES_FILE_NAME, recoveryCodesFileText } from './recovery-codes';

const header = {
  title: 'Deskbook recovery codes for anna@acme.example (Acme GmbH)',
  createdAt: 'Created on 3 Mar 2025',
  instructions: 'Each code works once.',
};

describe('recoveryCodesFileText', () => {
  it('starts with what the codes are for, then lists one code per line', () => {
    const text = recoveryCodesFileText(['aaaa-bbbb', 'cccc-dddd'], header);
    expect(text.split('\r\n')).toEqual([
      'Deskbook recovery codes for anna@acme.example (Acme GmbH)',
      'Created on 3 Mar 2025',
      '',
      'Each code works once.',
      '',
      'aaaa-bbbb',
      'cccc-dddd',
      '',
    ]);
  });

  it('contains every code exactly once, trimmed', () => {
    const codes = Array.from({ length: 10 }, (_, index) => ` code-${String(index)} `);
    const lines = recoveryCodesFileText(codes, header).split('\r\n');
    for (const code of codes) expect(lines.filter((line) => line === code.trim())).toHaveLength(1);
  });
});

describe('downloadTextFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the text under the given file name', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(RECOVERY_CODES_FILE_NAME);
      expect(this.href).toBe('blob:test');
    });

    downloadTextFile(RECOVERY_CODES_FILE_NAME, 'abc');

    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0].text()).toBe('abc');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
