import type { Desk } from '../../api/types';

/** The editable fields of a desk, as PATCH /desks/:id takes them. */
export type DeskFields = Pick<Desk, 'label' | 'x' | 'y' | 'zone' | 'amenities' | 'bookable'>;

/** One change in the editor, with what is needed to take it back. */
export type DeskChange =
  | { kind: 'created'; desk: Desk }
  | { kind: 'updated'; deskId: string; label: string; before: Partial<DeskFields>; after: Partial<DeskFields> }
  | { kind: 'deleted'; desk: Desk };

const UNDO_LIMIT = 20;

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;
}

/** Only the fields that really change, before and after: what to PATCH, and what undo PATCHes back. */
export function changedFields(
  desk: DeskFields,
  edits: Partial<DeskFields>,
): { before: Partial<DeskFields>; after: Partial<DeskFields> } | null {
  const before: Partial<Record<keyof DeskFields, unknown>> = {};
  const after: Partial<Record<keyof DeskFields, unknown>> = {};
  for (const key of Object.keys(edits) as (keyof DeskFields)[]) {
    if (edits[key] === undefined || sameValue(desk[key], edits[key])) continue;
    before[key] = desk[key];
    after[key] = edits[key];
  }
  return Object.keys(after).length ? { before: before as Partial<DeskFields>, after: after as Partial<DeskFields> } : null;
}

/** Was this change only a move (a drag on the plan or new coordinates)? */
export function isMove(change: DeskChange): boolean {
  return change.kind === 'updated' && Object.keys(change.after).every((key) => key === 'x' || key === 'y');
}

export function pushChange(stack: readonly DeskChange[], change: DeskChange): DeskChange[] {
  return [...stack, change].slice(-UNDO_LIMIT);
}

/** Undoing a delete creates the desk anew, with a new id: older changes must point to it. */
export function remapDeskId(stack: readonly DeskChange[], from: string, to: Desk): DeskChange[] {
  return stack.map((change) => {
    if (change.kind === 'updated') return change.deskId === from ? { ...change, deskId: to.id } : change;
    return change.desk.id === from ? { ...change, desk: { ...change.desk, id: to.id } } : change;
  });
}

/** The i18n key and values that describe what undo would take back ("Undo: move D3"). */
export function undoLabel(change: DeskChange): {
  key: 'editor.undo.created' | 'editor.undo.moved' | 'editor.undo.updated' | 'editor.undo.deleted';
  label: string;
} {
  switch (change.kind) {
    case 'created':
      return { key: 'editor.undo.created', label: change.desk.label };
    case 'deleted':
      return { key: 'editor.undo.deleted', label: change.desk.label };
    case 'updated':
      return { key: isMove(change) ? 'editor.undo.moved' : 'editor.undo.updated', label: change.label };
  }
}
