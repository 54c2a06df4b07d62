/**
 * Figure 6: a burst — BENCH_BURST (10,000) findings filed through POST /v1/findings/batch, up to
 * 1,000 per request, all requests at once (or BENCH_BURST_PARALLEL at a time), by an officer of the
 * findings' department whose region covers them (a city's industry & IT bureau, its counties' steel
 * plants). Timed until every batch answered, and until PostgreSQL shows every case rectifying with
 * its deadline set. Only 429 and 503 may answer (and are retried); a row the API reports as failed
 * is sent again (filing is idempotent) and counted. At the end: cases rectifying with a deadline, open
 * workflows (visibility), and the deadline timer in the live state of a sample.
 */
import { chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { getCaseStateQuery } from '../../workflows/contract';
import { OFFICER, log, type BenchContext } from './context';
import { authorizationFor } from '../../tests/kit/tokens';
import { benchFinding, caseInputFor } from './findings';
import { call } from '../../tests/kit/http';
import { poll, sleep } from '../../tests/kit/poll';
import { cpuBetween, perOperation } from './machine';
import { countRecorded } from './scaling';
import { round } from './stats';

const SERIES = '普查';
const COUNTIES = ['320505', '320506', '320507', '320508', '320509', '320581', '320582', '320583', '320585'];

interface BatchAnswer {
  summary: Record<string, number>;
  results: { index: number; result: string; caseId: string | null; detail: string | null }[];
}

export async function measureBurst(ctx: BenchContext) {
  const total = ctx.settings.burst;
  const size = Math.min(1_000, ctx.settings.burstBatch);
  const authorization = await authorizationFor(OFFICER);
  const findings = Array.from({ length: total }, (_, i) =>
    benchFinding(SERIES, { regionCode: COUNTIES[i % COUNTIES.length], findingDate: chinaDateOf(new Date()) }),
  );
  const batches: FindingInput[][] = [];
  for (let i = 0; i < total; i += size) batches.push(findings.slice(i, i + size));
  const openBefore = await openWorkflows(ctx);

  const statuses: Record<string, number> = {};
  const rows: Record<string, number> = {};
  let resent = 0;
  const send = async (batch: FindingInput[]): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      const answer = await call<BatchAnswer>(`${ctx.apiUrl}/v1/findings/batch`, {
        method: 'POST',
        authorization,
        body: { findings: batch },
      });
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      if (answer.status === 429 || answer.status === 503) {
        await sleep(Math.min(10_000, 500 * 2 ** attempt));
        continue;
      }
      if (answer.status !== 200) throw new Error(`POST /v1/findings/batch answered ${answer.status}`);
      for (const row of answer.body.results) rows[row.result] = (rows[row.result] ?? 0) + 1;
      const failed = answer.body.results
        .filter((row) => row.result === 'failed')
        .map((row) => batch[row.index]!);
      const refused = answer.body.results.filter(
        (row) => row.result === 'invalid' || row.result === 'forbidden',
      );
      if (refused.length) throw new Error(`the batch refused ${refused.length} rows: ${refused[0]!.detail}`);
      if (!failed.length) return;
      resent += failed.length;
      batch = failed;
    }
  };

  log(`burst: ${total} findings in ${batches.length} batches of up to ${size}`);
  const cpuBefore = ctx.cpu.snapshot();
  const began = performance.now();
  const parallel = ctx.settings.burstParallel ?? batches.length;
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, batches.length) }, async () => {
      while (next < batches.length) await send(batches[next++]!);
    }),
  );
  const answeredSeconds = (performance.now() - began) / 1000;
  log(`burst: every batch answered after ${answeredSeconds.toFixed(1)} s; waiting for every deadline`);
  const withDeadline = () => countRecorded(ctx, SERIES);
  const settled = await poll(withDeadline, (n) => n >= total, { timeoutMs: 30 * 60_000, everyMs: 500 });
  const settledSeconds = (performance.now() - began) / 1000;
  const cpu = cpuBetween(cpuBefore, ctx.cpu.snapshot());
  // Visibility catches up a moment after the workflows start.
  const { value: openAfter } = await poll(
    () => openWorkflows(ctx),
    (n) => n === null || openBefore === null || n - openBefore >= total,
    { timeoutMs: 60_000, everyMs: 1_000 },
  );

  // The deadline timer, in the live state of a sample of the cases.
  const sample = [...findings].sort(() => Math.random() - 0.5).slice(0, 100);
  let timerSet = 0;
  for (const finding of sample) {
    const { caseId } = caseInputFor(finding);
    const state = await ctx.temporal.workflow
      .getHandle(`rectification-case/${caseId}`)
      .query(getCaseStateQuery);
    if (state.status === 'rectifying' && state.timers.some((t) => t.dueAt === state.deadline?.lapsesAt))
      timerSet += 1;
  }
  const errors = Object.entries(statuses)
    .filter(([status]) => !['200', '429', '503'].includes(status))
    .reduce((n, [, k]) => n + k, 0);
  return {
    findings: total,
    batches: batches.length,
    batchSize: size,
    inFlight: Math.min(parallel, batches.length),
    answeredSeconds: round(answeredSeconds, 1),
    answeredPerSecond: round(total / answeredSeconds),
    /** Until every case is rectifying with its deadline in PostgreSQL. */
    totalSeconds: round(settledSeconds, 1),
    perSecond: round(total / settledSeconds),
    httpStatuses: statuses,
    rowResults: rows,
    rowsResent: resent,
    verified: {
      rectifyingWithDeadline: settled.value,
      openWorkflowsAdded: openAfter === null || openBefore === null ? null : openAfter - openBefore,
      deadlineTimerInLiveState: `${timerSet} of ${sample.length} sampled`,
    },
    /** CPU ms per filed finding, by process, over the whole burst. */
    cpuMsPerFinding: perOperation(cpu, total),
    idleShare: round(cpu.idleShare, 3),
    target: 'under 10 minutes, no error but 429/503, every case open with its deadline set',
    met:
      settledSeconds < 600 &&
      errors === 0 &&
      (rows.failed ?? 0) === 0 &&
      settled.value >= total &&
      (openAfter === null || openBefore === null || openAfter - openBefore >= total) &&
      timerSet === sample.length,
  };
}

/** Running case workflows, from the dev server's visibility (null if it cannot count). */
async function openWorkflows(ctx: BenchContext): Promise<number | null> {
  try {
    const { count } = await ctx.temporal.workflow.count(
      `WorkflowType = 'rectificationCaseWorkflow' AND ExecutionStatus = 'Running'`,
    );
    return count;
  } catch (error) {
    log(`burst: visibility cannot count (${String(error)})`);
    return null;
  }
}
