import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, toLanguage } from '../../../lib/languages';
import { useChangeLanguage } from '../hooks/useChangeLanguage';

/** The header's language picker. Language names stay in their own language, so anyone finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useChangeLanguage();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={language}
      onChange={(event) => {
        changeLanguage(toLanguage(event.currentTarget.value));
      }}
      leftSection={<IconLanguage size={16} aria-hidden />}
      data={SUPPORTED_LANGUAGES.map((value) => ({ value, label: t(`language.names.${value}`) }))}
      size="xs"
      w={{ base: 112, xs: 130 }}
    />
  );
}
