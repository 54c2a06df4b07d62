/**
 * Scaling on the cluster topology (`npm run bench:cluster`):
 *
 * - workers: BENCH_SCALING_CASES cases queued on the task queue while no worker runs, then one worker
 *   (or two) started, and timed from the moment all of them poll until every case is rectifying with
 *   its deadline in PostgreSQL and every outbox message is delivered — the end-to-end rate of a case's
 *   first steps, with nothing else asking for the cores;
 * - API processes: closed-loop filing windows through a load balancer over one API process and over
 *   two, alternating with the raw client's starts, on the same cluster with both workers running.
 */
import { startBalancer } from '../lib/balancer';
import { freeLowPort } from '../lib/processes';
import type { Role, Service } from '../lib/scratch-service';
import { authorizationFor } from '../../tests/kit/tokens';
import { seriesPattern } from '../../tests/kit/findings';
import { poll } from '../../tests/kit/poll';
import { OFFICER, log, type BenchContext } from './context';
import { alternate, saturate } from './load';
import { addCpu, cpuBetween, perOperation } from './machine';
import { quiesce } from './quiet';
import { apiFiler, rawStarter } from './starts';
import { round, spread } from './stats';

const WORKERS: readonly Role[] = ['worker', 'worker-2'];

/** Labels the service's worker and API processes for the CPU breakdown (again after a restart). */
export function labelProcesses(ctx: BenchContext, service: Service): void {
  for (const role of ['worker', 'worker-2', 'api', 'api-2'] as const)
    ctx.cpu.label(service.pidOf(role), role.startsWith('worker') ? 'worker' : 'api');
}

/** Cases of `series` rectifying with their deadline set: the first steps recorded. */
export async function countRecorded(ctx: BenchContext, series: string): Promise<number> {
  const { rows } = await ctx.pool.query<{ n: string }>(
    `select count(*) as n from cases
      where document_number like $1 and status = 'rectifying' and deadline_lapses_at is not null`,
    [seriesPattern(series)],
  );
  return Number(rows[0]!.n);
}

/**
 * Waits until all `cases` of `series` are rectifying with their deadline set and every outbox message
 * is delivered; the cases that got there meanwhile, and the seconds it took.
 */
export async function workOff(ctx: BenchContext, series: string, cases: number) {
  const began = performance.now();
  const recordedAtStart = await countRecorded(ctx, series);
  const done = await poll(
    async () => {
      const { rows } = await ctx.pool.query<{ n: string }>(
        `select count(*) as n from outbox where delivered_at is null`,
      );
      return { recorded: await countRecorded(ctx, series), undelivered: Number(rows[0]!.n) };
    },
    ({ recorded, undelivered }) => recorded >= cases && undelivered === 0,
    { timeoutMs: 30 * 60_000, everyMs: 250 },
  );
  if (!done.met) throw new Error(`${done.value.recorded} of ${cases} cases of ${series} recorded in 30 min`);
  return { measured: cases - recordedAtStart, seconds: (performance.now() - began) / 1000 };
}

/** One pass: `workers` workers work off `cases` queued cases; cases per second end to end. */
async function drainWith(ctx: BenchContext, service: Service, workers: number, pass: number) {
  const cases = ctx.settings.scalingCases;
  const series = `扩展${workers}-${pass}`;
  await quiesce(ctx, `scaling pass ${pass}`);
  for (const role of WORKERS) await service.stopRole(role);
  log(`scaling: queueing ${cases} cases with no worker running`);
  const start = rawStarter(ctx, series);
  for (let i = 0; i < cases; i += ctx.settings.concurrency)
    await Promise.all(
      Array.from({ length: Math.min(ctx.settings.concurrency, cases - i) }, (_, k) => start(i + k)),
    );
  await Promise.all(WORKERS.slice(0, workers).map((role) => service.start(role)));
  labelProcesses(ctx, service);
  // Every worker polls: from here the rate is that of `workers` workers.
  const cpuBefore = ctx.cpu.snapshot();
  const { measured, seconds } = await workOff(ctx, series, cases);
  const cpu = cpuBetween(cpuBefore, ctx.cpu.snapshot());
  log(`scaling: ${workers} worker(s) recorded ${(measured / seconds).toFixed(1)} cases/s`);
  return {
    workers,
    casesMeasured: measured,
    seconds: round(seconds, 1),
    casesPerSecond: round(measured / seconds, 2),
    /** CPU ms per case by process, from all workers polling to every case recorded and delivered. */
    cpuMsPerCase: perOperation(cpu, measured),
    idleShare: round(cpu.idleShare, 3),
  };
}

