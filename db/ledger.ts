/**
 * The ledger's hash chain: each entry's hash covers its canonical content and the hash of the entry
 * before it in the same case. Recomputing the chain from the stored rows shows any edit or gap.
 */
import { createHash } from 'node:crypto';
import type { CaseEventRow } from './schema';

export interface LedgerContent {
  caseId: string;
  sequence: number;
  type: string;
  status: string;
  occurredAt: string;
  actor: unknown;
  reason: string | null;
  evidence: unknown;
  detail: unknown;
}

/** JSON with object keys sorted at every level, so equal values always serialise the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function ledgerHash(content: LedgerContent, prevHash: string): string {
  return createHash('sha256')
    .update(canonicalJson({ ...content, prevHash }))
    .digest('hex');
}

/** What the ledger entry of a case step holds: the step as the workflow recorded it, and the status after it. */
export function ledgerContentOf(
  caseId: string,
  event: {
    sequence: number;
    type: string;
    occurredAt: string;
    actor?: unknown;
    reason?: string | null;
    evidence?: unknown;
    detail: unknown;
  },
  status: string,
): LedgerContent {
  return {
    caseId,
    sequence: event.sequence,
    type: event.type,
    status,
    occurredAt: new Date(event.occurredAt).toISOString(),
    actor: event.actor ?? null,
    reason: event.reason ?? null,
    evidence: event.evidence ?? [],
    detail: event.detail,
  };
}

/** What a stored entry's hash covers, read back from its row. */
export function ledgerContentOfRow(row: CaseEventRow): LedgerContent {
  return {
    caseId: row.caseId,
    sequence: row.sequence,
    type: row.type,
    status: row.status,
    occurredAt: row.occurredAt.toISOString(),
    actor: row.actor,
    reason: row.reason,
    evidence: row.evidence,
    detail: row.detail,
  };
}
