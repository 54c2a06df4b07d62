/**
 * Reconciliation: does every case agree across the four places it lives? Temporal (the workflow and
 * its history), the read model (`cases`), the ledger (`case_events`) and the outbox (`outbox` and its
 * `deliveries` log). Used by `npm run reconcile` and by the fault drills, which end with it at zero.
 *
 * What must hold for a case whose workflow has nothing in flight (no activity, workflow task or
 * update open): the last step its history recorded (the `recordCaseEvent` input, or the `recordCaseStep`
 * local activity's result, with the highest sequence) is the case row's `state_version` and `status`; the ledger has exactly that many entries,
 * hash-chained, each identical to the step in history (audit/agreement.ts `checkAgreement`); every
 * message those steps put in the outbox is there, delivered, with exactly one `delivered` attempt in
 * the delivery log, and nothing else is in the outbox for the case; the workflow's live state (the
 * `getCaseState` query, when a worker answers) is at the same step. A case with something in flight is
 * pending, not a mismatch: it is checked again until it is quiet or the settle time runs out.
 */
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { asc, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { caseEvents, cases, deliveries, outbox, type CaseEventRow } from '../db/schema';
import { mapWithConcurrency } from '../lib/concurrency';
import { CASE_WORKFLOW_TYPE, caseWorkflowId, getCaseStateQuery } from '../workflows/contract';
import { checkAgreement } from './agreement';
import {
  lastWrittenStep,
  readCaseHistory,
  type DeliveryOutcome,
  type History,
  type HistoryStep,
} from './history';
const WORKFLOW_ID_PREFIX = caseWorkflowId('');

export interface Mismatch {
  caseId: string;
  /** A stable name for the kind of disagreement, e.g. `ledger.count`, `outbox.undelivered`. */
  what: string;
  expected: string;
  found: string;
}

export interface ReconcileOptions {
  /** How long to wait for cases with a step in flight to settle (default 60 s). */
  settleTimeoutMs?: number;
  /** Pause between passes over the unsettled cases (default 1 s). */
  pollMs?: number;
  /** Ask each settled workflow for its live state (needs a running worker; default true). */
  query?: boolean;
  /** Histories fetched and queries sent at once (default 16). */
  concurrency?: number;
  /** Only these cases (default: every case Temporal or the read model knows). */
  caseIds?: string[];
  /** Progress lines (passes, pending counts). */
  onProgress?: (line: string) => void;
}

export interface ReconcileReport {
  elapsedMs: number;
  passes: number;
  counts: {
    /** Case workflows Temporal knows (visibility). */
    workflows: number;
    /** Rows in `cases`. */
    caseRows: number;
    /** Cases compared (the union of both). */
    checked: number;
    ledgerEntries: number;
    outboxMessages: number;
    deliveredMessages: number;
    deliveryAttempts: number;
    /** Settled workflows whose live state was asked for, and those that did not answer in time. */
    queried: number;
    unanswered: number;
    /** Still in flight when the settle time ran out (each is also a `temporal.not-settled` mismatch). */
    unsettled: number;
    mismatches: number;
  };
  /** Mismatches counted by `what`. */
  byWhat: Record<string, number>;
  mismatches: Mismatch[];
}

interface RunInfo {
  runId: string;
  status: string;
}

/** What one case's histories say: its steps, what is in flight, its effects and deliveries. */
interface TemporalView {
  runs: RunInfo[];
  histories: History[];
  steps: HistoryStep[];
  inFlight: string[];
  /** Deliveries scheduled, by key, and whether each completed or failed for good. */
  deliveriesScheduled: Map<string, DeliveryOutcome>;
  lastEventId: string;
}

interface CaseRowView {
  id: string;
  workflowId: string;
  status: string;
  stateVersion: number;
}

interface OutboxView {
  key: string;
  caseId: string;
  deliveredAt: Date | null;
  delivered: number;
  attempts: number;
}

type Verdict = { state: 'pending'; inFlight: string[] } | { state: 'checked'; mismatches: Mismatch[] };

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every case workflow's runs, by case id, from Temporal's visibility store. */
async function listCaseWorkflows(temporal: Client): Promise<Map<string, RunInfo[]>> {
  const byCase = new Map<string, RunInfo[]>();
  for await (const run of temporal.workflow.list({ query: `WorkflowType = '${CASE_WORKFLOW_TYPE}'` })) {
    if (!run.workflowId.startsWith(WORKFLOW_ID_PREFIX)) continue;
    const caseId = run.workflowId.slice(WORKFLOW_ID_PREFIX.length);
    const runs = byCase.get(caseId) ?? [];
    runs.push({ runId: run.runId, status: run.status.name });
    byCase.set(caseId, runs);
  }
  return byCase;
}

/** The runs of one case's workflow (for a row the visibility list did not show, which can lag). */
async function describeRuns(temporal: Client, caseId: string): Promise<RunInfo[]> {
  try {
    const described = await temporal.workflow.getHandle(caseWorkflowId(caseId)).describe();
    return [{ runId: described.runId, status: described.status.name }];
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return [];
    throw error;
  }
}

/** Reads one case's histories: the steps recorded, what is open, the deliveries. */
async function temporalView(temporal: Client, caseId: string, runs: RunInfo[]): Promise<TemporalView> {
  const histories = await Promise.all(
    runs.map((run) => temporal.workflow.getHandle(caseWorkflowId(caseId), run.runId).fetchHistory()),
  );
  const steps: HistoryStep[] = [];
  const inFlight: string[] = [];
  const deliveriesScheduled = new Map<string, DeliveryOutcome>();
  let lastEventId = '';
  histories.forEach((history, runIndex) => {
    const reading = readCaseHistory(caseId, history);
    // The visibility store can lag a run's close (a termination a moment ago): its history cannot.
    if (reading.closeStatus) runs[runIndex] = { ...runs[runIndex]!, status: reading.closeStatus };
    steps.push(...reading.steps);
    for (const [key, outcome] of reading.deliveries) deliveriesScheduled.set(key, outcome);
    lastEventId = `${runIndex}:${reading.lastEventId}`;
    // A closed run (completed, failed, terminated) has nothing in flight, whatever it left open.
    if (runs[runIndex]!.status !== 'RUNNING') return;
    inFlight.push(...reading.openActivities);
    if (reading.workflowTaskOpen) inFlight.push('a workflow task');
    if (reading.workflowTaskRetrying)
      inFlight.push('a workflow task being retried after it failed or timed out');
    for (const update of reading.openUpdates) inFlight.push(`update ${update}`);
  });
  return { runs, histories, steps, inFlight, deliveriesScheduled, lastEventId };
}

/** The rows of the case tables for the given cases. */
async function readModelOf(db: Database, caseIds: string[]) {
  const ledger = new Map<string, CaseEventRow[]>();
  const outboxes = new Map<string, OutboxView[]>();
  for (const ids of chunks(caseIds, 500)) {
    const rows = await db
      .select()
      .from(caseEvents)
      .where(inArray(caseEvents.caseId, ids))
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.sequence));
    for (const row of rows) {
      const list = ledger.get(row.caseId) ?? [];
      list.push(row);
      ledger.set(row.caseId, list);
    }
    const messages = await db
      .select({
        key: outbox.key,
        // Selected by case id below, so never null (a tip's messages have none).
        caseId: sql<string>`${outbox.caseId}`,
        deliveredAt: outbox.deliveredAt,
        delivered: sql<number>`(select count(*) from ${deliveries} d where d.outbox_key = ${outbox.key} and d.outcome = 'delivered')::int`,
        attempts: sql<number>`(select count(*) from ${deliveries} d where d.outbox_key = ${outbox.key})::int`,
      })
      .from(outbox)
      .where(inArray(outbox.caseId, ids));
    for (const message of messages) {
      const list = outboxes.get(message.caseId) ?? [];
      list.push(message);
      outboxes.set(message.caseId, list);
    }
  }
  return { ledger, outboxes };
}

