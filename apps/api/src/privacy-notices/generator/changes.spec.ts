import { describe, expect, it } from 'vitest';
import { changedPaths, deepMerge, defaultSettings, type DeepPartial, type TenantSettings } from '../../tenants/settings.js';
import { describeChanges } from './notice.js';

/** The summary of going from `from` to `to` (both patches of the defaults), as the republish calls it. */
function summary(from: DeepPartial<TenantSettings>, to: DeepPartial<TenantSettings>, lang: 'en' | 'de'): string {
  const before = deepMerge(defaultSettings(), from);
  const after = deepMerge(before, to);
  return describeChanges(before, after, changedPaths(before, after), lang);
}

const retention = (mode: 'anonymize' | 'delete', afterDays: number) => ({ privacy: { retention: { mode, afterDays } } });

describe('describeChanges: the automatic change summary of a republish', () => {
  it.each([
    [90, 30, 'en', "Bookings now lose the booker's name after 30 days instead of 90."],
    [90, 30, 'de', 'Buchungen verlieren den Namen der buchenden Person jetzt nach 30 statt nach 90 Tagen.'],
    [30, 0, 'en', "Bookings now lose the booker's name as soon as they end instead of after 30 days."],
    [30, 0, 'de', 'Buchungen verlieren den Namen der buchenden Person jetzt unmittelbar nach ihrem Ende statt nach 30 Tagen.'],
    [0, 30, 'en', "Bookings now lose the booker's name after 30 days instead of as soon as they end."],
    [30, 1, 'en', "Bookings now lose the booker's name after 1 day instead of 30 days."],
    [30, 1, 'de', 'Buchungen verlieren den Namen der buchenden Person jetzt nach 1 Tag statt nach 30 Tagen.'],
    [1, 3650, 'en', "Bookings now lose the booker's name after 3,650 days instead of 1 day."],
    [1, 3650, 'de', 'Buchungen verlieren den Namen der buchenden Person jetzt nach 3.650 Tagen statt nach 1 Tag.'],
  ] as const)('anonymize %i → %i days (%s): "%s"', (from, to, lang, sentence) => {
    expect(summary(retention('anonymize', from), retention('anonymize', to), lang)).toBe(sentence);
  });

  it('says when bookings are now deleted in delete mode', () => {
    expect(summary(retention('delete', 30), retention('delete', 7), 'en')).toBe('Bookings are now deleted after 7 days instead of 30.');
    expect(summary(retention('delete', 30), retention('delete', 7), 'de')).toBe(
      'Buchungen werden jetzt nach 7 statt nach 30 Tagen gelöscht.',
    );
  });

  it('writes one sentence when the retention mode changes, with or without the period', () => {
    expect(summary(retention('anonymize', 30), retention('delete', 30), 'en')).toBe(
      "Bookings are now deleted 30 days after they end instead of only losing the booker's name.",
    );
    expect(summary(retention('anonymize', 90), retention('delete', 30), 'en')).toBe(
      "Bookings are now deleted 30 days after they end instead of only losing the booker's name 90 days after they end.",
    );
    expect(summary(retention('delete', 30), retention('anonymize', 0), 'en')).toBe(
      "Bookings now only lose the booker's name as soon as they end instead of being deleted 30 days after they end.",
    );
    expect(summary(retention('anonymize', 90), retention('delete', 30), 'de')).toBe(
      'Buchungen werden jetzt 30 Tage nach ihrem Ende gelöscht, statt 90 Tage nach ihrem Ende nur den Namen der buchenden Person zu verlieren.',
    );
    expect(summary(retention('delete', 30), retention('anonymize', 30), 'de')).toBe(
      'Buchungen verlieren jetzt 30 Tage nach ihrem Ende nur noch den Namen der buchenden Person, statt gelöscht zu werden.',
    );
  });

  it('names the new visibility mode, and that a loosening leaves earlier bookings hidden', () => {
    const looser = summary({ privacy: { bookingVisibility: 'anonymous' } }, { privacy: { bookingVisibility: 'everyone' } }, 'en');
    expect(looser).toBe(
      'Who can see bookings: now every member sees who booked a desk (before: nobody sees who booked a desk, not even administrators). Bookings made before this change stay as hidden as they were.',
    );
    const stricter = summary({}, { privacy: { bookingVisibility: 'anonymous' } }, 'de');
    expect(stricter).toBe(
      'Sichtbarkeit von Buchungen – neu: niemand sieht, wer einen Arbeitsplatz gebucht hat, auch keine Administratoren (bisher: alle Mitglieder sehen, wer einen Arbeitsplatz gebucht hat).',
    );
  });

  it('mentions the default of user_choice only while user_choice is on', () => {
    expect(summary({}, { privacy: { userChoiceDefault: false } }, 'en')).toBe('');
    expect(summary({ privacy: { bookingVisibility: 'user_choice' } }, { privacy: { userChoiceDefault: false } }, 'en')).toBe(
      "New bookings now hide the booker's name unless the person chooses otherwise.",
    );
    expect(summary({ privacy: { bookingVisibility: 'user_choice' } }, { privacy: { userChoiceDefault: false } }, 'de')).toBe(
      'Bei neuen Buchungen ist der Name jetzt verborgen, solange die buchende Person nichts anderes wählt.',
    );
  });

  it.each([
    [5, 10, 'en', 'Utilization figures are now withheld when computed from fewer than 10 bookings (before: fewer than 5).'],
    [1, 5, 'en', 'Utilization figures are now withheld when computed from fewer than 5 bookings (before: never).'],
    [5, 1, 'en', 'Utilization figures are now shown however few bookings they are computed from (before: withheld below 5).'],
    [5, 10, 'de', 'Auslastungszahlen aus weniger als 10 Buchungen werden jetzt nicht angezeigt (bisher: unter 5).'],
    [5, 1, 'de', 'Auslastungszahlen werden jetzt auch aus sehr wenigen Buchungen angezeigt (bisher: nicht unter 5).'],
  ] as const)('states the new minimum group size of analytics (%i → %i, %s)', (from, to, lang, sentence) => {
    expect(summary({ privacy: { analyticsMinGroupSize: from } }, { privacy: { analyticsMinGroupSize: to } }, lang)).toBe(sentence);
  });

  it('states the new 2FA policy', () => {
    expect(summary({}, { privacy: { require2fa: 'admins' } }, 'en')).toBe(
      'Two-factor authentication is now required for administrators (before: optional for everyone).',
    );
    expect(summary({}, { privacy: { require2fa: 'everyone' } }, 'de')).toBe(
      'Die Zwei-Faktor-Authentifizierung ist jetzt für alle Pflicht (bisher: für alle freiwillig).',
    );
  });

  it('quotes organization data as entered, changed or removed, in plain text', () => {
    expect(summary({}, { organization: { legalName: 'Beispiel *GmbH*' } }, 'en')).toBe(
      "The controller's legal name has been entered: “Beispiel *GmbH*”.",
    );
    expect(summary({ organization: { legalName: 'A GmbH' } }, { organization: { legalName: 'B GmbH' } }, 'de')).toBe(
      'Die Firmierung des Verantwortlichen lautet jetzt „B GmbH“ (bisher: „A GmbH“).',
    );
    expect(summary({ organization: { dpoEmail: 'dpo@example.com' } }, { organization: { dpoEmail: '' } }, 'en')).toBe(
      "The data protection officer's e-mail address has been removed.",
    );
    expect(summary({}, { organization: { country: 'AT' } }, 'en')).toBe("The controller's country is now “Austria” (before: “Germany”).");
    expect(summary({}, { organization: { processors: [{ name: 'Mailer Inc.', purpose: 'E-mail', country: 'US' }] } }, 'en')).toBe(
      'The list of processors changed: now Mailer Inc. (United States).',
    );
    expect(summary({}, { organization: { thirdCountryTransfers: 'SCCs' } }, 'de')).toBe(
      'Die Beschreibung der Übermittlungen in Länder außerhalb der EU bzw. des EWR hat sich geändert.',
    );
  });

  it('says nothing about changes the notice does not describe, and keeps the notice’s order otherwise', () => {
    expect(summary({}, { booking: { maxDaysAhead: 30 }, privacy: { consentRequired: false, noticeMode: 'custom' } }, 'en')).toBe('');
    expect(
      summary(
        {},
        { organization: { legalName: 'Beispiel GmbH' }, booking: { slotMinutes: 15 }, privacy: { retention: { afterDays: 7 } } },
        'en',
      ),
    ).toBe(
      "Bookings now lose the booker's name after 7 days instead of 30. The controller's legal name has been entered: “Beispiel GmbH”.",
    );
  });
});
