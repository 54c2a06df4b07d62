/**
 * Reconciliation of tips (举报), as reconcile.ts does for cases: for a tip whose workflow has nothing in
 * flight, the last step its history recorded is the tips row's `state_version` and `status`; its ledger
 * (tip_events) has exactly those entries, each identical to the step in history, hash-chained for a tip
 * on the ledger; every message its steps put in the outbox is there, delivered, with exactly one
 * `delivered` attempt in the delivery log, and nothing else is in the outbox for it.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { asc, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canonicalJson, ledgerContentOfRow } from '../db/ledger';
import { deliveries, outbox, tipEvents, tips, type TipEventRow } from '../db/schema';
import { tipChainOf } from '../db/tip-ledger';
import { TIP_WORKFLOW_TYPE, tipWorkflowId } from '../workflows/tip-contract';
import { lastWrittenStep, readTipHistory, type HistoryStep, type History } from './history';

export interface TipMismatch {
  tipId: string;
  /** A stable name for the kind of disagreement, e.g. `ledger.count`, `outbox.undelivered`. */
  what: string;
  expected: string;
  found: string;
}

export interface TipReconcileReport {
  /** Tips compared (those Temporal or the read model knows, or those asked for). */
  checked: number;
  ledgerEntries: number;
  outboxMessages: number;
  /** Still in flight when the settle time ran out (each is also a `temporal.not-settled` mismatch). */
  unsettled: number;
  mismatches: TipMismatch[];
}

export interface TipReconcileOptions {
  tipIds?: string[];
  settleTimeoutMs?: number;
  pollMs?: number;
}

const WORKFLOW_ID_PREFIX = tipWorkflowId('');

interface TipView {
  steps: HistoryStep[];
  histories: History[];
  inFlight: string[];
  deliveries: Map<string, 'open' | 'completed' | 'failed'>;
}

/** A tip's one run (its id is never reused), read from its history; null when Temporal has none. */
async function tipView(temporal: Client, tipId: string): Promise<TipView | null> {
  let history: History;
  try {
    history = await temporal.workflow.getHandle(tipWorkflowId(tipId)).fetchHistory();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return null;
    throw error;
  }
  const reading = readTipHistory(tipId, history);
  return {
    steps: reading.steps,
    histories: [history],
    deliveries: reading.deliveries,
    // A closed run has nothing in flight, whatever it left open.
    inFlight: reading.closeStatus
      ? []
      : [
          ...reading.openActivities,
          ...reading.openUpdates.map((id) => `update ${id}`),
          ...(reading.workflowTaskOpen || reading.workflowTaskRetrying ? ['a workflow task'] : []),
        ],
  };
}

/** The mismatches of one settled tip. */
function mismatchesOf(
  tipId: string,
  view: TipView | null,
  row: { status: string; stateVersion: number } | undefined,
  ledger: TipEventRow[],
  messages: { key: string; deliveredAt: Date | null; delivered: number }[],
): TipMismatch[] {
  const found: TipMismatch[] = [];
  const add = (what: string, expected: string, actual: string) =>
    found.push({ tipId, what, expected, found: actual });
  if (!view) {
    add(
      'temporal.missing',
      `a workflow ${tipWorkflowId(tipId)}`,
      row ? `none; a row at ${row.status}` : 'none',
    );
    return found;
  }
  const written = view.steps.filter((step) => step.completed);
  const last = lastWrittenStep(view.steps);
  const sequence = last?.sequence ?? 0;
  if (!row) add('read-model.missing', `a tip row at step ${sequence}`, 'no row');
  else {
    if (row.stateVersion !== sequence)
      add('read-model.state-version', String(sequence), String(row.stateVersion));
    if (last && row.status !== last.status) add('read-model.status', last.status, row.status);
  }
  if (ledger.length !== sequence) add('ledger.count', `${sequence} entries`, `${ledger.length}`);
  const chain = tipChainOf(ledger);
  if (chain.chained)
    for (const broken of chain.breaks) add('ledger.chain', `entry ${broken.sequence} intact`, broken.problem);
  const bySequence = new Map(ledger.map((entry) => [entry.sequence, entry]));
  for (const step of written) {
    const entry = bySequence.get(step.sequence);
    if (entry && canonicalJson(ledgerContentOfRow(entry)) !== canonicalJson(step.content))
      add(
        'ledger.history',
        `entry ${step.sequence} as in history`,
        'the ledger entry differs from the step in history',
      );
  }
  const expectedKeys = new Set(written.flatMap((step) => step.effectKeys));
  const byKey = new Map(messages.map((message) => [message.key, message]));
  for (const key of expectedKeys) {
    const message = byKey.get(key);
    if (!message) {
      add('outbox.missing', `message ${key}`, 'not in the outbox');
      continue;
    }
    if (view.deliveries.get(key) !== 'completed')
      add(
        'outbox.delivery-activity',
        `deliverEffect for ${key} completed`,
        view.deliveries.get(key) ?? 'never scheduled',
      );
    if (!message.deliveredAt) add('outbox.undelivered', `${key} delivered`, 'not delivered');
    if (message.delivered !== 1)
      add('outbox.delivered-count', `${key}: 1 delivered attempt in the log`, `${message.delivered}`);
  }
  for (const message of messages)
    if (!expectedKeys.has(message.key))
      add('outbox.unexpected', 'only messages of recorded steps', `message ${message.key}`);
  return found;
}

