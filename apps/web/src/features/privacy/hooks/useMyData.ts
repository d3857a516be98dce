import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { unwrap, unwrapEmpty } from '../../../api/unwrap';
import { downloadFile } from '../../../lib/download-file';
import { type LoginNoticeState, useSignedInUser } from '../../auth';
import { companyExportFileName, myDataFileName } from '../my-data';
import type { EraseMeInput } from '../types';

/** "Download my data": GET /me/export (cookie auth), saved as deskbook-my-data-YYYY-MM-DD.json. */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: async () => {
      const file = await unwrap(api.GET('/api/me/export', { parseAs: 'blob' }));
      downloadFile(myDataFileName(new Date()), file);
    },
  });
}

/** "Download company data" (tenant admins): GET /admin/export, the whole company as one JSON file. */
export function useDownloadCompanyExport() {
  return useMutation({
    mutationFn: async () => {
      const file = await unwrap(api.GET('/api/admin/export', { parseAs: 'blob' }));
      downloadFile(companyExportFileName(new Date()), file);
    },
  });
}

/**
 * "Delete my account": erasure, confirmed with the password. The API ends the session and clears the
 * cookie; the app goes to the login page with a notice, which drops the person's cached data
 * (RedirectIfSignedIn). Signing out here instead would race the account pages' guard, which redirects
 * to the login page without the notice.
 */
export function useEraseMe() {
  const me = useSignedInUser();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (input: EraseMeInput) => unwrapEmpty(api.DELETE('/api/me', { body: input })),
    onSuccess: async () => {
      const state: LoginNoticeState = { notice: 'accountDeleted', endedSessionOf: me.id };
      await navigate('/login', { replace: true, state });
    },
  });
}
