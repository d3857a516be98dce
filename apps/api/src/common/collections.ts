/** Splits a list into consecutive pieces of at most `size` items (statements stay bounded). */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Groups items by key, in first-seen order; items whose key is null are left out. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The keys of `items`, each once, in first-seen order; null keys are left out. */
export function distinctKeys<T>(items: readonly T[], keyOf: (item: T) => string | null): string[] {
  const keys = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) keys.add(key);
  }
  return [...keys];
}
