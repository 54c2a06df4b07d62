/**
 * After a drill: every case checked against what it must be — one workflow, one case row at the
 * expected step and status, exactly the expected ledger entries and outbox messages, each delivered
 * once — and then the reconciliation over everything the service holds.
 */
import { formatReport, reconcile, type ReconcileReport } from '../../audit/reconcile';
import { formatTipReport, reconcileTips } from '../../audit/tip-reconcile';
import { CASE_WORKFLOW_TYPE, caseWorkflowId } from '../../workflows/contract';
import type { ExpectedCase, Random } from './load';
import { poll } from '../../tests/kit/poll';
import type { Service } from '../lib/scratch-service';

export interface DrillContext {
  seed: number;
  random: Random;
  /** A running PostgreSQL for drills that do not stop it (npm test's), or undefined: an embedded one each. */
  baseDatabaseUrl?: string;
  say(line: string): void;
}

export interface DrillResult {
  drill: string;
  seed: number;
  passed: boolean;
  /** Must all be zero: lost, duplicated, wrong state, unexpected 5xx, unanswered, reconciliation mismatches… */
  failures: Record<string, number>;
  /** What was done and seen: cases checked, kill points, 503s while a server was down, … */
  figures: Record<string, number | string>;
  problems: string[];
  elapsedMs: number;
  /** Where the logs and data are, when kept. */
  scratch?: string;
}

export interface CaseCheck {
  checked: number;
  lost: number;
  duplicated: number;
  wrong: number;
  /** Case rows beyond the expected ones (only meaningful when the drill filed every case there is). */
  extraCases: number;
  problems: string[];
}

interface RowState {
  id: string;
  status: string;
  state_version: number;
}

/** Merges expectations of the same case (a case filed once, then urged): steps and effects add up. */
export function byCase(expected: ExpectedCase[]): Map<string, ExpectedCase> {
  const merged = new Map<string, ExpectedCase>();
  for (const one of expected) {
    const known = merged.get(one.caseId);
    merged.set(
      one.caseId,
      known ? { ...known, sequence: Math.max(known.sequence, one.sequence) } : { ...one },
    );
  }
  return merged;
}

/**
 * For cases that did not reach their step: where they are, and whether their workflow is still running
 * (a case whose workflow closed — failed, say — will never get there, which waiting does not show).
 */
export async function unsettledCases(
  service: Service,
  expected: ExpectedCase[],
  max = 10,
): Promise<string[]> {
  const cases = [...byCase(expected).values()];
  const { rows } = await service.database.pool.query<RowState>(
    'select id, status, state_version from cases where id = any($1)',
    [cases.map((c) => c.caseId)],
  );
  const found = new Map(rows.map((row) => [row.id, row]));
  const behind = cases.filter((c) => (found.get(c.caseId)?.state_version ?? -1) < c.sequence);
  const lines: string[] = [];
  for (const c of behind.slice(0, max)) {
    const row = found.get(c.caseId);
    const handle = service.temporal.workflow.getHandle(caseWorkflowId(c.caseId));
    const workflow = await handle
      .describe()
      .then(async ({ status }) => {
        if (status.name === 'RUNNING') return 'its workflow is running';
        const { events } = await handle.fetchHistory();
        const closing = events?.at(-1)?.workflowExecutionFailedEventAttributes?.failure;
        return `its workflow is ${status.name}${closing ? `: ${closing.message} (${closing.cause?.message ?? 'no cause'})` : ''}`;
      })
      .catch((error: unknown) => `its workflow cannot be described (${String(error)})`);
    lines.push(
      `${c.caseId} is ${row ? `${row.status} at step ${row.state_version}` : 'not in the read model'}, ` +
        `expected step ${c.sequence}; ${workflow}`,
    );
  }
  if (behind.length > max) lines.push(`… and ${behind.length - max} more`);
  return lines;
}

/** Waits until every expected case is at its step with its messages delivered, or `timeoutMs` passes. */
export async function settle(
  service: Service,
  expected: ExpectedCase[],
  timeoutMs: number,
): Promise<boolean> {
  const cases = [...byCase(expected).values()];
  const ids = cases.map((c) => c.caseId);
  const effects = cases.reduce((sum, c) => sum + c.effects.length, 0);
  const { met } = await poll(
    async () => {
      try {
        const { rows } = await service.database.pool.query<RowState>(
          'select id, status, state_version from cases where id = any($1)',
          [ids],
        );
        const versions = new Map(rows.map((row) => [row.id, row.state_version]));
        const { rows: outbox } = await service.database.pool.query<{ total: number; delivered: number }>(
          `select count(*)::int as total, count(delivered_at)::int as delivered from outbox where case_id = any($1)`,
          [ids],
        );
        const atStep = cases.every((c) => (versions.get(c.caseId) ?? -1) >= c.sequence);
        return atStep && outbox[0]!.total >= effects && outbox[0]!.delivered === outbox[0]!.total;
      } catch {
        return false; // PostgreSQL may still be coming back
      }
    },
    Boolean,
    { timeoutMs, everyMs: 500 },
  );
  return met;
}

