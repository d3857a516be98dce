import { Button, CopyButton, Group, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  description: string;
  value: string;
  /** The button's text before copying ("Copy link"). */
  copyLabel: string;
  /** The button's accessible name, when its text alone would be ambiguous on the page. */
  copyAriaLabel?: string;
}

/** A read-only link with a Copy button beside it: selects itself on focus, says "Copied" for two seconds. */
export function CopyField({ label, description, value, copyLabel, copyAriaLabel }: CopyFieldProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        description={description}
        value={value}
        readOnly
        onFocus={(event) => {
          event.currentTarget.select();
        }}
        style={{ flex: 1 }}
      />
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
            <Button
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              aria-label={copyAriaLabel}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            >
              {copied ? t('common.copied') : copyLabel}
            </Button>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
