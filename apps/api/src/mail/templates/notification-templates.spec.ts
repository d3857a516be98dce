import { describe, expect, it } from 'vitest';
import { bookingCancelled } from './booking-cancelled.js';
import { bookingConfirmed } from './booking-confirmed.js';
import { invite } from './invite.js';
import { formatBookingTimes } from './mail-dates.js';
import { noticePublished } from './notice-published.js';

const place = {
  displayName: 'Anna <Admin>',
  desk: 'D12',
  floor: '2nd floor',
  location: 'Berlin',
  timezone: 'Europe/Berlin',
  link: 'https://desks.example.com/bookings',
};
const times = JSON.stringify([
  ['2027-03-09T08:00:00.000Z', '2027-03-09T16:00:00.000Z'],
  ['2027-03-10T08:00:00.000Z', '2027-03-10T16:00:00.000Z'],
]);

describe('notification templates', () => {
  it('writes booking times in the desk’s time zone and the person’s language', () => {
    expect(formatBookingTimes(times, 'Europe/Berlin', 'en')[0]).toMatch(/Tuesday.*9 March 2027.*09:00.*17:00/);
    expect(formatBookingTimes(times, 'Europe/Berlin', 'de')[0]).toMatch(/Dienstag.*9\. März 2027.*09:00.*17:00/);
  });

  it('lists every occurrence of a series and escapes names in HTML', () => {
    const mail = bookingConfirmed.render({ ...place, times, bookedForThem: '' }, 'en');
    expect(mail.text).toContain('on these days');
    expect(mail.text.match(/March 2027/g)).toHaveLength(2);
    expect(mail.html).toContain('Anna &lt;Admin&gt;');
    expect(mail.html).not.toContain('<Admin>');
  });

  it('says why a booking was cancelled, with staff’s reason only when there is one', () => {
    const byStaff = bookingCancelled.render({ ...place, times, cause: 'staff', note: 'Painting' }, 'de');
    expect(byStaff.text).toContain('Grund: Painting');
    const noShow = bookingCancelled.render({ ...place, times, cause: 'no_show', note: '' }, 'en');
    expect(noShow.text).toContain('released because nobody checked in');
    expect(noShow.text).not.toContain('Reason');
  });

  it('gives the invitation’s expiry and the notice’s change summary', () => {
    const mail = invite.render(
      {
        displayName: 'Ina',
        inviterName: 'Ada',
        tenantName: 'Acme',
        link: 'https://x/accept-invite#t',
        expiresAt: '2027-03-16T21:30:00.000Z',
      },
      'en',
    );
    expect(mail.text).toContain('until 16 March 2027 at 21:30 UTC');
    const notice = noticePublished.render(
      { displayName: 'Ina', tenantName: 'Acme', version: '3', summary: 'Retention is now 90 days', link: 'https://x' },
      'en',
    );
    expect(notice.text).toContain('What changed: Retention is now 90 days');
    expect(
      noticePublished.render({ displayName: 'Ina', tenantName: 'Acme', version: '3', summary: '', link: 'https://x' }, 'de').text,
    ).not.toContain('Was sich geändert hat');
  });
});
