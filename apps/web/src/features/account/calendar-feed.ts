/**
 * The feed URL for calendars that take an https:// address instead of webcal:// (Google Calendar's
 * "From URL"); webcal:// is the same address, for clients that open a subscription dialog on click.
 */
export function feedHttpsUrl(webcalUrl: string): string {
  return webcalUrl.replace(/^webcals?:\/\//, 'https://');
}