const describeStatus = (row: CaseRowView | undefined) =>
  row ? `status ${row.status}, state_version ${row.stateVersion}` : 'no row';

/** Compares one case across the four places; `pending` when its workflow has a step in flight. */
function verdictFor(
  caseId: string,
  view: TemporalView | null,
  row: CaseRowView | undefined,
  ledger: CaseEventRow[],
  messages: OutboxView[],
): Verdict {
  const mismatches: Mismatch[] = [];
  const add = (what: string, expected: string, found: string) =>
    mismatches.push({ caseId, what, expected, found });

  if (!view || view.runs.length === 0) {
    add(
      'temporal.missing',
      `a workflow ${caseWorkflowId(caseId)}`,
      `none; the read model has ${describeStatus(row)}`,
    );
    return { state: 'checked', mismatches };
  }
  if (view.inFlight.length > 0) return { state: 'pending', inFlight: view.inFlight };

  for (const run of view.runs)
    if (!['RUNNING', 'COMPLETED', 'CONTINUED_AS_NEW'].includes(run.status))
      add('temporal.run-failed', 'a running or completed run', `run ${run.runId} ${run.status}`);

  const written = view.steps.filter((step) => step.completed);
  const last = lastWrittenStep(view.steps);
  const sequence = last?.sequence ?? 0;

  if (!row) add('read-model.missing', `a case row at step ${sequence}`, 'no row');
  else {
    if (row.workflowId !== caseWorkflowId(caseId))
      add('read-model.workflow-id', caseWorkflowId(caseId), row.workflowId);
    if (row.stateVersion !== sequence)
      add('read-model.state-version', String(sequence), String(row.stateVersion));
    const status = last?.status ?? 'filed';
    if (row.status !== status) add('read-model.status', status, row.status);
  }

  if (ledger.length !== sequence) add('ledger.count', `${sequence} entries`, `${ledger.length}`);
  const agreement = checkAgreement(caseId, ledger, view.histories);
  for (const broken of agreement.chain.breaks)
    add('ledger.chain', `entry ${broken.sequence} intact`, broken.problem);
  for (const disagreement of agreement.mismatches)
    add('ledger.history', `entry ${disagreement.sequence} as in history`, disagreement.problem);

  const expectedKeys = new Set(written.flatMap((step) => step.effectKeys));
  const byKey = new Map(messages.map((message) => [message.key, message]));
  for (const key of expectedKeys) {
    const message = byKey.get(key);
    if (!message) {
      add('outbox.missing', `message ${key}`, 'not in the outbox');
      continue;
    }
    const delivery = view.deliveriesScheduled.get(key);
    if (delivery !== 'completed')
      add(
        'outbox.delivery-activity',
        `deliverEffect for ${key} completed`,
        delivery ? `deliverEffect ${delivery}` : 'never scheduled',
      );
    if (!message.deliveredAt)
      add('outbox.undelivered', `${key} delivered`, `not delivered after ${message.attempts} attempt(s)`);
    if (message.delivered !== 1)
      add('outbox.delivered-count', `${key}: 1 delivered attempt in the log`, `${message.delivered}`);
  }
  for (const message of messages)
    if (!expectedKeys.has(message.key))
      add('outbox.unexpected', 'only messages of recorded steps', `message ${message.key}`);

  return { state: 'checked', mismatches };
}

