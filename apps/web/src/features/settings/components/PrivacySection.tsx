import { Alert, NumberInput, Radio, Stack, Switch } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { useSignedInUser } from '../../auth';
import { policyRequiresTwoFactor } from '../../security';
import type { TenantSettings } from '../../../api/types';
import { SETTINGS_LIMITS, type SettingsForm } from '../settings-form';
import { RetentionSummary } from './RetentionSummary';
import { NoticeRepublishNote } from './NoticeRepublishNote';
import { VisibilityChangeNotice } from './VisibilityChangeNotice';

const VISIBILITIES = ['everyone', 'anonymous', 'user_choice'] as const;
const RETENTION_MODES = ['anonymize', 'delete'] as const;
const TWO_FACTOR_POLICIES = ['off', 'admins', 'everyone'] as const;

export function PrivacySection({
  form,
  saved,
  republishesNotice,
}: {
  form: SettingsForm;
  saved: TenantSettings;
  republishesNotice: boolean;
}) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const { privacy } = form.values;
  const coversMeWithout2fa = !me.totpEnabled && policyRequiresTwoFactor(privacy.require2fa, me.role);
  return (
    <SectionCard title={t('settings.privacy.title')} description={t('settings.privacy.description')}>
      <Radio.Group label={t('settings.privacy.visibility.label')} {...form.getInputProps('privacy.bookingVisibility')}>
        <Stack gap="sm" mt="xs">
          {VISIBILITIES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`settings.privacy.visibility.${value}.label`)}
              description={t(`settings.privacy.visibility.${value}.description`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <VisibilityChangeNotice saved={saved.privacy.bookingVisibility} edited={privacy.bookingVisibility} />
      <Switch
        label={t('settings.privacy.userChoiceDefault.label')}
        description={t('settings.privacy.userChoiceDefault.description')}
        disabled={privacy.bookingVisibility !== 'user_choice'}
        {...form.getInputProps('privacy.userChoiceDefault', { type: 'checkbox' })}
      />
      <Radio.Group label={t('settings.privacy.retention.mode.label')} {...form.getInputProps('privacy.retention.mode')}>
        <Stack gap="sm" mt="xs">
          {RETENTION_MODES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`settings.privacy.retention.mode.${value}.label`)}
              description={t(`settings.privacy.retention.mode.${value}.description`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <NumberInput
        label={t('settings.privacy.retention.afterDays.label')}
        description={t('settings.privacy.retention.afterDays.description', SETTINGS_LIMITS.retentionAfterDays)}
        min={SETTINGS_LIMITS.retentionAfterDays.min}
        max={SETTINGS_LIMITS.retentionAfterDays.max}
        allowDecimal={false}
        allowNegative={false}
        suffix={` ${t('settings.units.days')}`}
        maw={240}
        {...form.getInputProps('privacy.retention.afterDays')}
      />
      <RetentionSummary retention={privacy.retention} />
      <Radio.Group label={t('settings.privacy.require2fa.label')} {...form.getInputProps('privacy.require2fa')}>
        <Stack gap="sm" mt="xs">
          {TWO_FACTOR_POLICIES.map((value) => (
            <Radio key={value} value={value} label={t(`settings.privacy.require2fa.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {coversMeWithout2fa && (
        <Alert color="yellow" variant="light" icon={<IconShieldLock aria-hidden />}>
          {t('settings.privacy.require2fa.includesYou')}
        </Alert>
      )}
      <Switch
        label={t('settings.privacy.consentRequired.label')}
        description={t('settings.privacy.consentRequired.description')}
        {...form.getInputProps('privacy.consentRequired', { type: 'checkbox' })}
      />
      <NumberInput
        label={t('settings.privacy.analyticsMinGroupSize.label')}
        description={t('settings.privacy.analyticsMinGroupSize.description', SETTINGS_LIMITS.analyticsMinGroupSize)}
        min={SETTINGS_LIMITS.analyticsMinGroupSize.min}
        max={SETTINGS_LIMITS.analyticsMinGroupSize.max}
        allowDecimal={false}
        allowNegative={false}
        suffix={` ${t('settings.units.bookings')}`}
        maw={240}
        {...form.getInputProps('privacy.analyticsMinGroupSize')}
      />
      <NoticeRepublishNote show={republishesNotice} />
    </SectionCard>
  );
}
