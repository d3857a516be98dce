import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../app/i18n';
import type { TenantSettings } from '../../../api/types';
import { apiError, json, onRequest, requests } from '../../../test/fetch-mock';
import { aMe, aNoticeVersion, aTenantSettings } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { MAX_NOTICE_BODY_CHARS, MAX_NOTICE_PDF_BYTES } from '../custom-notice';

function settingsIn(noticeMode: TenantSettings['privacy']['noticeMode']): TenantSettings {
  const settings = aTenantSettings();
  settings.privacy.noticeMode = noticeMode;
  return settings;
}

/** The admin page with versions 1 and 2 published; returns what POST /privacy-notice/versions received. */
function onAdminPage(
  noticeMode: TenantSettings['privacy']['noticeMode'],
  publish: (request: Request) => Response | Promise<Response> = () => json(201, aNoticeVersion({ id: 'n-3', version: 3 })),
  locale: 'en' | 'de' = 'en',
) {
  onRequest('GET', '/api/me', () => json(200, aMe({ locale })));
  onRequest('GET', '/api/tenant/settings', () => json(200, settingsIn(noticeMode)));
  onRequest('GET', '/api/privacy-notice/versions', () =>
    json(200, [
      aNoticeVersion(),
      aNoticeVersion({ id: 'n-1', version: 1, current: false, publishedBy: null, changeSummary: null, accepted: 1 }),
    ]),
  );
  onRequest('GET', '/api/privacy-notice/preview', (request) => {
    const lang = new URL(request.url).searchParams.get('lang') === 'de' ? 'de' : 'en';
    const body = lang === 'de' ? '# Datenschutzhinweis\n\nVorschau auf Deutsch.' : '# Privacy notice\n\nPreview in English.';
    return json(200, {
      lang,
      title: 'Privacy notice',
      body,
      contentHash: 'b'.repeat(64),
      missing: ['organization.legalName', 'organization.contactEmail'],
    });
  });
  onRequest('POST', '/api/privacy-notice/versions', publish);
  return renderApp('/admin/privacy-notice');
}

const publications = () => requests.filter((request) => request.method === 'POST' && request.url.endsWith('/api/privacy-notice/versions'));