/** Compares every tip (or those asked for) in Temporal with its row, its ledger and its outbox messages. */
export async function reconcileTips(
  { db, temporal }: { db: Database; temporal: Client },
  options: TipReconcileOptions = {},
): Promise<TipReconcileReport> {
  const started = Date.now();
  const settleTimeoutMs = options.settleTimeoutMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  let tipIds = options.tipIds;
  if (!tipIds) {
    const known = new Set((await db.select({ id: tips.id }).from(tips)).map((row) => row.id));
    for await (const run of temporal.workflow.list({ query: `WorkflowType = '${TIP_WORKFLOW_TYPE}'` }))
      if (run.workflowId.startsWith(WORKFLOW_ID_PREFIX))
        known.add(run.workflowId.slice(WORKFLOW_ID_PREFIX.length));
    tipIds = [...known].sort();
  }
  const mismatches: TipMismatch[] = [];
  let todo = tipIds;
  let ledgerEntries = 0;
  let outboxMessages = 0;
  for (;;) {
    const timedOut = Date.now() - started > settleTimeoutMs;
    const views = new Map<string, TipView | null>();
    for (const tipId of todo) views.set(tipId, await tipView(temporal, tipId));
    const { rows, ledgers, outboxes } = await readModelOf(db, todo);
    const again: string[] = [];
    for (const tipId of todo) {
      const view = views.get(tipId) ?? null;
      if (view && view.inFlight.length > 0) {
        if (timedOut)
          mismatches.push({
            tipId,
            what: 'temporal.not-settled',
            expected: `quiet within ${Math.round(settleTimeoutMs / 1000)} s`,
            found: `in flight: ${view.inFlight.join('; ')}`,
          });
        else again.push(tipId);
        continue;
      }
      const ledger = ledgers.get(tipId) ?? [];
      const messages = outboxes.get(tipId) ?? [];
      ledgerEntries += ledger.length;
      outboxMessages += messages.length;
      mismatches.push(...mismatchesOf(tipId, view, rows.get(tipId), ledger, messages));
    }
    if (again.length === 0) break;
    todo = again;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return {
    checked: tipIds.length,
    ledgerEntries,
    outboxMessages,
    unsettled: mismatches.filter((m) => m.what === 'temporal.not-settled').length,
    mismatches,
  };
}

async function readModelOf(db: Database, tipIds: string[]) {
  const rows = new Map<string, { status: string; stateVersion: number }>();
  const ledgers = new Map<string, TipEventRow[]>();
  const outboxes = new Map<string, { key: string; deliveredAt: Date | null; delivered: number }[]>();
  if (tipIds.length === 0) return { rows, ledgers, outboxes };
  for (const row of await db
    .select({ id: tips.id, status: tips.status, stateVersion: tips.stateVersion })
    .from(tips)
    .where(inArray(tips.id, tipIds)))
    rows.set(row.id, row);
  for (const entry of await db
    .select()
    .from(tipEvents)
    .where(inArray(tipEvents.tipId, tipIds))
    .orderBy(asc(tipEvents.tipId), asc(tipEvents.sequence)))
    ledgers.set(entry.tipId, [...(ledgers.get(entry.tipId) ?? []), entry]);
  for (const message of await db
    .select({
      key: outbox.key,
      tipId: sql<string>`${outbox.tipId}`,
      deliveredAt: outbox.deliveredAt,
      delivered: sql<number>`(select count(*) from ${deliveries} d where d.outbox_key = ${outbox.key} and d.outcome = 'delivered')::int`,
    })
    .from(outbox)
    .where(inArray(outbox.tipId, tipIds)))
    outboxes.set(message.tipId, [...(outboxes.get(message.tipId) ?? []), message]);
  return { rows, ledgers, outboxes };
}

/** One line per mismatch and a summary, for a terminal. */
export function formatTipReport(report: TipReconcileReport): string {
  return [
    ...report.mismatches.map(
      (m) => `MISMATCH ${m.tipId}  ${m.what}  expected: ${m.expected}  found: ${m.found}`,
    ),
    `tips checked ${report.checked}; ledger entries ${report.ledgerEntries}; outbox messages ` +
      `${report.outboxMessages}; unsettled ${report.unsettled}; mismatches ${report.mismatches.length}`,
  ].join('\n');
}
