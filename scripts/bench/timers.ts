/**
 * Figure 5: one worker holding BENCH_TIMER_CASES (10,000) open cases, each waiting on its live
 * deadline timer, on Temporal's time-skipping test server with the real activities and PostgreSQL.
 * The worker is its own process (scripts/bench/timer-worker.ts), so its resident memory (VmRSS from
 * /proc, sampled every half second; VmHWM for the peak) is its own, and it reports where that memory
 * is (V8 heap or outside it). The findings are dated so that their deadlines lapse a day or two after
 * the server's now (the reminders already past are skipped, as for any case filed that late); the
 * server then skips past the last deadline and we time until PostgreSQL shows every case escalated,
 * then count failed workflow tasks in a sample of histories.
 *
 * Run once per workflow cache size in BENCH_TIMER_CACHES: `deployed` is the worker as worker.ts runs it
 * (at most WORKER_MAX_CACHED_WORKFLOWS cached; evicted cases are replayed when their timer fires), `sdk`
 * the SDK's default (sized from the heap limit), `all` a cache holding every case, or a number; each
 * run has its own server, database and worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client as PgClient, Pool } from 'pg';
import { addDays, chinaDateOf, periodDeadline } from '../../domain/calendar';
import { CASE_WORKFLOW_TYPE, TASK_QUEUE, caseWorkflowId, getCaseStateQuery } from '../../workflows/contract';
import { spawnEntryPoint, stopProcess } from '../lib/processes';
import { TIME_SKIPPING_SERVER_WRAPPER, timeSkippingServerLib } from '../lib/tools';
import { log, type BenchContext } from './context';
import { benchFinding, caseInputFor } from './findings';
import { poll, sleep } from '../../tests/kit/poll';
import { cpuBetween, descendantsNamed, perOperation, residentMemory } from './machine';
import { round } from './stats';
import { summariseHeapSnapshot } from './heap-snapshot';

const { EventType } = temporal.api.enums.v1;
const DATABASE = 'capacity_exit_bench_timers';
const GIB_MIB = 1024;

export async function measureTimers(ctx: BenchContext) {
  const variants = [];
  for (const cache of ctx.settings.timerCaches) variants.push(await measureVariant(ctx, cache));
  let heapProfile: Awaited<ReturnType<typeof profileWorkflowHeap>> | { failed: string } | null = null;
  if (ctx.settings.timerHeapProfileCases > 0)
    heapProfile = await profileWorkflowHeap(ctx, ctx.settings.timerHeapProfileCases).catch(
      (error: unknown) => ({
        failed: String(error),
      }),
    );
  const deployed = variants.find((v) => v.cacheSetting === 'deployed') ?? variants[0]!;
  return {
    cases: ctx.settings.timerCases,
    variants,
    heapProfile,
    target: 'worker RSS < 1 GiB, every case escalated, no failed workflow task',
    /** Judged on the worker as deployed (its cache capped at WORKER_MAX_CACHED_WORKFLOWS) when it ran. */
    met: 'met' in deployed && deployed.met === true,
    analysis: timersAnalysis(variants, heapProfile),
  };
}

type MemoryReport = Record<string, unknown> & {
  workflowCache?: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  heapLimit: number;
  workflowThreadHeapUsed: number | null;
  workflowThreadHeapTotal: number | null;
};

/** RSS split (MiB): the two V8 heaps as allocated, buffers outside them, and the rest (native: sdk-core, …). */
function rssSplit(report: MemoryReport | null, rss: number) {
  if (!report) return null;
  const thread = report.workflowThreadHeapTotal ?? 0;
  return {
    mainHeap: report.heapTotal,
    workflowThreadHeap: thread,
    workflowThreadHeapUsed: report.workflowThreadHeapUsed,
    external: report.external,
    rest: round(rss - report.heapTotal - thread - report.external),
  };
}

