import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rankedDesks, TOP_DESKS, topDeskBars } from '../desk-ranking';
import { figureOf, formatNumber, formatPercent } from '../figures';
import { useFigureText } from '../hooks/useFigureText';
import type { DeskFigures } from '../types';
import classes from './HeatmapTable.module.css';

interface DeskRankingProps {
  desks: readonly DeskFigures[];
  floorName: string;
  minGroupSize: number;
}

/** The most used desks as bars, and every desk of the floor in a table (the accessible version too). */
export function DeskRanking({ desks, floorName, minGroupSize }: DeskRankingProps) {
  const { t } = useTranslation();
  const { text, locale } = useFigureText(minGroupSize);
  const bars = topDeskBars(desks);
  return (
    <>
      {bars.length > 0 && (
        <div role="figure" aria-label={t('analytics.desks.chartLabel', { count: Math.min(TOP_DESKS, bars.length) })}>
          <BarChart
            h={Math.max(120, bars.length * 32)}
            data={bars}
            dataKey="desk"
            orientation="vertical"
            series={[{ name: 'occupancy', label: t('analytics.desks.occupancy'), color: 'blue.8' }]}
            xAxisProps={{ domain: [0, 100] }}
            yAxisProps={{ width: 80 }}
            valueFormatter={(value) => formatPercent(value / 100, locale)}
          />
        </div>
      )}
      <div className={classes.scroller} tabIndex={0} role="region" aria-label={t('analytics.desks.tableLabel', { floor: floorName })}>
        <Table striped highlightOnHover captionSide="top">
          <Table.Caption>
            <Text size="xs" c="dimmed" ta="start" component="span">
              {t('analytics.desks.tableLabel', { floor: floorName })}
            </Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('analytics.desks.rank')}</Table.Th>
              <Table.Th scope="col">{t('analytics.desks.desk')}</Table.Th>
              <Table.Th scope="col">{t('analytics.desks.zone')}</Table.Th>
              <Table.Th scope="col">{t('analytics.desks.bookings')}</Table.Th>
              <Table.Th scope="col">{t('analytics.desks.bookedHours')}</Table.Th>
              <Table.Th scope="col">{t('analytics.desks.occupancy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rankedDesks(desks).map((desk) => (
              <Table.Tr key={desk.deskId}>
                <Table.Td>{desk.rank ?? '–'}</Table.Td>
                <Table.Th scope="row">
                  {desk.label}
                  {!desk.bookable && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('analytics.desks.notBookable')})
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{desk.zone ?? '–'}</Table.Td>
                <Table.Td>{text(figureOf(desk.bookings, desk.suppressed), formatNumber)}</Table.Td>
                <Table.Td>{text(figureOf(desk.bookedHours, desk.suppressed), formatNumber)}</Table.Td>
                <Table.Td>{text(figureOf(desk.occupancyRate, desk.suppressed), formatPercent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
