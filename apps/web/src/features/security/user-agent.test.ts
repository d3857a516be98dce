import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import { deviceLabel } from './device-label';
import { describeUserAgent } from './user-agent';

const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  headlessChromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  samsungAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  operaMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/112.0.0.0',
  chromebook: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

describe('describeUserAgent', () => {
  it.each([
    [UA.chromeLinux, 'Chrome', 'Linux'],
    [UA.headlessChromeLinux, 'Chrome', 'Linux'],
    [UA.edgeWindows, 'Edge', 'Windows'],
    [UA.firefoxWindows, 'Firefox', 'Windows'],
    [UA.safariMac, 'Safari', 'macOS'],
    [UA.safariIphone, 'Safari', 'iOS'],
    [UA.chromeIphone, 'Chrome', 'iOS'],
    [UA.chromeAndroid, 'Chrome', 'Android'],
    [UA.samsungAndroid, 'Samsung Internet', 'Android'],
    [UA.operaMac, 'Opera', 'macOS'],
    [UA.chromebook, 'Chrome', 'ChromeOS'],
  ])('recognises %s', (userAgent, browser, os) => {
    expect(describeUserAgent(userAgent)).toEqual({ browser, os });
  });

  it('knows neither for a missing or unfamiliar user agent', () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, os: null });
    expect(describeUserAgent('   ')).toEqual({ browser: null, os: null });
    expect(describeUserAgent('SomeBot/1.0')).toEqual({ browser: null, os: null });
  });

  it('names command-line clients', () => {
    expect(describeUserAgent('curl/8.5.0')).toEqual({ browser: 'curl', os: null });
  });
});

describe('deviceLabel', () => {
  const t = i18n.getFixedT('en');
  const tDe = i18n.getFixedT('de');

  it('says browser on system', () => {
    expect(deviceLabel(UA.chromeLinux, t)).toBe('Chrome on Linux');
    expect(deviceLabel(UA.safariIphone, tDe)).toBe('Safari unter iOS');
  });

  it('falls back to whichever part it knows', () => {
    expect(deviceLabel('curl/8.5.0', t)).toBe('curl');
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0) UnknownBrowser/1', t)).toBe('Unknown browser on Windows');
  });

  it('says so when it knows nothing', () => {
    expect(deviceLabel(null, t)).toBe('Unknown device');
    expect(deviceLabel(null, tDe)).toBe('Unbekanntes Gerät');
  });
});
