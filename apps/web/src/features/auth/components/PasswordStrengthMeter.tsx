import { Group, List, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PasswordStrengthState } from '../password-strength/usePasswordStrength';
import { MIN_ACCEPTED_SCORE, type StrengthScore } from '../password-strength/strength-feedback';

const SCORE_COLORS: Record<StrengthScore, string> = {
  0: 'red',
  1: 'orange',
  2: 'yellow',
  3: 'teal',
  4: 'green',
};

interface PasswordStrengthMeterProps {
  state: PasswordStrengthState;
  id?: string;
}

/** Score bar plus zxcvbn's warning and suggestions; announced politely while the person types. */
export function PasswordStrengthMeter({ state, id }: PasswordStrengthMeterProps) {
  const { t } = useTranslation();
  if (state.status === 'empty' || state.status === 'unavailable') return <div id={id} aria-live="polite" />;

  const score = state.status === 'ready' ? state.strength.score : 0;
  return (
    <Stack gap={4} id={id} aria-live="polite">
      <Progress
        value={state.status === 'ready' ? (score + 1) * 20 : 0}
        color={SCORE_COLORS[score]}
        size="sm"
        aria-label={t('auth.password.strengthLabel')}
        transitionDuration={150}
      />
      {state.status === 'loading' ? (
        <Text size="xs" c="dimmed">
          {t('auth.password.checking')}
        </Text>
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Text size="xs" fw={500}>
              {t('auth.password.strength', { level: t(`auth.password.score.${String(score) as `${StrengthScore}`}`) })}
            </Text>
            {score >= MIN_ACCEPTED_SCORE ? (
              <Group gap={4} c="green.8">
                <IconCircleCheck size={14} aria-hidden />
                <Text size="xs" fw={500}>
                  {t('auth.password.acceptable')}
                </Text>
              </Group>
            ) : (
              <Text size="xs" c="dimmed">
                {t('auth.password.notAcceptable')}
              </Text>
            )}
          </Group>
          {state.strength.warning && (
            <Text size="xs" c="red.9">
              {state.strength.warning}
            </Text>
          )}
          {state.strength.suggestions.length > 0 && (
            <List size="xs" c="dimmed" spacing={2}>
              {state.strength.suggestions.map((suggestion) => (
                <List.Item key={suggestion}>{suggestion}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
