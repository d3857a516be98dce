import { notifications } from '@mantine/notifications';

const DESK_ADDED_TOAST_ID = 'floor-editor-desk-added';

/**
 * "D3 added": one toast that changes with each desk added, instead of one toast per click stacking up
 * over the header. (Mantine ignores `show` for an id already on screen; `update` changes it then.)
 */
export function showDeskAdded(message: string): void {
  const toast = { id: DESK_ADDED_TOAST_ID, color: 'green', message };
  notifications.update(toast);
  notifications.show(toast);
}
