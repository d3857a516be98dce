import { SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { SectionCard } from '../../../components/SectionCard';
import type { SettingsForm } from '../settings-form';
import { NoticeRepublishNote } from './NoticeRepublishNote';
import { ProcessorsEditor } from './ProcessorsEditor';

/** The anchor the privacy notice page links to when the notice lacks organization data. */
const SECTION_ID = 'organization';

export function OrganizationSection({ form, republishesNotice }: { form: SettingsForm; republishesNotice: boolean }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const countryProps = form.getInputProps('organization.country');
  // The section is below the fold and mounts after the settings load, too late for the browser's own jump.
  useEffect(() => {
    if (hash === `#${SECTION_ID}`) document.getElementById(SECTION_ID)?.scrollIntoView();
  }, [hash]);
  return (
    <SectionCard id={SECTION_ID} title={t('settings.organization.title')} description={t('settings.organization.description')}>
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
      <ProcessorsEditor form={form} />
      <Textarea
        label={t('settings.organization.thirdCountryTransfers.label')}
        description={t('settings.organization.thirdCountryTransfers.description')}
        autosize
        minRows={2}
        {...form.getInputProps('organization.thirdCountryTransfers')}
      />
      <NoticeRepublishNote show={republishesNotice} />
    </SectionCard>
  );
}