/** The read-model columns reconciliation compares with Temporal. */
const CASE_ROW_COLUMNS = {
  id: cases.id,
  workflowId: cases.workflowId,
  status: cases.status,
  stateVersion: cases.stateVersion,
};

/**
 * Compares every case in Temporal with the read model, the ledger and the outbox. Cases with a step
 * in flight are checked again until they settle; a mismatch is reported once it is seen twice with
 * the history unchanged (a step landing between reading Temporal and PostgreSQL is not one).
 */
export async function reconcile(
  { db, temporal }: { db: Database; temporal: Client },
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const started = Date.now();
  const settleTimeoutMs = options.settleTimeoutMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const concurrency = options.concurrency ?? 16;
  const progress = options.onProgress ?? (() => undefined);

  const only = options.caseIds ? new Set(options.caseIds) : null;
  const listed = await listCaseWorkflows(temporal);
  if (only) for (const caseId of listed.keys()) if (!only.has(caseId)) listed.delete(caseId);
  const allRows = (await db.select(CASE_ROW_COLUMNS).from(cases)).filter((row) => !only || only.has(row.id));
  const caseIds = [...new Set([...listed.keys(), ...allRows.map((row) => row.id), ...(only ?? [])])].sort();

  const final = new Map<string, Mismatch[]>();
  const lastSeen = new Map<string, { fingerprint: string; mismatches: string }>();
  let unsettled = new Map<string, string[]>();
  let todo = caseIds;
  let passes = 0;
  let queried = 0;
  let unanswered = 0;
  for (;;) {
    passes += 1;
    const timedOut = Date.now() - started > settleTimeoutMs;
    // Temporal first, then PostgreSQL: the rows are at least as new as the histories read.
    const views = new Map<string, TemporalView | null>();
    await mapWithConcurrency(todo, concurrency, async (caseId) => {
      const runs = listed.get(caseId) ?? (await describeRuns(temporal, caseId));
      if (runs.length > 0) listed.set(caseId, runs);
      views.set(caseId, runs.length > 0 ? await temporalView(temporal, caseId, runs) : null);
    });
    const rowsNow = new Map(
      (passes === 1
        ? allRows
        : await db.select(CASE_ROW_COLUMNS).from(cases).where(inArray(cases.id, todo))
      ).map((row) => [row.id, row]),
    );
    const { ledger, outboxes } = await readModelOf(db, todo);

    const again: string[] = [];
    unsettled = new Map();
    const settledViews: [string, TemporalView][] = [];
    for (const caseId of todo) {
      const view = views.get(caseId) ?? null;
      const verdict = verdictFor(
        caseId,
        view,
        rowsNow.get(caseId),
        ledger.get(caseId) ?? [],
        outboxes.get(caseId) ?? [],
      );
      if (verdict.state === 'pending') {
        unsettled.set(caseId, verdict.inFlight);
        again.push(caseId);
        continue;
      }
      const fingerprint = `${view?.lastEventId ?? 'none'}|${rowsNow.get(caseId)?.stateVersion ?? '-'}`;
      const described = JSON.stringify(verdict.mismatches);
      const previous = lastSeen.get(caseId);
      if (
        verdict.mismatches.length === 0 ||
        timedOut ||
        (previous && previous.fingerprint === fingerprint && previous.mismatches === described)
      ) {
        final.set(caseId, verdict.mismatches);
        if (view && verdict.mismatches.length === 0) settledViews.push([caseId, view]);
      } else {
        lastSeen.set(caseId, { fingerprint, mismatches: described });
        again.push(caseId);
      }
    }

    if (options.query !== false) {
      await mapWithConcurrency(settledViews, concurrency, async ([caseId, view]) => {
        const mismatch = await queryMismatch(temporal, caseId, view);
        queried += 1;
        if (mismatch === 'unanswered') unanswered += 1;
        else if (mismatch) final.get(caseId)!.push(mismatch);
      });
    }

    progress(
      `pass ${passes}: ${todo.length} case(s) read, ${unsettled.size} in flight, ${again.length - unsettled.size} to confirm`,
    );
    if (again.length === 0 || timedOut) {
      for (const [caseId, inFlight] of unsettled)
        final.set(caseId, [
          {
            caseId,
            what: 'temporal.not-settled',
            expected: `quiet within ${Math.round(settleTimeoutMs / 1000)} s`,
            found: `in flight: ${inFlight.join('; ')}`,
          },
        ]);
      break;
    }
    todo = again;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }

  const mismatches = [...final.values()].flat().sort((a, b) => a.caseId.localeCompare(b.caseId));
  const byWhat: Record<string, number> = {};
  for (const mismatch of mismatches) byWhat[mismatch.what] = (byWhat[mismatch.what] ?? 0) + 1;
  const totals = { ledgerEntries: 0, outboxMessages: 0, deliveredMessages: 0, deliveryAttempts: 0 };
  for (const ids of chunks(caseIds, 500)) {
    const [ledgerCount] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseEvents)
      .where(inArray(caseEvents.caseId, ids));
    const [outboxCount] = await db
      .select({
        messages: sql<number>`count(*)::int`,
        delivered: sql<number>`count(${outbox.deliveredAt})::int`,
        attempts: sql<number>`coalesce(sum((select count(*) from ${deliveries} d where d.outbox_key = ${outbox.key})), 0)::int`,
      })
      .from(outbox)
      .where(inArray(outbox.caseId, ids));
    totals.ledgerEntries += ledgerCount?.n ?? 0;
    totals.outboxMessages += outboxCount?.messages ?? 0;
    totals.deliveredMessages += outboxCount?.delivered ?? 0;
    totals.deliveryAttempts += outboxCount?.attempts ?? 0;
  }
  return {
    elapsedMs: Date.now() - started,
    passes,
    counts: {
      workflows: [...listed.values()].filter((runs) => runs.length > 0).length,
      caseRows: allRows.length,
      checked: caseIds.length,
      ...totals,
      queried,
      unanswered,
      unsettled: unsettled.size,
      mismatches: mismatches.length,
    },
    byWhat,
    mismatches,
  };
}

