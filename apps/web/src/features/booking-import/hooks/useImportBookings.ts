import type { paths } from '@deskbook/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';
import type { ImportContentType } from '../booking-import';

type ImportRows = paths['/api/admin/bookings/import']['post']['requestBody']['content']['application/json'];

export interface ImportRequest {
  file: File;
  contentType: ImportContentType;
}

/**
 * POST /admin/bookings/import with the file's own text: the API reads CSV and JSON itself and names
 * each bad row, so the file is not parsed here.
 */
export function useImportBookings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, contentType }: ImportRequest) => {
      const text = await file.text();
      return unwrap(
        api.POST('/api/admin/bookings/import', {
          // The OpenAPI type describes the parsed rows; what goes over the wire is the text as it is.
          body: text as unknown as ImportRows,
          bodySerializer: (body) => body,
          headers: { 'Content-Type': contentType },
        }),
      );
    },
    onSuccess: () => {
      // New bookings show in availability and lists; the import queued an anonymization run and wrote
      // an audit event. Not awaited: "N bookings imported." first.
      void invalidateAfter(queryClient, 'bookingsImported');
    },
  });
}
