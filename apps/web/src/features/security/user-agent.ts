export interface DeviceDescription {
  /** Browser or client name, e.g. "Chrome"; null when the user agent names none we know. */
  browser: string | null;
  /** Operating system, e.g. "macOS"; null when unknown. */
  os: string | null;
}

// Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari", and
// Android also says "Linux". Product names are the same in every language, so they are not translated.
const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bVivaldi\//, 'Vivaldi'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|CriOS|HeadlessChrome|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/\bcurl\//, 'curl'],
];

const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bWindows\b/, 'Windows'],
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\b(Macintosh|Mac OS X)\b/, 'macOS'],
  [/\b(Linux|X11)\b/, 'Linux'],
];

function firstMatch(userAgent: string, candidates: readonly (readonly [RegExp, string])[]): string | null {
  return candidates.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

/**
 * A readable browser and system from a User-Agent header. Deliberately simple: good enough for people
 * to recognise their devices, not a device database.
 */
export function describeUserAgent(userAgent: string | null | undefined): DeviceDescription {
  const value = userAgent?.trim() ?? '';
  if (value === '') return { browser: null, os: null };
  return { browser: firstMatch(value, BROWSERS), os: firstMatch(value, SYSTEMS) };
}
