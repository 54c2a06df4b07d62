/**
 * Does the ledger agree with Temporal? Every case step the workflow recorded is in its history: an
 * activity call with the step as its input (`recordCaseEvent`, cases started before the 'lean-recording'
 * patch) or a local activity's marker with the step as its result (`recordCaseStep`, since; `recordCaseSteps`,
 * several steps in one result, since 'batched-recording'). The check
 * turns those steps into the ledger entries they must have produced and compares them, entry by entry,
 * with what PostgreSQL holds.
 */
import { checkChain, type ChainCheck } from '../db/audit';
import { canonicalJson, ledgerContentOfRow } from '../db/ledger';
import type { CaseEventRow } from '../db/schema';
import { readCaseHistory, type History } from './history';

export interface AgreementCheck {
  /** True when the chain is intact and every step in history is in the ledger, identical, and nothing else is. */
  agrees: boolean;
  chain: ChainCheck;
  runs: number;
  ledgerEntries: number;
  /** Steps the histories record as written. */
  historySteps: number;
  /** Steps scheduled but not yet written (a worker is on it): not a disagreement. */
  pending: number[];
  mismatches: { sequence: number; problem: string }[];
}

export function checkAgreement(caseId: string, rows: CaseEventRow[], histories: History[]): AgreementCheck {
  const chain = checkChain(rows);
  const bySequence = new Map(rows.map((row) => [row.sequence, row]));
  const steps = histories.flatMap((history) => readCaseHistory(caseId, history).steps);
  const mismatches: AgreementCheck['mismatches'] = [];
  const pending: number[] = [];
  const seen = new Set<number>();
  for (const step of steps) {
    seen.add(step.sequence);
    const row = bySequence.get(step.sequence);
    if (!row) {
      if (step.completed)
        mismatches.push({
          sequence: step.sequence,
          problem: 'written according to history, missing from the ledger',
        });
      else pending.push(step.sequence);
      continue;
    }
    if (canonicalJson(ledgerContentOfRow(row)) !== canonicalJson(step.content))
      mismatches.push({
        sequence: step.sequence,
        problem: 'the ledger entry differs from the step in history',
      });
  }
  for (const row of rows)
    if (!seen.has(row.sequence))
      mismatches.push({ sequence: row.sequence, problem: 'in the ledger, but no run’s history records it' });
  mismatches.sort((a, b) => a.sequence - b.sequence);
  return {
    agrees: chain.intact && mismatches.length === 0,
    chain,
    runs: histories.length,
    ledgerEntries: rows.length,
    historySteps: steps.filter((step) => step.completed).length,
    pending,
    mismatches,
  };
}