const QUERY_TIMEOUT_MS = 5_000;

/** The workflow's live state against its history's last step; 'unanswered' when no worker answers in time. */
async function queryMismatch(
  temporal: Client,
  caseId: string,
  view: TemporalView,
): Promise<Mismatch | null | 'unanswered'> {
  const last = lastWrittenStep(view.steps);
  const run = view.runs.at(-1)!;
  try {
    const live = await temporal.withDeadline(Date.now() + QUERY_TIMEOUT_MS, () =>
      temporal.workflow.getHandle(caseWorkflowId(caseId), run.runId).query(getCaseStateQuery),
    );
    // A step may have begun since the history was read: only a live state behind history is wrong.
    if (
      live.sequence < (last?.sequence ?? 0) ||
      (live.sequence === last?.sequence && live.status !== last.status)
    )
      return {
        caseId,
        what: 'temporal.query',
        expected: `live state at step ${last?.sequence ?? 0} (${last?.status ?? 'filed'})`,
        found: `step ${live.sequence} (${live.status})`,
      };
    return null;
  } catch {
    return 'unanswered';
  }
}

/** One line per mismatch and a summary, for a terminal. */
export function formatReport(report: ReconcileReport): string {
  const lines = report.mismatches.map(
    (m) => `MISMATCH ${m.caseId}  ${m.what}  expected: ${m.expected}  found: ${m.found}`,
  );
  const c = report.counts;
  lines.push(
    `cases checked ${c.checked} (workflows ${c.workflows}, case rows ${c.caseRows}); ledger entries ${c.ledgerEntries}; ` +
      `outbox messages ${c.outboxMessages} (${c.deliveredMessages} delivered, ${c.deliveryAttempts} delivery attempts); ` +
      `live states queried ${c.queried} (${c.unanswered} unanswered); unsettled ${c.unsettled}; ` +
      `mismatches ${c.mismatches}${
        c.mismatches > 0
          ? ` (${Object.entries(report.byWhat)
              .map(([what, n]) => `${what} ${n}`)
              .join(', ')})`
          : ''
      }; ${report.passes} pass(es) in ${(report.elapsedMs / 1000).toFixed(1)} s`,
  );
  return lines.join('\n');
}
