// Loaded on demand only (see load-password-engine.ts): the dictionaries weigh a few hundred kB.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import type { FeedbackTexts, StrengthEstimate } from './strength-feedback';

// No `translations` option: feedback comes back as keys ("keyPattern", "useWords"), so the interface can
// show it in whichever language is active without building the matcher twice.
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary },
  graphs: common.adjacencyGraphs,
  useLevenshteinDistance: true,
});

export function estimateStrength(password: string, userInputs: readonly string[]): StrengthEstimate {
  const result = zxcvbn.check(password, [...userInputs]);
  return {
    score: result.score,
    warningKey: result.feedback.warning,
    suggestionKeys: result.feedback.suggestions,
  };
}

export const feedbackTexts: Record<'en' | 'de', FeedbackTexts> = {
  en: en.translations,
  de: de.translations,
};
