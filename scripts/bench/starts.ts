/**
 * Figure 1: case starts per second through POST /v1/findings against the raw @temporalio/client
 * starting the same workflow with the same payloads and options (closed loop, alternating windows),
 * then both at a fixed arrival rate of half the raw saturation rate, latency from the scheduled send
 * time. Each window's CPU time is split by process, which says what a start costs where.
 */
import os from 'node:os';
import { caseStartOptions, fileFinding } from '../../api/services/cases';
import { connectDatabase } from '../../db/client';
import { FindingSchema } from '../../domain/finding';
import { CASE_WORKFLOW_TYPE } from '../../workflows/contract';
import { OFFICER, log, type BenchContext } from './context';
import { authorizationFor } from '../../tests/kit/tokens';
import { benchFinding, caseInputFor } from './findings';
import { call } from '../../tests/kit/http';
import { alternate, atRate, saturate, type Request } from './load';
import { addCpu, perOperation, pinToCores } from './machine';
import { latency, round, spread, type Latency, type Spread } from './stats';

/**
 * raw: the @temporalio/client baseline; api: over HTTP; service (fixed-rate windows only): the API's
 * own filing function (api/services/cases.ts fileFinding) called in-process — the start plus its
 * PostgreSQL work, without HTTP — which splits the latency the API adds into its database work and its
 * HTTP layer. (Not in the closed loop: there it would share the load generator's process and CPU share.)
 */
type Mode = 'raw' | 'service' | 'api';
const MODES = ['raw', 'service', 'api'] as const;
const SATURATION_MODES = ['raw', 'api'] as const;
export const STARTS_SERIES = '基准';

/** Starts a case as the API would (same input, id and options: `caseStartOptions`), with the raw client. */
export function rawStarter(ctx: BenchContext, series: string): Request {
  return async () => {
    await ctx.temporal.workflow.start(
      CASE_WORKFLOW_TYPE,
      caseStartOptions(caseInputFor(benchFinding(series))),
    );
  };
}

/** Files a finding through POST /v1/findings at `apiUrl` (the API itself or a load balancer before it). */
export function apiFiler(apiUrl: string, authorization: string, series: string): Request {
  return async () => {
    const answer = await call(`${apiUrl}/v1/findings`, {
      method: 'POST',
      authorization,
      body: benchFinding(series),
    });
    if (answer.status !== 201) throw new Error(`POST /v1/findings answered ${answer.status}`);
  };
}

