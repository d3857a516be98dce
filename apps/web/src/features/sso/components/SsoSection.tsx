import { Alert, Button, Group, Modal, PasswordInput, Select, Skeleton, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { CopyField } from '../../../components/CopyField';
import { ErrorState } from '../../../components/ErrorState';
import { FormError } from '../../../components/FormError';
import { SectionCard } from '../../../components/SectionCard';
import { serverFieldErrors } from '../../../forms/server-errors';
import { useSsoSettings, useUpdateSsoSettings, type SsoSettings, type SsoSettingsInput } from '../hooks/useSso';

const ROLES = ['employee', 'facility_manager', 'tenant_admin'] as const;
type FormValues = Omit<SsoSettingsInput, 'clientSecret'> & { clientSecret: string };

const toForm = (saved: SsoSettings): FormValues => ({
  enabled: saved.enabled,
  issuer: saved.issuer,
  clientId: saved.clientId,
  clientSecret: '',
  domains: saved.domains,
  defaultRole: saved.defaultRole,
  ssoOnly: saved.ssoOnly,
});

/** Settings: the tenant's OpenID Connect provider (tenant admins). */
export function SsoSection() {
  const { t } = useTranslation();
  const settings = useSsoSettings();
  return (
    <SectionCard id="sso" title={t('sso.settings.title')} description={t('sso.settings.description')}>
      {settings.isPending ? (
        <Skeleton height={320} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SsoForm saved={settings.data} />
      )}
    </SectionCard>
  );
}

function SsoForm({ saved }: { saved: SsoSettings }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateSsoSettings();
  const [confirmingSsoOnly, setConfirmingSsoOnly] = useState(false);
  const form = useForm<FormValues>({ initialValues: toForm(saved) });
  useEffect(() => {
    form.setValues(toForm(saved));
    form.resetDirty(toForm(saved));
    // Only when the server's answer changes (after saving); the form object is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const submit = form.onSubmit((values) => {
    const { clientSecret, ...rest } = values;
    update.mutate(clientSecret.trim() ? { ...rest, clientSecret } : rest, {
      onError: (error) => {
        const fieldErrors = serverFieldErrors(error, (path) => path in values, {
          SSO_DOMAIN_TAKEN: 'domains',
          SSO_ISSUER_UNREACHABLE: 'issuer',
        });
        form.setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, t(key)])));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.isSuccess && !form.isDirty() && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('sso.settings.saved')}
          </Alert>
        )}
        {update.isError && <FormError>{errorMessage(update.error)}</FormError>}
        <Switch label={t('sso.settings.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
        <TextInput
          label={t('sso.settings.issuer')}
          description={t('sso.settings.issuerHint')}
          placeholder="https://login.microsoftonline.com/<tenant-id>/v2.0"
          {...form.getInputProps('issuer')}
        />
        <TextInput label={t('sso.settings.clientId')} autoComplete="off" {...form.getInputProps('clientId')} />
        <PasswordInput
          label={t('sso.settings.clientSecret')}
          description={saved.hasClientSecret ? t('sso.settings.clientSecretKept') : t('sso.settings.clientSecretHint')}
          autoComplete="new-password"
          {...form.getInputProps('clientSecret')}
        />
        <TagsInput
          label={t('sso.settings.domains')}
          description={t('sso.settings.domainsHint')}
          placeholder="example.com"
          splitChars={[',', ' ']}
          {...form.getInputProps('domains')}
        />
        <Select
          label={t('sso.settings.defaultRole')}
          description={t('sso.settings.defaultRoleHint')}
          data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          allowDeselect={false}
          {...form.getInputProps('defaultRole')}
        />
        <Switch
          label={t('sso.settings.ssoOnly')}
          description={t('sso.settings.ssoOnlyHint')}
          checked={form.values.ssoOnly}
          onChange={(event) => {
            if (event.currentTarget.checked) setConfirmingSsoOnly(true);
            else form.setFieldValue('ssoOnly', false);
          }}
        />
        <CopyField
          label={t('sso.settings.redirectUri')}
          description={t('sso.settings.redirectUriHint')}
          value={saved.redirectUri}
          copyLabel={t('common.copy')}
          copyAriaLabel={t('sso.settings.copyRedirectUri')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('sso.settings.save')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirmingSsoOnly} onClose={() => setConfirmingSsoOnly(false)} title={t('sso.settings.confirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('sso.settings.confirmBody')}</Text>
          <Text size="sm">{t('sso.settings.confirmBreakGlass')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingSsoOnly(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => {
                form.setFieldValue('ssoOnly', true);
                setConfirmingSsoOnly(false);
              }}
            >
              {t('sso.settings.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
