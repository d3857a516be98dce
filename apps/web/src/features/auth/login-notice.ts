/** Why the app sent the person to the login page, shown there once (navigation state, not the URL). */
export type LoginNotice = 'accountDeleted' | 'passwordReset';

export interface LoginNoticeState {
  notice: LoginNotice;
  /** The user whose session ended on the server, while the app may still have it cached. */
  endedSessionOf?: string;
}

const NOTICES: readonly LoginNotice[] = ['accountDeleted', 'passwordReset'];

function noticeState(state: unknown): Partial<Record<keyof LoginNoticeState, unknown>> {
  return typeof state === 'object' && state !== null ? state : {};
}

/** The notice in the login page's navigation state, or null (none, or a state from elsewhere). */
export function loginNotice(state: unknown): LoginNotice | null {
  const { notice } = noticeState(state);
  return NOTICES.find((known) => known === notice) ?? null;
}

/** Whether the cached session `me` is the one a notice says has ended (not someone who signed in since). */
export function isEndedSession(state: unknown, me: { id: string } | null | undefined): boolean {
  const { endedSessionOf } = noticeState(state);
  return loginNotice(state) !== null && typeof endedSessionOf === 'string' && me?.id === endedSessionOf;
}
