import { useTranslation } from 'react-i18next';
import { formattingLocale } from '../../../lib/formatting-locale';
import type { Figure } from '../figures';

/**
 * Text for a figure that may be withheld: the formatted value, "fewer than 5 bookings", or "n/a" when
 * there was nothing to compute it from. Never 0 for a figure the API did not give.
 */
export function useFigureText(minGroupSize: number) {
  const { t, i18n } = useTranslation();
  const locale = formattingLocale(i18n.language);
  return {
    locale,
    text: (figure: Figure, format: (value: number, locale: string) => string): string => {
      if (figure.kind === 'value') return format(figure.value, locale);
      if (figure.kind === 'withheld') return t('analytics.withheld', { count: minGroupSize });
      return t('analytics.notApplicable');
    },
  };
}
