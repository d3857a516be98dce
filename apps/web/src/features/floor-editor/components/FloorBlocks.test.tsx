import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Desk } from '../../../api/types';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/query-client';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { aFloor, anOfficeLocation } from '../../../test/fixtures';
import { FloorBlocks } from './FloorBlocks';

const desk = (id: string, label: string): Desk => ({ id, floorId: 'f-1', label, x: 1, y: 1, zone: null, amenities: [], bookable: true });
const DESKS = [desk('d-1', 'D1'), desk('d-2', 'D2')];
const BLOCK = {
  id: 'k-1',
  from: '2026-12-24',
  to: '2026-12-24',
  startsAt: '2026-12-24T00:00:00.000Z',
  endsAt: '2026-12-25T00:00:00.000Z',
  deskIds: null,
  reason: 'Closed for the holidays',
  createdAt: '2026-12-01T00:00:00.000Z',
};

function renderBlocks() {
  onRequest('GET', '/api/locations', () => json(200, [anOfficeLocation()]));
  render(
    <AppProviders queryClient={createQueryClient()}>
      <FloorBlocks floor={aFloor()} desks={DESKS} />
    </AppProviders>,
  );
}

describe('FloorBlocks', () => {
  it('lists the floor’s blocks and removes one after confirmation', async () => {
    let blocks = [BLOCK];
    onRequest('GET', '/api/floors/f-1/blocks', () => json(200, blocks));
    onRequest('DELETE', '/api/blocks/k-1', () => {
      blocks = [];
      return json(204, null);
    });
    renderBlocks();
    expect(await screen.findByText('Closed for the holidays')).toBeTruthy();
    expect(screen.getByText('Whole floor')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Remove the block of/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove block' }));
    expect(await screen.findByText(/No blocks/)).toBeTruthy();
  });

  it('shows the bookings inside a block without names, and cancels them only after “Cancel these … and block”', async () => {
    onRequest('GET', '/api/floors/f-1/blocks', () => json(200, []));
    onRequest('POST', '/api/floors/f-1/blocks', (request) =>
      new URL(request.url).searchParams.get('confirm') === 'true'
        ? json(201, { block: BLOCK, cancelled: [] })
        : apiError(409, 'BLOCK_HAS_BOOKINGS', {
            bookings: [
              { id: 'b-1', deskId: 'd-1', deskLabel: 'D1', startsAt: '2026-12-24T09:00:00.000Z', endsAt: '2026-12-24T10:00:00.000Z' },
              { id: 'b-2', deskId: 'd-2', deskLabel: 'D2', startsAt: '2026-12-24T11:00:00.000Z', endsAt: '2026-12-24T12:00:00.000Z' },
            ],
          }),
    );
    renderBlocks();
    fireEvent.click(await screen.findByRole('button', { name: 'Block desks' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Block' }));
    expect(await within(dialog).findByText('Enter the first day.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/^First day/), { target: { value: '12/24/2026' } });
    fireEvent.change(within(dialog).getByLabelText(/^Reason/), { target: { value: 'Closed for the holidays' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Block' }));

    const list = await within(dialog).findByRole('list', { name: 'Bookings inside the block' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^Desk D1: /), expect.stringMatching(/^Desk D2: /)]);
    const sent = requests.filter((r) => r.method === 'POST');
    expect(await sent[0].json()).toEqual({ from: '2026-12-24', to: '2026-12-24', reason: 'Closed for the holidays' });
    expect(new URL(sent[0].url).searchParams.get('confirm')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel these 2 bookings and block' }));
    await waitFor(() => {
      expect(requests.filter((r) => r.method === 'POST' && new URL(r.url).searchParams.get('confirm') === 'true')).toHaveLength(1);
    });
  });
});