/** Checks each expected case where it lives; counts cases lost, duplicated or in the wrong state. */
export async function checkCases(
  service: Service,
  expected: ExpectedCase[],
  { everyCaseExpected = true }: { everyCaseExpected?: boolean } = {},
): Promise<CaseCheck> {
  const cases = byCase(expected);
  const ids = [...cases.keys()];
  const pool = service.database.pool;
  const { rows } = await pool.query<RowState>(
    'select id, status, state_version from cases where id = any($1)',
    [ids],
  );
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const { rows: ledgerRows } = await pool.query<{ case_id: string; entries: number; sequences: number }>(
    `select case_id, count(*)::int as entries, count(distinct sequence)::int as sequences
       from case_events where case_id = any($1) group by case_id`,
    [ids],
  );
  const ledgerOf = new Map(ledgerRows.map((row) => [row.case_id, row]));
  const { rows: messages } = await pool.query<{
    case_id: string;
    key: string;
    kind: string;
    delivered_at: Date | null;
    delivered: number;
  }>(
    `select o.case_id, o.key, o.kind, o.delivered_at,
            (select count(*) from deliveries d where d.outbox_key = o.key and d.outcome = 'delivered')::int as delivered
       from outbox o where o.case_id = any($1)`,
    [ids],
  );
  const messagesOf = new Map<string, typeof messages>();
  for (const message of messages)
    messagesOf.set(message.case_id, [...(messagesOf.get(message.case_id) ?? []), message]);
  const runsOf = new Map<string, number>();
  for await (const run of service.temporal.workflow.list({ query: `WorkflowType = '${CASE_WORKFLOW_TYPE}'` }))
    runsOf.set(run.workflowId, (runsOf.get(run.workflowId) ?? 0) + 1);

  const check: CaseCheck = { checked: 0, lost: 0, duplicated: 0, wrong: 0, extraCases: 0, problems: [] };
  for (const [caseId, want] of cases) {
    check.checked += 1;
    const lost: string[] = [];
    const doubled: string[] = [];
    const wrong: string[] = [];
    const row = rowOf.get(caseId);
    const runs = runsOf.get(caseWorkflowId(caseId)) ?? 0;
    const ledger = ledgerOf.get(caseId);
    if (!row) lost.push('no case row');
    if (runs === 0) lost.push('no workflow');
    if (runs > 1) doubled.push(`${runs} workflow runs`);
    const entries = ledger?.entries ?? 0;
    if (entries < want.sequence) lost.push(`${entries} of ${want.sequence} ledger entries`);
    if (entries > want.sequence) doubled.push(`${entries} ledger entries, ${want.sequence} expected`);
    if (row && row.state_version !== want.sequence && entries === want.sequence)
      wrong.push(`state_version ${row.state_version}, expected ${want.sequence}`);
    if (row && row.status !== want.status) wrong.push(`status ${row.status}, expected ${want.status}`);
    const found = messagesOf.get(caseId) ?? [];
    const wanted = new Map<string, number>();
    for (const kind of want.effects) wanted.set(kind, (wanted.get(kind) ?? 0) + 1);
    const have = new Map<string, number>();
    for (const message of found) have.set(message.kind, (have.get(message.kind) ?? 0) + 1);
    for (const kind of new Set([...wanted.keys(), ...have.keys()])) {
      const w = wanted.get(kind) ?? 0;
      const h = have.get(kind) ?? 0;
      if (h < w) lost.push(`${w - h} ${kind} message(s) missing from the outbox`);
      if (h > w) doubled.push(`${h - w} extra ${kind} message(s)`);
    }
    for (const message of found) {
      if (message.delivered === 0 || !message.delivered_at) lost.push(`${message.key} never delivered`);
      if (message.delivered > 1) doubled.push(`${message.key} delivered ${message.delivered} times`);
    }
    if (lost.length) check.lost += 1;
    if (doubled.length) check.duplicated += 1;
    if (wrong.length) check.wrong += 1;
    for (const [what, list] of [
      ['lost', lost],
      ['duplicated', doubled],
      ['wrong', wrong],
    ] as const)
      if (list.length) check.problems.push(`${caseId} (${want.scenario}) ${what}: ${list.join('; ')}`);
  }
  if (everyCaseExpected) {
    const { rows: all } = await pool.query<{ n: number }>('select count(*)::int as n from cases');
    check.extraCases = all[0]!.n - rows.length;
    const workflows = [...runsOf.keys()].filter((id) => !cases.has(id.slice(caseWorkflowId('').length)));
    if (check.extraCases > 0) check.problems.push(`${check.extraCases} case row(s) nobody filed`);
    if (workflows.length > 0)
      check.problems.push(
        `${workflows.length} workflow(s) nobody filed: ${workflows.slice(0, 5).join(', ')}`,
      );
    check.extraCases = Math.max(check.extraCases, workflows.length);
  }
  return check;
}

/** The reconciliation over everything the drill's service holds, printed when it finds anything. */
export async function reconcileService(
  service: Service,
  say: (line: string) => void,
  settleTimeoutMs = 180_000,
): Promise<ReconcileReport> {
  const services = { db: service.database.db, temporal: service.temporal };
  const report = await reconcile(services, { settleTimeoutMs, pollMs: 1_000 });
  for (const line of formatReport(report).split('\n')) say(`reconcile: ${line}`);
  // Tips too (the fuzz drill files some): their mismatches count with the cases'.
  const tips = await reconcileTips(services, { settleTimeoutMs, pollMs: 1_000 });
  for (const line of formatTipReport(tips).split('\n')) say(`reconcile: ${line}`);
  return {
    ...report,
    counts: { ...report.counts, mismatches: report.counts.mismatches + tips.mismatches.length },
  };
}

/** Builds a drill's result: it passes when every failure figure is zero and it checked something. */
export function resultOf(
  drill: string,
  seed: number,
  started: number,
  failures: Record<string, number>,
  figures: Record<string, number | string>,
  problems: string[],
): DrillResult {
  const checked = Number(figures.casesChecked ?? figures.requests ?? 0);
  return {
    drill,
    seed,
    passed: checked > 0 && Object.values(failures).every((n) => n === 0),
    failures,
    figures,
    problems,
    elapsedMs: Date.now() - started,
  };
}