export async function measureStarts(ctx: BenchContext) {
  const { rounds, windowSeconds, concurrency } = ctx.settings;
  const windowMs = windowSeconds * 1000;
  const authorization = await authorizationFor(OFFICER);
  // The API process's pool size (DATABASE_POOL_SIZE's default), for the in-process service mode.
  const database = connectDatabase(ctx.databaseUrl, { max: 10, applicationName: 'capacity-exit-bench' });
  let started = 0;
  const rawStart = rawStarter(ctx, STARTS_SERIES);
  const apiFile = apiFiler(ctx.apiUrl, authorization, STARTS_SERIES);
  const starters: Record<Mode, Request> = {
    raw: async (i) => {
      await rawStart(i);
      started += 1;
    },
    service: async () => {
      const finding = FindingSchema.parse(benchFinding(STARTS_SERIES));
      const { created } = await fileFinding({ db: database.db, temporal: ctx.temporal }, finding);
      if (!created) throw new Error('fileFinding found the case already filed');
      started += 1;
    },
    api: async (i) => {
      await apiFile(i);
      started += 1;
    },
  };
  try {
    log('case starts: warming up');
    for (const mode of MODES) await Promise.all(Array.from({ length: 50 }, (_, i) => starters[mode](i)));

    const saturation = await alternate(
      SATURATION_MODES,
      rounds,
      (mode) => ctx.cpu.metered(() => saturate(starters[mode], windowMs, concurrency)),
      (r, w) =>
        log(
          `case starts, round ${r + 1}: raw ${w.raw.perSecond.toFixed(1)}/s, api ${w.api.perSecond.toFixed(1)}/s`,
        ),
    );
    const perSecond = (mode: 'raw' | 'api') => saturation[mode].map((w) => w.perSecond);
    const ratio = spread(perSecond('api').map((n, i) => n / perSecond('raw')[i]!));
    const rate = spread(perSecond('raw')).median / 2;

    log(`case starts: fixed rate ${rate.toFixed(1)}/s`);
    const fixed = await alternate(MODES, rounds, (mode) =>
      ctx.cpu.metered(() => atRate(starters[mode], rate, windowMs)),
    );

    const splitCores = await saturateOnSplitCores(ctx, (mode) =>
      saturate(starters[mode], windowMs, concurrency),
    );

    // At the fixed rate every mode starts the same cases at the same pace and the worker keeps up, so
    // the differences between them are what the API adds (closed-loop windows spill the worker's
    // backlog into the next window).
    const cpuPerStart = (mode: Mode) =>
      perOperation(
        addCpu(fixed[mode].map((w) => w.cpu)),
        fixed[mode].reduce((n, w) => n + w.completed, 0),
      );
    const cpu = Object.fromEntries(MODES.map((m) => [m, cpuPerStart(m)])) as Record<
      Mode,
      Record<string, number>
    >;
    const fixedUse = (mode: Mode) => addCpu(fixed[mode].map((w) => w.cpu));
    const startsAt = (mode: Mode) => fixed[mode].reduce((n, w) => n + w.completed, 0);
    // Where a start's time goes that is not work: each process's threads runnable but waiting for a core.
    const waiting = Object.fromEntries(
      MODES.map((m) => [m, perOperation(fixedUse(m), startsAt(m), true)]),
    ) as Record<Mode, Record<string, number>>;
    const cpuPressure = Object.fromEntries(
      MODES.map((m) => [m, fixedUse(m).cpuPressure === null ? null : round(fixedUse(m).cpuPressure!, 3)]),
    ) as Record<Mode, number | null>;
    const latencies = Object.fromEntries(
      MODES.map((m) => [m, latency(fixed[m].flatMap((w) => w.latencies))]),
    ) as Record<Mode, Latency>;
    const idle = {
      raw: round(addCpu(saturation.raw.map((w) => w.cpu)).idleShare, 3),
      api: round(addCpu(saturation.api.map((w) => w.cpu)).idleShare, 3),
    };
    const windows = [...saturation.raw, ...saturation.api, ...MODES.flatMap((m) => fixed[m])];
    const result = {
      rawPerSecond: spread(perSecond('raw')),
      apiPerSecond: spread(perSecond('api')),
      ratioApiToRaw: ratio,
      errors: {
        count: windows.reduce((n, w) => n + w.errors, 0),
        first: windows.find((w) => w.firstError)?.firstError,
      },
      /** CPU ms per start, by process, in the fixed-rate windows (2 cores = 2,000 ms per second). */
      cpuMsPerStart: cpu,
      /**
       * ms per start each process's threads spent runnable but waiting for a core, in the fixed-rate
       * windows (the scheduler's run-queue delay; the in-process filing runs in the bench client).
       */
      waitingForCoreMsPerStart: waiting,
      /** Share of the fixed-rate windows in which some task on the machine waited for a core (PSI). */
      cpuPressureAtFixedRate: cpuPressure,
      idleShareInSaturation: idle,
      latencyAtHalfRawSaturation: {
        ratePerSecond: rate,
        rawMs: latencies.raw,
        serviceMs: latencies.service,
        apiMs: latencies.api,
        p50PerRound: Object.fromEntries(
          MODES.map((m) => [m, spread(fixed[m].map((w) => latency(w.latencies).p50))]),
        ) as Record<Mode, Spread>,
        p99PerRound: Object.fromEntries(
          MODES.map((m) => [m, spread(fixed[m].map((w) => latency(w.latencies).p99))]),
        ) as Record<Mode, Spread>,
      },
      splitCores,
      target: 'API / raw ≥ 0.9',
      met: ratio.median >= 0.9,
      analysis: [] as string[],
    };
    result.analysis = startsAnalysis(result);
    return {
      result,
      windows: {
        saturation: [...saturation.raw, ...saturation.api].map((w) => [w.startedAt, w.endedAt] as const),
        fixedRate: Array.from({ length: rounds }, (_, r) =>
          MODES.map((m) => [fixed[m][r]!.startedAt, fixed[m][r]!.endedAt] as const),
        ),
      },
      started,
      ratePerSecond: rate,
      rawStart,
    };
  } finally {
    await database.close();
  }
}

