import { asc, eq } from 'drizzle-orm';
import type { Database } from './client';
import { ledgerContentOfRow, ledgerHash, type LedgerRow } from './ledger';
import { caseEvents, type CaseEventRow } from './schema';

export async function ledgerOf(db: Database, caseId: string): Promise<CaseEventRow[]> {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.sequence));
}

export interface ChainCheck {
  entries: number;
  intact: boolean;
  /** Each break: the entry, and what is wrong with it. */
  breaks: { sequence: number; problem: string }[];
}

/**
 * Recomputes a case's or a tip's hash chain from its stored rows, in sequence order: any edit, gap or
 * reordering shows. Entries recorded before their ledger was chained show as such.
 */
export function checkChain(rows: LedgerRow[]): ChainCheck {
  const breaks: ChainCheck['breaks'] = [];
  let prevHash = '';
  rows.forEach((row, index) => {
    if (row.sequence !== index + 1)
      breaks.push({ sequence: row.sequence, problem: `expected entry ${index + 1}` });
    if (row.hash === null) {
      breaks.push({ sequence: row.sequence, problem: 'recorded before the ledger was hash-chained' });
      prevHash = '';
      return;
    }
    if ((row.prevHash ?? '') !== prevHash)
      breaks.push({ sequence: row.sequence, problem: 'prev_hash is not the hash of the entry before it' });
    const expected = ledgerHash(ledgerContentOfRow(row), row.prevHash ?? '');
    if (expected !== row.hash)
      breaks.push({ sequence: row.sequence, problem: 'content does not match its hash' });
    prevHash = row.hash;
  });
  return { entries: rows.length, intact: breaks.length === 0, breaks };
}
