import { describe, expect, it } from 'vitest';
import { escapeHtml, type MailLocale } from './compose.js';
import { TEMPLATES } from './index.js';

/** A value for every parameter a template reads, with characters HTML must escape. */
const params: Record<string, string> = new Proxy({}, { get: (_, key) => `<${String(key)} & "x">` });

describe('mail templates', () => {
  it.each(Object.entries(TEMPLATES))('%s is registered under its own name and renders in English and German', (name, template) => {
    expect(template.name).toBe(name);
    const [en, de] = (['en', 'de'] as MailLocale[]).map((locale) => template.render(params as never, locale));
    for (const mail of [en, de]) {
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain('<'); // the plain text keeps values as they are
      expect(mail.html).not.toMatch(/<[a-zA-Z]+ & "x">/); // the HTML never carries them unescaped
      expect(mail.html).toContain('&lt;');
    }
    expect(en.subject).not.toBe(de.subject);
    expect(de.html).toContain('lang="de"');
  });

  it('escapes what HTML would read as markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
