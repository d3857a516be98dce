import { describe, expect, it } from 'vitest';
import type { Desk } from '../../api/types';
import { changedFields, isMove, pushChange, remapDeskId, undoLabel, type DeskChange } from './desk-changes';

const desk = (id: string, overrides: Partial<Desk> = {}): Desk => ({
  id,
  floorId: 'f-1',
  label: id.toUpperCase(),
  x: 10,
  y: 20,
  zone: null,
  amenities: ['monitor'],
  bookable: true,
  ...overrides,
});

describe('changedFields', () => {
  it('keeps only what really changes, with the old values for undo', () => {
    expect(changedFields(desk('d1'), { label: 'D1', x: 15, y: 20, amenities: ['monitor'], zone: 'Quiet' })).toEqual({
      before: { x: 10, zone: null },
      after: { x: 15, zone: 'Quiet' },
    });
    expect(changedFields(desk('d1'), { amenities: ['monitor', 'standing'] })).toEqual({
      before: { amenities: ['monitor'] },
      after: { amenities: ['monitor', 'standing'] },
    });
  });

  it('is null when nothing changes', () => {
    expect(changedFields(desk('d1'), { x: 10, amenities: ['monitor'] })).toBeNull();
  });
});

describe('undo stack', () => {
  const moved: DeskChange = { kind: 'updated', deskId: 'd1', label: 'D1', before: { x: 1, y: 2 }, after: { x: 3, y: 4 } };
  const renamed: DeskChange = { kind: 'updated', deskId: 'd1', label: 'D9', before: { label: 'D1' }, after: { label: 'D9' } };

  it('describes each kind of change', () => {
    expect(undoLabel(moved)).toEqual({ key: 'editor.undo.moved', label: 'D1' });
    expect(undoLabel(renamed)).toEqual({ key: 'editor.undo.updated', label: 'D9' });
    expect(undoLabel({ kind: 'created', desk: desk('d2') })).toEqual({ key: 'editor.undo.created', label: 'D2' });
    expect(undoLabel({ kind: 'deleted', desk: desk('d3') })).toEqual({ key: 'editor.undo.deleted', label: 'D3' });
    expect(isMove(moved)).toBe(true);
    expect(isMove(renamed)).toBe(false);
  });

  it('keeps the last 20 changes', () => {
    let stack: DeskChange[] = [];
    for (let i = 0; i < 25; i++) stack = pushChange(stack, { ...moved, label: `D${String(i)}` });
    expect(stack).toHaveLength(20);
    expect(stack.at(-1)).toMatchObject({ label: 'D24' });
  });

  it('points older changes to a desk that undo created anew', () => {
    const stack: DeskChange[] = [moved, { kind: 'created', desk: desk('d1') }, { kind: 'created', desk: desk('d2') }];
    const remapped = remapDeskId(stack, 'd1', desk('new'));
    expect(remapped[0]).toMatchObject({ deskId: 'new' });
    expect(remapped[1]).toMatchObject({ desk: { id: 'new', label: 'D1' } });
    expect(remapped[2]).toBe(stack[2]);
  });
});
