import { translations as de } from '@zxcvbn-ts/language-de';
import { translations as en } from '@zxcvbn-ts/language-en';
import { describe, expect, it } from 'vitest';
import { describeStrength, estimateFromServerHints, passwordUserInputs } from './strength-feedback';

describe('describeStrength', () => {
  it('puts zxcvbn feedback keys into the chosen language', () => {
    const estimate = { score: 1 as const, warningKey: 'keyPattern', suggestionKeys: ['longerKeyboardPattern'] };
    expect(describeStrength(estimate, de)).toEqual({
      score: 1,
      warning: de.warnings.keyPattern,
      suggestions: [de.suggestions.longerKeyboardPattern],
    });
  });

  it('leaves out keys it has no text for', () => {
    const estimate = { score: 0 as const, warningKey: 'brandNew', suggestionKeys: ['alsoNew', 'useWords'] };
    expect(describeStrength(estimate, en)).toEqual({ score: 0, warning: null, suggestions: [en.suggestions.useWords] });
  });
});

describe('estimateFromServerHints', () => {
  it("maps the API's English hints back to keys, so they can be shown in German", () => {
    const estimate = estimateFromServerHints(
      { warning: en.warnings.common, suggestions: [en.suggestions.anotherWord, 'Use at least 8 characters.'], score: 1 },
      en,
    );
    expect(estimate).toEqual({ score: 1, warningKey: 'common', suggestionKeys: ['anotherWord'] });
    expect(describeStrength(estimate, de).warning).toBe(de.warnings.common);
  });

  it('accepts raw keys and clamps the score', () => {
    expect(estimateFromServerHints({ warning: 'dates', suggestions: [], score: 9 }, en)).toEqual({
      score: 4,
      warningKey: 'dates',
      suggestionKeys: [],
    });
  });
});

describe('passwordUserInputs', () => {
  it('collects company, name and e-mail parts in lower case', () => {
    expect(passwordUserInputs('Acme GmbH', 'Anna Schmidt', 'anna.schmidt@acme.example')).toEqual([
      'acme gmbh',
      'acme',
      'gmbh',
      'anna schmidt',
      'anna',
      'schmidt',
      'anna.schmidt@acme.example',
      'example',
    ]);
  });

  it('ignores blanks and tiny words', () => {
    expect(passwordUserInputs('', ' ', 'Al')).toEqual([]);
  });
});
