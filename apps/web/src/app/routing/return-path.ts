import { HOME_PATH } from '../navigation';

/** Where to continue after a detour (login, forced enrolment): only same-app paths, never another origin. */
export function safeReturnPath(from: unknown, fallback = HOME_PATH): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : fallback;
}
