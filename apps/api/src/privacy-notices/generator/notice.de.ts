import { inline } from './facts.js';
import type { GeneratedText, NoticeInput } from './notice-input.js';
import { wordingDe as w } from './wording.de.js';

/** Der generierte Hinweis auf Deutsch: erst die Kurzfassung (WP260 Rn. 35–36), dann der vollständige Text (Art. 13 Abs. 1–2 DSGVO). */
export function noticeDe({ tenantName, settings, version, effectiveDate, changeSummary }: NoticeInput): GeneratedText {
  const { privacy, organization: org } = settings;
  const title = 'Datenschutzhinweis zur Arbeitsplatzbuchung';
  const contact = org.contactEmail.trim() ? `an ${inline(org.contactEmail)}` : 'an Ihre Personalabteilung';
  const body = [
    `# ${title}`,
    `Version ${version}, gültig ab ${w.date(effectiveDate)}.`,
    ...(changeSummary ? [`**Was sich in dieser Version geändert hat:** ${inline(changeSummary)}`] : []),

    '## Das Wichtigste in Kürze',
    [
      `- **Verantwortlich:** ${w.controllerInBrief(org)}`,
      '- **Was gespeichert wird und wozu:** Ihr Konto (Name, E-Mail-Adresse, Rolle, Sprache), Ihre Buchungen (Arbeitsplatz, Zeiten, Check-ins) und Sicherheitsdaten wie Ihre Anmeldesitzungen – damit Sie Arbeitsplätze buchen können und Deskbook sicher bleibt.',
      `- **Wer Ihre Buchungen sieht:** ${w.visibility(privacy.bookingVisibility, privacy.userChoiceDefault)}`,
      `- **Wann Ihre Buchungen Ihren Namen verlieren:** ${w.retention(privacy.retention)}`,
      '- **Ihre Rechte:** Sie können Ihre Daten einsehen, berichtigen und löschen lassen und ihrer Verwendung widersprechen. Unter Konto → Meine Daten laden Sie alles herunter, was Deskbook über Sie speichert, oder löschen Ihr Konto selbst.',
    ].join('\n'),
    'Es folgt der vollständige Hinweis. Er beschreibt, wie Deskbook bei Ihrem Arbeitgeber gerade eingestellt ist. Ändert sich eine der beschriebenen Einstellungen, erscheint eine neue Version, und Ihnen wird gezeigt, was sich geändert hat.',

    '## 1. Wer verantwortlich ist',
    'Deskbook ist die Software, mit der Sie bei Ihrem Arbeitgeber Arbeitsplätze buchen. Ihr Arbeitgeber entscheidet, wie sie eingestellt ist, und ist für die hier beschriebene Verarbeitung verantwortlich (Art. 4 Nr. 7 DSGVO).',
    w.controller(org, tenantName).join('\n'),
    w.dpo(org),

    '## 2. Wozu Ihre Daten verarbeitet werden und auf welcher Rechtsgrundlage',
    [
      '- **Damit Sie Arbeitsplätze buchen, dort einchecken und Buchungen stornieren können** und die Plätze im Büro fair unter allen aufgeteilt werden: Das ist für die Durchführung Ihres Arbeitsverhältnisses erforderlich (Art. 6 Abs. 1 lit. b DSGVO).',
      '- **Um die Arbeitsplätze zu planen** – wie viele Plätze gebraucht werden, ermittelt aus Buchungen, die niemanden mehr nennen – **und um Deskbook zu schützen** (Anmeldung, Zwei-Faktor-Authentifizierung, Protokoll): Ihr Arbeitgeber hat ein berechtigtes Interesse daran, seine Arbeitsplätze zu organisieren und seine Systeme zu schützen (Art. 6 Abs. 1 lit. f DSGVO).',
    ].join('\n'),
    'Deskbook stützt sich **nicht** auf Ihre Einwilligung: Im Arbeitsverhältnis ist eine Einwilligung selten wirklich freiwillig (Leitlinien 05/2020 des EDSA zur Einwilligung). Wenn Deskbook Sie bittet, diesen Hinweis zu bestätigen, bestätigen Sie nur, dass Sie ihn gelesen haben.',

    '## 3. Was Deskbook speichert',
    '### Ihr Konto',
    [
      '- Ihren Anzeigenamen, Ihre E-Mail-Adresse, Ihre Rolle (Mitarbeiter:in, Facility-Manager:in oder Administrator:in), die Sprache der Oberfläche und wann das Konto angelegt wurde;',
      '- Ihr Passwort nur als Argon2id-Hash – das Passwort selbst wird nie gespeichert;',
      '- solange Sie eingeladen sind: einen Hash Ihres Einladungslinks.',
    ].join('\n'),
    '### Ihre Buchungen',
    [
      '- den Arbeitsplatz, Beginn und Ende sowie den Zeitpunkt der Buchung;',
      '- ob Ihr Name an der Buchung angezeigt werden darf (festgelegt beim Buchen, siehe Abschnitt 4);',
      '- wann Sie eingecheckt haben; bei einer Stornierung, wann und warum (durch Sie, durch das Personal, freigegeben, weil niemand eingecheckt hat, oder weil das Konto gelöscht wurde);',
      '- höchstens 24 Stunden lang: einen technischen Schlüssel, den die App mitschickt, damit eine wiederholte Anfrage nicht doppelt bucht; einige Minuten lang: wann Sie zuletzt gebucht haben, damit der Grundriss Ihre neue Buchung sofort zeigt.',
    ].join('\n'),
    '### Sicherheitsdaten',
    [
      '- Ihre Anmeldesitzungen: wann Sie sich angemeldet haben und zuletzt aktiv waren, die User-Agent-Kennung Ihres Browsers und wann die Sitzung abläuft;',
      '- wenn Sie die Zwei-Faktor-Authentifizierung nutzen: das Geheimnis Ihrer Authenticator-App (verschlüsselt), den zuletzt verwendeten Codeschritt und Ihre Wiederherstellungscodes (nur als Hashes);',
      '- fehlgeschlagene Anmeldungen: einen Zähler unter schlüsselabhängigen Hashes (HMAC) der E-Mail-Adresse und der Netzwerkadresse (IP), nie unter den Adressen selbst;',
      '- das Protokoll: Anmeldungen und Serien fehlgeschlagener Anmeldungen, Passwortänderungen, beendete Sitzungen, Einladungen, Änderungen von Name oder Rolle, gelöschte Konten und was das Personal getan hat (etwa eine fremde Buchung storniert oder eine Einstellung geändert). Es nennt Personen über eine interne Kennung, nie über E-Mail-Adresse oder Namen.',
    ].join('\n'),
    'Die eigenen Protokolldateien von Deskbook enthalten keine IP-Adressen, User-Agents, Namen oder E-Mail-Adressen. Ein Webserver oder Proxy vor Deskbook wird vom Betreiber dieser Installation betrieben und kann eigene Zugriffsprotokolle führen.',
    '### Ihre Bestätigung dieses Hinweises',
    'Welche Version Sie bestätigt haben, ein Fingerabdruck (SHA-256) ihres Textes, die Sprache, wann Sie bestätigt haben und wann Sie die Bestätigung zurückgenommen haben.',

    '## 4. Wer Ihre Buchungen sieht',
    w.visibility(privacy.bookingVisibility, privacy.userChoiceDefault),
    w.visibilityCeiling,
    'Diese Regel gilt überall, wo Deskbook Buchungen zeigt: im Grundriss, in den Buchungsdetails und im Datenexport der Administratoren. Ihre eigenen Buchungen sehen Sie immer.',
    'Facility-Management und Administratoren können jede Buchung stornieren; wer sie vorgenommen hat, sehen sie nur, soweit die Regel oben es erlaubt. Administratoren sehen die Konten Ihrer Organisation (Namen, E-Mail-Adressen, Rollen), das Protokoll und wer welche Version dieses Hinweises bestätigt hat.',
    w.analytics(privacy.analyticsMinGroupSize),

    '## 5. Wie lange Ihre Daten gespeichert werden',
    [
      `- **Buchungen:** ${w.retention(privacy.retention)} Das gilt auch für stornierte Buchungen. ${w.retentionKept(privacy.retention)} ${w.sweep}`,
      '- **Ihr Konto:** bis es gelöscht wird – von Ihnen (Konto → Meine Daten) oder von der Administration. Mit dem Konto verlieren alle Ihre Buchungen sofort den Bezug zu Ihnen, unabhängig von der Frist oben; künftige Buchungen werden storniert.',
      `- **Sitzungen:** ${w.sessions}`,
      '- **Daten der Zwei-Faktor-Authentifizierung:** bis Sie sie ausschalten oder Ihr Konto gelöscht wird.',
      '- **Zähler fehlgeschlagener Anmeldungen:** eine Stunde nach dem letzten Fehlversuch.',
      '- **Protokoll:** Einträge zu einer Buchung werden gelöscht, sobald die Buchung ihren Personenbezug verliert; Einträge über Sie werden mit Ihrem Konto gelöscht, und Einträge über Ihr Handeln nennen Sie danach nicht mehr.',
      '- **Bestätigungen dieses Hinweises:** bleiben als Nachweis, welche Version Sie gelesen haben; nach Löschung Ihres Kontos nennen sie Sie nicht mehr.',
    ].join('\n'),

    '## 6. Empfänger und Auftragsverarbeiter',
    'Innerhalb Ihrer Organisation sehen Kolleginnen und Kollegen, Facility-Management und Administratoren, was Abschnitt 4 beschreibt. Auftragsverarbeiter (Dienstleister, die diese Daten im Auftrag Ihres Arbeitgebers verarbeiten):',
    w.processors(org).join('\n'),

    '## 7. Übermittlung in Länder außerhalb der EU bzw. des EWR',
    w.transfers(org),

    '## 8. Wie Ihre Daten geschützt werden',
    [
      `- ${w.twoFactor(privacy.require2fa)}`,
      '- Passwörter werden nur als Argon2id-Hashes gespeichert; die Geheimnisse der Authenticator-Apps verschlüsselt (AES-256-GCM), Wiederherstellungscodes nur als Hashes.',
      '- Die Daten jeder Organisation bleiben getrennt: Jede Anfrage ist auf die Organisation der Person beschränkt, die sie stellt.',
      '- Sie können Ihre Sitzungen jederzeit beenden (Konto → Sicherheit); nach wiederholten Fehlversuchen wird die Anmeldung immer länger gesperrt.',
      '- Verbindungen zu Deskbook sollten verschlüsselt sein (HTTPS/TLS); das richtet der Betreiber dieser Installation ein, und Ihr Browser zeigt, ob die Verbindung sicher ist.',
    ].join('\n'),

    '## 9. Ihre Rechte',
    [
      '- **Auskunft (Art. 15):** Unter Konto → Meine Daten → Meine Daten herunterladen erhalten Sie eine Datei mit allem, was Deskbook über Sie speichert.',
      `- **Berichtigung (Art. 16):** Anzeigenamen und Sprache ändern Sie selbst unter Konto → Profil; für alles andere wenden Sie sich ${contact}.`,
      '- **Löschung (Art. 17):** Konto → Meine Daten → Mein Konto löschen. Ihre Buchungen verlieren sofort Ihren Namen, künftige Buchungen werden storniert, und Sie können sich nicht mehr anmelden.',
      `- **Einschränkung (Art. 18) und Widerspruch (Art. 21):** Aus Gründen, die sich aus Ihrer besonderen Situation ergeben, können Sie einer Verarbeitung widersprechen, die auf berechtigtem Interesse beruht; wenden Sie sich dafür ${contact}.`,
      '- **Datenübertragbarkeit (Art. 20):** Der Download ist eine maschinenlesbare JSON-Datei.',
    ].join('\n'),
    'Nehmen Sie Ihre Bestätigung dieses Hinweises zurück, wird dadurch nichts gelöscht, und frühere Verarbeitungen werden nicht rechtswidrig, denn die Verarbeitung beruht nicht auf einer Einwilligung; dafür gibt es die Rechte oben.',

    '## 10. Beschwerderecht',
    `Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), insbesondere in dem EU-Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattgefunden hat. Sitz Ihres Arbeitgebers: ${w.country(org.country)}.`,

    '## 11. Müssen Sie Ihre Daten angeben?',
    'Um Deskbook zu nutzen, brauchen Sie ein Konto: Ohne Namen und E-Mail-Adresse können Sie sich nicht anmelden und nicht buchen. Gesetzlich sind Sie nicht verpflichtet, Arbeitsplätze zu buchen; ob Sie im Büro einen Platz buchen müssen, regeln die Vorgaben Ihres Arbeitgebers, nicht Deskbook.',

    '## 12. Automatisierte Entscheidungen',
    'Keine. Deskbook erstellt kein Profil von Ihnen und trifft keine Entscheidungen über Sie, die ausschließlich auf automatisierter Verarbeitung beruhen (Art. 22 DSGVO). Buchungsregeln – wie weit im Voraus und wie lange Sie buchen können und dass eine Buchung ohne Check-in freigegeben wird, wo ein Check-in verlangt ist – gelten für alle gleich.',

    '## 13. Zu diesem Hinweis',
    [
      `Version ${version}, gültig ab ${w.date(effectiveDate)}.`,
      ...(changeSummary ? [`Was sich geändert hat: ${inline(changeSummary)}`] : version === 1 ? ['Dies ist die erste Version.'] : []),
    ].join(' '),
    'Deskbook erstellt diesen Hinweis aus den aktuellen Einstellungen Ihres Arbeitgebers. Ändert sich eine davon, erscheint eine neue Version, und Deskbook zeigt Ihnen bei der nächsten Nutzung, was sich geändert hat.',
  ];
  return { title, body: `${body.join('\n\n')}\n` };
}
