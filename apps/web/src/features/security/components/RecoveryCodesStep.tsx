import { Alert, Button, Checkbox, CopyButton, Group, List, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth';
import { downloadTextFile, RECOVERY_CODES_FILE_NAME, recoveryCodesFileText } from '../recovery-codes';
import type { FlowStepProps } from './flow-step';
import { LeaveWithoutSavingGuard } from './LeaveWithoutSavingGuard';
import { StepHeading } from './StepHeading';

interface RecoveryCodesStepProps extends Omit<FlowStepProps, 'onCancel'> {
  codes: readonly string[];
  doneLabel: string;
  /** May take a moment (the flow refreshes the signed-in person); the button shows it. */
  onDone: () => void;
  finishing: boolean;
}

/**
 * The only time the recovery codes are visible. Leaving is possible only once the person confirms
 * they saved them; there is no cancel here (2FA is already on).
 */
export function RecoveryCodesStep({ headingOrder, codes, doneLabel, onDone, finishing }: RecoveryCodesStepProps) {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const [saved, setSaved] = useState(false);

  const download = () => {
    const createdAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
    const text = recoveryCodesFileText(codes, {
      title: t('security.twoFactor.recoveryCodes.file.title', { email: me.email, tenant: me.tenantName }),
      createdAt: t('security.twoFactor.recoveryCodes.file.createdAt', { date: createdAt }),
      instructions: t('security.twoFactor.recoveryCodes.file.instructions'),
    });
    downloadTextFile(RECOVERY_CODES_FILE_NAME, text);
  };

  return (
    <Stack gap="md">
      <StepHeading order={headingOrder} focusOnMount>
        {t('security.twoFactor.recoveryCodes.title')}
      </StepHeading>
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {t('security.twoFactor.recoveryCodes.intro')}
      </Alert>
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
        <List
          aria-label={t('security.twoFactor.recoveryCodes.listLabel')}
          listStyleType="none"
          spacing={6}
          style={{ columns: 2, columnGap: 'var(--mantine-spacing-xl)' }}
        >
          {codes.map((code) => (
            <List.Item key={code} ff="monospace" fz="md">
              {code}
            </List.Item>
          ))}
        </List>
      </Paper>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            >
              {copied ? t('common.copied') : t('security.twoFactor.recoveryCodes.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" onClick={download} leftSection={<IconDownload size={16} aria-hidden />}>
          {t('security.twoFactor.recoveryCodes.download')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('security.twoFactor.recoveryCodes.howToUse')}
      </Text>
      <Checkbox
        label={t('security.twoFactor.recoveryCodes.confirmSaved')}
        checked={saved}
        onChange={(event) => {
          setSaved(event.currentTarget.checked);
        }}
      />
      <Group justify="flex-end">
        <Button onClick={onDone} disabled={!saved} loading={finishing}>
          {doneLabel}
        </Button>
      </Group>
      <LeaveWithoutSavingGuard active={!saved} />
    </Stack>
  );
}
