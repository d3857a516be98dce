import { HOME_PATH } from './paths';

/** Where to continue after a detour (login, forced enrolment): only same-app paths, never another origin. */
export function safeReturnPath(from: unknown, fallback = HOME_PATH): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : fallback;
}

/** What a detour remembers in the router's location state: the page to come back to. */
export interface RedirectState {
  from?: string;
}
