import type { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { PersonalData } from './personal-data.js';
import { inDeclaredOrder, mergeSections, PERSONAL_DATA_ORDER, PersonalDataRegistry } from './personal-data.registry.js';

const contributor = (name: string, parts: Partial<PersonalData> = {}): PersonalData => ({ name, claims: [], ...parts });
const m = {} as EntityManager;

function registryOf(found: PersonalData[]): PersonalDataRegistry {
  const discovery = { getProviders: () => found.map((instance) => ({ instance })) } as unknown as DiscoveryService;
  const registry = new PersonalDataRegistry(discovery);
  registry.onModuleInit();
  return registry;
}

describe('inDeclaredOrder', () => {
  it('puts the contributors in the declared order, whatever order the modules gave them in', () => {
    expect(inDeclaredOrder([contributor('b'), contributor('a')], ['a', 'b']).map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('refuses a contributor the order does not name, one it names that is missing, and one registered twice', () => {
    expect(() => inDeclaredOrder([contributor('a'), contributor('x')], ['a'])).toThrow(/"x" is not in PERSONAL_DATA_ORDER/);
    expect(() => inDeclaredOrder([contributor('a')], ['a', 'b'])).toThrow(/"b" is not provided by any module/);
    expect(() => inDeclaredOrder([contributor('a'), contributor('a')], ['a'])).toThrow(/"a" is registered twice/);
  });
});

describe('mergeSections', () => {
  it('adds fields to a section in turn (keeping the place the document gave it), appends lists, sets the rest', () => {
    const document: Record<string, unknown> = { profile: {}, bookings: [], consents: [] };
    mergeSections(document, { profile: { id: 'u1', email: 'a@example.com' }, bookings: [1] });
    mergeSections(document, { profile: { unusedRecoveryCodes: 0 }, bookings: [2], extra: 'x' });
    expect(JSON.stringify(document)).toBe(
      '{"profile":{"id":"u1","email":"a@example.com","unusedRecoveryCodes":0},"bookings":[1,2],"consents":[],"extra":"x"}',
    );
  });
});

describe('PersonalDataRegistry', () => {
  it('erases last contributor first and merges the counts; exports and anonymizes bookings in the declared order', async () => {
    const calls: string[] = [];
    // Found in another order than declared; every declared feature, so a new one needs no change here.
    const found = [...PERSONAL_DATA_ORDER].reverse().map((name) =>
      contributor(name, {
        exportFor: () => {
          calls.push(`export ${name}`);
          return Promise.resolve({ [name]: true });
        },
        erase: () => {
          calls.push(`erase ${name}`);
          return Promise.resolve(name === 'bookings' ? { bookingsAnonymized: 2 } : undefined);
        },
        anonymizeBookings: (_m, ids) => {
          calls.push(`bookings ${name} ${ids.join()}`);
          return Promise.resolve();
        },
      }),
    );
    const registry = registryOf(found);

    const document = {};
    await registry.exportFor(m, 't1', 'u1', document);
    expect(Object.keys(document)).toEqual([...PERSONAL_DATA_ORDER]);
    expect(await registry.erase(m, { tenantId: 't1', userId: 'u1', now: new Date(), anonymizeBookings: () => Promise.resolve(0) })).toEqual(
      {
        bookingsAnonymized: 2,
      },
    );
    await registry.anonymizeBookings(m, ['b1']);
    expect(calls).toEqual([
      ...PERSONAL_DATA_ORDER.map((n) => `export ${n}`),
      ...[...PERSONAL_DATA_ORDER].reverse().map((n) => `erase ${n}`),
      ...PERSONAL_DATA_ORDER.map((n) => `bookings ${n} b1`),
    ]);
  });
});
