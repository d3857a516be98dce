import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneDesk, post, signUp } from './support/api.js';
import { seriousViolations, settle, WIDTHS } from './support/axe.js';
import { appUrl, collectPageErrors, launchBrowser, newVisitor, strongPassword, uniqueSuffix } from './support/browser.js';

/** Issue 16: the admin publishes; an employee is blocked, reads, accepts, books; a changed setting asks again. */
describe('privacy notice and consent', { timeout: 300_000 }, () => {
  let browser: Browser;
  const run = uniqueSuffix();
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];
  let adminPage: Page;
  let employeePage: Page;

  async function signedInPage(context: BrowserContext): Promise<Page> {
    contexts.push(context);
    const page = await context.newPage();
    errors.push(collectPageErrors(page));
    return page;
  }

  /** axe on what `page` shows after `show` ran, at a desktop width and at 390 px. */
  async function audit(page: Page, where: string, show: () => Promise<void>): Promise<string[]> {
    const found: string[] = [];
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await show();
      await settle(page);
      found.push(...(await seriousViolations(page, `${size.name} ${where}`)));
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    return found;
  }

  const consentDialog = (page: Page) =>
    page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'I have read the privacy notice' }) });

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await newVisitor(browser);
    await signUp(admin.request, {
      tenantName: `Vandelay ${run}`,
      displayName: 'Vera Admin',
      email: `vera.${run}@example.com`,
      password: strongPassword(),
    });
    await addOneDesk(admin.request);
    const invited = await post<{ inviteToken: string }>(
      admin.request,
      '/api/users',
      { email: `emil.${run}@example.com`, displayName: 'Emil Employee', role: 'employee' },
      201,
    );
    const employee = await newVisitor(browser);
    await post(employee.request, '/api/auth/accept-invite', { inviteToken: invited.inviteToken, password: strongPassword() }, 200);
    adminPage = await signedInPage(admin);
    employeePage = await signedInPage(employee);
  }, 120_000);

  afterAll(async () => {
    for (const pageErrors of errors) expect(pageErrors).toEqual([]);
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the admin publish the generated notice with a change summary', async () => {
    const page = adminPage;
    await page.goto(appUrl('/admin/privacy-notice'));
    await page.getByRole('heading', { name: 'Privacy notice', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Deutsch' }).click();
    await page.getByRole('tab', { name: 'English' }).click();
    await page.getByLabel('What changed (optional)').fill('Published for the whole team.');
    await page.getByRole('button', { name: 'Publish now' }).click();
    const confirm = page.getByRole('dialog', { name: 'Publish version 2?' });
    await confirm.getByText('Everyone will be asked to accept version 2 before they book again.').waitFor();
    await confirm.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByText('Version 2 published.').waitFor();
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('cell', { name: 'Published for the whole team.' }).waitFor();
    await versions.getByRole('link', { name: 'Records of version 2 (CSV)' }).waitFor();

    const found = await audit(page, 'admin /admin/privacy-notice', async () => {
      await page.goto(appUrl('/admin/privacy-notice'));
      await page.getByRole('heading', { name: 'Privacy notice', level: 1 }).waitFor();
    });
    expect(found, found.join('\n')).toEqual([]);
  });

  it('blocks the employee’s booking pages until they confirm reading, then lets them book', async () => {
    const page = employeePage;
    await page.goto(appUrl('/book'));
    const dialog = consentDialog(page);
    await dialog.waitFor();
    expect(await page.getByRole('heading', { name: 'Book a desk' }).count()).toBe(0);
    await dialog.getByText(/not on your consent/).waitFor();
    // My bookings waits too; the Privacy page and My data do not.
    await page.goto(appUrl('/bookings'));
    await consentDialog(page).waitFor();
    await page.goto(appUrl('/account/data'));
    await page.getByRole('heading', { name: 'My data', level: 1 }).waitFor();

    const found = await audit(page, 'employee consent dialog', async () => {
      await page.goto(appUrl('/book'));
      await consentDialog(page).waitFor();
    });
    expect(found, found.join('\n')).toEqual([]);

    // The full text folds below the confirmation (a notice with sections only: the first layer may be all).
    const readFull = consentDialog(page).getByRole('button', { name: 'Read the full notice' });
    if ((await readFull.count()) > 0) await readFull.click();
    await consentDialog(page).getByRole('button', { name: 'I have read the privacy notice' }).click();
    await page.getByRole('heading', { name: 'Book a desk' }).waitFor();
    await page.getByRole('button', { name: 'Next working day' }).click();
    await page.getByLabel('From').selectOption('09:00');
    await page.getByLabel('Until').selectOption('10:00');
    await page.getByRole('button', { name: 'Book D1' }).click();
    await page.getByText(/^D1 is yours: /).waitFor();
  });

  it('asks the employee again after the admin changes the anonymization period, showing what changed', async () => {
    const page = adminPage;
    await page.goto(appUrl('/admin/settings'));
    const period = page.getByRole('textbox', { name: /^Retention period/ });
    await period.fill('60');
    await page.getByText('Saving publishes a new privacy notice version; everyone will be asked to accept it.').first().waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved.').waitFor();

    const employee = employeePage;
    await employee.goto(appUrl('/book'));
    const dialog = consentDialog(employee);
    await dialog.getByText('What changed since you last accepted').waitFor();
    await dialog.getByText(/^Version 3 \(/).waitFor();
    const found = await audit(employee, 'employee consent dialog with changes', async () => {
      await employee.goto(appUrl('/book'));
      await consentDialog(employee).getByText('What changed since you last accepted').waitFor();
    });
    expect(found, found.join('\n')).toEqual([]);
    await dialog.getByRole('button', { name: 'I have read the privacy notice' }).click();
    await employee.getByRole('heading', { name: 'Book a desk' }).waitFor();
  });

  it('shows the employee their confirmation on the Privacy page, reached from the user menu', async () => {
    const page = employeePage;
    await page.getByRole('button', { name: 'Account menu of Emil Employee' }).click();
    await page.getByRole('menuitem', { name: 'Privacy' }).click();
    await page.getByRole('heading', { name: 'Privacy', level: 1 }).waitFor();
    await page.getByText(/^You accepted version 3 on /).waitFor();
    const found = await audit(page, 'employee /account/privacy', async () => {
      await page.goto(appUrl('/account/privacy'));
      await page.getByText(/^You accepted version 3 on /).waitFor();
    });
    expect(found, found.join('\n')).toEqual([]);
  });
});
