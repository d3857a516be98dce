/** What both booking mails say about the bookings: one desk, its place, and the times (JSON, see formatBookingTimes). */
export type BookingMailParams = {
  displayName: string;
  desk: string;
  floor: string;
  location: string;
  /** The location's IANA time zone, in which the times are written. */
  timezone: string;
  /** JSON of [startsAt, endsAt] ISO pairs, one per booking (params are strings). */
  times: string;
  link: string;
};

/** "desk D12, Floor 2, Berlin HQ" in the mail's words. */
export function bookingPlace(p: Pick<BookingMailParams, 'desk' | 'floor' | 'location'>, deskWord: string): string {
  return `${deskWord} ${p.desk}, ${p.floor}, ${p.location}`;
}
