import { describe, expect, it } from 'vitest';
import { tokenFromFragment } from './fragment-token';

describe('tokenFromFragment', () => {
  it('reads the token of #token=…', () => {
    expect(tokenFromFragment('#token=abc-DEF_123')).toBe('abc-DEF_123');
    expect(tokenFromFragment('token=abc')).toBe('abc');
  });

  it('has none when the fragment is empty, cut off or names something else', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#abc')).toBeNull();
  });
});
