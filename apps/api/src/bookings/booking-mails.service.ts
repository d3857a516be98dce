import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { mailLink } from '../mail/mail-links.js';
import { Mailer, type QueuedMail } from '../mail/mailer.service.js';
import { mailLocale } from '../mail/templates/compose.js';
import { bookingTimesParam } from '../mail/templates/mail-dates.js';
import { DesksRepository, type DeskPlace } from '../places/places.repositories.js';
import { UsersRepository, type MailRecipient } from '../users/users.repository.js';
import { bookingsCalendar } from './calendar.js';
import type { Booking } from './entities/booking.entity.js';

/** Why bookings were cancelled for their person: staff did it (maybe with a note), or nobody checked in. */
export type CancellationCause = { by: 'staff'; note: string | null } | { by: 'no_show' };

/** Where each mail's button leads: the person's bookings, or the booking page to pick another desk. */
const LINK_PATH = { 'booking-confirmed': '/bookings', 'booking-cancelled': '/book' } as const;

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
    const place = await this.placeOf(first);
    if (!place) return [];
    return [await this.queue(m, 'booking-confirmed', person, place, bookings, { bookedForThem: bookedForThem ? 'true' : '' })];
  }

  /** `booking-cancelled` to each person whose bookings these are: one mail per person and desk. */
  async queueCancellations(m: EntityManager, bookings: readonly Booking[], cause: CancellationCause): Promise<QueuedMail[]> {
    const owned = bookings.filter((b): b is Booking & { userId: string } => b.userId !== null);
    if (owned.length === 0) return [];
    const people = new Map(
      (await this.users.mailRecipients(m, owned[0].tenantId, owned.map((b) => b.userId))).map((p) => [p.id, p]),
    );
    const places = await this.desks.placesOf(owned[0].tenantId, owned.map((b) => b.deskId));
    const groups = new Map<string, Booking[]>();
    for (const booking of owned) {
      const key = `${booking.userId} ${booking.deskId}`;
      groups.set(key, [...(groups.get(key) ?? []), booking]);
    }
    const queued: QueuedMail[] = [];
    for (const group of groups.values()) {
      const person = people.get(group[0].userId!);
      const place = places.get(group[0].deskId);
      if (!person?.mailBookingCancellations || !place) continue;
      const params = cause.by === 'staff' ? { cause: 'staff', note: cause.note ?? '' } : { cause: 'no_show', note: '' };
      queued.push(await this.queue(m, 'booking-cancelled', person, place, group, params));
    }
    return queued;
  }

  /** After the transaction committed: never throws (a dead mail server never fails the request). */
  dispatch(queued: readonly QueuedMail[]): Promise<void> {
    return queued.length ? this.mailer.dispatch([...queued]) : Promise.resolve();
  }

  private async placeOf(booking: Booking): Promise<DeskPlace | undefined> {
    return (await this.desks.placesOf(booking.tenantId, [booking.deskId])).get(booking.deskId);
  }

  private queue<T extends keyof typeof LINK_PATH>(
    m: EntityManager,
    template: T,
    person: MailRecipient,
    place: DeskPlace,
    bookings: readonly Booking[],
    extra: T extends 'booking-confirmed' ? { bookedForThem: string } : { cause: string; note: string },
  ): Promise<QueuedMail> {
    const locale = mailLocale(person.locale);
    const sorted = [...bookings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const link = mailLink(this.config, null, LINK_PATH[template]);
    // The same UIDs as the person's calendar feed (its host is PUBLIC_URL's), so importing updates the events.
    const calendar = bookingsCalendar(
      sorted.map((booking) => ({ booking, deskLabel: place.label, floorName: place.floorName, locationName: place.locationName, address: place.address })),
      new URL(link).hostname || 'deskbook',
      locale,
    );
    return this.mailer.queue(m, {
      template,
      to: person.email,
      locale,
      tenantId: sorted[0].tenantId,
      userId: person.id,
      params: {
        displayName: person.displayName,
        desk: place.label,
        floor: place.floorName,
        location: place.locationName,
        timezone: place.timezone,
        times: bookingTimesParam(sorted),
        link,
        ...extra,
      } as never,
      attachments: [{ filename: 'deskbook.ics', contentType: 'text/calendar; charset=utf-8', content: calendar }],
    });
  }
}
