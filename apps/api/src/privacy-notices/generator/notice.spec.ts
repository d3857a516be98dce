import { lexer, walkTokens, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  BOOKING_VISIBILITIES,
  deepMerge,
  defaultSettings,
  REQUIRE_2FA,
  RETENTION_MODES,
  type DeepPartial,
  type TenantSettings,
} from '../../tenants/settings.js';
import type { NoticeLanguage } from '../dto/privacy-notice.dto.js';
import { generateNotice, missingOrganizationData } from './notice.js';

const ORGANIZATION = { legalName: 'Beispiel GmbH', address: 'Musterstraße 1\n10115 Berlin', contactEmail: 'datenschutz@beispiel.de' };

function settingsWith(patch: DeepPartial<TenantSettings>): TenantSettings {
  return deepMerge(defaultSettings(), patch);
}

function notice(settings: TenantSettings, lang: NoticeLanguage, changeSummary: string | null = null): string {
  return generateNotice(
    { tenantName: 'Beispiel', settings, version: 3, effectiveDate: new Date('2026-12-07T23:30:00Z'), changeSummary },
    lang,
  ).body;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The sentences the spec asks for, written out here so a change to the wording shows in this file. */
const RETENTION = {
  en: {
    anonymize: 'Bookings lose every trace of who made them 30 days after they end.',
    delete: 'Bookings are deleted 30 days after they end.',
  },
  de: {
    anonymize: 'Buchungen verlieren 30 Tage nach ihrem Ende jeden Bezug zu der Person, die gebucht hat.',
    delete: 'Buchungen werden 30 Tage nach ihrem Ende gelöscht.',
  },
};
const KEPT = {
  en: {
    anonymize:
      'Kept for statistics on how the office is used, without any link to a person: the desk, start and end, the check-in time, a cancellation and its reason, and the day (not the time) the booking was made.',
    delete: 'Nothing of a deleted booking is kept.',
  },
  de: {
    anonymize:
      'Ohne Bezug zu einer Person bleiben für Statistiken zur Nutzung des Büros erhalten: der Arbeitsplatz, Beginn und Ende, der Zeitpunkt des Eincheckens, eine Stornierung mit ihrem Grund sowie der Tag (nicht die Uhrzeit), an dem gebucht wurde.',
    delete: 'Von einer gelöschten Buchung bleibt nichts erhalten.',
  },
};
const VISIBILITY = {
  en: {
    everyone: 'Every member of your organization who uses Deskbook sees your name on the desk you booked.',
    anonymous: 'Nobody sees who booked a desk — not your colleagues, not facility managers, not administrators.',
    user_choice: 'You decide for each booking whether colleagues see your name on the desk.',
  },
  de: {
    everyone: 'Alle Mitglieder Ihrer Organisation, die Deskbook nutzen, sehen Ihren Namen an dem Arbeitsplatz, den Sie gebucht haben.',
    anonymous:
      'Niemand sieht, wer einen Arbeitsplatz gebucht hat – weder Ihre Kolleginnen und Kollegen noch das Facility-Management noch die Administratoren.',
    user_choice: 'Sie entscheiden bei jeder Buchung selbst, ob Ihre Kolleginnen und Kollegen Ihren Namen am Arbeitsplatz sehen.',
  },
};
const USER_CHOICE_DEFAULT = {
  en: {
    true: 'Unless you change it, a new booking shows your name.',
    false: 'Unless you change it, a new booking does not show your name.',
  },
  de: {
    true: 'Wenn Sie nichts ändern, ist Ihr Name bei einer neuen Buchung sichtbar.',
    false: 'Wenn Sie nichts ändern, ist Ihr Name bei einer neuen Buchung nicht sichtbar.',
  },
};
const TWO_FACTOR = {
  en: {
    off: 'Two-factor authentication (a code from an authenticator app) is optional: you can turn it on under Account → Security.',
    admins: 'Administrators must use two-factor authentication (a code from an authenticator app); for everyone else it is optional',
    everyone: 'Everyone must use two-factor authentication (a code from an authenticator app) before using Deskbook.',
  },
  de: {
    off: 'Die Zwei-Faktor-Authentifizierung (ein Code aus einer Authenticator-App) ist freiwillig: Sie können sie unter Konto → Sicherheit einschalten.',
    admins:
      'Administratoren müssen die Zwei-Faktor-Authentifizierung (ein Code aus einer Authenticator-App) nutzen; für alle anderen ist sie freiwillig',
    everyone:
      'Alle müssen die Zwei-Faktor-Authentifizierung (ein Code aus einer Authenticator-App) einrichten, bevor sie Deskbook nutzen können.',
  },
};
const CEILING = {
  en: 'If this rule later becomes less strict, bookings made before the change stay as hidden as they were',
  de: 'Wird diese Regel später gelockert, bleiben Buchungen aus der Zeit davor so verborgen, wie sie waren',
};

const COMBINATIONS = BOOKING_VISIBILITIES.flatMap((visibility) =>
  RETENTION_MODES.flatMap((mode) =>
    REQUIRE_2FA.flatMap((twoFactor) => (['en', 'de'] as const).map((lang) => ({ visibility, mode, twoFactor, lang }))),
  ),
);

describe('generated privacy notice: every visibility × retention mode × 2FA policy × language', () => {
  it('covers 36 combinations', () => expect(COMBINATIONS).toHaveLength(36));

  it.each(COMBINATIONS)('$visibility, $mode, 2FA $twoFactor, $lang', ({ visibility, mode, twoFactor, lang }) => {
    const text = notice(
      settingsWith({ privacy: { bookingVisibility: visibility, retention: { mode, afterDays: 30 }, require2fa: twoFactor } }),
      lang,
    );

    // Retention in words, in the first layer and in the full text; what stays only when anonymizing.
    expect(occurrences(text, RETENTION[lang][mode])).toBe(2);
    for (const other of RETENTION_MODES.filter((m) => m !== mode)) expect(text).not.toContain(RETENTION[lang][other]);
    expect(text).toContain(KEPT[lang][mode]);
    for (const other of RETENTION_MODES.filter((m) => m !== mode)) expect(text).not.toContain(KEPT[lang][other]);

    // The exact visibility mode, in the first layer and in section 4; no other mode's sentence.
    expect(occurrences(text, VISIBILITY[lang][visibility])).toBe(2);
    for (const other of BOOKING_VISIBILITIES.filter((v) => v !== visibility)) expect(text).not.toContain(VISIBILITY[lang][other]);
    expect(text).toContain(CEILING[lang]);
    const defaultSentences = Object.values(USER_CHOICE_DEFAULT[lang]);
    if (visibility === 'user_choice') expect(text).toContain(USER_CHOICE_DEFAULT[lang].true);
    else for (const sentence of defaultSentences) expect(text).not.toContain(sentence);

    // The 2FA policy; no other policy's sentence.
    expect(text).toContain(TWO_FACTOR[lang][twoFactor]);
    for (const other of REQUIRE_2FA.filter((p) => p !== twoFactor)) expect(text).not.toContain(TWO_FACTOR[lang][other]);
  });
});

describe('generated privacy notice: retention periods in words', () => {
  it.each([
    ['en', 'anonymize', 0, 'Bookings lose every trace of who made them as soon as they end.'],
    ['en', 'anonymize', 1, 'Bookings lose every trace of who made them 1 day after they end.'],
    ['en', 'anonymize', 30, 'Bookings lose every trace of who made them 30 days after they end.'],
    ['en', 'anonymize', 3650, 'Bookings lose every trace of who made them 3,650 days after they end.'],
    ['en', 'delete', 0, 'Bookings are deleted as soon as they end.'],
    ['en', 'delete', 1, 'Bookings are deleted 1 day after they end.'],
    ['en', 'delete', 30, 'Bookings are deleted 30 days after they end.'],
    ['de', 'anonymize', 0, 'Buchungen verlieren unmittelbar nach ihrem Ende jeden Bezug zu der Person, die gebucht hat.'],
    ['de', 'anonymize', 1, 'Buchungen verlieren 1 Tag nach ihrem Ende jeden Bezug zu der Person, die gebucht hat.'],
    ['de', 'anonymize', 30, 'Buchungen verlieren 30 Tage nach ihrem Ende jeden Bezug zu der Person, die gebucht hat.'],
    ['de', 'anonymize', 3650, 'Buchungen verlieren 3.650 Tage nach ihrem Ende jeden Bezug zu der Person, die gebucht hat.'],
    ['de', 'delete', 0, 'Buchungen werden unmittelbar nach ihrem Ende gelöscht.'],
    ['de', 'delete', 1, 'Buchungen werden 1 Tag nach ihrem Ende gelöscht.'],
    ['de', 'delete', 30, 'Buchungen werden 30 Tage nach ihrem Ende gelöscht.'],
  ] as const)('%s, %s after %i days: "%s"', (lang, mode, afterDays, sentence) => {
    expect(occurrences(notice(settingsWith({ privacy: { retention: { mode, afterDays } } }), lang), sentence)).toBe(2);
  });

  it('states the default of user_choice both ways', () => {
    for (const lang of ['en', 'de'] as const) {
      const hidden = notice(settingsWith({ privacy: { bookingVisibility: 'user_choice', userChoiceDefault: false } }), lang);
      expect(hidden).toContain(USER_CHOICE_DEFAULT[lang].false);
      expect(hidden).not.toContain(USER_CHOICE_DEFAULT[lang].true);
    }
  });
});

describe('generated privacy notice: structure and facts', () => {
  const full = settingsWith({ organization: { ...ORGANIZATION, dpoEmail: 'dsb@beispiel.de' } });

  it('puts the first layer (who, what, who sees, when, rights) above the full text', () => {
    const en = notice(full, 'en');
    const brief = en.slice(en.indexOf('## In brief'), en.indexOf('## 1.'));
    expect(en.indexOf('## In brief')).toBeGreaterThan(0);
    for (const item of [
      'Who is responsible:** Beispiel GmbH',
      'What is recorded, and why:',
      'Who can see your bookings:',
      'When your bookings lose your name:',
      'Your rights:',
    ])
      expect(brief).toContain(item);
    const de = notice(full, 'de');
    const kurz = de.slice(de.indexOf('## Das Wichtigste in Kürze'), de.indexOf('## 1.'));
    for (const item of [
      'Verantwortlich:** Beispiel GmbH',
      'Was gespeichert wird und wozu:',
      'Wer Ihre Buchungen sieht:',
      'Wann Ihre Buchungen Ihren Namen verlieren:',
      'Ihre Rechte:',
    ])
      expect(kurz).toContain(item);
  });

  it('names the controller, its address, country and contact, and the DPO when set', () => {
    const en = notice(full, 'en');
    expect(en).toContain('- **Controller:** Beispiel GmbH');
    expect(en).toContain('- **Address:** Musterstraße 1, 10115 Berlin');
    expect(en).toContain('- **Country:** Germany');
    expect(en).toContain('- **Contact for data protection questions:** datenschutz@beispiel.de');
    expect(en).toContain('You can reach the data protection officer at dsb@beispiel.de.');
    expect(notice(full, 'de')).toContain('Die bzw. den Datenschutzbeauftragten erreichen Sie unter dsb@beispiel.de.');
    expect(notice(settingsWith({ organization: ORGANIZATION }), 'en')).toContain('No data protection officer is named in Deskbook');
  });

  it('states the legal bases (contract, legitimate interest) and that consent is not one', () => {
    const en = notice(full, 'en');
    expect(en).toContain('GDPR Art. 6(1)(b)');
    expect(en).toContain('GDPR Art. 6(1)(f)');
    expect(en).toContain('Deskbook does **not** rely on your consent');
    expect(en).toContain('EDPB Guidelines 05/2020');
    const de = notice(full, 'de');
    expect(de).toContain('Art. 6 Abs. 1 lit. b DSGVO');
    expect(de).toContain('Art. 6 Abs. 1 lit. f DSGVO');
    expect(de).toContain('Deskbook stützt sich **nicht** auf Ihre Einwilligung');
  });

  it('states the rights, how to use them here, the complaint, no automated decisions, version and date', () => {
    const en = notice(full, 'en', 'Bookings now lose the booker’s name after 30 days instead of 90.');
    for (const part of [
      '**Access (Art. 15):**',
      '**Rectification (Art. 16):**',
      '**Erasure (Art. 17):**',
      'Restriction (Art. 18) and objection (Art. 21)',
      '**Portability (Art. 20):**',
    ])
      expect(en).toContain(part);
    expect(en).toContain('Account → My data → Download my data');
    expect(en).toContain('Account → My data → Delete my account');
    expect(en).toContain('GDPR Art. 77');
    expect(en).toContain('## 12. Automated decisions\n\nNone.');
    expect(en).toContain('Version 3, valid from 7 December 2026.');
    expect(en).toContain('**What changed in this version:** Bookings now lose the booker’s name after 30 days instead of 90.');
    const de = notice(full, 'de');
    expect(de).toContain('Konto → Meine Daten → Meine Daten herunterladen');
    expect(de).toContain('## 12. Automatisierte Entscheidungen\n\nKeine.');
    expect(de).toContain('Version 3, gültig ab 7. Dezember 2026.');
    // Version 3 without a summary (e.g. republished by an admin) does not claim to be the first.
    expect(de).not.toContain('Dies ist die erste Version.');
    const first = generateNotice(
      { tenantName: 'Beispiel', settings: full, version: 1, effectiveDate: new Date('2026-12-07T00:00:00Z'), changeSummary: null },
      'de',
    );
    expect(first.body).toContain('Version 1, gültig ab 7. Dezember 2026. Dies ist die erste Version.');
  });
});

describe('generated privacy notice: missing organization data', () => {
  it('says plainly that the legal name and contact are missing, and never invents a controller', () => {
    const en = notice(defaultSettings(), 'en');
    expect(en).toContain('your employer has not yet entered its legal name in Deskbook');
    expect(en).toContain('ask your HR department');
    expect(en).toContain('**Contact for data protection questions:** your employer has not yet entered one in Deskbook');
    // The sign-up name is mentioned as what Deskbook calls the organization, never as the controller.
    expect(en).not.toContain('**Controller:** Beispiel');
    const de = notice(defaultSettings(), 'de');
    expect(de).toContain('Ihr Arbeitgeber hat seine Firmierung noch nicht in Deskbook eingetragen');
    expect(de).toContain('fragen Sie Ihre Personalabteilung');
  });

  it('lists what is missing as setting paths', () => {
    expect(missingOrganizationData(defaultSettings())).toEqual(['organization.legalName', 'organization.contactEmail']);
    expect(missingOrganizationData(settingsWith({ organization: ORGANIZATION }))).toEqual([]);
    expect(missingOrganizationData(settingsWith({ organization: { ...ORGANIZATION, contactEmail: '  ' } }))).toEqual([
      'organization.contactEmail',
    ]);
  });

  it('asks for a transfer description when a processor is outside the EU/EEA, instead of claiming there is none', () => {
    const processors = [{ name: 'Mailer Inc.', purpose: 'E-mail delivery', country: 'US' }];
    const undescribed = settingsWith({ organization: { ...ORGANIZATION, processors } });
    expect(missingOrganizationData(undescribed)).toEqual(['organization.thirdCountryTransfers']);
    const en = notice(undescribed, 'en');
    expect(en).toContain('Processors outside the EU/EEA are listed (Mailer Inc. (United States))');
    expect(en).not.toContain('None: your data are not transferred');
    const described = settingsWith({
      organization: { ...ORGANIZATION, processors, thirdCountryTransfers: 'EU standard contractual clauses' },
    });
    expect(missingOrganizationData(described)).toEqual([]);
  });
});

describe('generated privacy notice: processors and transfers', () => {
  it('says "none" when no processors and no transfers are configured', () => {
    expect(notice(defaultSettings(), 'en')).toContain(
      'None: no external service provider processes these data on behalf of your employer.',
    );
    expect(notice(defaultSettings(), 'en')).toContain('None: your data are not transferred to countries outside the EU/EEA.');
    expect(notice(defaultSettings(), 'de')).toContain(
      'Keine: Kein externer Dienstleister verarbeitet diese Daten im Auftrag des Verantwortlichen.',
    );
    expect(notice(defaultSettings(), 'de')).toContain(
      'Keine: Ihre Daten werden nicht in Länder außerhalb der EU bzw. des EWR übermittelt.',
    );
  });

  it('lists every processor with purpose and country, and the transfers in the admin’s words', () => {
    const settings = settingsWith({
      organization: {
        processors: [
          { name: 'Hosting AG', purpose: 'Server hosting', country: 'AT' },
          { name: 'Mailer Inc.', purpose: 'E-mail delivery', country: 'US' },
        ],
        thirdCountryTransfers: 'Mailer Inc. (USA): EU standard contractual clauses.',
      },
    });
    const en = notice(settings, 'en');
    expect(en).toContain('- **Hosting AG** — Server hosting (Austria)\n- **Mailer Inc.** — E-mail delivery (United States)');
    expect(en).toContain('In the words of your employer: Mailer Inc. (USA): EU standard contractual clauses.');
    const de = notice(settings, 'de');
    expect(de).toContain('- **Hosting AG** – Server hosting (Österreich)\n- **Mailer Inc.** – E-mail delivery (Vereinigte Staaten)');
    expect(de).toContain('Angaben des Verantwortlichen: Mailer Inc. (USA): EU standard contractual clauses.');
  });

  it('shows what the admin typed as text: no hidden links, emphasis or HTML from the settings', () => {
    const settings = settingsWith({
      organization: {
        legalName: '*Evil* [click](https://evil.example) <img src=x>',
        processors: [{ name: '**X**', purpose: '# y', country: 'DE' }],
      },
    });
    const found: Token[] = [];
    void walkTokens(lexer(notice(settings, 'en')), (t) => {
      found.push(t);
    });
    expect(found.filter((t) => ['html', 'em', 'image'].includes(t.type))).toEqual([]);
    const headings = (text: string) =>
      lexer(text)
        .filter((t) => t.type === 'heading')
        .map((t) => (t as Tokens.Heading).text);
    expect(headings(notice(settings, 'en'))).toEqual(headings(notice(defaultSettings(), 'en')));
    // A bare address may become a link (GFM), but only one that shows where it goes.
    for (const link of found.filter((t): t is Tokens.Link => t.type === 'link')) expect(link.text).toBe(link.href.replace(/^mailto:/, ''));
    expect(notice(settings, 'en')).toContain('**Controller:** \\*Evil\\* \\[click\\](https://evil.example) \\<img src=x\\>');
  });
});
