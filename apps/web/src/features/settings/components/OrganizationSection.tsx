import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import type { SettingsForm } from '../settings-form';

export function OrganizationSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const countryProps = form.getInputProps('organization.country');
  return (
    <SectionCard title={t('settings.organization.title')} description={t('settings.organization.description')}>
      <TextInput
        label={t('settings.organization.legalName')}
        autoComplete="organization"
        {...form.getInputProps('organization.legalName')}
      />
      <Textarea
        label={t('settings.organization.address')}
        autoComplete="street-address"
        autosize
        minRows={2}
        {...form.getInputProps('organization.address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('settings.organization.contactEmail')} type="email" {...form.getInputProps('organization.contactEmail')} />
        <TextInput
          label={t('settings.organization.dpoEmail')}
          description={t('settings.organization.dpoEmailHint')}
          type="email"
          {...form.getInputProps('organization.dpoEmail')}
        />
      </SimpleGrid>
      <TextInput
        label={t('settings.organization.country')}
        description={t('settings.organization.countryHint')}
        maxLength={2}
        maw={200}
        autoComplete="country"
        {...countryProps}
        onChange={(event) => {
          form.setFieldValue('organization.country', event.currentTarget.value.toUpperCase());
        }}
      />
    </SectionCard>
  );
}
