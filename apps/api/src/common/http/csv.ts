/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), or that Excel strips before doing so. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`,
 * `@`, or a leading tab or carriage return) is prefixed with `'` so it shows as text; every cell is
 * quoted, quotes doubled.
 */
export function csvCell(value: string | null): string {
  const text = value ?? '';
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The lines of a CSV document with a header, CRLF-separated as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
