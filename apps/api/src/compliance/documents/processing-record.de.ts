import { inline, OPERATOR_DEFAULTS } from '../../privacy-notices/generator/facts.js';
import { wordingFor } from '../../privacy-notices/generator/wording.js';
import type { ComplianceDocument, DocumentInput } from './document-input.js';

const w = wordingFor('de');

/** „Wert“ oder der klare Hinweis, dass er fehlt und wo er einzutragen ist. */
const orMissing = (value: string, what: string) =>
  value.trim() ? inline(value) : `**fehlt** – ${what} unter Einstellungen → Organisation eintragen.`;

/** Das Verzeichnis von Verarbeitungstätigkeiten für die Arbeitsplatzbuchung (Art. 30 Abs. 1 DSGVO), auf Deutsch. */
export function processingRecordDe({ tenantName, settings, generatedAt }: DocumentInput): ComplianceDocument {
  const { privacy, organization: org } = settings;
  const title = 'Verzeichnis von Verarbeitungstätigkeiten: Arbeitsplatzbuchung';
  const body = [
    `# ${title}`,
    `Eintrag nach Art. 30 Abs. 1 DSGVO, von Deskbook am ${w.date(generatedAt)} aus den zu diesem Zeitpunkt geltenden Einstellungen erstellt. Er beschreibt die Verarbeitung in Deskbook; nehmen Sie ihn in das Verarbeitungsverzeichnis Ihrer Organisation auf und erstellen Sie ihn nach jeder Änderung der Einstellungen neu.`,

    '## 1. Verantwortlicher (Art. 30 Abs. 1 lit. a)',
    [
      `- **Name:** ${org.legalName.trim() ? inline(org.legalName) : `**fehlt** – den rechtlichen Namen unter Einstellungen → Organisation eintragen (in Deskbook heißt die Organisation „${inline(tenantName)}“).`}`,
      `- **Anschrift:** ${orMissing(org.address, 'die Anschrift')}`,
      `- **Land:** ${w.country(org.country)}`,
      `- **Kontakt für den Datenschutz:** ${orMissing(org.contactEmail, 'eine Kontakt-E-Mail-Adresse')}`,
      `- **Datenschutzbeauftragte(r):** ${org.dpoEmail.trim() ? inline(org.dpoEmail) : 'in Deskbook nicht benannt'}`,
    ].join('\n'),

    '## 2. Bezeichnung und Zwecke der Verarbeitung (Art. 30 Abs. 1 lit. b)',
    [
      '- **Bezeichnung:** Arbeitsplatzbuchung (Desk-Sharing) mit Deskbook.',
      '- **Zwecke:** Beschäftigten das Buchen, Einchecken und Stornieren von Arbeitsplätzen ermöglichen; die Plätze im Büro fair verteilen; Arbeitsplätze anhand von Buchungsdaten planen, die niemanden mehr nennen; das System absichern (Anmeldung, Zwei-Faktor-Authentifizierung, Protokoll).',
      '- **Rechtsgrundlage:** Art. 6 Abs. 1 lit. b DSGVO (Arbeitsverhältnis) und Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse an der Organisation der Arbeitsplätze und am Schutz der Systeme). Keine Einwilligung: Im Arbeitsverhältnis ist sie selten freiwillig (Leitlinien 05/2020 des EDSA). Betroffene bestätigen, den Datenschutzhinweis gelesen zu haben (Art. 13); die Bestätigung wird mit Version, Inhalts-Hash, Sprache und Zeitpunkt festgehalten.',
    ].join('\n'),

    '## 3. Kategorien betroffener Personen (Art. 30 Abs. 1 lit. c)',
    'Beschäftigte und andere Personen, die die Organisation zu Deskbook einlädt, in den Rollen Mitarbeiter:in, Facility-Manager:in und Administrator:in, einschließlich Eingeladener, die die Einladung noch nicht angenommen haben.',

    '## 4. Kategorien personenbezogener Daten (Art. 30 Abs. 1 lit. c)',
    [
      '- **Konto:** Anzeigename, E-Mail-Adresse, Rolle, Sprache der Oberfläche, Anlagedatum; Passwort als Argon2id-Hash; während der Einladung ein Hash des Einladungstokens.',
      '- **Buchungen:** Arbeitsplatz, Beginn und Ende, Zeitpunkt der Buchung, ob der Name angezeigt werden darf (und was die Buchung höchstens preisgeben darf, beim Buchen festgelegt), Check-in-Zeitpunkt, Zeitpunkt und Grund einer Stornierung; 24 Stunden lang der Idempotenzschlüssel des Clients; einige Minuten lang, wann die Person zuletzt gebucht hat.',
      '- **Sicherheit:** Sitzungen (Zeitpunkt der Anmeldung und der letzten Aktivität, User-Agent des Browsers, Ablauf); bei Zwei-Faktor-Authentifizierung das verschlüsselte TOTP-Geheimnis, der zuletzt verwendete Zeitschritt und gehashte Wiederherstellungscodes; Zähler fehlgeschlagener Anmeldungen unter schlüsselabhängigen Hashes (HMAC) von E-Mail- und IP-Adresse; das Protokoll (Aktionen mit den Kennungen von Handelnden und Betroffenen, nie E-Mail-Adressen oder Namen).',
      '- **Bestätigungen des Datenschutzhinweises:** Version, Inhalts-Hash, Sprache, Zeitpunkt der Bestätigung und der Rücknahme.',
    ].join('\n'),
    'Keine besonderen Kategorien personenbezogener Daten (Art. 9). Die Anwendungsprotokolle von Deskbook enthalten keine personenbezogenen Daten (keine IP-Adressen, User-Agents, Namen oder E-Mail-Adressen).',

    '## 5. Empfänger (Art. 30 Abs. 1 lit. d)',
    `**Innerhalb der Organisation:** ${w.visibilityFacts(privacy.bookingVisibility, privacy.userChoiceDefault)} ${w.visibilityCeiling} Facility-Management und Administration können jede Buchung stornieren, ohne mehr über die buchende Person zu sehen; die Administration sieht die Konten (Namen, E-Mail-Adressen, Rollen), das Protokoll und den Gesamtexport, der buchende Personen nur nennt, soweit diese Regel es erlaubt.`,
    '**Auftragsverarbeiter:**',
    w.processors(org).join('\n'),

    '## 6. Übermittlungen in Drittländer (Art. 30 Abs. 1 lit. e)',
    w.transfersFacts(org),

    '## 7. Löschfristen (Art. 30 Abs. 1 lit. f)',
    [
      `- **Buchungen:** ${w.retention(privacy.retention)} Das gilt auch für stornierte Buchungen. ${w.retentionKept(privacy.retention)} Das erledigt die regelmäßige Bereinigung (standardmäßig alle ${OPERATOR_DEFAULTS.sweepEveryMinutes} Minuten) unumkehrbar; Protokolleinträge zur Buchung und ihr Idempotenzschlüssel werden mit entfernt.`,
      '- **Konten:** bis zur Löschung durch die Person (Meine Daten) oder durch die Administration; dabei werden alle Buchungen der Person sofort anonymisiert, unabhängig von der Frist oben, und künftige storniert.',
      `- **Sitzungen:** enden mit der Abmeldung, wenn sie ${w.days(OPERATOR_DEFAULTS.sessionIdleDays)} lang nicht genutzt wurden, und spätestens ${w.days(OPERATOR_DEFAULTS.sessionAbsoluteDays)} nach der Anmeldung (Standardwerte; der Betreiber kann andere Fristen einstellen); beendete Sitzungen werden innerhalb einer Stunde gelöscht.`,
      '- **Daten der Zwei-Faktor-Authentifizierung:** bis sie ausgeschaltet oder das Konto gelöscht wird.',
      '- **Zähler fehlgeschlagener Anmeldungen:** eine Stunde nach dem letzten Fehlversuch.',
      '- **Protokoll:** Einträge über eine Person werden mit ihrer Löschung entfernt, Einträge über ihr Handeln verlieren ihre Kennung; Einträge zu einer Buchung werden entfernt, sobald die Buchung ihren Personenbezug verliert.',
      '- **Bestätigungen des Hinweises:** bleiben als Nachweis; bei Löschung des Kontos verlieren sie den Personenbezug und behalten Version und Zeitpunkt.',
    ].join('\n'),

    '## 8. Technische und organisatorische Maßnahmen (Art. 30 Abs. 1 lit. g, Art. 32 Abs. 1)',
    [
      '- Zugriff nach Rolle: Mitarbeiter:in, Facility-Manager:in, Administrator:in.',
      '- Die Daten jeder Organisation bleiben bei jeder Anfrage getrennt.',
      `- ${w.twoFactorFacts(privacy.require2fa)}`,
      '- Passwörter mit Argon2id gehasht; TOTP-Geheimnisse verschlüsselt gespeichert (AES-256-GCM).',
      '- Serverseitige, widerrufbare Sitzungen mit Leerlauf- und Höchstdauer.',
      '- Ein Protokoll der Anmeldungen, der Änderungen an Personen und Einstellungen und der Aktionen des Personals.',
      '- Anonymisierung nach der Frist in Abschnitt 7; Datensparsamkeit bei dem, was aufbewahrt und protokolliert wird.',
      '- Transportverschlüsselung (TLS) und Datensicherungen liegen in der Verantwortung des Betreibers der Installation.',
    ].join('\n'),
    'Einzelheiten: das Dokument „Technische und organisatorische Maßnahmen“, das daneben erstellt wird.',
  ];
  return { title, body: `${body.join('\n\n')}\n` };
}
