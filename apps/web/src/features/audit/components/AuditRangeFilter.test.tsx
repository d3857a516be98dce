import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { i18n } from '../../../app/i18n';
import { createQueryClient } from '../../../app/query-client';
import type { DayRange } from '../date-range';
import { AuditRangeFilter } from './AuditRangeFilter';

/** The filter as the page holds it, with every range it reports. */
function renderFilter(initial: DayRange) {
  const reported: DayRange[] = [];
  function Harness() {
    const [range, setRange] = useState(initial);
    return (
      <AuditRangeFilter
        value={range}
        onChange={(next) => {
          reported.push(next);
          setRange(next);
        }}
      />
    );
  }
  render(
    <AppProviders queryClient={createQueryClient()}>
      <Harness />
    </AppProviders>,
  );
  return reported;
}

const field = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name });

describe('AuditRangeFilter', () => {
  it('writes and reads the days in German order in German, whatever the browser speaks', async () => {
    await i18n.changeLanguage('de');
    const reported = renderFilter({ from: '2026-02-07', to: '2026-03-01' });
    expect(field('Von').value).toBe('07.02.2026');
    expect(field('Bis').value).toBe('01.03.2026');
    expect(screen.getAllByText('TT.MM.JJJJ')).toHaveLength(2);

    await userEvent.clear(field('Von'));
    await userEvent.type(field('Von'), '3.2.2026');
    expect(reported.at(-1)).toEqual({ from: '2026-02-03', to: '2026-03-01' });
    await userEvent.tab();
    expect(field('Von').value).toBe('03.02.2026');
  });

  it('writes and reads the days in American order in English on an American browser', async () => {
    expect(navigator.language).toBe('en-US');
    const reported = renderFilter({ from: '2026-02-07', to: '2026-03-01' });
    expect(field('From').value).toBe('02/07/2026');
    expect(field('To').value).toBe('03/01/2026');
    expect(screen.getAllByText('MM/DD/YYYY')).toHaveLength(2);

    await userEvent.clear(field('To'));
    await userEvent.type(field('To'), '03/04/2026');
    expect(reported.at(-1)).toEqual({ from: '2026-02-07', to: '2026-03-04' });
  });

  it('says how to write a day it cannot read, and that the start must come first', async () => {
    const reported = renderFilter({ from: '2026-02-07', to: '2026-03-01' });
    await userEvent.clear(field('From'));
    await userEvent.type(field('From'), '31.02.2026');
    await userEvent.tab();
    expect(reported.at(-1)).toEqual({ from: '', to: '2026-03-01' });
    expect(screen.getByText('Enter a date as MM/DD/YYYY.')).toBeTruthy();

    await userEvent.clear(field('From'));
    await userEvent.type(field('From'), '03/02/2026');
    expect(screen.queryByText('Enter a date as MM/DD/YYYY.')).toBeNull();
    expect(screen.getByText('The start must be on or before the end.')).toBeTruthy();
  });

  it('shows a preset range in the language of the app', async () => {
    await i18n.changeLanguage('de');
    const reported = renderFilter({ from: '2026-02-07', to: '2026-03-01' });
    await userEvent.click(screen.getByRole('button', { name: 'Letzte 7 Tage' }));
    const { from, to } = reported.at(-1) ?? { from: '', to: '' };
    expect(field('Von').value).toBe(from.split('-').reverse().join('.'));
    expect(field('Bis').value).toBe(to.split('-').reverse().join('.'));
  });
});
