const NUMBERED = /^(.*?)(\d+)$/;

/**
 * Labels for `count` new desks: the next numbers after the highest one of the most used prefix ("D12"
 * → "D13"; "A-07" → "A-08", keeping the zero padding), or "D1", "D2" … on an empty floor. Never a label
 * the floor already has (labels are unique per floor; case-insensitively for people).
 */
export function nextFreeLabels(labels: readonly string[], count: number, fallbackPrefix = 'D'): string[] {
  const taken = new Set(labels.map((label) => label.trim().toLowerCase()));
  // Prefixes group case-insensitively ("D1", "d2"); the spelling most labels use wins.
  const byPrefix = new Map<string, { count: number; max: number; width: number; spellings: Map<string, number> }>();
  for (const label of labels) {
    const match = NUMBERED.exec(label.trim());
    if (!match) continue;
    const [, prefix, digits] = match;
    const key = prefix.toLowerCase();
    const entry = byPrefix.get(key) ?? { count: 0, max: 0, width: 0, spellings: new Map<string, number>() };
    entry.count += 1;
    entry.max = Math.max(entry.max, Number(digits));
    // Zero padding ("07") is kept; plain numbers are not padded.
    if (digits.startsWith('0')) entry.width = Math.max(entry.width, digits.length);
    entry.spellings.set(prefix, (entry.spellings.get(prefix) ?? 0) + 1);
    byPrefix.set(key, entry);
  }
  const best = [...byPrefix.values()].sort((a, b) => b.count - a.count || b.max - a.max)[0];
  const prefix = best ? [...best.spellings.entries()].sort((a, b) => b[1] - a[1])[0][0] : fallbackPrefix;
  const entry = best ?? { max: 0, width: 0 };
  const result: string[] = [];
  for (let number = entry.max + 1; result.length < count; number++) {
    const label = `${prefix}${String(number).padStart(entry.width, '0')}`;
    if (!taken.has(label.toLowerCase())) result.push(label);
  }
  return result;
}
