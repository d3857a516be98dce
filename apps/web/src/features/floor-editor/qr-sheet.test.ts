import { describe, expect, it } from 'vitest';
import { qrSheetFileName } from './qr-sheet';

describe('qrSheetFileName', () => {
  it('names the sheet after the floor, safely', () => {
    expect(qrSheetFileName('Ground floor', 'en')).toBe('deskbook-qr-ground-floor-en.pdf');
    expect(qrSheetFileName('Erdgeschoß / Süd', 'de')).toBe('deskbook-qr-erdgescho-sud-de.pdf');
    expect(qrSheetFileName('***', 'en')).toBe('deskbook-qr-floor-en.pdf');
  });
});
