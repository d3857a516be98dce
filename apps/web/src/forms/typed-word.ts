/**
 * Whether the person typed the confirmation word of an irreversible action ("SHORTEN", "DELETE"):
 * case and surrounding spaces do not matter, the letters do (so "LÖSCHEN" needs its Ö).
 */
export function matchesTypedWord(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}
