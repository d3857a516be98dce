import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { takeBookShots } from './support/screenshots.js';

// Not a check: pictures of the phone Book page for reviewing a layout change. Runs only on request:
// SCREENSHOTS=before|after (and SCREENSHOT_DIR, default docs/screenshots) with the browser suite's DESKBOOK_URL.
const prefix = process.env.SCREENSHOTS;

describe.skipIf(prefix !== 'before' && prefix !== 'after')('phone Book page screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('saves the pictures', async () => {
    await takeBookShots(browser, prefix as 'before' | 'after');
  });
});
