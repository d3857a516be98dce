export type PasswordEngine = typeof import('./zxcvbn-engine');

let enginePromise: Promise<PasswordEngine> | null = null;

/** Fetches the zxcvbn chunk once; a failed download may be retried on the next call. */
export function loadPasswordEngine(): Promise<PasswordEngine> {
  enginePromise ??= import('./zxcvbn-engine').catch((error: unknown) => {
    enginePromise = null;
    throw error;
  });
  return enginePromise;
}
