export type StrengthScore = 0 | 1 | 2 | 3 | 4;

/** The API refuses passwords below this zxcvbn score (apps/api/src/auth/password-policy.ts). */
export const MIN_ACCEPTED_SCORE: StrengthScore = 3;

/** What zxcvbn found, as translation keys of its language packages. */
export interface StrengthEstimate {
  score: StrengthScore;
  warningKey: string | null;
  suggestionKeys: string[];
}

/** The `translations` object of a @zxcvbn-ts language package (only the parts shown here). */
export interface FeedbackTexts {
  warnings: Record<string, string>;
  suggestions: Record<string, string>;
}

export interface PasswordStrength {
  score: StrengthScore;
  warning: string | null;
  suggestions: string[];
}

/** Puts zxcvbn's feedback keys into words; keys a language package lacks are left out, never shown raw. */
export function describeStrength(estimate: StrengthEstimate, texts: FeedbackTexts): PasswordStrength {
  const warning = estimate.warningKey ? (texts.warnings[estimate.warningKey] ?? null) : null;
  const suggestions = estimate.suggestionKeys
    .map((key) => texts.suggestions[key])
    .filter((text): text is string => typeof text === 'string' && text.length > 0);
  return { score: estimate.score, warning, suggestions };
}

/** Personal words a password should not be built from; blanks and very short parts add only noise. */
export function passwordUserInputs(...values: readonly string[]): string[] {
  const words = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim().toLowerCase();
    if (trimmed.length < 3) continue;
    words.add(trimmed);
    for (const part of trimmed.split(/[\s@.\-_]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

function keyOf(hint: string, group: Record<string, string>): string | null {
  if (hint in group) return hint; // the API may send zxcvbn's raw keys
  return Object.keys(group).find((key) => group[key] === hint) ?? null;
}

/**
 * The API's WEAK_PASSWORD hints are zxcvbn feedback in English. Mapping them back to zxcvbn's keys lets
 * the interface show them in the person's language; hints it cannot map are left out.
 */
export function estimateFromServerHints(
  hints: { warning: string | null; suggestions: string[]; score: number },
  englishTexts: FeedbackTexts,
): StrengthEstimate {
  const score = Math.max(0, Math.min(4, Math.round(hints.score))) as StrengthScore;
  return {
    score,
    warningKey: hints.warning ? keyOf(hints.warning, englishTexts.warnings) : null,
    suggestionKeys: hints.suggestions.map((hint) => keyOf(hint, englishTexts.suggestions)).filter((key): key is string => key !== null),
  };
}
