import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isWholeDay, wholeDayChoice } from '../phone-toolbar';
import type { ResolvedTimeRange, TimeRangeChoice } from '../time-range';

/** One tap for the whole (bookable) day of the chosen date: opening to closing. */
export function WholeDayButton({ range, onRangeChange }: { range: ResolvedTimeRange; onRangeChange: (choice: TimeRangeChoice) => void }) {
  const { t } = useTranslation();
  const whole = isWholeDay(range);
  return (
    <Button
      variant={whole ? 'light' : 'default'}
      size="sm"
      aria-pressed={whole}
      disabled={range.state !== 'open'}
      onClick={() => {
        onRangeChange(wholeDayChoice(range));
      }}
    >
      {t('book.wholeDay')}
    </Button>
  );
}
