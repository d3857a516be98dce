/** "deskbook-qr-ground-floor-en.pdf": the floor's name as a file name, as the API names the sheet too. */
export function qrSheetFileName(floorName: string, lang: string): string {
  const slug = floorName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `deskbook-qr-${slug || 'floor'}-${lang}.pdf`;
}
