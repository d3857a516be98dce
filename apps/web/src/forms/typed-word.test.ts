import { describe, expect, it } from 'vitest';
import { matchesTypedWord } from './typed-word';

describe('matchesTypedWord', () => {
  it('accepts the word in any case, with spaces around it', () => {
    expect(matchesTypedWord('DELETE', 'DELETE')).toBe(true);
    expect(matchesTypedWord(' delete ', 'DELETE')).toBe(true);
    expect(matchesTypedWord('löschen', 'LÖSCHEN')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(matchesTypedWord('', 'DELETE')).toBe(false);
    expect(matchesTypedWord('DELET', 'DELETE')).toBe(false);
    expect(matchesTypedWord('LOSCHEN', 'LÖSCHEN')).toBe(false);
    expect(matchesTypedWord('DE LETE', 'DELETE')).toBe(false);
  });
});