/** A time-skipping server, a fresh database and a timer worker process reading from both. */
async function startRig(ctx: BenchContext, name: string, workerEnv: Record<string, string>) {
  const databaseUrl = await freshDatabase(ctx.databaseUrl);
  const jars = timeSkippingServerLib();
  log(`timers (${name}): starting the time-skipping test server`);
  const env = jars
    ? await TestWorkflowEnvironment.createTimeSkipping({
        server: {
          executable: { type: 'existing-path', path: TIME_SKIPPING_SERVER_WRAPPER },
          extraArgs: [`--jars=${jars}`],
        },
      })
    : await TestWorkflowEnvironment.createTimeSkipping();
  const readyFile = path.join(ctx.scratch, `timer-worker-${name}.ready`);
  const memoryFile = path.join(ctx.scratch, `timer-worker-${name}.memory.json`);
  const worker = spawnEntryPoint(path.join('scripts', 'bench', 'timer-worker.ts'), {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: env.address,
    BENCH_TIMER_READY_FILE: readyFile,
    BENCH_TIMER_MEMORY_FILE: memoryFile,
    ...workerEnv,
  });
  let exit: string | null = null;
  worker.once('exit', (code, signal) => (exit = `exited (code ${code}, signal ${signal})`));
  ctx.cpu.label(worker.pid, 'timer worker');
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const reported = (): MemoryReport | null => {
    try {
      return JSON.parse(readFileSync(memoryFile, 'utf8')) as MemoryReport;
    } catch {
      return null;
    }
  };
  const alive = () => {
    if (exit)
      throw new Error(`the timer worker ${exit}; its last memory report: ${JSON.stringify(reported())}`);
  };
  const count = async (where: string) => {
    alive();
    const { rows } = await pool.query<{ n: string }>(`select count(*) as n from cases where ${where}`);
    return Number(rows[0]!.n);
  };
  const ready = await poll(async () => (alive(), existsSync(readyFile)), Boolean, { timeoutMs: 180_000 });
  if (!ready.met) throw new Error('the timer worker did not start within 180 s');
  // Until the workflow thread has reported its heap once.
  await poll(
    async () => reported()?.workflowThreadHeapUsed ?? null,
    (used) => used !== null,
    {
      timeoutMs: 15_000,
    },
  );

  /** Starts `n` cases whose deadlines lapse a day or more after the server's now; waits until all set them. */
  const startCases = async (n: number) => {
    const serverNow = await env.currentTimeMs();
    let findingDate = addDays(chinaDateOf(new Date(serverNow)), -200);
    while (Date.parse(periodDeadline(findingDate, 6).lapsesAt) < serverNow + 24 * 3600_000)
      findingDate = addDays(findingDate, 1);
    const lapsesAt = periodDeadline(findingDate, 6).lapsesAt;
    log(`timers (${name}): starting ${n} cases found on ${findingDate} (deadline ${lapsesAt})`);
    const began = performance.now();
    const inputs = Array.from({ length: n }, () => caseInputFor(benchFinding('计时', { findingDate })));
    let next = 0;
    await Promise.all(
      Array.from({ length: ctx.settings.concurrency }, async () => {
        while (next < inputs.length) {
          const input = inputs[next++]!;
          await env.client.workflow.start(CASE_WORKFLOW_TYPE, {
            taskQueue: TASK_QUEUE,
            workflowId: caseWorkflowId(input.caseId),
            args: [input],
          });
        }
      }),
    );
    const startSeconds = (performance.now() - began) / 1000;
    const holding = await poll(
      () => count(`status = 'rectifying' and deadline_lapses_at is not null and state_version >= 2`),
      (k) => k >= n,
      { timeoutMs: 30 * 60_000, everyMs: 1_000 },
    );
    if (!holding.met) throw new Error(`only ${holding.value} of ${n} cases set their deadline`);
    return {
      workflowIds: inputs.map((input) => caseWorkflowId(input.caseId)),
      findingDate,
      lapsesAt,
      startSeconds,
      recordedSeconds: (performance.now() - began) / 1000,
    };
  };
  const stop = async () => {
    await pool.end().catch(() => undefined);
    await stopProcess(worker).catch(() => undefined);
    await env.teardown().catch(() => undefined);
  };
  return { env, worker, pool, count, reported, startCases, stop };
}

