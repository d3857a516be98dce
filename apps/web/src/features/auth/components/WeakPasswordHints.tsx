import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../../lib/languages';
import { weakPasswordDetails } from '../../../api/validation-details';
import { describeStrength, estimateFromServerHints } from '../password-strength/strength-feedback';
import { usePasswordEngine } from '../password-strength/usePasswordEngine';

/** The API's reasons for rejecting a password (400 WEAK_PASSWORD), in the interface language. */
export function WeakPasswordHints({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const details = weakPasswordDetails(error);
  const engineState = usePasswordEngine(details !== null);
  if (!details || engineState.status !== 'ready') return null;

  const { feedbackTexts } = engineState.engine;
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const hints = describeStrength(estimateFromServerHints(details, feedbackTexts.en), feedbackTexts[language]);
  const lines = [hints.warning, ...hints.suggestions].filter((line): line is string => line !== null);
  if (lines.length === 0) return null;

  return (
    <div role="status">
      <Text size="sm" fw={500}>
        {t('auth.password.serverHintsTitle')}
      </Text>
      <List size="sm" spacing={2}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </div>
  );
}
