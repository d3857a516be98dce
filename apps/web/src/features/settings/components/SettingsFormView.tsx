import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../api/error-messages';
import type { TenantSettings } from '../../../api/types';
import { FormError } from '../../../components/FormError';
import { serverFieldErrors } from '../../../forms/server-errors';
import { BookingImportCard } from '../../booking-import';
import { AnonymizationCard, CompanyExportCard } from '../../privacy';
import { useSettingsForm } from '../hooks/useSettingsForm';
import { useUpdateTenantSettings } from '../hooks/useTenantSettings';
import { noticeSettingsChanged } from '../notice-settings';
import { retentionConfirmation, type RetentionConfirmation } from '../retention';
import { isEmptyPatch, leafPaths, settingsPatch, type SettingsPatch } from '../settings-diff';
import { BookingSection } from './BookingSection';
import { ConfirmRetentionChangeModal } from './ConfirmRetentionChangeModal';
import { OrganizationSection } from './OrganizationSection';
import { PrivacySection } from './PrivacySection';

/** Mounted once the settings are loaded; saves only what differs from them. */
export function SettingsFormView({ saved }: { saved: TenantSettings }) {
  const { t } = useTranslation();
  const form = useSettingsForm(saved);
  const update = useUpdateTenantSettings();
  const [pending, setPending] = useState<{ patch: SettingsPatch; reasons: RetentionConfirmation } | null>(null);
  const settingsPaths = useMemo(() => new Set(leafPaths(saved)), [saved]);
  const patch = settingsPatch(saved, form.values);
  const hasChanges = !isEmptyPatch(patch);
  // In generated mode the API republishes the notice when a setting it describes changes.
  const generated = saved.privacy.noticeMode === 'generated';
  const republishes = (section: 'privacy' | 'organization') => generated && noticeSettingsChanged(patch, section).length > 0;

  const save = (changes: SettingsPatch) => {
    setPending(null);
    update.mutate(changes, {
      onSuccess: (settings) => {
        form.setValues(settings);
        form.resetDirty(settings);
        notifications.show({ color: 'green', message: t('settings.saved') });
      },
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, (path) => settingsPaths.has(path));
        form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
      },
    });
  };

  const handleSubmit = form.onSubmit((values) => {
    const changes = settingsPatch(saved, values);
    if (isEmptyPatch(changes)) return;
    const reasons = retentionConfirmation(saved.privacy.retention, values.privacy.retention);
    if (reasons) setPending({ patch: changes, reasons });
    else save(changes);
  });

  const discard = () => {
    form.setValues(saved);
    form.clearErrors();
    update.reset();
  };
  const rejectedFieldCount = update.isError ? Object.keys(serverFieldErrors(update.error, (path) => settingsPaths.has(path))).length : 0;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg" maw={820}>
        {update.isError && <FormError>{rejectedFieldCount > 0 ? t('settings.fixFields') : t(errorMessageKey(update.error))}</FormError>}
        <PrivacySection form={form} saved={saved} republishesNotice={republishes('privacy')} />
        <AnonymizationCard retentionUnsaved={patch.privacy?.retention !== undefined} />
        <CompanyExportCard />
        <BookingImportCard />
        <BookingSection form={form} />
        <OrganizationSection form={form} republishesNotice={republishes('organization')} />
        <Paper withBorder p="md" pos="sticky" bottom={16} shadow="md" style={{ zIndex: 10 }}>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {hasChanges ? t('settings.unsaved') : t('settings.noChanges')}
            </Text>
            <Group gap="sm">
              <Button variant="default" disabled={!hasChanges || update.isPending} onClick={discard}>
                {t('settings.discard')}
              </Button>
              <Button type="submit" disabled={!hasChanges} loading={update.isPending}>
                {t('settings.save')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
      {pending && (
        <ConfirmRetentionChangeModal
          saved={saved.privacy.retention}
          edited={form.values.privacy.retention}
          reasons={pending.reasons}
          onConfirm={() => {
            save(pending.patch);
          }}
          onCancel={() => {
            setPending(null);
          }}
        />
      )}
    </form>
  );
}