describe('NoticeAdminPage: generated notice', () => {
  it('previews the notice per language and warns about missing organization data, linking to it', async () => {
    onAdminPage('generated');
    expect(await screen.findByText('Preview in English.')).toBeTruthy();
    const warning = screen.getByText('Organization data is missing').closest('[role="alert"], .mantine-Alert-root') ?? document.body;
    expect(within(warning as HTMLElement).getByText('Legal name')).toBeTruthy();
    expect(within(warning as HTMLElement).getByText('Contact e-mail')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the organization settings' }).getAttribute('href')).toBe('/admin/settings#organization');
    fireEvent.click(screen.getByRole('tab', { name: 'Deutsch' }));
    expect(await screen.findByText('Vorschau auf Deutsch.')).toBeTruthy();
  });

  it('publishes now with a change summary after confirming that everyone will be asked to accept version 3', async () => {
    const bodies: unknown[] = [];
    onAdminPage('generated', async (request) => {
      bodies.push(await request.json());
      return json(201, aNoticeVersion({ id: 'n-3', version: 3 }));
    });
    await screen.findByText('Preview in English.');
    fireEvent.change(screen.getByLabelText(/^What changed/), { target: { value: 'New hosting provider.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 3?' });
    expect(dialog.textContent).toContain('Everyone will be asked to accept version 3');
    expect(publications()).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish version 3' }));
    expect(await screen.findByText('Version 3 published.')).toBeTruthy();
    expect(bodies).toEqual([{ source: 'generated', changeSummary: 'New hosting provider.' }]);
  });

  it('lists the versions with their acceptance and links to each version’s consent records as CSV', async () => {
    onAdminPage('generated');
    expect(await screen.findByText('3 of 4 (75 %)')).toBeTruthy();
    expect(screen.getByText('1 of 4 (25 %)')).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Anna Schmidt' })).toBeTruthy();
    const csv = screen.getByRole('link', { name: 'Records of version 2 (CSV)' });
    expect(csv.getAttribute('href')).toBe('/api/privacy-notice/versions/n-2/consents?format=csv');
    expect(screen.getByRole('link', { name: 'Record of processing (PDF)' }).getAttribute('href')).toBe(
      '/api/admin/compliance/processing-record?lang=en&format=pdf',
    );
    expect(screen.getByRole('link', { name: 'TOMs (Markdown)' }).getAttribute('href')).toBe('/api/admin/compliance/toms?lang=en&format=md');
  });
});

describe('NoticeAdminPage: own notice', () => {
  it('requires the English text and publishes the languages written', async () => {
    const bodies: unknown[] = [];
    onAdminPage('custom', async (request) => {
      bodies.push(await request.json());
      return json(201, aNoticeVersion({ id: 'n-3', version: 3, source: 'custom' }));
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Please write the English notice.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.change(screen.getByLabelText(/^Notice in English/), { target: { value: '# Our notice\n\nWe record bookings.' } });
    expect(screen.getByText(`33 / ${MAX_NOTICE_BODY_CHARS.toLocaleString()} characters`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Publish version 3?' })).getByRole('button', { name: 'Publish version 3' }),
    );
    await waitFor(() => {
      expect(bodies).toEqual([{ source: 'custom', bodies: { en: '# Our notice\n\nWe record bookings.' } }]);
    });
  });

  it('refuses a text over 16,000 characters before sending it', async () => {
    onAdminPage('custom');
    fireEvent.change(await screen.findByLabelText(/^Notice in English/), { target: { value: 'x'.repeat(MAX_NOTICE_BODY_CHARS + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('At most 16,000 characters.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(publications()).toHaveLength(0);
  });

  it('shows the preview of the Markdown without its HTML', async () => {
    onAdminPage('custom');
    fireEvent.change(await screen.findByLabelText(/^Notice in English/), {
      target: { value: 'Read [our policy](https://acme.example/policy).\n\n<script>alert(1)</script><b>bold html</b>' },
    });
    fireEvent.click(screen.getAllByText('Preview')[0]);
    const link = await screen.findByRole('link', { name: 'our policy' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByText('bold html')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('checks a PDF for type and size before uploading, and shows what the API refused', async () => {
    onAdminPage('custom', () => apiError(400, 'INVALID_NOTICE_PDF'));
    fireEvent.click(await screen.findByText('PDF file'));
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const big = new File(['x'], 'notice.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: MAX_NOTICE_PDF_BYTES + 1 });
    fireEvent.change(input, { target: { files: [big] } });
    expect(await screen.findByText('This file is larger than 10 MB.')).toBeTruthy();
    fireEvent.change(input, { target: { files: [new File(['x'], 'notice.docx', { type: 'application/msword' })] } });
    expect(await screen.findByText('This is not a PDF. Choose a PDF file.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], 'notice.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish version 3' }));
    expect(await screen.findByText('This file is not a PDF that can be published. Upload a PDF of up to 10 MB.')).toBeTruthy();
    expect(publications()).toHaveLength(1);
    expect(publications()[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data/);
  });

  it('speaks German', async () => {
    await i18n.changeLanguage('de');
    onAdminPage('custom', undefined, 'de');
    expect(await screen.findByRole('heading', { name: 'Datenschutzhinweis', level: 1 })).toBeTruthy();
    expect(await screen.findByText('3 von 4 (75 %)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Veröffentlichen' })).toBeTruthy();
  });
});

describe('NoticeAdminPage: switching who writes the notice', () => {
  const settingsPatches = () => requests.filter((request) => request.method === 'PATCH' && request.url.endsWith('/api/tenant/settings'));

  it('asks before switching to the generated notice, which publishes a new version; cancelling changes nothing', async () => {
    onRequest('PATCH', '/api/tenant/settings', () => json(200, settingsIn('generated')));
    onAdminPage('custom');
    fireEvent.click(await screen.findByRole('radio', { name: /Generated by Deskbook/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Use the generated notice?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Use the generated notice?' })).toBeNull());
    expect(settingsPatches()).toHaveLength(0);

    fireEvent.click(screen.getByRole('radio', { name: /Generated by Deskbook/ }));
    const again = await screen.findByRole('dialog', { name: 'Use the generated notice?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Publish the generated notice' }));
    await waitFor(() => expect(settingsPatches()).toHaveLength(1));
    expect(await settingsPatches()[0].json()).toEqual({ privacy: { noticeMode: 'generated' } });
  });
});
