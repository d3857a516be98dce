import { Table, Text, VisuallyHidden } from '@mantine/core';
import { DateTime, Info } from 'luxon';
import { useTranslation } from 'react-i18next';
import { figureOf, formatPercent } from '../figures';
import { useFigureText } from '../hooks/useFigureText';
import { occupancyBand } from '../occupancy-scale';
import type { HeatmapCell } from '../types';
import classes from './HeatmapTable.module.css';
import { bandClass } from './occupancy-classes';

interface HeatmapTableProps {
  cells: readonly HeatmapCell[];
  minGroupSize: number;
  /** The location's time zone, which the hours are in. */
  zone: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Weekday × hour as a table (row and column headers for screen readers), each cell coloured by its band
 * and showing its figure. Only hours some weekday is open get a column; a phone scrolls it sideways.
 */
export function HeatmapTable({ cells, minGroupSize, zone }: HeatmapTableProps) {
  const { t } = useTranslation();
  const { text, locale } = useFigureText(minGroupSize);
  const hours = [...new Set(cells.map((cell) => cell.hour))].sort((a, b) => a - b);
  const byKey = new Map(cells.map((cell) => [`${String(cell.weekday)}:${String(cell.hour)}`, cell]));
  const weekdayNames = Info.weekdays('short', { locale });
  const hourLabel = (hour: number) => DateTime.fromObject({ hour }, { locale }).toLocaleString({ hour: 'numeric' });

  return (
    <div className={classes.scroller} tabIndex={0} role="region" aria-label={t('analytics.heatmap.scrollLabel')}>
      <Table className={classes.table} captionSide="top" withTableBorder={false} verticalSpacing={4} horizontalSpacing={4}>
        <Table.Caption>
          <Text size="xs" c="dimmed" ta="start" component="span">
            {t('analytics.heatmap.caption', { zone })}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('analytics.heatmap.weekday')}</Table.Th>
            {hours.map((hour) => (
              <Table.Th key={hour} scope="col" className={classes.hour}>
                {hourLabel(hour)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WEEKDAYS.map((weekday) => (
            <Table.Tr key={weekday}>
              <Table.Th scope="row">{weekdayNames[weekday - 1]}</Table.Th>
              {hours.map((hour) => {
                const cell = byKey.get(`${String(weekday)}:${String(hour)}`);
                if (!cell) {
                  return (
                    <Table.Td key={hour} className={`${classes.cell} ${bandClass('none')}`}>
                      <span aria-hidden>·</span>
                      <VisuallyHidden>{t('analytics.legend.closed')}</VisuallyHidden>
                    </Table.Td>
                  );
                }
                const figure = figureOf(cell.occupancyRate, cell.suppressed);
                return (
                  <Table.Td key={hour} className={`${classes.cell} ${bandClass(occupancyBand(cell.occupancyRate, cell.suppressed))}`}>
                    {figure.kind === 'withheld' ? (
                      <>
                        <span aria-hidden>{t('analytics.withheldShort', { count: minGroupSize })}</span>
                        <VisuallyHidden>{text(figure, formatPercent)}</VisuallyHidden>
                      </>
                    ) : (
                      text(figure, formatPercent)
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
