import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Principal } from '../common/context/request-context.js';
import { ValidationFailedError } from '../common/errors/domain-error.js';
import { DesksRepository } from '../places/places.repositories.js';
import { UsersRepository } from '../users/users.repository.js';
import { BookingsRepository } from './bookings.repository.js';
import { colleagueMatches, searchWindow, type ColleagueMatch } from './colleague-search.js';

/** People matched by name whose bookings are read; the answer is cut to MAX_COLLEAGUE_RESULTS anyway. */
const MAX_PEOPLE = 200;

/** "Find a colleague" (GET /colleagues): where people sit on a day, strictly within visibility.ts. */
@Injectable()
export class ColleagueSearch {
  constructor(
    private readonly users: UsersRepository,
    private readonly bookings: BookingsRepository,
    private readonly desks: DesksRepository,
  ) {}

  async find(principal: Principal, text: string, date: string): Promise<ColleagueMatch[]> {
    if (!DateTime.fromISO(date).isValid) throw new ValidationFailedError([{ field: 'date', messages: ['date must be a real day'] }]);
    const name = text.trim();
    if (name.length < 2) throw new ValidationFailedError([{ field: 'q', messages: ['q must be 2 to 100 characters'] }]);
    const setting = principal.tenantSettings.privacy.bookingVisibility;
    // Under `anonymous` nobody is findable: no name is even looked up.
    if (setting === 'anonymous') return [];
    const { tenantId, userId } = principal;
    const people = await this.users.findableNamed(tenantId, name, userId, MAX_PEOPLE);
    if (people.length === 0) return [];
    const { from, to } = searchWindow(date);
    const bookings = await this.bookings.activeOfPeople(
      tenantId,
      people.map((p) => p.id),
      from,
      to,
    );
    const places = await this.desks.placesOf(
      tenantId,
      bookings.map((b) => b.deskId),
    );
    return colleagueMatches({
      date,
      setting,
      viewerUserId: userId,
      people: new Map(people.map((p) => [p.id, p.displayName])),
      bookings,
      places,
    });
  }
}
