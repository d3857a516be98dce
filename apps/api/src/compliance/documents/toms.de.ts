import { OPERATOR_DEFAULTS } from '../../privacy-notices/generator/facts.js';
import { wordingFor } from '../../privacy-notices/generator/wording.js';
import type { ComplianceDocument, DocumentInput } from './document-input.js';

const w = wordingFor('de');

/** Die technischen und organisatorischen Maßnahmen der Arbeitsplatzbuchung (Art. 32 DSGVO), auf Deutsch. */
export function tomsDe({ settings, generatedAt }: DocumentInput): ComplianceDocument {
  const { privacy } = settings;
  const title = 'Technische und organisatorische Maßnahmen: Arbeitsplatzbuchung';
  const body = [
    `# ${title}`,
    `Übersicht nach Art. 32 DSGVO, von Deskbook am ${w.date(generatedAt)} aus den zu diesem Zeitpunkt geltenden Einstellungen erstellt. Sie beschreibt, was Deskbook selbst leistet; die Maßnahmen des Betreibers der Installation (Abschnitt 9) ergänzt dieser.`,

    '## 1. Zugriffskontrolle nach Rollen',
    [
      '- **Mitarbeiter:innen** buchen Arbeitsplätze, stornieren eigene Buchungen, checken ein und exportieren oder löschen ihre eigenen Daten.',
      '- **Facility-Manager:innen** bearbeiten zusätzlich Standorte, Etagen und Arbeitsplätze und können jede Buchung stornieren.',
      '- **Administrator:innen** verwalten zusätzlich Personen und Rollen, die Datenschutzeinstellungen und den Datenschutzhinweis, den Buchungsimport und das Protokoll. Die letzte Administratorin bzw. der letzte Administrator kann nicht entfernt werden.',
      '- Der Server prüft die Rolle bei jeder Anfrage. Wer einen Arbeitsplatz gebucht hat, wird nur nach der Sichtbarkeitsregel gezeigt:',
    ].join('\n'),
    `${w.visibilityFacts(privacy.bookingVisibility, privacy.userChoiceDefault)} ${w.visibilityCeiling}`,
    w.analytics(privacy.analyticsMinGroupSize),

    '## 2. Trennung der Organisationen',
    'Jede Zeile, die zu einer Organisation gehört, trägt deren Kennung, und jede Abfrage wird durch einen gemeinsamen Mechanismus auf die Organisation der anfragenden Person beschränkt, nicht durch jede einzelne Schnittstelle. Eine Kennung aus einer anderen Organisation ergibt „nicht gefunden“; nicht einmal ihre Existenz wird preisgegeben.',

    '## 3. Authentifizierung',
    [
      `- **Zwei-Faktor-Authentifizierung:** ${w.twoFactorFacts(privacy.require2fa)} Die Codes folgen RFC 6238; der zuletzt akzeptierte Zeitschritt wird gespeichert, sodass kein Code zweimal gilt. TOTP-Geheimnisse werden verschlüsselt gespeichert (AES-256-GCM, Schlüssel aus dem Geheimnis der Installation abgeleitet); Wiederherstellungscodes gelten einmal und werden als schlüsselabhängige Hashes gespeichert.`,
      '- **Passwörter:** mit Argon2id gehasht (19 MiB Speicher, 2 Durchläufe, Parallelität 1); 8 bis 128 Zeichen, keine Kompositionsregeln; schwache Passwörter und solche aus dem Namen der Organisation oder der E-Mail-Adresse werden abgelehnt.',
      '- **Fehlgeschlagene Anmeldungen:** Nach 5 Fehlversuchen wird ein Konto gesperrt, mit jedem weiteren doppelt so lange (von 30 Sekunden bis 15 Minuten); eine Netzwerkadresse nach 50. Die Zähler liegen unter schlüsselabhängigen Hashes und werden nach einer ruhigen Stunde vergessen. Zusätzlich sind alle Anmeldeanfragen pro Adresse begrenzt.',
      '- **Einladungen:** Einmal-Links, 7 Tage gültig, nur als SHA-256-Hashes gespeichert.',
    ].join('\n'),

    '## 4. Sitzungen',
    [
      '- Hinter jedem Token steht eine serverseitige Sitzung, die jederzeit beendet werden kann: durch Abmelden, unter Konto → Sicherheit oder durch Löschung des Kontos; eine Passwortänderung beendet alle anderen Sitzungen.',
      `- Sitzungen enden, wenn sie ${w.days(OPERATOR_DEFAULTS.sessionIdleDays)} lang nicht genutzt wurden, und spätestens ${w.days(OPERATOR_DEFAULTS.sessionAbsoluteDays)} nach der Anmeldung (Standardwerte; einstellbar über SESSION_IDLE_MINUTES und SESSION_ABSOLUTE_HOURS); beendete Sitzungen werden innerhalb einer Stunde gelöscht.`,
      '- Tokens sind signiert (nur HS256; Zielgruppe und Ablauf werden geprüft). Das Browser-Cookie ist HttpOnly und SameSite=Lax, über HTTPS zusätzlich mit `__Host-`-Präfix und Secure; zustandsändernde Anfragen mit Cookie müssen einen eigenen Header mitsenden (Schutz vor CSRF).',
    ].join('\n'),

    '## 5. Protokoll',
    'Anmeldungen und Serien fehlgeschlagener Anmeldungen, Passwortänderungen, beendete Sitzungen, Einladungen, Änderungen von Namen und Rollen, Löschungen, jede Änderung der Einstellungen mit altem und neuem Wert, Änderungen an Standorten, Etagen und Arbeitsplätzen, vom Personal stornierte Buchungen, Importe und Exporte. Das Protokoll nennt Personen nur über ihre Kennung, nie über E-Mail-Adresse oder Namen, und nur die Administration kann es lesen.',

    '## 6. Anonymisierung, Löschung und Auskunft',
    [
      `- ${w.retention(privacy.retention)} Das gilt auch für stornierte Buchungen. ${w.retentionKept(privacy.retention)}`,
      `- Die Bereinigung läuft nach Zeitplan (standardmäßig alle ${OPERATOR_DEFAULTS.sweepEveryMinutes} Minuten) und auf Anforderung, in Abschnitten, ohne die Buchungstabelle zu sperren; sie ist idempotent und setzt nach einem Absturz fort. Protokolleinträge zu einer Buchung und ihr Idempotenzschlüssel verschwinden mit der buchenden Person. Sie lässt sich nicht rückgängig machen; eine längere Frist stellt nichts wieder her.`,
      '- Die Löschung eines Kontos (durch die Person unter Meine Daten oder durch die Administration) anonymisiert sofort alle Buchungen der Person, storniert künftige, beendet ihre Sitzungen und entfernt das Konto; Protokolleinträge über ihr Handeln verlieren ihre Kennung.',
      '- Alle können sämtliche über sie gespeicherten Daten als JSON herunterladen (Auskunft, Datenübertragbarkeit).',
    ].join('\n'),

    '## 7. Datensparsamkeit',
    [
      '- Anwendungsprotokolle enthalten keine Anfrageinhalte, Header, Query-Strings, IP-Adressen oder User-Agents.',
      '- Anonymisierte Buchungen behalten den Tag der Buchung, nicht die Uhrzeit; Zähler fehlgeschlagener Anmeldungen nutzen schlüsselabhängige Hashes statt Adressen; Idempotenzschlüssel werden 24 Stunden aufbewahrt.',
      '- Jede Antwort und jeder Export wird Feld für Feld aufgebaut und nennt eine buchende Person nur, soweit die Sichtbarkeitsregel es erlaubt.',
    ].join('\n'),

    '## 8. Integrität',
    'Buchungen werden in Datenbanktransaktionen mit Zeilensperren geschrieben, sodass nie zwei Personen denselben Platz erhalten, auch nicht mit mehreren Anwendungsinstanzen; fehlerhafte Eingaben werden ohne Teilschreibvorgang abgewiesen.',

    '## 9. Verantwortung des Betreibers',
    'Diese Maßnahmen leistet Deskbook nicht; sie obliegen dem Betreiber der Installation:',
    [
      '- **Transportverschlüsselung:** Deskbook terminiert TLS nicht selbst; betreiben Sie es nur über HTTPS hinter einem Reverse Proxy (davon hängt das Secure-Cookie ab).',
      '- **Datensicherung:** regelmäßige, verschlüsselte und geprüfte Sicherungen der Datenbank mit festgelegter Aufbewahrungsdauer; eine Sicherung enthält Daten, die seither anonymisiert wurden, noch mit Personenbezug, bis sie selbst gelöscht wird.',
      '- **Hosting:** physische Sicherheit, Updates von Betriebssystem und Datenbank, Firewall, beschränkter Zugang zur Datenbank und zum Geheimnis der Installation (APP_SECRET, es schützt Tokens und TOTP-Geheimnisse) sowie die Aufbewahrung der Zugriffsprotokolle des Reverse Proxys.',
      '- **Organisation:** wer die Administrationsrolle erhält, Anweisungen an das Personal und Verträge mit Auftragsverarbeitern (Art. 28 DSGVO).',
    ].join('\n'),
  ];
  return { title, body: `${body.join('\n\n')}\n` };
}
