import { downloadFile } from '../../lib/download-file';

export const RECOVERY_CODES_FILE_NAME = 'deskbook-recovery-codes.txt';

export interface RecoveryCodesFileHeader {
  /** e.g. "Deskbook recovery codes for anna@acme.example (Acme GmbH)" */
  title: string;
  /** When the codes were created, already formatted for the reader. */
  createdAt: string;
  /** How to use them, in the person's language. */
  instructions: string;
}

/**
 * The text file people keep their recovery codes in: a short header that says what the codes are for,
 * then one code per line. CRLF line ends, so even old Windows editors show one code per line.
 */
export function recoveryCodesFileText(codes: readonly string[], header: RecoveryCodesFileHeader): string {
  const lines = [header.title, header.createdAt, '', header.instructions, '', ...codes.map((code) => code.trim())];
  return `${lines.join('\r\n')}\r\n`;
}

/** Saves `text` as a file through the browser's download, without a server round trip. */
export function downloadTextFile(fileName: string, text: string): void {
  downloadFile(fileName, new Blob([text], { type: 'text/plain;charset=utf-8' }));
}
