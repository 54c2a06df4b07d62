/**
 * The cost of a case (issue 17): what one case costs from its filing to its deadline recorded, and what
 * one decision costs, counted rather than guessed —
 *
 * - filing: BENCH_COST_CASES findings through POST /v1/findings while no worker runs, so the CPU of
 *   those seconds is the filing's alone;
 * - first steps: then one worker starts and works them off, until every case is rectifying with its
 *   deadline set and every outbox message is delivered — the CPU of those seconds is the first steps'
 *   alone, and cases / seconds is the end-to-end rate of one worker with the cores to itself;
 * - a decision: one urging (催办) through the API on each of BENCH_COST_DECISIONS of those cases,
 *   until its ledger row and outbox messages are written and delivered.
 *
 * - the floor: as many workflows of a case's shape that do none of its work (floor/measure.ts), to set
 *   the case's worker + Temporal CPU against what the SDK and the server ask of any such workflow.
 * - eager starts: as many findings again, at half the CPU limit, through the API as usual and through
 *   an API that starts them eagerly, its own case worker taking each case's first steps (eager-cost.ts).
 *
 * For each: CPU ms by process, SQL statements by database (pg_stat_statements, which the benchmark's
 * PostgreSQL loads) and transactions committed, and, from a sample of histories, the events, workflow
 * tasks, activities and local activities. The CPU limit of the machine for a case — cores × 1,000 ms ÷
 * the service's CPU ms per case — is what the end-to-end rate is set against.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { temporal } from '@temporalio/proto';
import type { Service } from '../lib/scratch-service';
import { authorizationFor } from '../../tests/kit/tokens';
import { seriesPattern } from '../../tests/kit/findings';
import { call } from '../../tests/kit/http';
import { mapWithConcurrency } from '../../lib/concurrency';
import { OFFICER, SUPERVISOR, log, type BenchContext } from './context';
import { URGING_BODY } from './decisions';
import { cpuBetween, perOperation, type CpuSnapshot } from './machine';
import { quiesce } from './quiet';
import { labelProcesses, workOff } from './scaling';
import { apiFiler } from './starts';
import { measureFloor } from './floor/measure';
import { measureEagerCost } from './eager-cost';
import { round } from './stats';

const SERIES = '成本';
/** Roles whose CPU a deployment pays for a case (not the load generator, not the rest of the machine). */
const SERVICE_ROLES = ['temporal server', 'worker', 'postgres', 'api'];
const HISTORY_SAMPLE = 20;

/** Statements (pg_stat_statements calls) and commits by database since the last reset. */
interface DatabaseWork {
  statements: Record<string, number>;
  commits: Record<string, number>;
  serviceStatements: { perUnit: number; query: string }[];
}

async function resetStatements(ctx: BenchContext): Promise<Record<string, number>> {
  await ctx.pool.query('select pg_stat_statements_reset()');
  return commitsByDatabase(ctx);
}

async function commitsByDatabase(ctx: BenchContext): Promise<Record<string, number>> {
  // The statistics collector reports a backend's counts when its transaction ends; flush ours first.
  await ctx.pool.query('select pg_stat_clear_snapshot()');
  const { rows } = await ctx.pool.query<{ datname: string; commits: string }>(
    `select datname, xact_commit as commits from pg_stat_database where datname is not null`,
  );
  return Object.fromEntries(rows.map((row) => [row.datname, Number(row.commits)]));
}

async function databaseWorkSince(ctx: BenchContext, commitsBefore: Record<string, number>, per: number) {
  const { rows } = await ctx.pool.query<{ datname: string; calls: string }>(
    `select d.datname, sum(s.calls) as calls
       from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where s.query not like '%pg_stat%'
      group by d.datname`,
  );
  const { rows: top } = await ctx.pool.query<{ query: string; calls: string }>(
    `select s.query, s.calls from pg_stat_statements s join pg_database d on d.oid = s.dbid
      where d.datname = current_database() and s.query not like '%pg_stat%'
      order by s.calls desc limit 15`,
  );
  const commitsAfter = await commitsByDatabase(ctx);
  const perUnit = (n: number) => round(n / Math.max(1, per), 2);
  const work: DatabaseWork = {
    statements: Object.fromEntries(rows.map((row) => [label(row.datname), perUnit(Number(row.calls))])),
    commits: Object.fromEntries(
      Object.entries(commitsAfter)
        .map(([name, n]) => [label(name), perUnit(n - (commitsBefore[name] ?? 0))] as const)
        .filter(([, n]) => n > 0),
    ),
    /** The service's own statements, most frequent first, per unit. */
    serviceStatements: top.map((row) => ({
      perUnit: perUnit(Number(row.calls)),
      query: row.query.replace(/\s+/g, ' ').slice(0, 160),
    })),
  };
  return work;
}