async function measureVariant(ctx: BenchContext, cacheSetting: string) {
  const n = ctx.settings.timerCases;
  const memory = { maxRssMiB: 0, samples: 0 };
  let rig: Awaited<ReturnType<typeof startRig>> | undefined;
  let sampler: NodeJS.Timeout | undefined;
  let stage = 'starting';
  try {
    rig = await startRig(ctx, `cache ${cacheSetting}`, {
      BENCH_TIMER_CACHE: cacheSetting === 'all' ? String(n) : cacheSetting,
    });
    const { env, worker, pool, count, reported } = rig;
    sampler = setInterval(() => {
      const now = residentMemory(worker.pid!);
      if (!now) return;
      memory.maxRssMiB = Math.max(memory.maxRssMiB, now.rssMiB);
      memory.samples += 1;
    }, 500);
    const idle = { rssMiB: round(residentMemory(worker.pid!)!.rssMiB), node: reported() };

    stage = 'starting the cases';
    const { workflowIds, findingDate, lapsesAt, startSeconds, recordedSeconds } = await rig.startCases(n);
    await sleep(5_000); // the worker goes quiet: what holding them costs
    const held = { rssMiB: round(residentMemory(worker.pid!)!.rssMiB), node: reported() };
    const { rows: lapses } = await pool.query<{ last: Date }>(
      `select max(deadline_lapses_at) as last from cases`,
    );
    log(
      `timers (cache ${cacheSetting}): ${n} cases open with live timers (started in ${startSeconds.toFixed(1)} s, ` +
        `recorded by ${recordedSeconds.toFixed(1)} s); worker RSS ${held.rssMiB.toFixed(0)} MiB`,
    );

    stage = 'escalating';
    const cpuBefore = ctx.cpu.snapshot();
    const skipBegan = performance.now();
    await env.sleep(lapses[0]!.last.getTime() + 60_000 - (await env.currentTimeMs()));
    const skipSeconds = (performance.now() - skipBegan) / 1000;
    const escalated = await poll(
      () => count(`status = 'awaiting_government_decision'`),
      (k) => k >= n,
      { timeoutMs: 30 * 60_000, everyMs: 250 },
    );
    const escalationSeconds = (performance.now() - skipBegan) / 1000;
    const escalationCpu = cpuBetween(cpuBefore, ctx.cpu.snapshot());
    const after = { rssMiB: round(residentMemory(worker.pid!)!.rssMiB), node: reported() };
    log(
      `timers (cache ${cacheSetting}): ${escalated.value} of ${n} escalated in ${escalationSeconds.toFixed(1)} s`,
    );

    stage = 'reading histories';
    const histories = await sampleHistories(env, workflowIds, ctx.settings.timerHistorySample);
    const peak = round(Math.max(residentMemory(worker.pid!)!.peakMiB, memory.maxRssMiB));
    return {
      cacheSetting,
      workflowCache: held.node?.workflowCache ?? null,
      cases: n,
      findingDate,
      lapsesAt,
      startSeconds: round(startSeconds),
      recordedSeconds: round(recordedSeconds),
      workerRssMiB: { idle: idle.rssMiB, holdingAllCases: held.rssMiB, afterEscalation: after.rssMiB, peak },
      /** process.memoryUsage(), V8 heap spaces and the workflow thread's heap (MiB), reported by the worker. */
      workerMemory: { idle: idle.node, holdingAllCases: held.node, afterEscalation: after.node },
      /** Where the RSS is (MiB): main-thread heap, workflow-thread heap, external buffers, the rest. */
      rssSplit: {
        idle: rssSplit(idle.node, idle.rssMiB),
        holdingAllCases: rssSplit(held.node, held.rssMiB),
        afterEscalation: rssSplit(after.node, after.rssMiB),
      },
      testServerRssMiB: javaRss(),
      skipSeconds: round(skipSeconds, 2),
      escalationSeconds: round(escalationSeconds, 2),
      escalationsPerSecond: round(escalated.value / escalationSeconds),
      escalated: escalated.value,
      /** CPU ms per escalated case, by process, from the skip to the last escalation. */
      cpuMsPerEscalation: perOperation(escalationCpu, escalated.value),
      idleShareDuringEscalation: round(escalationCpu.idleShare, 3),
      histories,
      met:
        peak < GIB_MIB &&
        escalated.value >= n &&
        histories.workflowTaskFailed === 0 &&
        histories.workflowTaskTimedOut === 0,
    };
  } catch (error) {
    log(`timers (cache ${cacheSetting}) failed while ${stage}: ${String(error)}`);
    return {
      cacheSetting,
      failed: `while ${stage}: ${String(error)}`,
      workerRssMiB: { peak: round(memory.maxRssMiB) },
      lastMemoryReport: rig?.reported() ?? null,
    };
  } finally {
    clearInterval(sampler);
    await rig?.stop();
  }
}

