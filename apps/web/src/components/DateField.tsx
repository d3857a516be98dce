import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dayPattern, formatDayInput, parseDayInput } from '../lib/day-input';
import { formattingLocale } from '../lib/formatting-locale';

interface DateFieldProps {
  label: string;
  /** "YYYY-MM-DD", or '' for no day. */
  value: string;
  /** Called with "YYYY-MM-DD", or '' while the field is empty or holds no real day (which it then says on blur). */
  onChange: (day: string) => void;
  error?: ReactNode;
}

/**
 * A day typed in the app's language ("31.12.2026" in German, "12/31/2026" in American English). A native
 * date field would write and read it in the browser's language instead.
 */
export function DateField({ label, value, onChange, error }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  const pattern = dayPattern(locale, {
    day: t('dateField.letters.day'),
    month: t('dateField.letters.month'),
    year: t('dateField.letters.year'),
  });
  const [text, setText] = useState(() => formatDayInput(value, locale));
  const [shown, setShown] = useState({ value, locale });
  const [unreadable, setUnreadable] = useState(false);

  // A day set from outside (a preset) or a language switch rewrites the text; the person's own typing,
  // which already means `value`, stays as typed.
  if (shown.value !== value || shown.locale !== locale) {
    setShown({ value, locale });
    if (parseDayInput(text, locale) !== value) {
      setText(formatDayInput(value, locale));
      setUnreadable(false);
    }
  }

  return (
    <TextInput
      label={label}
      description={pattern}
      placeholder={pattern}
      value={text}
      autoComplete="off"
      onChange={(event) => {
        const typed = event.currentTarget.value;
        const day = parseDayInput(typed, locale);
        setText(typed);
        if (day !== null) setUnreadable(false);
        setShown({ value: day ?? '', locale });
        if ((day ?? '') !== value) onChange(day ?? '');
      }}
      onBlur={() => {
        const day = parseDayInput(text, locale);
        setUnreadable(!day);
        if (day) setText(formatDayInput(day, locale));
      }}
      error={unreadable ? t('dateField.invalid', { pattern }) : error}
    />
  );
}
