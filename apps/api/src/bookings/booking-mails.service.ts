import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { mailLink } from '../mail/mail-links.js';
import { Mailer, type QueuedMail } from '../mail/mailer.service.js';
import { mailLocale } from '../mail/templates/compose.js';
import type { BookingMailParams } from '../mail/templates/booking-mail-params.js';
import { DesksRepository, type DeskPlace } from '../places/places.repositories.js';
import { UsersRepository, type MailRecipient } from '../users/users.repository.js';
import { bookingsCalendar } from './calendar.js';
import type { Booking } from './entities/booking.entity.js';

/** Why bookings were cancelled for their person: staff did it (maybe with a note), or nobody checked in. */
export type CancellationCause = { by: 'staff'; note: string | null } | { by: 'no_show' };

/**
 * The mails about a person's bookings, queued in the transaction that makes or cancels them (the
 * caller dispatches after commit). Each goes only to the person the bookings belong to, in their
 * language, unless they switched it off; it never names who else booked or who made the booking.
 */
@Injectable()
export class BookingMails {
  constructor(
    private readonly mailer: Mailer,
    private readonly users: UsersRepository,
    private readonly desks: DesksRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `booking-confirmed` for bookings of one person (a single booking, or every occurrence of a series), with the .ics. */
  async queueConfirmation(m: EntityManager, bookings: readonly Booking[], bookedForThem: boolean): Promise<QueuedMail[]> {
    const [first] = bookings;
    if (!first?.userId) return [];
    const [person] = await this.users.mailRecipients(m, first.tenantId, [first.userId]);
    if (!person?.mailBookingConfirmations) return [];
    const place = (await this.desks.placesOf(first.tenantId, [first.deskId])).get(first.deskId);
    if (!place) return [];
    const mail = this.describe(person, place, bookings, '/bookings');
    const params = { ...mail.params, bookedForThem: bookedForThem ? 'true' : '' };
    return [await this.mailer.queue(m, { ...mail, template: 'booking-confirmed', params })];
  }

  /** `booking-cancelled` to each person whose bookings these are: one mail per person and desk. */
  async queueCancellations(m: EntityManager, bookings: readonly Booking[], cause: CancellationCause): Promise<QueuedMail[]> {
    const owned = bookings.flatMap((b) => (b.userId === null ? [] : [{ booking: b, userId: b.userId }]));
    if (owned.length === 0) return [];
    const tenantId = owned[0].booking.tenantId;
    const people = new Map(
      (
        await this.users.mailRecipients(
          m,
          tenantId,
          owned.map((o) => o.userId),
        )
      ).map((p) => [p.id, p]),
    );
    const places = await this.desks.placesOf(
      tenantId,
      owned.map((o) => o.booking.deskId),
    );
    const groups = new Map<string, { userId: string; deskId: string; bookings: Booking[] }>();
    for (const { booking, userId } of owned) {
      const key = `${userId} ${booking.deskId}`;
      const group = groups.get(key) ?? { userId, deskId: booking.deskId, bookings: [] };
      group.bookings.push(booking);
      groups.set(key, group);
    }
    const queued: QueuedMail[] = [];
    for (const group of groups.values()) {
      const person = people.get(group.userId);
      const place = places.get(group.deskId);
      if (!person?.mailBookingCancellations || !place) continue;
      const mail = this.describe(person, place, group.bookings, '/book');
      const params = { ...mail.params, cause: cause.by, note: cause.by === 'staff' ? (cause.note ?? '') : '' };
      queued.push(await this.mailer.queue(m, { ...mail, template: 'booking-cancelled', params }));
    }
    return queued;
  }

  /** After the transaction committed: never throws (a dead mail server never fails the request). */
  dispatch(queued: readonly QueuedMail[]): Promise<void> {
    return queued.length ? this.mailer.dispatch(queued) : Promise.resolve();
  }

  /** What both mails say about one person's bookings of one desk, with the calendar file of them. */
  private describe(person: MailRecipient, place: DeskPlace, bookings: readonly Booking[], path: string) {
    const locale = mailLocale(person.locale);
    const sorted = [...bookings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const link = mailLink(this.config, null, path);
    // The same UIDs as the person's calendar feed (its host is PUBLIC_URL's), so importing updates the
    // events; a cancelled booking is STATUS:CANCELLED, so importing removes it.
    const calendar = bookingsCalendar(
      sorted.map((booking) => ({
        booking,
        deskLabel: place.label,
        floorName: place.floorName,
        locationName: place.locationName,
        address: place.address,
      })),
      new URL(link).hostname || 'deskbook',
      locale,
    );
    const params: BookingMailParams = {
      displayName: person.displayName,
      desk: place.label,
      floor: place.floorName,
      location: place.locationName,
      timezone: place.timezone,
      times: JSON.stringify(sorted.map((b) => [b.startsAt.toISOString(), b.endsAt.toISOString()])),
      link,
    };
    return {
      to: person.email,
      locale,
      tenantId: sorted[0].tenantId,
      userId: person.id,
      params,
      attachments: [{ filename: 'deskbook.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }],
    };
  }
}
