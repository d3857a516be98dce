import { inline, OPERATOR_DEFAULTS, transfersOf, type Organization } from './facts.js';
import type { Wording } from './wording.js';

const number = new Intl.NumberFormat('de-DE');
/** A number as the texts write it: "3,650" / "3.650". */
export const count = (n: number) => number.format(n);
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const regions = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'code' });

/** "30 Tage" (Nominativ/Akkusativ: "30 Tage nach ihrem Ende"). */
const days = (n: number) => `${number.format(n)} ${n === 1 ? 'Tag' : 'Tage'}`;
/** "30 Tagen" (Dativ: "nach 30 Tagen"). */
export const daysDative = (n: number) => `${number.format(n)} ${n === 1 ? 'Tag' : 'Tagen'}`;
const country = (code: string) => regions.of(code.toUpperCase()) ?? code;

/** "30 Tage nach ihrem Ende" / "unmittelbar nach ihrem Ende". */
export const afterTheyEnd = (afterDays: number) => (afterDays === 0 ? 'unmittelbar nach ihrem Ende' : `${days(afterDays)} nach ihrem Ende`);

export const wordingDe: Wording = {
  date: (d) => dateFormat.format(d),
  days,
  country,
  /** Nominativ. */
  organization: (org: Organization) => (org.legalName.trim() ? inline(org.legalName) : 'Ihr Arbeitgeber'),

  controller(org, tenantName) {
    const lines = org.legalName.trim()
      ? [`- **Verantwortlicher:** ${inline(org.legalName)}`]
      : [
          `- **Verantwortlicher:** Ihr Arbeitgeber hat seine Firmierung noch nicht in Deskbook eingetragen (in Deskbook heißt Ihre Organisation „${inline(tenantName)}“) – fragen Sie Ihre Personalabteilung, wer verantwortlich ist.`,
        ];
    if (org.address.trim()) lines.push(`- **Anschrift:** ${inline(org.address)}`);
    lines.push(`- **Land:** ${country(org.country)}`);
    lines.push(
      org.contactEmail.trim()
        ? `- **Kontakt für Fragen zum Datenschutz:** ${inline(org.contactEmail)}`
        : '- **Kontakt für Fragen zum Datenschutz:** Ihr Arbeitgeber hat dafür noch keine Adresse in Deskbook eingetragen – fragen Sie Ihre Personalabteilung.',
    );
    return lines;
  },

  dpo: (org) =>
    org.dpoEmail.trim()
      ? `Die bzw. den Datenschutzbeauftragten erreichen Sie unter ${inline(org.dpoEmail)}.`
      : 'In Deskbook ist keine Datenschutzbeauftragte bzw. kein Datenschutzbeauftragter benannt; wenden Sie sich bitte an den oben genannten Kontakt.',

  controllerInBrief(org) {
    if (!org.legalName.trim())
      return 'Ihr Arbeitgeber; er hat seine Firmierung noch nicht in Deskbook eingetragen – fragen Sie Ihre Personalabteilung.';
    return org.contactEmail.trim()
      ? `${inline(org.legalName)}, Ihr Arbeitgeber (${inline(org.contactEmail)}).`
      : `${inline(org.legalName)}, Ihr Arbeitgeber.`;
  },

  retention: (r) =>
    r.mode === 'anonymize'
      ? `Buchungen verlieren ${afterTheyEnd(r.afterDays)} jeden Bezug zu der Person, die gebucht hat.`
      : `Buchungen werden ${afterTheyEnd(r.afterDays)} gelöscht.`,

  retentionKept: (r) =>
    r.mode === 'anonymize'
      ? 'Ohne Bezug zu einer Person bleiben für Statistiken zur Nutzung des Büros erhalten: der Arbeitsplatz, Beginn und Ende, der Zeitpunkt des Eincheckens, eine Stornierung mit ihrem Grund sowie der Tag (nicht die Uhrzeit), an dem gebucht wurde.'
      : 'Von einer gelöschten Buchung bleibt nichts erhalten.',

  visibility(v, userChoiceDefault) {
    if (v === 'everyone')
      return 'Alle Mitglieder Ihrer Organisation, die Deskbook nutzen, sehen Ihren Namen an dem Arbeitsplatz, den Sie gebucht haben.';
    if (v === 'anonymous')
      return 'Niemand sieht, wer einen Arbeitsplatz gebucht hat – weder Ihre Kolleginnen und Kollegen noch das Facility-Management noch die Administratoren. Andere sehen nur, dass der Platz belegt ist.';
    return `Sie entscheiden bei jeder Buchung selbst, ob Ihre Kolleginnen und Kollegen Ihren Namen am Arbeitsplatz sehen. Wenn Sie nichts ändern, ist Ihr Name bei einer neuen Buchung ${
      userChoiceDefault ? 'sichtbar' : 'nicht sichtbar'
    }. Blenden Sie ihn aus, sieht niemand, wer gebucht hat – auch nicht das Facility-Management oder die Administratoren.`;
  },

  visibilityFacts(v, userChoiceDefault) {
    if (v === 'everyone')
      return 'Alle Mitglieder der Organisation sehen an einem gebuchten Arbeitsplatz den Anzeigenamen der buchenden Person.';
    if (v === 'anonymous')
      return 'Außer der buchenden Person sieht niemand, wer einen Arbeitsplatz gebucht hat – weder Kolleginnen und Kollegen noch Facility-Management noch Administration; andere sehen nur, dass er belegt ist.';
    return `Jede Person entscheidet bei jeder Buchung, ob andere ihren Namen sehen; neue Buchungen zeigen ihn ${
      userChoiceDefault ? 'standardmäßig' : 'standardmäßig nicht'
    }, solange die Person nichts anderes wählt. Ist er verborgen, sieht außer ihr niemand, wer gebucht hat – auch nicht Facility-Management oder Administration.`;
  },

  visibilityCeiling:
    'Wird diese Regel später gelockert, bleiben Buchungen aus der Zeit davor so verborgen, wie sie waren; eine strengere Regel gilt sofort für alle Buchungen.',

  analytics: (minGroupSize) =>
    'Facility-Management und Administratoren sehen, wie das Büro genutzt wird: Anzahlen und Quoten von Buchungen je Standort, Etage, Zone, Arbeitsplatz, Tag und Stunde, nie, wer gebucht hat. ' +
    (minGroupSize > 1
      ? `Eine Zahl, die aus weniger als ${minGroupSize} Buchungen berechnet wäre, wird nicht angezeigt, damit keine Zahl verrät, wann eine einzelne Person im Büro war.`
      : 'Zahlen werden auch dann angezeigt, wenn sie aus sehr wenigen Buchungen berechnet sind; eine solche Zahl kann verraten, wann jemand im Büro war.'),

  twoFactor: (policy) =>
    ({
      off: 'Die Zwei-Faktor-Authentifizierung (ein Code aus einer Authenticator-App) ist freiwillig: Sie können sie unter Konto → Sicherheit einschalten.',
      admins:
        'Administratoren müssen die Zwei-Faktor-Authentifizierung (ein Code aus einer Authenticator-App) nutzen; für alle anderen ist sie freiwillig (Konto → Sicherheit).',
      everyone:
        'Alle müssen die Zwei-Faktor-Authentifizierung (ein Code aus einer Authenticator-App) einrichten, bevor sie Deskbook nutzen können.',
    })[policy],

  twoFactorFacts: (policy) =>
    ({
      off: 'Die Zwei-Faktor-Authentifizierung (TOTP) ist für alle freiwillig.',
      admins: 'Die Zwei-Faktor-Authentifizierung (TOTP) ist für Administrator:innen Pflicht und für alle anderen freiwillig.',
      everyone:
        'Die Zwei-Faktor-Authentifizierung (TOTP) ist für alle Pflicht; bis sie eingerichtet ist, können Betroffene nur ihr Profil, die Einrichtung der Zwei-Faktor-Authentifizierung und die Abmeldung nutzen.',
    })[policy],

  processors: (org) =>
    org.processors.length === 0
      ? ['Keine: Kein externer Dienstleister verarbeitet diese Daten im Auftrag des Verantwortlichen.']
      : org.processors.map((p) => `- **${inline(p.name)}** – ${inline(p.purpose)} (${country(p.country)})`),

  transfers(org) {
    const transfers = transfersOf(org);
    if (transfers.kind === 'none') return 'Keine: Ihre Daten werden nicht in Länder außerhalb der EU bzw. des EWR übermittelt.';
    if (transfers.kind === 'described') return `Angaben des Verantwortlichen: ${inline(transfers.text)}`;
    const names = transfers.processors.map((p) => `${inline(p.name)} (${country(p.country)})`).join(', ');
    return `Es sind Auftragsverarbeiter außerhalb der EU bzw. des EWR eingetragen (${names}), aber Ihr Arbeitgeber hat diese Übermittlungen und ihre Garantien noch nicht in Deskbook beschrieben – fragen Sie Ihre Personalabteilung.`;
  },

  transfersFacts(org) {
    const transfers = transfersOf(org);
    if (transfers.kind === 'none') return 'Keine: Personenbezogene Daten werden nicht in Länder außerhalb der EU bzw. des EWR übermittelt.';
    if (transfers.kind === 'described') return `Angaben des Verantwortlichen: ${inline(transfers.text)}`;
    const names = transfers.processors.map((p) => `${inline(p.name)} (${country(p.country)})`).join(', ');
    return `**Fehlt:** Es sind Auftragsverarbeiter außerhalb der EU bzw. des EWR aufgeführt (${names}), aber unter Einstellungen → Organisation ist keine Beschreibung dieser Übermittlungen und ihrer Garantien (Art. 44–49 DSGVO) eingetragen.`;
  },

  sessions: `Eine Anmeldung (Sitzung) endet, wenn Sie sich abmelden, nach ${daysDative(
    OPERATOR_DEFAULTS.sessionIdleDays,
  )} ohne Nutzung und spätestens ${days(OPERATOR_DEFAULTS.sessionAbsoluteDays)} nach der Anmeldung – sofern der Betreiber dieser Deskbook-Installation keine anderen Fristen eingestellt hat. Beendete Sitzungen werden innerhalb einer Stunde gelöscht. Wenn Sie Ihr Passwort ändern, enden alle Ihre anderen Sitzungen.`,

  sweep: `Das erledigt die regelmäßige Bereinigung in Deskbook (standardmäßig alle ${OPERATOR_DEFAULTS.sweepEveryMinutes} Minuten); sie lässt sich nicht rückgängig machen, und eine später verlängerte Frist stellt nichts wieder her.`,
};
