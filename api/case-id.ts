import { createHash } from 'node:crypto';
import type { Department } from '../domain/enums';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A document number as departments write it varies in width and spacing (全角/半角, stray blanks):
 * 〔2024〕12号 and 〔２０２４〕１２号 are the same document.
 */
export function normalizeDocumentNumber(documentNumber: string): string {
  return documentNumber.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The case id is derived from what identifies a finding — its department and document number — so
 * filing the same finding twice, even concurrently, reaches the same workflow id and opens one case.
 */
export function caseIdFor(department: Department, documentNumber: string): string {
  const digest = createHash('sha256')
    .update(`${department}\n${normalizeDocumentNumber(documentNumber)}`)
    .digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let id = '';
  for (let i = 0; i < 16; i++) {
    id = CROCKFORD[Number(bits & 31n)] + id;
    bits >>= 5n;
  }
  return `RC-${id}`;
}

export const CASE_ID_PATTERN = /^RC-[0-9A-HJKMNP-TV-Z]{16}$/;
