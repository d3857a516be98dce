import type { User } from '../../api/types';

/** Alphabetical by name in the reader's language ("Ä" next to "A" in German), then by e-mail. */
export function sortUsersByName(users: readonly User[], language: string): User[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...users].sort((a, b) => collator.compare(a.displayName, b.displayName) || collator.compare(a.email, b.email));
}
