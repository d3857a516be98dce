import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../lib/languages';
import { describeStrength, type PasswordStrength } from './strength-feedback';
import { usePasswordEngine } from './usePasswordEngine';

export type PasswordStrengthState =
  { status: 'empty' } | { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; strength: PasswordStrength };

/**
 * Live strength of a password being typed, with zxcvbn's hints in the interface language.
 * `userInputs` must be memoised by the caller (it is a dependency).
 */
export function usePasswordStrength(password: string, userInputs: readonly string[]): PasswordStrengthState {
  const { i18n } = useTranslation();
  const engineState = usePasswordEngine(password !== '');
  const [debouncedPassword] = useDebouncedValue(password, 150);
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);

  return useMemo((): PasswordStrengthState => {
    if (password === '') return { status: 'empty' };
    if (engineState.status === 'failed') return { status: 'unavailable' };
    if (engineState.status === 'loading' || debouncedPassword === '') return { status: 'loading' };
    const { estimateStrength, feedbackTexts } = engineState.engine;
    const estimate = estimateStrength(debouncedPassword, userInputs);
    return { status: 'ready', strength: describeStrength(estimate, feedbackTexts[language]) };
  }, [password, debouncedPassword, engineState, userInputs, language]);
}
