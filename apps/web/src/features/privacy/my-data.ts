import { hasErrorCode } from '../../api/api-error';
import { matchesTypedWord } from '../../forms/typed-word';

const localDay = (now: Date) => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** `deskbook-my-data-2025-03-07.json`: the person's own calendar day, so a second download sorts after. */
export function myDataFileName(now: Date): string {
  return `deskbook-my-data-${localDay(now)}.json`;
}

/** `deskbook-export-2025-03-07.json`: the company's data, for its administrators. */
export function companyExportFileName(now: Date): string {
  return `deskbook-export-${localDay(now)}.json`;
}

export interface ErasureInput {
  password: string;
  /** What the person typed into the confirmation field. */
  typed: string;
}

/** "Delete my account" is enabled once the password is given and the confirmation word typed. */
export function canSubmitErasure({ password, typed }: ErasureInput, word: string): boolean {
  return password.length > 0 && matchesTypedWord(typed, word);
}

export type ErasureFailure = 'wrong-password' | 'last-admin' | 'other';

/** How the delete-account dialog shows a refused erasure. */
export function erasureFailure(error: unknown): ErasureFailure {
  // DELETE /me answers PASSWORD_INCORRECT like the other password re-checks (2FA, password change);
  // INVALID_CREDENTIALS, the login's code, is taken the same way should the API ever use it here.
  if (hasErrorCode(error, 'INVALID_CREDENTIALS', 'PASSWORD_INCORRECT')) return 'wrong-password';
  if (hasErrorCode(error, 'LAST_ADMIN')) return 'last-admin';
  return 'other';
}
