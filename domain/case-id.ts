/**
 * A case's identity: the case id derived from what identifies a finding (its department and
 * document number), and the case workflow's input built from a finding. Pure (SHA-256 from
 * @noble/hashes, not node:crypto), so the API, the activities and workflow code all use this one.
 */
import { sha256 } from '@noble/hashes/sha2';
import type { Department } from './enums';
import type { Finding } from './finding';

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
  const digest = sha256(
    new TextEncoder().encode(`${department}\n${normalizeDocumentNumber(documentNumber)}`),
  );
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

/** What the case workflow starts with (workflows/contract.ts `CaseInput`). */
export interface CaseIdentity {
  caseId: string;
  finding: Finding;
  /**
   * The policy profile the case runs under for its whole life (domain/policy.ts); absent in cases filed
   * before profiles existed, which run under the national default.
   */
  policyProfile?: string;
  /** The profile's version the case runs under for its whole life. */
  policyVersion: string;
  /** The earlier case whose revisit (回头看) found this capacity running again. */
  revisitOf?: string;
}

/** A finding's case: its document number as the case keeps it (normalised), its id and its policy. */
export function caseInputFor(
  finding: Finding,
  { policyProfile, policyVersion }: { policyProfile: string; policyVersion: string },
): CaseIdentity {
  const documentNumber = normalizeDocumentNumber(finding.documentNumber);
  return {
    caseId: caseIdFor(finding.department, documentNumber),
    finding: { ...finding, documentNumber },
    policyProfile,
    policyVersion,
  };
}