export async function measureWorkerScaling(ctx: BenchContext, service: Service) {
  const passes: Array<Awaited<ReturnType<typeof drainWith>>> = [];
  // Alternating, so that a slow spell of the machine does not fall on one side only.
  const rounds = Math.max(1, Math.min(ctx.settings.rounds, 2));
  for (let r = 0; r < rounds; r++)
    for (const workers of [1, 2]) passes.push(await drainWith(ctx, service, workers, r + 1));
  // Both run again for what follows.
  for (const role of WORKERS) if (!service.isRunning(role)) await service.start(role);
  labelProcesses(ctx, service);
  const rate = (workers: number) =>
    spread(passes.filter((p) => p.workers === workers).map((p) => p.casesPerSecond));
  const one = rate(1);
  const two = rate(2);
  return {
    casesPerPass: ctx.settings.scalingCases,
    oneWorkerPerSecond: one,
    twoWorkersPerSecond: two,
    ratioTwoToOne: round(two.median / one.median, 3),
    passes,
  };
}

export async function measureApiScaling(ctx: BenchContext, service: Service) {
  for (const role of ['api', 'api-2'] as const) if (!service.isRunning(role)) await service.start(role);
  labelProcesses(ctx, service);
  const upstream = (role: Role) => ({
    host: '127.0.0.1',
    port: Number(new URL(service.apiUrlOf(role)).port),
  });
  const one = await startBalancer({
    host: '127.0.0.1',
    port: await freeLowPort(),
    upstreams: [upstream('api')],
  });
  const two = await startBalancer({
    host: '127.0.0.1',
    port: await freeLowPort(),
    upstreams: [upstream('api'), upstream('api-2')],
  });
  try {
    const authorization = await authorizationFor(OFFICER);
    const series = '扩展API';
    const requests = {
      raw: rawStarter(ctx, series),
      oneApi: apiFiler(one.url, authorization, series),
      twoApis: apiFiler(two.url, authorization, series),
    };
    const modes = ['raw', 'oneApi', 'twoApis'] as const;
    const windowMs = ctx.settings.windowSeconds * 1000;
    const windows = await alternate(
      modes,
      ctx.settings.rounds,
      (mode) => ctx.cpu.metered(() => saturate(requests[mode], windowMs, ctx.settings.concurrency)),
      (r, w) =>
        log(
          `API scaling, round ${r + 1}: raw ${w.raw.perSecond.toFixed(1)}/s, one API ${w.oneApi.perSecond.toFixed(1)}/s, ` +
            `two APIs ${w.twoApis.perSecond.toFixed(1)}/s`,
        ),
    );
    const perSecond = (mode: (typeof modes)[number]) => windows[mode].map((w) => w.perSecond);
    const ratio = (a: (typeof modes)[number], b: (typeof modes)[number]) =>
      spread(perSecond(a).map((n, i) => n / perSecond(b)[i]!));
    const all = modes.flatMap((mode) => windows[mode]);
    return {
      concurrency: ctx.settings.concurrency,
      rawPerSecond: spread(perSecond('raw')),
      oneApiPerSecond: spread(perSecond('oneApi')),
      twoApisPerSecond: spread(perSecond('twoApis')),
      ratioTwoToOne: ratio('twoApis', 'oneApi'),
      ratioOneApiToRaw: ratio('oneApi', 'raw'),
      ratioTwoApisToRaw: ratio('twoApis', 'raw'),
      /** CPU ms per start by process (the load balancer runs in the bench client). */
      cpuMsPerStart: Object.fromEntries(
        modes.map((mode) => [
          mode,
          perOperation(
            addCpu(windows[mode].map((w) => w.cpu)),
            windows[mode].reduce((n, w) => n + w.completed, 0),
          ),
        ]),
      ),
      idleShare: Object.fromEntries(
        modes.map((mode) => [mode, round(addCpu(windows[mode].map((w) => w.cpu)).idleShare, 3)]),
      ),
      errors: {
        count: all.reduce((n, w) => n + w.errors, 0),
        first: all.find((w) => w.firstError)?.firstError,
      },
    };
  } finally {
    await one.stop();
    await two.stop();
  }
}
