import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import ICAL from 'ical.js';
import { pino } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_RUNNER, type JobRunner } from '../../apps/api/src/jobs/job-runner.js';
import { MailDelivery } from '../../apps/api/src/mail/mail-delivery.service.js';
import { OutboxMessage } from '../../apps/api/src/mail/entities/outbox-message.entity.js';
import { addMember, as, expectError, signupTenant, STRONG_PASSWORD, uniqueEmail, type Member } from './support/factories.js';
import { linkToken, Mailbox, sharedMailbox, type ReceivedMail } from './support/mailbox.js';
import { publishNoticeVersion } from './support/notices.js';
import { createPlace, utcAt } from './support/places.js';
import { dropQueueKeys } from './support/test-database.js';
import { processQueuePrefix, startTestApp, type TestApp } from './support/test-app.js';

/** The events of an .ics attachment, parsed with ical.js: start, end (UTC ISO) and status. */
function calendarEvents(mail: ReceivedMail): { start: string; end: string; status: string }[] {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error('no calendar attachment');
  const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status')),
    };
  });
}

describe('notification mails', () => {
  let t: TestApp;
  let mailbox: Mailbox;

  beforeAll(async () => {
    t = await startTestApp();
    mailbox = await sharedMailbox();
  });
  afterAll(() => t.close());

  /** Outbox rows of one template for one person: what was queued at all, whether or not it was sent yet. */
  const outboxRows = (userId: string, template: string) =>
    t.app.get(DataSource).getRepository(OutboxMessage).count({ where: { userId, template } });

  async function invite(admin: Member, email: string, displayName = 'Ina Invitee') {
    const res = await as(t.http, admin).post('/api/users').send({ email, displayName, role: 'employee' }).expect(201);
    return res.body as { user: { id: string }; inviteToken: string };
  }

  describe('invitations', () => {
    it('mails the invitation in English, text and HTML, with the link that accepts it', async () => {
      const admin = await signupTenant(t.http, 'Mailers Ltd');
      const email = uniqueEmail('invitee');
      const { inviteToken } = await invite(admin, email);

      const mail = await mailbox.waitFor({ to: email, template: 'invite' });
      expect(mail.subject).toBe('Ada Admin invited you to Deskbook at Mailers Ltd');
      expect(mail.text).toContain('Hello Ina Invitee,');
      expect(mail.text).toMatch(/The link works once, until \d{1,2} \w+ \d{4} at \d{2}:\d{2} UTC/);
      expect(mail.html).toContain('<html lang="en">');
      expect(mail.html).toContain(`/accept-invite#${inviteToken}`);
      // The admin still gets the same link to copy.
      const token = linkToken(mail, '/accept-invite#');
      expect(token).toBe(inviteToken);
      const accepted = await request(t.http)
        .post('/api/auth/accept-invite')
        .send({ inviteToken: token, password: STRONG_PASSWORD })
        .expect(200);
      expect((accepted.body as { user: { email: string } }).user.email).toBe(email);
    });

    it('writes the invitation in the inviter’s language, German included', async () => {
      const admin = await signupTenant(t.http, 'Mailer GmbH');
      await as(t.http, admin).patch('/api/me').send({ locale: 'de' }).expect(200);
      const email = uniqueEmail('eingeladen');
      await invite(admin, email, 'Erika Muster');

      const mail = await mailbox.waitFor({ to: email, template: 'invite' });
      expect(mail.subject).toBe('Ada Admin hat Sie zu Deskbook bei Mailer GmbH eingeladen');
      expect(mail.text).toContain('Hallo Erika Muster,');
      expect(mail.text).toContain('Einladung annehmen');
      expect(mail.html).toContain('<html lang="de">');
      expect(mail.html).toContain('Einladung annehmen');
    });

    it('resends with a new token: the old link stops working, the new one works; 409 once accepted, 404 for another tenant', async () => {
      const admin = await signupTenant(t.http);
      const email = uniqueEmail('resend');
      const { user, inviteToken: first } = await invite(admin, email);
      await mailbox.waitFor({ to: email, template: 'invite' });

      const resent = await as(t.http, admin).post(`/api/users/${user.id}/resend-invite`).expect(200);
      const { inviteToken: second } = resent.body as { inviteToken: string };
      expect(second).not.toBe(first);
      const mail = await mailbox.waitFor({ to: email, template: 'invite', after: 1 });
      expect(linkToken(mail, '/accept-invite#')).toBe(second);

      expectError(
        await request(t.http).post('/api/auth/accept-invite').send({ inviteToken: first, password: STRONG_PASSWORD }),
        404,
        'INVITE_INVALID',
      );
      const intruder = await signupTenant(t.http);
      expectError(await as(t.http, intruder).post(`/api/users/${user.id}/resend-invite`), 404, 'NOT_FOUND');
      await request(t.http).post('/api/auth/accept-invite').send({ inviteToken: second, password: STRONG_PASSWORD }).expect(200);
      expectError(await as(t.http, admin).post(`/api/users/${user.id}/resend-invite`), 409, 'INVITE_ALREADY_ACCEPTED');

      const audit = (await as(t.http, admin).get('/api/admin/audit-log').expect(200)).body as { action: string; targetId: string }[];
      expect(audit.filter((e) => e.action === 'user.invite_resent').map((e) => e.targetId)).toEqual([user.id]);
      expect(JSON.stringify(audit)).not.toContain(email);
    });

    it('tells admins whether the server sends mail', async () => {
      const admin = await signupTenant(t.http);
      expect((await as(t.http, admin).get('/api/admin/mail-status').expect(200)).body).toEqual({ configured: true });
    });
  });

  describe('privacy notices', () => {
    it('mails every member who can sign in when a version to accept is published, and again when settings republish it', async () => {
      const admin = await signupTenant(t.http, 'Notice Corp', { consentRequired: true });
      const anna = await addMember(t.http, admin, 'employee', 'Anna');
      const ben = await addMember(t.http, admin, 'facility_manager', 'Ben');
      await as(t.http, ben).patch('/api/me').send({ locale: 'de' }).expect(200);
      const pending = uniqueEmail('pending');
      const { user: pendingUser } = await invite(admin, pending);

      await publishNoticeVersion(t.http, admin);
      for (const member of [admin, anna]) {
        const mail = await mailbox.waitFor({ to: member.email, template: 'notice-published' });
        expect(mail.subject).toBe('Notice Corp published a new privacy notice');
        expect(mail.text).toMatch(/version \d+ of its privacy notice/);
        expect(mail.text).toContain('/account/privacy');
      }
      const german = await mailbox.waitFor({ to: ben.email, template: 'notice-published' });
      expect(german.subject).toBe('Notice Corp hat einen neuen Datenschutzhinweis veröffentlicht');
      // An invitation not yet accepted is no member yet.
      expect(await outboxRows(pendingUser.id, 'notice-published')).toBe(0);

      // A setting the generated notice describes publishes a new version: the same mails again.
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ privacy: { retention: { mode: 'anonymize', afterDays: 91 } } })
        .expect(200);
      for (const member of [admin, anna, ben]) {
        const mail = await mailbox.waitFor({ to: member.email, template: 'notice-published', after: 1 });
        expect(mail.text + mail.subject).not.toContain('undefined');
      }
      expect(await outboxRows(anna.userId, 'notice-published')).toBe(2);
    });

    it('mails nobody while the tenant does not require consent', async () => {
      const admin = await signupTenant(t.http);
      const member = await addMember(t.http, admin, 'employee');
      await publishNoticeVersion(t.http, admin);
      expect(await outboxRows(member.userId, 'notice-published')).toBe(0);
      expect(await outboxRows(admin.userId, 'notice-published')).toBe(0);
    });
  });

  describe('bookings', () => {
    it('confirms a booking with an .ics attachment whose DTSTART is the booking’s start', async () => {
      const admin = await signupTenant(t.http);
      const member = await addMember(t.http, admin, 'employee', 'Bea Booker');
      const place = await createPlace(t.http, admin, 2);
      const startsAt = utcAt(2, 9);
      const endsAt = utcAt(2, 17);
      await as(t.http, member).post('/api/bookings').send({ deskId: place.deskIds[0], startsAt, endsAt }).expect(201);

      const mail = await mailbox.waitFor({ to: member.email, template: 'booking-confirmed' });
      expect(mail.subject).toBe('Booked: desk D1 · HQ');
      expect(mail.text).toContain('Your desk is booked: Desk D1, Ground floor, HQ');
      expect(calendarEvents(mail)).toEqual([{ start: startsAt, end: endsAt, status: 'CONFIRMED' }]);
    });

    it('tells a person a desk was booked for them without naming who booked it, and sends a series as one mail', async () => {
      const admin = await signupTenant(t.http);
      await as(t.http, admin).patch('/api/me').send({ displayName: 'Stella Staff' }).expect(200);
      const member = await addMember(t.http, admin, 'employee', 'Finn For');
      const place = await createPlace(t.http, admin, 2);
      await as(t.http, admin)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[0], startsAt: utcAt(3, 9), endsAt: utcAt(3, 12), forUserId: member.userId })
        .expect(201);
      const forThem = await mailbox.waitFor({ to: member.email, template: 'booking-confirmed' });
      expect(forThem.text).toContain('A desk was booked for you');
      expect(forThem.text + forThem.html).not.toContain('Stella');
      expect(mailbox.count({ to: admin.email, template: 'booking-confirmed' })).toBe(0);

      const days = [4, 5, 6].map((d) => utcAt(d, 0).slice(0, 10));
      await as(t.http, member)
        .post('/api/bookings/series')
        .send({ deskId: place.deskIds[1], startsAt: utcAt(4, 9), endsAt: utcAt(4, 11), days })
        .expect(201);
      const series = await mailbox.waitFor({ to: member.email, template: 'booking-confirmed', after: 1 });
      expect(calendarEvents(series).map((e) => e.start)).toEqual([utcAt(4, 9), utcAt(5, 9), utcAt(6, 9)]);
      expect(await outboxRows(member.userId, 'booking-confirmed')).toBe(2);
    });

    it('tells the person when staff cancel their booking, with the reason, and not when they cancel it themselves', async () => {
      const admin = await signupTenant(t.http);
      const member = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 2);
      const startsAt = utcAt(2, 8);
      const booked = await as(t.http, member)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[0], startsAt, endsAt: utcAt(2, 12) })
        .expect(201);
      const own = await as(t.http, member)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[1], startsAt: utcAt(3, 8), endsAt: utcAt(3, 12) })
        .expect(201);
      await as(t.http, member)
        .delete(`/api/bookings/${(own.body as { id: string }).id}`)
        .expect(204);
      await as(t.http, admin)
        .delete(`/api/bookings/${(booked.body as { id: string }).id}`)
        .send({ reason: 'The floor is being painted' })
        .expect(204);

      const mail = await mailbox.waitFor({ to: member.email, template: 'booking-cancelled' });
      expect(mail.subject).toBe('Cancelled: desk D1 · HQ');
      expect(mail.text).toContain('Your facility team cancelled your booking of desk D1, Ground floor, HQ');
      expect(mail.text).toContain('Reason: The floor is being painted');
      expect(mail.html).toContain('Reason: The floor is being painted');
      expect(calendarEvents(mail)).toEqual([expect.objectContaining({ start: startsAt, status: 'CANCELLED' })]);
      expect(await outboxRows(member.userId, 'booking-cancelled')).toBe(1);
    });

    it('tells the person when a block of their desk cancels their booking, with the block’s reason', async () => {
      const admin = await signupTenant(t.http);
      const member = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 1);
      await as(t.http, member)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[0], startsAt: utcAt(3, 9), endsAt: utcAt(3, 12) })
        .expect(201);
      const day = utcAt(3, 0).slice(0, 10);
      await as(t.http, admin)
        .post(`/api/floors/${place.floorId}/blocks?confirm=true`)
        .send({ from: day, to: day, reason: 'Carpet cleaning', deskIds: [place.deskIds[0]] })
        .expect(201);
      const mail = await mailbox.waitFor({ to: member.email, template: 'booking-cancelled' });
      expect(mail.text).toContain('Reason: Carpet cleaning');
    });

    it('tells the person when auto-release frees their booking because nobody checked in', async () => {
      const admin = await signupTenant(t.http);
      await as(t.http, admin)
        .patch('/api/tenant/settings')
        .send({ booking: { checkInRequired: true, checkInGraceMinutes: 30 } })
        .expect(200);
      const member = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 1);
      const startsAt = new Date(Date.now() - 40 * 60_000);
      await t.app
        .get(DataSource)
        .getRepository('bookings')
        .insert({
          id: randomUUID(),
          tenantId: admin.tenantId,
          deskId: place.deskIds[0],
          userId: member.userId,
          startsAt,
          endsAt: new Date(Date.now() + 60 * 60_000),
          visibleToColleagues: true,
          createdAt: new Date(),
        });
      await t.app.get<JobRunner>(JOB_RUNNER).trigger('bookings.release-no-shows');

      const mail = await mailbox.waitFor({ to: member.email, template: 'booking-cancelled' });
      expect(mail.text).toContain('was released because nobody checked in');
      expect(mail.text).not.toContain('Reason:');
      // A second run releases nothing more and mails nobody again.
      await t.app.get<JobRunner>(JOB_RUNNER).trigger('bookings.release-no-shows');
      expect(await outboxRows(member.userId, 'booking-cancelled')).toBe(1);
    });

    it('sends no booking mail a person switched off', async () => {
      const admin = await signupTenant(t.http);
      const member = await addMember(t.http, admin, 'employee');
      const place = await createPlace(t.http, admin, 2);
      expect((await as(t.http, member).get('/api/me/notifications').expect(200)).body).toEqual({
        bookingConfirmations: true,
        bookingCancellations: true,
      });
      const off = await as(t.http, member)
        .patch('/api/me/notifications')
        .send({ bookingConfirmations: false, bookingCancellations: false })
        .expect(200);
      expect(off.body).toEqual({ bookingConfirmations: false, bookingCancellations: false });
      expectError(await as(t.http, member).patch('/api/me/notifications').send({ bookingConfirmations: 'no' }), 400, 'VALIDATION_FAILED');

      const booked = await as(t.http, member)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[0], startsAt: utcAt(2, 9), endsAt: utcAt(2, 10) })
        .expect(201);
      await as(t.http, admin)
        .delete(`/api/bookings/${(booked.body as { id: string }).id}`)
        .send({ reason: 'Sorry' })
        .expect(204);
      expect(await outboxRows(member.userId, 'booking-confirmed')).toBe(0);
      expect(await outboxRows(member.userId, 'booking-cancelled')).toBe(0);

      // Switching one back on mails that one only.
      await as(t.http, member).patch('/api/me/notifications').send({ bookingConfirmations: true }).expect(200);
      await as(t.http, member)
        .post('/api/bookings')
        .send({ deskId: place.deskIds[1], startsAt: utcAt(2, 9), endsAt: utcAt(2, 10) })
        .expect(201);
      await mailbox.waitFor({ to: member.email, template: 'booking-confirmed' });
      expect((await as(t.http, member).get('/api/me/notifications').expect(200)).body).toEqual({
        bookingConfirmations: true,
        bookingCancellations: false,
      });
    });
  });
});

