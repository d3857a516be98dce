import type { EntityManager, Repository } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import type { Dialect } from '../database/dialect.js';
import type { Desk } from '../places/entities/desk.entity.js';
import { DesksRepository } from '../places/places.repositories.js';
import type { User } from '../users/entities/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { BookingWriter, type BookingSpan } from './booking-writer.service.js';

const at = (hour: number, minute = 0) => new Date(Date.UTC(2026, 0, 5, hour, minute));
const span = (from: number, to: number): BookingSpan => ({
  startsAt: at(Math.floor(from), (from % 1) * 60),
  endsAt: at(Math.floor(to), (to % 1) * 60),
});

/** Which table a statement is about, by its entity class's name (the entities are the owners'). */
const tableOf = (entity: unknown) => ({ Desk: 'desks', User: 'people' })[(entity as { name?: string }).name ?? ''] ?? '?';

/** A writer (over the real desks and people repositories) whose dialect and manager record what they are asked, in order. */
function recordingWriter() {
  const steps: string[] = [];
  const dialect = {
    lockForUpdate: (_m: EntityManager, entity: unknown, ids: Iterable<string>) => {
      steps.push(`lock ${tableOf(entity)} ${[...ids].join(',')}`);
      return Promise.resolve();
    },
  } as unknown as Dialect;
  const manager = {
    update: (entity: unknown, where: { id: unknown }) => {
      const ids = typeof where.id === 'string' ? [where.id] : (where.id as { value: string[] }).value;
      steps.push(`stamp ${tableOf(entity)} ${ids.join(',')}`);
      return Promise.resolve({ affected: ids.length });
    },
  } as unknown as EntityManager;
  const desks = new DesksRepository({} as Repository<Desk>, dialect);
  const users = new UsersRepository({} as Repository<User>, dialect);
  return { writer: new BookingWriter(dialect, desks, users), manager, steps };
}

/** A writer for what needs neither the database nor the repositories. */
const plainWriter = () => new BookingWriter({} as Dialect, {} as DesksRepository, {} as UsersRepository);

describe('BookingWriter', () => {
  describe('lockParticipants', () => {
    it('locks the desks first, then the people', async () => {
      const { writer, manager, steps } = recordingWriter();
      await writer.lockParticipants(manager, ['desk-1'], ['user-1']);
      expect(steps).toEqual(['lock desks desk-1', 'lock people user-1']);
    });

    it('locks the people by stamping them when asked to, in id order and each once, after the desks', async () => {
      const { writer, manager, steps } = recordingWriter();
      await writer.lockParticipants(manager, ['desk-2', 'desk-1'], ['user-b', 'user-a', 'user-b'], { stamp: true });
      expect(steps).toEqual(['lock desks desk-2,desk-1', 'stamp people user-a,user-b']);
    });
  });

  describe('buildRow', () => {
    const privacy = { bookingVisibility: 'user_choice' as const, userChoiceDefault: false };
    const now = at(8);

    it("keeps the booker's choice and the ceiling the tenant's setting promises for it", () => {
      const row = plainWriter().buildRow(
        { tenantId: 't', deskId: 'd', userId: 'u', startsAt: at(9), endsAt: at(10), visibleToColleagues: true },
        privacy,
        now,
      );
      expect(row).toMatchObject({ userId: 'u', visibleToColleagues: true, visibilityCeiling: 'shown', anonymizedAt: null, createdAt: now });
      expect(row).toMatchObject({ checkedInAt: null, cancelledAt: null, cancelReason: null });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("takes the tenant's default when the booker made no choice", () => {
      const row = plainWriter().buildRow({ tenantId: 't', deskId: 'd', userId: 'u', startsAt: at(9), endsAt: at(10) }, privacy, now);
      expect(row).toMatchObject({ visibleToColleagues: false, visibilityCeiling: 'hidden' });
    });

    it('makes a row that names nobody anonymous from the start', () => {
      const row = plainWriter().buildRow(
        { tenantId: 't', deskId: 'd', userId: null, startsAt: at(9), endsAt: at(10), checkedInAt: at(9, 5) },
        privacy,
        now,
      );
      expect(row).toMatchObject({
        userId: null,
        visibleToColleagues: null,
        visibilityCeiling: null,
        anonymizedAt: now,
        checkedInAt: at(9, 5),
      });
    });
  });

  describe('conflicting', () => {
    it('finds the proposed bookings that overlap an active one of the same key, one read per key', async () => {
      const writer = plainWriter();
      const existing = { 'desk-1': [span(9, 10), span(12, 13)], 'desk-2': [] as BookingSpan[] };
      const overlapping = vi
        .spyOn(writer, 'overlapping')
        .mockImplementation((_m, _column, key) => Promise.resolve(existing[key as keyof typeof existing]));
      const rows = [
        { key: 'desk-1', ...span(10, 11) },
        { key: 'desk-1', ...span(9.5, 10.5) },
        { key: 'desk-1', ...span(11, 12) },
        { key: 'desk-1', ...span(12.5, 14) },
        { key: 'desk-1', ...span(8, 9) },
        { key: 'desk-2', ...span(9, 10) },
        { key: null, ...span(9, 10) },
      ];
      const conflicts = await writer.conflicting({} as EntityManager, 'deskId', rows, (r) => r.key);
      expect(conflicts).toEqual([rows[1], rows[3]]);
      expect(overlapping.mock.calls.map(([, column, key, from, to]) => [column, key, from, to])).toEqual([
        ['deskId', 'desk-1', at(8), at(14)],
        ['deskId', 'desk-2', at(9), at(10)],
      ]);
    });
  });
});
