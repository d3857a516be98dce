import { ActionIcon, NativeSelect, Tooltip, type NativeSelectProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconChevronLeft, IconChevronRight, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatHhMm, minutesOfDay } from '../../places';
import { formatDay, formatDayMinutes } from '../format';
import { daysFrom, type ResolvedTimeRange, type TimeRangeChoice } from '../time-range';

interface DayTimeProps {
  range: ResolvedTimeRange;
  onRangeChange: (choice: TimeRangeChoice) => void;
  locale: string;
  /**
   * The phone's row: the selects name themselves by `aria-label` instead of a visible label, are
   * narrower (small chevron), the arrows smaller and without tooltips (touch has no hover).
   */
  compact?: { dayClassName: string; timeClassName: string } | undefined;
}

/** A visible label on a desktop; in the compact row (given its class) an `aria-label`. */
function labelled(text: string, className: string | undefined): Partial<NativeSelectProps> {
  return className
    ? { 'aria-label': text, className, rightSection: <IconSelector size={12} aria-hidden />, rightSectionWidth: 18 }
    : { label: text };
}

interface DayStepperProps extends DayTimeProps {
  /** The next/previous working day, or null at the edge of the bookable days. */
  previousDay: string | null;
  nextDay: string | null;
}

/** The day as a select between previous/next working-day arrows. */
export function DayStepper({ range, onRangeChange, locale, compact, previousDay, nextDay }: DayStepperProps) {
  const { t } = useTranslation();
  const step = (day: string | null, label: string, icon: ReactNode) => {
    const button = (
      <ActionIcon
        variant="default"
        size={compact ? 32 : 36}
        aria-label={label}
        disabled={day === null}
        onClick={() => {
          if (day) onRangeChange({ date: day, start: range.start, end: range.end });
        }}
      >
        {icon}
      </ActionIcon>
    );
    return compact ? button : <Tooltip label={label}>{button}</Tooltip>;
  };
  return (
    <>
      {step(previousDay, t('book.previousDay'), <IconChevronLeft size={18} aria-hidden />)}
      {/* The bookable days as a list in the app's language ("Di., 8. Dez."): a native date field
          would speak the browser's language instead. */}
      <NativeSelect
        {...labelled(t('book.date'), compact?.dayClassName)}
        value={range.date}
        data={daysFrom(range.minDate, range.maxDate).map((day) => ({ value: day, label: formatDay(day, 'UTC', locale) }))}
        onChange={(event) => {
          onRangeChange({ date: event.currentTarget.value, start: range.start, end: range.end });
        }}
      />
      {step(nextDay, t('book.nextDay'), <IconChevronRight size={18} aria-hidden />)}
    </>
  );
}

/** From and until, in the location's opening hours; disabled while the day is closed. */
export function TimeRangeSelects({ range, onRangeChange, locale, compact }: DayTimeProps) {
  const { t } = useTranslation();
  const open = range.state === 'open';
  const options = (values: number[]) =>
    values.map((minutes) => ({ value: formatHhMm(minutes), label: formatDayMinutes(minutes, locale, t('book.endOfDay')) }));
  return (
    <>
      <NativeSelect
        {...labelled(t('book.from'), compact?.timeClassName)}
        value={open ? formatHhMm(range.start) : ''}
        data={options(range.startOptions)}
        disabled={!open}
        onChange={(event) => {
          onRangeChange({ date: range.date, start: minutesOfDay(event.currentTarget.value), end: range.end });
        }}
      />
      <NativeSelect
        {...labelled(t('book.to'), compact?.timeClassName)}
        value={open ? formatHhMm(range.end) : ''}
        data={options(range.endOptions)}
        disabled={!open}
        onChange={(event) => {
          onRangeChange({ date: range.date, start: range.start, end: minutesOfDay(event.currentTarget.value) });
        }}
      />
    </>
  );
}
