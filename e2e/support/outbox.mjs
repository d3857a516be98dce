// Reads the messages an app without SMTP_URL wrote to DATA_DIR/outbox/ (one .eml file each), for the
// browser tests and the benchmarks, which run the built app as it ships.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

const addresses = (field) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

/** Every message in the folder, oldest first, parsed. */
export async function readOutbox(dataDir) {
  const folder = join(dataDir, 'outbox');
  const files = (await readdir(folder).catch(() => [])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(join(folder, file)));
      return {
        file,
        to: addresses(parsed.to),
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
        template: String(parsed.headers.get('x-deskbook-template') ?? ''),
        attachments: parsed.attachments,
      };
    }),
  );
}

/** The `after`-th message (0: the first) to `to` of `template`, waiting for the job to write it. */
export async function waitForOutboxMail(dataDir, { to, template, after = 0 }, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readOutbox(dataDir)).filter((m) => m.to.includes(to.toLowerCase()) && (!template || m.template === template))[
      after
    ];
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail ${template ?? ''} to ${to} in ${dataDir}/outbox within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The token of a link in the message, e.g. outboxLinkToken(mail, '/confirm-email#token='). */
export function outboxLinkToken(mail, prefix) {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`No link ${prefix}… in the message`);
  return match[1];
}

/**
 * Signs up through the API and confirms from the outbox: `post(path, body)` sends JSON and returns
 * the parsed answer (so a browser test's request context keeps the session cookie it sets).
 */
export async function signUpThroughOutbox(dataDir, post, signup) {
  const before = (await readOutbox(dataDir)).filter(
    (m) => m.to.includes(signup.email.toLowerCase()) && m.template === 'confirm-signup',
  ).length;
  await post('/api/auth/signup', signup);
  const mail = await waitForOutboxMail(dataDir, { to: signup.email, template: 'confirm-signup', after: before });
  return post('/api/auth/confirm-email', { token: outboxLinkToken(mail, '/confirm-email#token=') });
}
