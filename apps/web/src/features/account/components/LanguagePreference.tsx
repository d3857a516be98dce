import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, toLanguage } from '../../../lib/languages';
import { useChangeLanguage } from '../hooks/useChangeLanguage';

export function LanguagePreference() {
  const { t } = useTranslation();
  const { language, changeLanguage } = useChangeLanguage();
  return (
    <Radio.Group
      label={t('account.language.label')}
      description={t('account.language.description')}
      value={language}
      onChange={(value) => {
        changeLanguage(toLanguage(value));
      }}
    >
      <Stack gap="xs" mt="xs">
        {SUPPORTED_LANGUAGES.map((value) => (
          <Radio key={value} value={value} label={t(`language.names.${value}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
