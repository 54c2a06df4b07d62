/**
 * The cost of a case started eagerly (EAGER_CASE_START): the API process restarted with a case worker of
 * its own, no worker process running; BENCH_COST_CASES findings through POST /v1/findings until every case
 * is rectifying with its deadline set and every message delivered. The server hands each start's first
 * workflow task back to the API's worker, so the filing and the first steps are one window: its CPU by
 * process, per case, against the same run's filing and first steps without eager starts (cost.ts).
 */
import { temporal } from '@temporalio/proto';
import type { Service } from '../lib/scratch-service';
import { authorizationFor } from '../../tests/kit/tokens';
import { seriesPattern } from '../../tests/kit/findings';
import { mapWithConcurrency } from '../../lib/concurrency';
import { OFFICER, log, type BenchContext } from './context';
import { cpuBetween, perOperation } from './machine';
import { quiesce } from './quiet';
import { labelProcesses, workOff } from './scaling';
import { apiFiler } from './starts';
import { round } from './stats';

const SERIES = '成本即启';
const ROLES = ['temporal server', 'worker', 'postgres', 'api'];
const HISTORY_SAMPLE = 50;
const { EventType } = temporal.api.enums.v1;

/** Of a sample of the series' cases, the share whose first workflow task the API process took. */
async function firstTaskByApiShare(ctx: BenchContext, apiPid: number): Promise<number> {
  const { rows } = await ctx.pool.query<{ workflow_id: string }>(
    `select workflow_id from cases where document_number like $1 order by id limit $2`,
    [seriesPattern(SERIES), HISTORY_SAMPLE],
  );
  let byApi = 0;
  for (const { workflow_id } of rows) {
    const { events } = await ctx.temporal.workflow.getHandle(workflow_id).fetchHistory();
    const started = events?.find((event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED);
    if (started?.workflowTaskStartedEventAttributes?.identity?.startsWith(`${apiPid}@`)) byApi += 1;
  }
  return round(byApi / Math.max(1, rows.length), 3);
}

export async function measureEagerCost(ctx: BenchContext, service: Service, cases: number) {
  await quiesce(ctx, 'the cost of a case started eagerly');
  await service.stopRole('api');
  await service.startApi('api', { EAGER_CASE_START: 'true' });
  labelProcesses(ctx, service);
  try {
    log(`cost: filing ${cases} findings through the API starting them eagerly, no worker process running`);
    const file = apiFiler(ctx.apiUrl, await authorizationFor(OFFICER), SERIES);
    const before = ctx.cpu.snapshot();
    const began = performance.now();
    await mapWithConcurrency(Array.from({ length: cases }), ctx.settings.concurrency, (_, i) => file(i));
    const filingSeconds = (performance.now() - began) / 1000;
    const { measured } = await workOff(ctx, SERIES, cases);
    const seconds = (performance.now() - began) / 1000;
    const use = cpuBetween(before, ctx.cpu.snapshot());
    const byRole = perOperation(use, cases);
    const cpuMs = Object.fromEntries(ROLES.map((role) => [role, round(byRole[role] ?? 0, 2)]));
    return {
      cases,
      /** Cases whose first steps were still to record when the last filing was answered. */
      queuedAtLastAnswer: measured,
      /** CPU ms per case by process, filing to deadline recorded and messages delivered. */
      cpuMs,
      serviceCpuMs: round(
        ROLES.reduce((n, role) => n + (cpuMs[role] ?? 0), 0),
        2,
      ),
      /** API + worker + Temporal CPU ms per case: the API's worker does the worker's part. */
      apiWorkerAndTemporalMs: round(cpuMs.api! + cpuMs.worker! + cpuMs['temporal server']!, 2),
      firstTaskByApiShare: await firstTaskByApiShare(ctx, service.pidOf('api')!),
      filingPerSecond: round(cases / filingSeconds, 1),
      /** End to end: cases / seconds from the first filing to the last case recorded. */
      perSecond: round(cases / seconds, 1),
      idleShare: round(use.idleShare, 3),
    };
  } finally {
    await service.stopRole('api');
    await service.startApi('api');
    labelProcesses(ctx, service);
  }
}