describe('a dead SMTP server', () => {
  const lines: string[] = [];
  let t: TestApp;
  let admin: Member;
  let port: number;
  const ownQueue = processQueuePrefix() && `${processQueuePrefix()}_dead_smtp`;

  beforeAll(async () => {
    // A port nothing listens on until the test starts its own server there.
    const probe = await Mailbox.start();
    port = probe.port;
    await probe.close();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // Signing up needs the confirmation mail: through an instance whose mail server is up, stopped
    // before the one under test starts (with Redis they would share the queue and its mail jobs).
    const healthy = await startTestApp();
    admin = await signupTenant(healthy.http);
    await healthy.close();
    // A queue of its own (with Redis): its dead mail server must not take other test files' mail jobs.
    t = await startTestApp(
      { SMTP_URL: `smtp://127.0.0.1:${port}`, ...(ownQueue ? { QUEUE_PREFIX: ownQueue } : {}) },
      { logger: pino({ level: 'info' }, sink) },
    );
  });
  afterAll(async () => {
    await t.close();
    if (ownQueue) await dropQueueKeys(ownQueue);
  });

  it('never fails the request; the message is delivered once the server is back; logs name the template, never the address', async () => {
    const email = uniqueEmail('patient');
    const res = await as(t.http, admin).post('/api/users').send({ email, displayName: 'Pat Patient', role: 'employee' }).expect(201);
    const { user } = res.body as { user: { id: string } };
    const outbox = t.app.get(DataSource).getRepository(OutboxMessage);
    // The first attempt fails (connection refused) and is put off with back-off.
    const firstAttemptFailed = async () => {
      const row = await outbox.findOneByOrFail({ userId: user.id, template: 'invite' });
      return row.attempts === 1 && row.status === 'pending';
    };
    for (let i = 0; i < 150 && !(await firstAttemptFailed()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await outbox.findOneByOrFail({ userId: user.id, template: 'invite' })).toMatchObject({ status: 'pending', attempts: 1 });

    const revived = await Mailbox.start(port);
    try {
      // The sweep, as it runs once the back-off has passed.
      await t.app.get(MailDelivery).deliverDue(new Date(Date.now() + 10 * 60_000));
      const mail = await revived.waitFor({ to: email, template: 'invite' });
      expect(mail.subject).toContain('invited you to Deskbook');
      expect(await outbox.findOneByOrFail({ userId: user.id, template: 'invite' })).toMatchObject({ status: 'sent' });
    } finally {
      await revived.close();
    }

    const log = lines.join('');
    const mailLines = lines.filter((l) => l.includes('"template":"invite"'));
    expect(mailLines.length).toBeGreaterThanOrEqual(2);
    expect(log).toContain('mail sent');
    expect(log).not.toContain(email);
    expect(log).not.toContain(email.split('@')[0]);
  });
});
