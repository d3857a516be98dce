import { Button, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { figureOf, formatNumber, formatPercent, formatPeriod } from '../figures';
import { useFigureText } from '../hooks/useFigureText';
import type { Granularity, UtilizationPoint } from '../types';

interface TrendTableProps {
  points: readonly UtilizationPoint[];
  granularity: Granularity;
  minGroupSize: number;
}

/**
 * The trend's numbers as a table, behind a toggle: the text alternative of the chart for screen
 * readers and for anyone who wants the exact figures without downloading the CSV.
 */
export function TrendTable({ points, granularity, minGroupSize }: TrendTableProps) {
  const { t } = useTranslation();
  const { text, locale } = useFigureText(minGroupSize);
  const [opened, { toggle }] = useDisclosure(false);
  const tableId = useId();
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened} aria-controls={tableId}>
        {t(opened ? 'analytics.trend.hideTable' : 'analytics.trend.showTable')}
      </Button>
      {opened && (
        <Table.ScrollContainer minWidth={420} id={tableId}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('analytics.trend.period')}</Table.Th>
                <Table.Th scope="col">{t('analytics.trend.occupancy')}</Table.Th>
                <Table.Th scope="col">{t('analytics.trend.deskDay')}</Table.Th>
                <Table.Th scope="col">{t('analytics.trend.bookings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((point) => (
                <Table.Tr key={point.period}>
                  <Table.Th scope="row">{formatPeriod(point.period, granularity, locale)}</Table.Th>
                  <Table.Td>{text(figureOf(point.occupancyRate, point.suppressed), formatPercent)}</Table.Td>
                  <Table.Td>{text(figureOf(point.deskDayOccupancy, point.suppressed), formatPercent)}</Table.Td>
                  <Table.Td>{text(figureOf(point.bookings, point.suppressed), formatNumber)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
