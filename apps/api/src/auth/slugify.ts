import { randomBytes } from 'node:crypto';

/** A tenant's URL name from its display name, with a random tail so two companies of one name differ. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'company'}-${randomBytes(3).toString('hex')}`;
}
