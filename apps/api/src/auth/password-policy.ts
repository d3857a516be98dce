import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn score 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_SCORE = 3;

export interface PasswordVerdict {
  ok: boolean;
  score: number;
  warning: string | null;
  suggestions: string[];
}

const zxcvbn = new ZxcvbnFactory({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary },
  useLevenshteinDistance: true,
});

/**
 * NIST-style password rules: length 8-128, no composition rules, weak and context words refused.
 * `context` holds words an attacker would try first: the company name, the e-mail, the person's name.
 */
export function checkPassword(password: string, context: string[]): PasswordVerdict {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      ok: false,
      score: 0,
      warning: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
      suggestions: ['Add another word or two. Uncommon words are better.'],
    };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { ok: false, score: 0, warning: `Use at most ${PASSWORD_MAX_LENGTH} characters.`, suggestions: [] };
  }
  const userInputs = context.flatMap((c) => c.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const result = zxcvbn.check(password, userInputs);
  const suggestions = result.feedback.suggestions;
  return {
    ok: result.score >= MIN_SCORE,
    score: result.score,
    warning: result.feedback.warning || (result.score < MIN_SCORE ? 'This password is easy to guess.' : null),
    suggestions: suggestions.length || result.score >= MIN_SCORE ? suggestions : ['Add another word or two. Uncommon words are better.'],
  };
}
