import ICAL from 'ical.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addMember, as, expectError, signupTenant, STRONG_PASSWORD, type Member } from './support/factories.js';
import { acceptCurrentNotice } from './support/notices.js';
import { createPlace, utcAt } from './support/places.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface FeedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  status: string | null;
  sequence: number;
}

/**
 * The calendar subscription (issue 18): a secret webcal:// URL per person, regenerated or revoked
 * on the Account page; the feed is read without a session by a real iCalendar parser here.
 */
describe('calendar subscription feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const book = async (who: Member, deskId: string, day: number, hour: number) =>
    (
      (
        await as(t.http, who)
          .post('/api/bookings')
          .send({ deskId, startsAt: utcAt(day, hour), endsAt: utcAt(day, hour + 1) })
          .expect(201)
      ).body as { id: string }
    ).id;

  async function createFeed(who: Member): Promise<string> {
    const res = await as(t.http, who).post('/api/me/calendar-feed').expect(201);
    return (res.body as { url: string }).url;
  }

  /** The path of a webcal:// URL (supertest serves each request on a new port, so the host varies). */
  const pathOf = (url: string | null) => (url ? new URL(url.replace(/^webcal:/, 'http:')).pathname : null);
  const feedPath = async (who: Member) =>
    pathOf(((await as(t.http, who).get('/api/me/calendar-feed').expect(200)).body as { url: string | null }).url);
  /** A feed URL fetched without any session. */
  const fetchFeed = (url: string) => request(t.http).get(pathOf(url)!);

  async function events(url: string): Promise<FeedEvent[]> {
    const res = await fetchFeed(url).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    return calendar.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
        status: (v.getFirstPropertyValue('status') as string | null) ?? null,
        sequence: event.sequence,
      };
    });
  }

  const expectGone = async (url: string) => expectError(await fetchFeed(url), 404, 'NOT_FOUND');

  it('makes a webcal:// URL the Account page can show again, and a feed any calendar reads without a session', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 2);
    expect(await feedPath(admin)).toBeNull();
    const a = await book(admin, place.deskIds[0], 1, 9);
    const b = await book(admin, place.deskIds[1], 2, 13);

    const url = await createFeed(admin);
    expect(url).toMatch(/^webcal:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedPath(admin)).toBe(pathOf(url));

    const res = await fetchFeed(url).expect(200);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Deskbook: my desk bookings');
    expect(res.text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/);
    expect(res.text).toMatch(/X-PUBLISHED-TTL:PT1H/);
    const feed = await events(url);
    expect(feed).toEqual([
      {
        uid: expect.stringContaining(a) as string,
        summary: 'Desk D1 · HQ',
        description: 'Desk D1, Ground floor, HQ',
        start: utcAt(1, 9),
        end: utcAt(1, 10),
        status: 'CONFIRMED',
        sequence: 0,
      },
      expect.objectContaining({
        uid: expect.stringContaining(b) as string,
        summary: 'Desk D2 · HQ',
        start: utcAt(2, 13),
        end: utcAt(2, 14),
      }),
    ]);
    // The token is the only credential: no cookie, no bearer, no CSRF header.
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('keeps a cancelled booking with the same UID, STATUS:CANCELLED and a higher SEQUENCE', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    const id = await book(admin, place.deskIds[0], 1, 9);
    const url = await createFeed(admin);
    const [before] = await events(url);
    expect(before).toMatchObject({ status: 'CONFIRMED', sequence: 0 });

    await as(t.http, admin).delete(`/api/bookings/${id}`).expect(204);
    const [after] = await events(url);
    expect(after.uid).toBe(before.uid);
    expect(after.uid).toContain(id);
    expect(after.status).toBe('CANCELLED');
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after).toMatchObject({ start: before.start, end: before.end, summary: 'Cancelled: Desk D1 · HQ' });
  });

  it('writes the feed in the person’s language', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    await book(admin, place.deskIds[0], 1, 9);
    await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);
    const url = await createFeed(admin);
    const res = await fetchFeed(url).expect(200);
    expect(new ICAL.Component(ICAL.parse(res.text)).getFirstPropertyValue('x-wr-calname')).toBe('Deskbook: meine Arbeitsplatzbuchungen');
    const [event] = await events(url);
    expect(event.summary).toBe('Arbeitsplatz D1 · HQ');
    expect(event.description).toBe('Arbeitsplatz D1, Ground floor, HQ');
  });

  it('regenerating: the old URL answers 404 at once, the new one works; revoking: 404', async () => {
    const admin = await signupTenant(t.http);
    const place = await createPlace(t.http, admin, 1);
    await book(admin, place.deskIds[0], 1, 9);
    const first = await createFeed(admin);
    const second = await createFeed(admin);
    expect(second).not.toBe(first);
    await expectGone(first);
    expect(await events(second)).toHaveLength(1);
    expect(await feedPath(admin)).toBe(pathOf(second));

    await as(t.http, admin).delete('/api/me/calendar-feed').expect(204);
    await expectGone(second);
    expect(await feedPath(admin)).toBeNull();
    // Revoking again is no error.
    await as(t.http, admin).delete('/api/me/calendar-feed').expect(204);

    const log = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string; targetId: string | null }[];
    const feedEvents = log.filter((e) => e.action.startsWith('calendar_feed.')).map((e) => e.action);
    expect(feedEvents.sort()).toEqual(['calendar_feed.created', 'calendar_feed.regenerated', 'calendar_feed.revoked']);
    expect(JSON.stringify(log)).not.toContain(pathOf(second)!.split('/').pop()!.replace('.ics', ''));
  });

  it('answers 404 in the shared error shape for unknown and malformed tokens', async () => {
    await expectGone('webcal://x/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics');
    await expectGone('webcal://x/api/calendar/short.ics');
  });

  it('answers 404 while the tenant requires consent the person has not given, or withdrew', async () => {
    const admin = await signupTenant(t.http, undefined, { consentRequired: true });
    await acceptCurrentNotice(t.http, admin);
    const place = await createPlace(t.http, admin, 1);
    await book(admin, place.deskIds[0], 1, 9);
    const member = await addMember(t.http, admin, 'employee');
    const memberUrl = await createFeed(member);
    await expectGone(memberUrl);
    await acceptCurrentNotice(t.http, member);
    expect(await events(memberUrl)).toEqual([]);

    const url = await createFeed(admin);
    expect(await events(url)).toHaveLength(1);
    await as(t.http, admin).delete('/api/consents/current').expect(204);
    await expectGone(url);
  });

  it('answers 404 once the person is erased', async () => {
    const admin = await signupTenant(t.http);
    const alice = await addMember(t.http, admin, 'employee', 'Alice Example');
    const place = await createPlace(t.http, admin, 1);
    await book(alice, place.deskIds[0], 1, 9);
    const url = await createFeed(alice);
    expect(await events(url)).toHaveLength(1);
    const exported = (await as(t.http, alice).get('/api/me/export').expect(200)).body as { calendarFeed: { createdAt: string } | null };
    expect(exported.calendarFeed).toEqual({ createdAt: expect.any(String) as string });
    expect(JSON.stringify(exported)).not.toContain(pathOf(url)!.split('/').pop()!.replace('.ics', ''));

    await as(t.http, alice).delete('/api/me').send({ password: STRONG_PASSWORD }).expect(204);
    await expectGone(url);
  });

  it('is cheap: one lookup by the token’s hash, one bookings query, one query for the places', async () => {
    const admin = await signupTenant(t.http);
    const places = [await createPlace(t.http, admin, 2), await createPlace(t.http, admin, 1)];
    const desks = [places[0].deskIds[0], places[0].deskIds[1], places[1].deskIds[0]];
    for (const [i, deskId] of desks.entries()) await book(admin, deskId, i + 1, 9);
    const url = await createFeed(admin);
    const logQuery = vi.spyOn(t.app.get(DataSource).logger, 'logQuery');
    try {
      expect(await events(url)).toHaveLength(3);
      const reads = (table: string) => logQuery.mock.calls.filter(([sql]) => new RegExp(`FROM [\`"]${table}[\`"]`).test(sql)).length;
      expect({ feeds: reads('calendar_feeds'), bookings: reads('bookings'), desks: reads('desks'), floors: reads('floors') }).toEqual({
        feeds: 1,
        bookings: 1,
        desks: 1,
        floors: 0,
      });
    } finally {
      logQuery.mockRestore();
    }
  });

  it('lists only the person’s own bookings, never another person’s', async () => {
    const admin = await signupTenant(t.http);
    const other = await addMember(t.http, admin, 'employee', 'Otto Other');
    const place = await createPlace(t.http, admin, 2);
    const mine = await book(admin, place.deskIds[0], 1, 9);
    const theirs = await book(other, place.deskIds[1], 1, 9);
    const url = await createFeed(admin);
    const res = await fetchFeed(url).expect(200);
    const feed = await events(url);
    expect(feed.map((e) => e.uid)).toEqual([expect.stringContaining(mine)]);
    expect(res.text).not.toContain(theirs);
    expect(res.text).not.toContain('Otto');
    // The other person's feed is theirs alone.
    const otherFeed = await events(await createFeed(other));
    expect(otherFeed.map((e) => e.uid)).toEqual([expect.stringContaining(theirs)]);
  });
});
