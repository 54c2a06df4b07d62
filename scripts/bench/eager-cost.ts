/**
 * The cost of a case started eagerly (EAGER_CASE_START), against one started as usual, at a steady pace:
 * BENCH_COST_CASES findings each through POST /v1/findings at `perSecond` (half the CPU limit the burst
 * measured, cost.ts), until every case is rectifying with its deadline set and every message delivered.
 *
 * - as usual: the API as configured without eager starts, one worker process running;
 * - eagerly: the API restarted with a case worker of its own, no worker process running; the server hands
 *   each start's first workflow task back to it while it has a free slot.
 *
 * Each pass's CPU by process, per case, filing and first steps in one window; and from a sample of
 * histories, whose worker took the first task and whether it came back with the start.
 */
import { temporal } from '@temporalio/proto';
import type { Service } from '../lib/scratch-service';
import { authorizationFor } from '../../tests/kit/tokens';
import { seriesPattern } from '../../tests/kit/findings';
import { mapWithConcurrency } from '../../lib/concurrency';
import { OFFICER, log, type BenchContext } from './context';
import { cpuBetween, perOperation } from './machine';
import { sleep } from '../../tests/kit/poll';
import { quiesce } from './quiet';
import { labelProcesses, workOff } from './scaling';
import { apiFiler } from './starts';
import { round } from './stats';

const SERIES = { usual: '成本常启', eager: '成本即启' } as const;
const ROLES = ['temporal server', 'worker', 'postgres', 'api'];
const HISTORY_SAMPLE = 50;
const { EventType } = temporal.api.enums.v1;

/** Nanoseconds since the epoch of a history event. */
const eventNanos = (event: temporal.api.history.v1.IHistoryEvent) =>
  BigInt(String(event.eventTime?.seconds ?? 0)) * 1_000_000_000n + BigInt(event.eventTime?.nanos ?? 0);

/** An eager start writes the first workflow task started with the start itself, microseconds apart. */
const EAGER_WITHIN_NANOS = 100_000n;

/**
 * Of a sample of the series' cases, the share whose first workflow task the API process took, and the
 * share started eagerly (that task started in the start's own write, not taken from matching later).
 */
async function firstTasks(ctx: BenchContext, series: string, apiPid: number) {
  const { rows } = await ctx.pool.query<{ workflow_id: string }>(
    `select workflow_id from cases where document_number like $1 order by id limit $2`,
    [seriesPattern(series), HISTORY_SAMPLE],
  );
  let byApi = 0;
  let eager = 0;
  for (const { workflow_id } of rows) {
    const events = (await ctx.temporal.workflow.getHandle(workflow_id).fetchHistory()).events ?? [];
    const kind = (type: temporal.api.enums.v1.EventType) => events.find((event) => event.eventType === type);
    const scheduled = kind(EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED);
    const started = kind(EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED);
    if (started?.workflowTaskStartedEventAttributes?.identity?.startsWith(`${apiPid}@`)) byApi += 1;
    if (scheduled && started && eventNanos(started) - eventNanos(scheduled) < EAGER_WITHIN_NANOS) eager += 1;
  }
  const share = (n: number) => round(n / Math.max(1, rows.length), 3);
  return { firstTaskByApiShare: share(byApi), eagerShare: share(eager) };
}

/** One pass: `cases` findings at `perSecond`, then until each is recorded; CPU by process per case. */
async function pass(ctx: BenchContext, service: Service, cases: number, perSecond: number, eager: boolean) {
  const series = eager ? SERIES.eager : SERIES.usual;
  log(`cost: ${cases} findings at ${perSecond}/s through the API, ${eager ? 'started eagerly' : 'as usual'}`);
  const file = apiFiler(ctx.apiUrl, await authorizationFor(OFFICER), series);
  const before = ctx.cpu.snapshot();
  const began = performance.now();
  await mapWithConcurrency(Array.from({ length: cases }), ctx.settings.concurrency, async (_, i) => {
    const wait = began + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    await file(i);
  });
  const { measured } = await workOff(ctx, series, cases);
  const seconds = (performance.now() - began) / 1000;
  const use = cpuBetween(before, ctx.cpu.snapshot());
  const byRole = perOperation(use, cases);
  const cpuMs = Object.fromEntries(ROLES.map((role) => [role, round(byRole[role] ?? 0, 2)]));
  return {
    /** Cases whose first steps were still to record when the last filing was answered. */
    queuedAtLastAnswer: measured,
    /** CPU ms per case by process, filing to deadline recorded and messages delivered. */
    cpuMs,
    serviceCpuMs: round(
      ROLES.reduce((n, role) => n + (cpuMs[role] ?? 0), 0),
      2,
    ),
    /** API + worker + Temporal CPU ms per case (with eager starts the API's worker does the worker's part). */
    apiWorkerAndTemporalMs: round(cpuMs.api! + cpuMs.worker! + cpuMs['temporal server']!, 2),
    ...(await firstTasks(ctx, series, service.pidOf('api')!)),
    /** End to end: cases / seconds from the first filing to the last case recorded. */
    perSecond: round(cases / seconds, 1),
    idleShare: round(use.idleShare, 3),
  };
}

/** Both passes; the worker processes are stopped before and after. */
export async function measureEagerCost(
  ctx: BenchContext,
  service: Service,
  cases: number,
  perSecond: number,
) {
  await quiesce(ctx, 'the cost of a case started as usual, at a steady pace');
  await service.start('worker');
  labelProcesses(ctx, service);
  const usual = await pass(ctx, service, cases, perSecond, false);
  await service.stopRole('worker');
  await quiesce(ctx, 'the cost of a case started eagerly, at a steady pace');
  await service.stopRole('api');
  await service.startApi('api', { EAGER_CASE_START: 'true' });
  labelProcesses(ctx, service);
  try {
    const eagerly = await pass(ctx, service, cases, perSecond, true);
    return {
      cases,
      perSecond,
      usual,
      eagerly,
      /** API + worker + Temporal CPU per case, eagerly ÷ as usual. */
      ratio: round(eagerly.apiWorkerAndTemporalMs / usual.apiWorkerAndTemporalMs, 3),
      /** Temporal's CPU per case, eagerly ÷ as usual. */
      temporalRatio: round(eagerly.cpuMs['temporal server']! / usual.cpuMs['temporal server']!, 3),
    };
  } finally {
    await service.stopRole('api');
    await service.startApi('api');
    labelProcesses(ctx, service);
  }
}