/**
 * Where a cached case's memory is: heap snapshots of the worker's workflow thread (the isolate the
 * workflows run in) before and after starting `n` cases, summed by kind, per case.
 */
async function profileWorkflowHeap(ctx: BenchContext, n: number) {
  const snapshotFile = path.join(ctx.scratch, 'workflow-thread.heapsnapshot');
  const rig = await startRig(ctx, 'heap profile', {
    BENCH_TIMER_CACHE: String(n),
    BENCH_TIMER_HEAP_SNAPSHOT_FILE: snapshotFile,
  });
  const snapshot = async () => {
    await rm(snapshotFile, { force: true });
    await writeFile(`${snapshotFile}.request`, '');
    const written = await poll(async () => existsSync(snapshotFile), Boolean, {
      timeoutMs: 300_000,
      everyMs: 500,
    });
    if (!written.met) throw new Error('the workflow thread wrote no heap snapshot');
    return summariseHeapSnapshot(snapshotFile);
  };
  try {
    const idle = await snapshot();
    await rig.startCases(n);
    await sleep(3_000);
    const rssHolding = residentMemory(rig.worker.pid!)!.rssMiB;
    const holding = await snapshot();
    const perCase = Object.entries(holding.byKindKiB)
      .map(([kind, kib]) => [kind, ((kib - (idle.byKindKiB[kind] ?? 0)) * 1024) / n] as const)
      .filter(([, bytes]) => bytes > 0)
      .sort(([, a], [, b]) => b - a);
    return {
      cases: n,
      workflowThreadHeapKiB: { idle: idle.totalKiB, holding: holding.totalKiB },
      perCaseKiB: round((holding.totalKiB - idle.totalKiB) / n, 1),
      workerRssMiBHolding: round(rssHolding),
      /** Bytes per case by kind (constructor name for objects), the twelve largest. */
      perCaseBytesByKind: Object.fromEntries(
        perCase.slice(0, 12).map(([kind, bytes]) => [kind, Math.round(bytes)]),
      ),
    };
  } finally {
    await rm(snapshotFile, { force: true });
    await rig.stop();
  }
}

type Variant = Awaited<ReturnType<typeof measureVariant>>;

