/**
 * A tip's ledger as the API and auditors read it. Tips started since the tip workflow's 'tip-ledger'
 * patch write hash-chained entries to tip_events (activities/tips.ts recordTipStepIn); tips started
 * before it keep the unchained rows they were recorded with, in the same table, read the same way.
 */
import { asc, eq } from 'drizzle-orm';
import { checkChain, type ChainCheck } from './audit';
import type { Database } from './client';
import { tipEvents, type TipEventRow } from './schema';

/** Every recorded step of a tip, oldest first, whichever way it was recorded. */
export function tipLedgerOf(db: Database, tipId: string): Promise<TipEventRow[]> {
  return db.select().from(tipEvents).where(eq(tipEvents.tipId, tipId)).orderBy(asc(tipEvents.sequence));
}

export interface TipChainCheck extends ChainCheck {
  /** False for a tip recorded before the ledger was chained: its rows carry no hashes to check. */
  chained: boolean;
}

/** A tip's hash chain recomputed from its rows, as checkChain does for a case. */
export function tipChainOf(rows: TipEventRow[]): TipChainCheck {
  return { ...checkChain(rows), chained: rows.length > 0 && rows.some((row) => row.hash !== null) };
}

export async function checkTipChain(db: Database, tipId: string): Promise<TipChainCheck> {
  return tipChainOf(await tipLedgerOf(db, tipId));
}