/**
 * The closed loop again with the cores split between the callers' side (the load generator and the
 * API, on the last core) and the service's side (the Temporal server, the worker and PostgreSQL, on the
 * others), as a deployment runs them on machines of their own. Raw and API callers then drive the same
 * service with the same cores, so the ratio says what the API's way of starting a case costs the service
 * (its PostgreSQL insert included), not the cores its process takes from the Temporal server on a
 * two-core machine. Null on one core or without taskset.
 */
async function saturateOnSplitCores(
  ctx: BenchContext,
  closedLoop: (mode: (typeof SATURATION_MODES)[number]) => Promise<{ perSecond: number }>,
) {
  const cores = os.cpus().length;
  if (cores < 2) return null;
  const pids = ctx.cpu.pidsByRole();
  const callers = ['api', 'bench client'].flatMap((role) => pids.get(role) ?? []);
  const service = ['temporal server', 'worker', 'postgres'].flatMap((role) => pids.get(role) ?? []);
  const callerCores = String(cores - 1);
  const serviceCores = cores === 2 ? '0' : `0-${cores - 2}`;
  const allCores = `0-${cores - 1}`;
  log(`case starts on split cores: callers on ${callerCores}, the service on ${serviceCores}`);
  try {
    if (!pinToCores(callers, callerCores) || !pinToCores(service, serviceCores)) return null;
    const windows = await alternate(
      SATURATION_MODES,
      ctx.settings.rounds,
      (mode) => ctx.cpu.metered(() => closedLoop(mode)),
      (r, w) =>
        log(
          `case starts on split cores, round ${r + 1}: raw ${w.raw.perSecond.toFixed(1)}/s, api ${w.api.perSecond.toFixed(1)}/s`,
        ),
    );
    const perSecond = (mode: 'raw' | 'api') => windows[mode].map((w) => w.perSecond);
    return {
      callerCores,
      serviceCores,
      rawPerSecond: spread(perSecond('raw')),
      apiPerSecond: spread(perSecond('api')),
      ratioApiToRaw: spread(perSecond('api').map((n, i) => n / perSecond('raw')[i]!)),
      idleShare: {
        raw: round(addCpu(windows.raw.map((w) => w.cpu)).idleShare, 3),
        api: round(addCpu(windows.api.map((w) => w.cpu)).idleShare, 3),
      },
    };
  } finally {
    pinToCores([...callers, ...service], allCores);
    // PostgreSQL backends forked while the service was pinned.
    pinToCores(ctx.cpu.pidsByRole().get('postgres') ?? [], allCores);
  }
}

