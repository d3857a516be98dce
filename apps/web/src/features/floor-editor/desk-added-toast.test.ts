import { notificationsStore } from '@mantine/notifications';
import { describe, expect, it } from 'vitest';
import { showDeskAdded } from './desk-added-toast';

describe('showDeskAdded', () => {
  it('keeps one toast for desks added one after another, saying what was added last', () => {
    showDeskAdded('D1 added.');
    showDeskAdded('D2 added.');
    showDeskAdded('3 desks added.');
    const { notifications, queue } = notificationsStore.getState();
    expect([...notifications, ...queue].map((toast) => toast.message)).toEqual(['3 desks added.']);
  });
});
