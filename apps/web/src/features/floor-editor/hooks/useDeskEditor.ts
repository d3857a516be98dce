import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '../../../api/types';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { type PlanPoint, useCreateDesk, useDeleteDesk, useUpdateDesk } from '../../places';
import { changedFields, pushChange, remapDeskId, type DeskChange, type DeskFields } from '../desk-changes';
import { nextFreeLabels } from '../next-label';

/**
 * Every desk change of the editor goes through here, so that each one lands on the undo stack with
 * what it takes to reverse it. Failures are reported here; callers get null (or false) back.
 */
export function useDeskEditor(floorId: string, desks: readonly Desk[]) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [history, setHistory] = useState<DeskChange[]>([]);
  const create = useCreateDesk(floorId);
  const update = useUpdateDesk(floorId);
  const remove = useDeleteDesk(floorId);
  const record = (change: DeskChange) => {
    setHistory((stack) => pushChange(stack, change));
  };
  const fail = (title: string) => (error: unknown) => {
    notifications.show({ color: 'red', title, message: errorMessage(error) });
  };

  const addDesks = async (points: readonly PlanPoint[]): Promise<Desk[]> => {
    const labels = nextFreeLabels(
      desks.map((desk) => desk.label),
      points.length,
    );
    const added: Desk[] = [];
    for (const [index, point] of points.entries()) {
      try {
        const desk = await create.mutateAsync({ label: labels[index], x: point.x, y: point.y, bookable: true });
        record({ kind: 'created', desk });
        added.push(desk);
      } catch (error) {
        fail(t('editor.desk.createFailed'))(error);
        break;
      }
    }
    return added;
  };

  const addDesk = async (point: PlanPoint): Promise<Desk | null> => (await addDesks([point]))[0] ?? null;

  /** Saves only what changed; resolves false (with the error for the form) when the API refuses. */
  const updateDesk = async (desk: Desk, edits: Partial<DeskFields>): Promise<{ ok: true } | { ok: false; error: unknown }> => {
    const change = changedFields(desk, edits);
    if (!change) return { ok: true };
    try {
      await update.mutateAsync({ id: desk.id, changes: change.after });
      record({ kind: 'updated', deskId: desk.id, label: change.after.label ?? desk.label, ...change });
      return { ok: true };
    } catch (error) {
      return { ok: false, error };
    }
  };

  const moveDesk = async (desk: Desk, point: PlanPoint) => {
    const result = await updateDesk(desk, point);
    if (!result.ok) fail(t('editor.desk.moveFailed', { label: desk.label }))(result.error);
  };

  const deleteDesk = async (desk: Desk): Promise<boolean> => {
    try {
      await remove.mutateAsync(desk.id);
      record({ kind: 'deleted', desk });
      notifications.show({ color: 'green', message: t('editor.deleteDesk.done', { label: desk.label }) });
      return true;
    } catch (error) {
      fail(t('editor.desk.failed', { label: desk.label }))(error);
      return false;
    }
  };

  const undo = async () => {
    const change = history.at(-1);
    if (!change) return;
    const rest = history.slice(0, -1);
    try {
      if (change.kind === 'created') {
        await remove.mutateAsync(change.desk.id);
        setHistory(rest);
      } else if (change.kind === 'updated') {
        await update.mutateAsync({ id: change.deskId, changes: change.before });
        setHistory(rest);
      } else {
        const { label, x, y, zone, amenities, bookable } = change.desk;
        const restored = await create.mutateAsync({ label, x, y, zone, amenities, bookable });
        setHistory(remapDeskId(rest, change.desk.id, restored));
      }
      notifications.show({ color: 'green', message: t('editor.undo.done') });
    } catch (error) {
      fail(t('editor.undo.failed'))(error);
    }
  };

  return {
    addDesk,
    addDesks,
    updateDesk,
    moveDesk,
    deleteDesk,
    undo,
    lastChange: history.at(-1) ?? null,
    busy: create.isPending || update.isPending || remove.isPending,
  };
}
