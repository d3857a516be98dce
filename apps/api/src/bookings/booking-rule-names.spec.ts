import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BOOKING_RULE_NAMES } from './booking-rules.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Rules named where the API refuses (`new BookingRuleViolatedError('CHECK_IN_WINDOW', …)`) or judges (`return 'TOO_LONG'`). */
function namedRules(): Set<string> {
  const all = sources(SRC).join('\n');
  const thrown = [...all.matchAll(/BookingRuleViolatedError\(\s*'([A-Z][A-Z0-9_]*)'/g)];
  const judged = [...readFileSync(join(SRC, 'bookings/booking-rules.ts'), 'utf8').matchAll(/return '([A-Z][A-Z0-9_]*)'/g)];
  return new Set([...thrown, ...judged].map((match) => match[1] ?? ''));
}

describe('booking rule names', () => {
  it('publishes every rule the API names in the BookingRule enum, and no other', () => {
    const named = namedRules();
    expect(named.size).toBeGreaterThan(5);
    expect([...named].sort()).toEqual([...BOOKING_RULE_NAMES].sort());
  });
});
