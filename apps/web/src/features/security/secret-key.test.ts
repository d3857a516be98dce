import { describe, expect, it } from 'vitest';
import { groupSecret, normalizeSecret } from './secret-key';

describe('groupSecret', () => {
  it('shows the key in blocks of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
  });

  it('leaves a shorter last block', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });

  it('regroups keys that already contain spaces, dashes or lower case', () => {
    expect(groupSecret(' jbsw y3dp-ehpk3pxp ')).toBe('JBSW Y3DP EHPK 3PXP');
  });

  it('is empty for an empty key', () => {
    expect(groupSecret('')).toBe('');
  });
});

describe('normalizeSecret', () => {
  it('is what the copy button copies: no spaces, upper case', () => {
    expect(normalizeSecret('jbsw y3dp ehpk 3pxp')).toBe('JBSWY3DPEHPK3PXP');
  });
});