/** The service's database by its role, Temporal's by theirs. */
function label(database: string): string {
  if (database === 'temporal') return 'temporal (persistence)';
  if (database === 'temporal_visibility') return 'temporal_visibility';
  if (database === 'postgres') return 'postgres (the benchmark’s own reads)';
  return 'service';
}

const { EventType } = temporal.api.enums.v1;
const COUNTED_EVENTS = new Map<temporal.api.enums.v1.EventType, string>([
  [EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED, 'workflow tasks'],
  [EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED, 'activities'],
  [EventType.EVENT_TYPE_TIMER_STARTED, 'timers'],
  [EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES, 'search attribute upserts'],
  [EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED, 'failed or timed-out workflow tasks'],
  [EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT, 'failed or timed-out workflow tasks'],
]);

/** Events of each kind in a sample of the cases' histories, per case, from event `from` on. */
async function historyCounts(
  ctx: BenchContext,
  workflowIds: string[],
  fromEvent: Map<string, number> = new Map(),
) {
  const counted: Record<string, number> = {};
  const add = (key: string, n = 1) => (counted[key] = (counted[key] ?? 0) + n);
  for (const workflowId of workflowIds) {
    const events = (await ctx.temporal.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    const from = fromEvent.get(workflowId) ?? 0;
    for (const event of events.slice(from)) {
      add('events');
      const kind =
        event.eventType === EventType.EVENT_TYPE_MARKER_RECORDED
          ? event.markerRecordedEventAttributes?.markerName === 'core_local_activity'
            ? 'local activities'
            : undefined
          : COUNTED_EVENTS.get(event.eventType ?? EventType.EVENT_TYPE_UNSPECIFIED);
      if (kind) add(kind);
    }
  }
  return Object.fromEntries(Object.entries(counted).map(([k, n]) => [k, round(n / workflowIds.length, 2)]));
}

function cpuPer(ctx: BenchContext, before: CpuSnapshot, units: number) {
  const use = cpuBetween(before, ctx.cpu.snapshot());
  const byRole = perOperation(use, units);
  const service = SERVICE_ROLES.reduce((n, role) => n + (byRole[role] ?? 0), 0);
  return { cpuMs: byRole, serviceCpuMs: round(service, 2), idleShare: round(use.idleShare, 3) };
}

export async function measureCost(ctx: BenchContext, service: Service) {
  const cases = ctx.settings.costCases;
  const cores = os.cpus().length;
  const workers = (['worker', 'worker-2'] as const).filter((role) => service.isRunning(role));
  await quiesce(ctx, 'the cost of a case');
  for (const role of workers) await service.stopRole(role);

  // Filing, with no worker running.
  log(`cost: filing ${cases} findings through the API with no worker running`);
  const file = apiFiler(ctx.apiUrl, await authorizationFor(OFFICER), SERIES);
  let commits = await resetStatements(ctx);
  let cpuBefore = ctx.cpu.snapshot();
  const began = performance.now();
  await mapWithConcurrency(Array.from({ length: cases }), ctx.settings.concurrency, (_, i) => file(i));
  const filingSeconds = (performance.now() - began) / 1000;
  const filing = {
    ...cpuPer(ctx, cpuBefore, cases),
    ...(await databaseWorkSince(ctx, commits, cases)),
    perSecond: round(cases / filingSeconds, 1),
  };

  // The first steps, one worker with the machine to itself.
  await service.start('worker');
  labelProcesses(ctx, service);
  log('cost: one worker works them off');
  commits = await resetStatements(ctx);
  cpuBefore = ctx.cpu.snapshot();
  const { measured, seconds: stepsSeconds } = await workOff(ctx, SERIES, cases);
  const firstSteps = {
    ...cpuPer(ctx, cpuBefore, measured),
    ...(await databaseWorkSince(ctx, commits, measured)),
    casesMeasured: measured,
    perSecond: round(measured / stepsSeconds, 2),
  };

  const { rows } = await ctx.pool.query<{ id: string; workflow_id: string }>(
    `select id, workflow_id from cases where document_number like $1 order by id limit $2`,
    [seriesPattern(SERIES), ctx.settings.costDecisions],
  );
  const sample = rows.slice(0, HISTORY_SAMPLE).map((row) => row.workflow_id);
  const caseHistory = await historyCounts(ctx, sample);

  // One decision on each of those cases.
  const lengths = new Map<string, number>();
  for (const workflowId of sample)
    lengths.set(
      workflowId,
      (await ctx.temporal.workflow.getHandle(workflowId).fetchHistory()).events?.length ?? 0,
    );
  log(`cost: one urging on each of ${rows.length} cases`);
  const supervisor = await authorizationFor(SUPERVISOR);
  commits = await resetStatements(ctx);
  cpuBefore = ctx.cpu.snapshot();
  await mapWithConcurrency(rows, ctx.settings.concurrency, async (row) => {
    const answer = await call(`${ctx.apiUrl}/v1/cases/${row.id}/urgings`, {
      method: 'POST',
      authorization: supervisor,
      body: URGING_BODY,
      headers: { 'idempotency-key': randomUUID() },
    });
    if (answer.status !== 200) throw new Error(`POST …/urgings answered ${answer.status}`);
  });
  await quiesce(ctx, 'the decisions’ cost is counted');
  const decision = {
    ...cpuPer(ctx, cpuBefore, rows.length),
    ...(await databaseWorkSince(ctx, commits, rows.length)),
    history: await historyCounts(ctx, sample, lengths),
  };

  // The floor: a workflow of the case's shape doing none of its work, with the case workers stopped.
  await service.stopRole('worker');
  const floor = await measureFloor(ctx, cases);
  const eagerly = await measureEagerCost(
    ctx,
    service,
    cases,
    Math.max(1, Math.round((cores * 1000) / (filing.serviceCpuMs + firstSteps.serviceCpuMs) / 2)),
  );

  for (const role of workers) if (!service.isRunning(role)) await service.start(role);
  labelProcesses(ctx, service);
  const perCase = filing.serviceCpuMs + firstSteps.serviceCpuMs;
  const workerAndTemporalMs =
    (filing.cpuMs['temporal server'] ?? 0) +
    (firstSteps.cpuMs['temporal server'] ?? 0) +
    (firstSteps.cpuMs.worker ?? 0);
  const cpuLimit = (cores * 1000) / perCase;
  return {
    cases,
    decisions: rows.length,
    historySample: sample.length,
    cores,
    /** Filing (POST /v1/findings, no worker running), per case. */
    filing,
    /** From the worker's first task to the deadline recorded and the outbox delivered, per case. */
    firstSteps,
    /** Per case, from a sample of histories: filing to deadline recorded. */
    caseHistory,
    /** One urging through the API, per decision (history: the events it added to a sample). */
    decision,
    serviceCpuMsPerCase: round(perCase, 2),
    /** Worker + Temporal CPU ms per case, filing to deadline recorded (issue 17's target). */
    workerAndTemporalMs: round(workerAndTemporalMs, 2),
    /** The same for a workflow of the case's shape that does none of its work (floor/measure.ts). */
    floor,
    /** What the case's own work adds to the floor: worker + Temporal CPU ms per case above it. */
    aboveFloorMs: round(workerAndTemporalMs - floor.workerAndTemporalMs, 2),
    /** At half the CPU limit: a case started eagerly against one started as usual (eager-cost.ts). */
    eagerly,
    /** Cases per second the machine could carry if the service's processes had every core. */
    cpuLimitPerSecond: round(cpuLimit, 1),
    /** One worker's end-to-end rate against that limit (the filing's CPU was spent before). */
    firstStepsShareOfLimit: round(firstSteps.perSecond / ((cores * 1000) / firstSteps.serviceCpuMs), 3),
  };
}
