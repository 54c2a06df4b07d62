/**
 * Does the ledger agree with Temporal? Every case step the workflow recorded is an activity call in its
 * history (`recordCaseEvent`, with the step as its input). The check replays those inputs into the
 * ledger entries they must have produced and compares them, entry by entry, with what PostgreSQL holds.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import { canonicalJson, ledgerContentOf, ledgerContentOfRow } from '../db/ledger';
import { checkChain, type ChainCheck } from '../db/audit';
import type { CaseEventRow } from '../db/schema';
import type { RecordCaseEventInput } from '../activities/case-projection';

export const RECORD_ACTIVITY = 'recordCaseEvent';

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

interface HistoryStep {
  sequence: number;
  completed: boolean;
  content: ReturnType<typeof ledgerContentOf>;
}

/** The case steps one run's history recorded, with whether each write completed. */
function stepsOf(caseId: string, history: temporal.api.history.v1.IHistory): HistoryStep[] {
  const scheduled = new Map<string, HistoryStep>();
  for (const event of history.events ?? []) {
    const attributes = event.activityTaskScheduledEventAttributes;
    if (attributes?.activityType?.name === RECORD_ACTIVITY) {
      const payload = attributes.input?.payloads?.[0];
      if (!payload) continue;
      const input = defaultPayloadConverter.fromPayload<RecordCaseEventInput>(payload);
      scheduled.set(String(event.eventId), {
        sequence: input.event.sequence,
        completed: false,
        content: ledgerContentOf({ caseId }, input.event, input.snapshot.status),
      });
    }
    const completedOf = event.activityTaskCompletedEventAttributes?.scheduledEventId;
    if (completedOf != null) {
      const step = scheduled.get(String(completedOf));
      if (step) step.completed = true;
    }
  }
  return [...scheduled.values()];
}

export function checkAgreement(
  caseId: string,
  rows: CaseEventRow[],
  histories: temporal.api.history.v1.IHistory[],
): AgreementCheck {
  const chain = checkChain(rows);
  const bySequence = new Map(rows.map((row) => [row.sequence, row]));
  const steps = histories.flatMap((history) => stepsOf(caseId, history));
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
