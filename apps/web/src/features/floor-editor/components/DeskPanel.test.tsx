import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Desk } from '../../../api/types';
import { DeskPanel } from './DeskPanel';

const desk: Desk = { id: 'd-1', floorId: 'f-1', label: 'D1', x: 10, y: 20, zone: null, amenities: [], bookable: true };

function panel(shown: Desk) {
  return (
    <MantineProvider>
      <DeskPanel
        desk={shown}
        size={null}
        zones={[]}
        amenities={[]}
        focusOnOpen={false}
        onSave={vi.fn(() => Promise.resolve({ ok: true as const }))}
        onDelete={vi.fn()}
        onClose={vi.fn()}
        saving={false}
      />
    </MantineProvider>
  );
}

describe('DeskPanel', () => {
  it('shows the desk as it is now after an undo changed it underneath the open panel', () => {
    const view = render(panel({ ...desk, label: 'Window 1', zone: 'Quiet' }));
    expect(screen.getByLabelText<HTMLInputElement>(/^Label/).value).toBe('Window 1');
    // Undo of the rename: the same desk, at the same place, with its old values.
    view.rerender(panel(desk));
    expect(screen.getByLabelText<HTMLInputElement>(/^Label/).value).toBe('D1');
    const zone = screen.getAllByLabelText<HTMLInputElement>('Zone').find((element) => element.tagName === 'INPUT');
    expect(zone?.value).toBe('');
  });
});
