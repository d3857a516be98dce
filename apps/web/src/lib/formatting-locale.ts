/**
 * The locale for dates and times: the browser's own when it speaks the interface language (en-GB gets
 * 24-hour times, en-US 12-hour ones), otherwise the interface language itself.
 */
export function formattingLocale(language: string): string {
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith(language.toLowerCase()) ? browser : language;
}