/** Where the worker's memory goes: per cached case, in V8's heap or outside it. */
function timersAnalysis(
  variants: Variant[],
  profile: Awaited<ReturnType<typeof profileWorkflowHeap>> | { failed: string } | null,
): string[] {
  const lines: string[] = [];
  for (const v of variants) {
    if ('failed' in v) {
      lines.push(`Cache ${v.cacheSetting}: failed ${v.failed}; peak RSS ${v.workerRssMiB.peak} MiB.`);
      continue;
    }
    const cache = v.workflowCache ?? v.cases;
    const heap = v.workerMemory.holdingAllCases;
    const idleHeap = v.workerMemory.idle?.workflowThreadHeapUsed ?? NaN;
    const perCase = (mib: number) => `${((mib * 1024) / v.cases).toFixed(0)} KiB`;
    const split = (x: ReturnType<typeof rssSplit>) =>
      x
        ? `main-thread heap ${x.mainHeap}, workflow-thread heap ${x.workflowThreadHeap} (${x.workflowThreadHeapUsed} used), ` +
          `external buffers ${x.external}, native and the rest ${x.rest}`
        : 'not reported';
    lines.push(
      `Cache ${v.cacheSetting} (${cache} workflows): with ${v.cases} open cases the worker's RSS went from ` +
        `${v.workerRssMiB.idle} MiB idle to ${v.workerRssMiB.holdingAllCases} MiB — ${split(v.rssSplit.holdingAllCases)} MiB` +
        (cache >= v.cases
          ? ` (all cached: ${perCase(v.workerRssMiB.holdingAllCases - v.workerRssMiB.idle)} of RSS per case, ` +
            `${perCase((heap?.workflowThreadHeapUsed ?? NaN) - idleHeap)} of it live in the workflow thread's heap)`
          : ` (${cache} cached; the others are evicted and replayed from their history when their timer fires)`) +
        `; after the escalations ${v.workerRssMiB.afterEscalation} MiB — ${split(v.rssSplit.afterEscalation)} MiB; ` +
        `peak ${v.workerRssMiB.peak} MiB, ${v.met ? 'within' : 'against'} the 1 GiB target; escalation took ` +
        `${v.escalationSeconds} s.`,
    );
  }
  if (profile && 'failed' in profile)
    lines.push(`The workflow thread's heap profile failed: ${profile.failed}.`);
  else if (profile)
    lines.push(
      `Heap snapshots of the workflow thread (the V8 isolate the workflows run in, which the worker's own ` +
        `process.memoryUsage() does not count) before and after ${profile.cases} cases: ${profile.perCaseKiB} KiB ` +
        `per cached case, by kind (bytes): ` +
        Object.entries(profile.perCaseBytesByKind)
          .map(([kind, bytes]) => `${kind} ${bytes}`)
          .join(', ') +
        '.',
    );
  return lines;
}

/** Failed or timed-out workflow tasks in a random sample of the cases' histories; the live status of each. */
async function sampleHistories(env: TestWorkflowEnvironment, workflowIds: string[], size: number) {
  const sample = [...workflowIds]
    .sort(() => Math.random() - 0.5)
    .slice(0, Math.min(size, workflowIds.length));
  let workflowTaskFailed = 0;
  let workflowTaskTimedOut = 0;
  let escalated = 0;
  let events = 0;
  for (let i = 0; i < sample.length; i += 16)
    await Promise.all(
      sample.slice(i, i + 16).map(async (workflowId) => {
        const handle = env.client.workflow.getHandle(workflowId);
        const history = await handle.fetchHistory();
        for (const event of history.events ?? []) {
          events += 1;
          if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED) workflowTaskFailed += 1;
          if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT) workflowTaskTimedOut += 1;
        }
        if ((await handle.query(getCaseStateQuery)).status === 'awaiting_government_decision') escalated += 1;
      }),
    );
  return {
    sampled: sample.length,
    events,
    workflowTaskFailed,
    workflowTaskTimedOut,
    escalatedByQuery: escalated,
  };
}

/** The resident memory of the Java test server (our descendant running `java`), for the record. */
function javaRss(): number | null {
  const [pid] = descendantsNamed('java');
  const rss = pid === undefined ? undefined : residentMemory(pid);
  return rss ? round(rss.rssMiB) : null;
}

/** A new, empty database on the bench's PostgreSQL for this figure's cases. */
async function freshDatabase(baseUrl: string): Promise<string> {
  const admin = new PgClient({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}
