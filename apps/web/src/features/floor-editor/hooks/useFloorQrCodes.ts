import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { invalidateAfter } from '../../../api/query-keys';
import { unwrap } from '../../../api/unwrap';
import { downloadFile } from '../../../lib/download-file';
import { qrSheetFileName } from '../qr-sheet';

/** "Print QR codes": GET /floors/:id/qr-sheet.pdf in the interface language, saved as a PDF to print. */
export function useDownloadQrSheet() {
  return useMutation({
    mutationFn: async ({ floorId, floorName, lang }: { floorId: string; floorName: string; lang: 'en' | 'de' }) => {
      const file = await unwrap(
        api.GET('/api/floors/{id}/qr-sheet.pdf', { params: { path: { id: floorId }, query: { lang } }, parseAs: 'blob' }),
      );
      downloadFile(qrSheetFileName(floorName, lang), file);
    },
  });
}

/** "Replace all codes": every desk of the floor gets a new code; the printed ones stop working. */
export function useReplaceQrCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (floorId: string) => unwrap(api.POST('/api/floors/{id}/qr-tokens', { params: { path: { id: floorId } } })),
    onSettled: () => invalidateAfter(queryClient, 'deskCodesReplaced'),
  });
}
