/**
 * The ledger's hash chain: each entry's hash covers its canonical content and the hash of the entry
 * before it for the same subject (a case in case_events, a tip in tip_events). Recomputing the chain
 * from the stored rows shows any edit or gap.
 */
import { createHash } from 'node:crypto';
import type { AnnouncementEventRow, CaseEventRow, TipEventRow, YearEventRow } from './schema';

/** Whose ledger an entry is in: its key is part of the hashed content (`caseId` as ever for cases). */
export type LedgerSubject =
  { caseId: string } | { tipId: string } | { yearId: string } | { announcementKey: string };

/** A stored entry of either ledger. */
export type LedgerRow = CaseEventRow | TipEventRow | YearEventRow | AnnouncementEventRow;

export type LedgerContent = LedgerSubject & {
  sequence: number;
  type: string;
  status: string;
  occurredAt: string;
  actor: unknown;
  reason: string | null;
  evidence: unknown;
  detail: unknown;
};

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

/** What the ledger entry of a step holds: the step as the workflow recorded it, and the status after it. */
export function ledgerContentOf(
  subject: LedgerSubject,
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
    ...subject,
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
export function ledgerContentOfRow(row: LedgerRow): LedgerContent {
  return {
    ...subjectOfRow(row),
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

export function subjectOfRow(row: LedgerRow): LedgerSubject {
  if ('caseId' in row) return { caseId: row.caseId };
  if ('tipId' in row) return { tipId: row.tipId };
  return 'yearId' in row ? { yearId: row.yearId } : { announcementKey: row.announcementKey };
}

/** The chain position of an entry about to be appended: its content, its predecessor's hash and its own. */
export interface ChainedEntry {
  content: LedgerContent;
  prevHash: string;
  hash: string;
}

/**
 * Chains the entry for `event` onto what the ledger already holds of this subject at `sequence - 1` and
 * `sequence` (`written`). Null when a retry already wrote it; throws (retryably) while its predecessor
 * is missing, since the workflow writes in sequence order and a retry resolves the race.
 */
export function chainedEntry(
  subject: LedgerSubject,
  event: Parameters<typeof ledgerContentOf>[1],
  status: string,
  written: { sequence: number; hash: string | null }[],
): ChainedEntry | null {
  if (written.some((entry) => entry.sequence === event.sequence)) return null;
  let prevHash = '';
  if (event.sequence > 1) {
    const previous = written.find((entry) => entry.sequence === event.sequence - 1);
    if (!previous)
      throw new Error(
        `ledger entry ${event.sequence - 1} of ${Object.values(subject)[0]} is not written yet`,
      );
    prevHash = previous.hash ?? '';
  }
  const content = ledgerContentOf(subject, event, status);
  return { content, prevHash, hash: ledgerHash(content, prevHash) };
}