/** What the three modes and the CPU breakdown say about the ratio (from the figure's own results). */
export function startsAnalysis(r: {
  ratioApiToRaw: Spread;
  cpuMsPerStart: Record<Mode, Record<string, number>>;
  idleShareInSaturation: Record<'raw' | 'api', number>;
  splitCores: Awaited<ReturnType<typeof saturateOnSplitCores>>;
  latencyAtHalfRawSaturation: { rawMs: Latency; serviceMs: Latency; apiMs: Latency };
  waitingForCoreMsPerStart: Record<Mode, Record<string, number>>;
  cpuPressureAtFixedRate: Record<Mode, number | null>;
}): string[] {
  const cpu = r.cpuMsPerStart;
  const waiting = r.waitingForCoreMsPerStart;
  const pressure = r.cpuPressureAtFixedRate.service;
  const idle = r.idleShareInSaturation;
  const l = {
    raw: r.latencyAtHalfRawSaturation.rawMs,
    service: r.latencyAtHalfRawSaturation.serviceMs,
    api: r.latencyAtHalfRawSaturation.apiMs,
  };
  const ours = (m: Mode) =>
    Object.entries(cpu[m])
      .filter(([role]) => role !== 'other')
      .reduce((n, [, ms]) => n + ms, 0);
  const extra = (m: Mode) =>
    Object.keys(cpu[m])
      .filter((role) => role !== 'other')
      .map((role) => [role, (cpu[m][role] ?? 0) - (cpu.raw[role] ?? 0)] as const)
      .filter(([, ms]) => ms > 0.05)
      .sort(([, a], [, b]) => b - a)
      .map(([role, ms]) => `${role} +${ms.toFixed(2)}`)
      .join(', ');
  const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
  const signed = (x: number, digits: number) => `${x < 0 ? '−' : '+'}${Math.abs(x).toFixed(digits)}`;
  const benchClientExtra = (cpu.api['bench client'] ?? 0) - (cpu.raw['bench client'] ?? 0);
  const sharedMet = r.ratioApiToRaw.median >= 0.9;
  const httpLayer = l.api.p50 - l.service.p50;
  const apiCpu = cpu.api.api ?? 0;
  return [
    `At the fixed rate, against the raw client, the in-process filing's PostgreSQL work (one insert of the case ` +
      `row) moves p50 by ${signed(l.service.p50 - l.raw.p50, 1)} ms; HTTP, Fastify, the token, validation and ` +
      `serialising the case view add ${httpLayer.toFixed(1)} ms more. Per in-process filing, its threads waited ` +
      `${(waiting.service['bench client'] ?? 0).toFixed(2)} ms for a core and PostgreSQL's ` +
      `${(waiting.service.postgres ?? 0).toFixed(2)} ms (${(waiting.raw.postgres ?? 0).toFixed(2)} ms per raw start)` +
      (pressure === null ? '.' : `; some task waited for a core ${pct(pressure)} of the time.`),
    `CPU per start at the fixed rate, this benchmark's processes: raw ${ours('raw').toFixed(1)} ms, in-process ` +
      `${ours('service').toFixed(1)} ms (${extra('service') || 'nothing more'}), API ${ours('api').toFixed(1)} ms ` +
      `(${extra('api') || 'nothing more'}); the rest of the machine took ${(cpu.api.other ?? 0).toFixed(1)} ms per ` +
      `API start. The API process worked ${apiCpu.toFixed(1)} CPU ms per start` +
      (httpLayer > 2 * apiCpu
        ? `, so most of the ${httpLayer.toFixed(1)} ms its layer adds is time spent waiting rather than working — ` +
          `for a core (shared with the Temporal server, the worker, PostgreSQL and the machine's other processes), ` +
          `for its database pool or for Temporal — at each step of a request (receiving it, the insert, the ` +
          `start, the answer).`
        : '.') +
      ` In the closed loop the cores were ${pct(1 - idle.raw)} (raw) and ${pct(1 - idle.api)} (API) busy: the ` +
      `Temporal server, the worker, PostgreSQL, the API and the load generator share them, so every CPU ms the ` +
      `API and its caller spend on a start (api ${apiCpu.toFixed(2)}, bench client ` +
      `${signed(benchClientExtra, 2)} against the raw client) ` +
      `is taken from the Temporal server's ${(cpu.raw['temporal server'] ?? 0).toFixed(1)} ms, and each extra ` +
      `hop waits for a core.`,
    ...(r.splitCores
      ? [
          `With the cores split: ` +
            (r.splitCores.ratioApiToRaw.median >= 0.9
              ? `given the callers' side to itself, the API keeps at least 0.9 of the raw client's rate` +
                (sharedMet
                  ? `, as it did on shared cores in this run.`
                  : `; what holds the shared-core ratio back is the cores it shares with the Temporal server on ` +
                    `this machine.`)
              : `even on cores of its own the API does not keep the raw client's rate, so the service's side ` +
                `pays for the API's start itself (its PostgreSQL insert, its Temporal calls).`),
        ]
      : []),
  ];
}
