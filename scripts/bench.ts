/**
 * `npm run bench`: the service against its baselines, measured side by side in one run on this machine
 * (the local Temporal dev server, file-backed as under `npm start`, and an embedded PostgreSQL), with
 * the worker and the API as separate processes as they are deployed.
 *
 * 1. Case starts per second: POST /v1/findings against the raw @temporalio/client starting the same
 *    workflow with the same payloads and options. Closed loop at fixed concurrency, windows alternating
 *    raw/API over several rounds; the figure is the ratio API / raw per round (median, min, max).
 *    Then both at a fixed arrival rate of half the raw saturation rate, latency measured from each
 *    request's scheduled send time (a slow server cannot hide its queue).
 * 4. Projection lag: from a workflow step (the event's workflow time) to its row in PostgreSQL.
 *
 * Settings: BENCH_ROUNDS (5), BENCH_WINDOW_SECONDS (8), BENCH_CONCURRENCY (16).
 * Results: bench/results.json and bench/results.md.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { mintToken } from '../api/auth';
import { caseIdFor, normalizeDocumentNumber } from '../api/case-id';
import { loadConfig } from '../config';
import { creditCodeCheckCharacter } from '../domain/credit-code';
import { FindingSchema, type FindingInput } from '../domain/finding';
import { CURRENT_POLICY_VERSION } from '../domain/policy';
import { CASE_WORKFLOW_TYPE, TASK_QUEUE, caseWorkflowId } from '../workflows/contract';
import { freePort, spawnEntryPoint, stopProcess, waitForHttp } from './lib/processes';
import { startScratchServers } from './lib/scratch-servers';
import { waitForWorker } from './lib/temporal-dev-server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_SECONDS ?? 8) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

type Mode = 'raw' | 'api';
type Starter = (finding: FindingInput) => Promise<void>;

let serial = 0;
function nextFinding(): FindingInput {
  serial += 1;
  const first17 = `91320508${String(serial).padStart(9, '0')}`;
  return {
    department: 'industry_it',
    documentNumber: `基准〔${process.pid}〕${serial}号`,
    enterprise: {
      name: `基准测试企业${serial}`,
      creditCode: first17 + creditCodeCheckCharacter(first17),
      regionCode: '320508',
    },
    industry: 'steel',
    dimension: 'energy',
    capacity: { equipment: '1号高炉', value: 60, unit: '万吨/年' },
    legalBasis: { law: '中华人民共和国节约能源法' },
    findingDate: '2026-11-01',
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Closed loop: CONCURRENCY callers start cases back to back for one window; returns starts per second. */
async function saturate(start: Starter): Promise<number> {
  const until = performance.now() + WINDOW_MS;
  let done = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await start(nextFinding());
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - begin) / 1000);
}

/** Open loop at a fixed arrival rate; latency from each request's scheduled send time, in ms. */
async function atRate(start: Starter, perSecond: number): Promise<number[]> {
  const count = Math.max(1, Math.floor((perSecond * WINDOW_MS) / 1000));
  const interval = 1000 / perSecond;
  const t0 = performance.now();
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const scheduled = t0 + i * interval;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await start(nextFinding());
      latencies.push(performance.now() - scheduled);
    }),
  );
  return latencies.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const servers = await startScratchServers({ name: 'bench', temporalOnDisk: true });
  const cleanups: Array<() => Promise<void>> = [() => servers.stop()];
  try {
    const { databaseUrl, temporalAddress } = servers;
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    };
    for (const file of ['worker.ts', 'server.ts']) {
      const child = spawnEntryPoint(file, env);
      cleanups.push(() => stopProcess(child));
    }
    const apiUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${apiUrl}/readyz`, 120_000);
    await waitForWorker(temporalAddress, 'default', 120_000);

    const connection = await Connection.connect({ address: temporalAddress });
    cleanups.push(() => connection.close());
    const client = new Client({ connection });
    const pool = new Pool({ connectionString: databaseUrl, max: 2 });
    cleanups.push(() => pool.end());

    // The officer who files every bench finding (signed with the development secret the service uses).
    const authorization = `Bearer ${await mintToken(loadConfig({}), {
      userId: 'bench-officer',
      roles: ['department_officer'],
      regionCode: '320508',
      department: 'industry_it',
    })}`;
    const starters: Record<Mode, Starter> = {
      raw: async (input) => {
        const finding = FindingSchema.parse({
          ...input,
          documentNumber: normalizeDocumentNumber(input.documentNumber),
        });
        const caseId = caseIdFor(finding.department, finding.documentNumber);
        await client.workflow.start(CASE_WORKFLOW_TYPE, {
          taskQueue: TASK_QUEUE,
          workflowId: caseWorkflowId(caseId),
          args: [{ caseId, finding, policyVersion: CURRENT_POLICY_VERSION }],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      },
      api: async (finding) => {
        const response = await fetch(`${apiUrl}/v1/findings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify(finding),
        });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`POST /v1/findings answered ${response.status}`);
      },
    };

    process.stdout.write(`[bench] warming up\n`);
    for (const mode of ['raw', 'api'] as const)
      await Promise.all(Array.from({ length: 50 }, () => starters[mode](nextFinding())));

    const throughput: Record<Mode, number[]> = { raw: [], api: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Mode[] = round % 2 === 0 ? ['raw', 'api'] : ['api', 'raw'];
      for (const mode of order) throughput[mode].push(await saturate(starters[mode]));
      process.stdout.write(
        `[bench] round ${round + 1}: raw ${throughput.raw.at(-1)!.toFixed(1)}/s, api ${throughput.api.at(-1)!.toFixed(1)}/s\n`,
      );
    }
    const ratios = throughput.api.map((api, i) => api / throughput.raw[i]!);
    const rate = median(throughput.raw) / 2;

    const latency: Record<Mode, number[]> = { raw: [], api: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Mode[] = round % 2 === 0 ? ['raw', 'api'] : ['api', 'raw'];
      for (const mode of order) latency[mode].push(...(await atRate(starters[mode], rate)));
    }
    for (const mode of ['raw', 'api'] as const) latency[mode].sort((a, b) => a - b);

    const { rows } = await pool.query<{ p50: number; p95: number; n: string }>(
      `select percentile_cont(0.5) within group (order by lag) as p50,
              percentile_cont(0.95) within group (order by lag) as p95, count(*) as n
         from (select extract(epoch from (recorded_at - occurred_at)) * 1000 as lag from case_events) as lags`,
    );
    const lag = rows[0]!;

    const summary = (values: number[]) => ({
      median: median(values),
      min: Math.min(...values),
      max: Math.max(...values),
    });
    const latencySummary = (values: number[]) => ({
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      p99: percentile(values, 99),
      samples: values.length,
    });
    const results = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      settings: { rounds: ROUNDS, windowSeconds: WINDOW_MS / 1000, concurrency: CONCURRENCY },
      caseStarts: {
        rawPerSecond: summary(throughput.raw),
        apiPerSecond: summary(throughput.api),
        ratioApiToRaw: summary(ratios),
        target: '≥ 0.9',
      },
      latencyAtHalfRawSaturation: {
        ratePerSecond: rate,
        rawMs: latencySummary(latency.raw),
        apiMs: latencySummary(latency.api),
      },
      projectionLagMs: {
        p50: Number(lag.p50),
        p95: Number(lag.p95),
        events: Number(lag.n),
        target: 'p95 ≤ 500 ms',
      },
    };
    await writeFile(path.join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(path.join('bench', 'results.md'), markdown(results));
    process.stdout.write(markdown(results));
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

function markdown(r: {
  measuredAt: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  settings: { rounds: number; windowSeconds: number; concurrency: number };
  caseStarts: Record<
    'rawPerSecond' | 'apiPerSecond' | 'ratioApiToRaw',
    { median: number; min: number; max: number }
  >;
  latencyAtHalfRawSaturation: {
    ratePerSecond: number;
    rawMs: Record<string, number>;
    apiMs: Record<string, number>;
  };
  projectionLagMs: { p50: number; p95: number; events: number };
}): string {
  const f = (n: number, digits = 1) => n.toFixed(digits);
  const s = (x: { median: number; min: number; max: number }, d = 1) =>
    `${f(x.median, d)} (${f(x.min, d)}–${f(x.max, d)})`;
  const l = r.latencyAtHalfRawSaturation;
  return [
    `# Benchmark results`,
    ``,
    `Measured ${r.measuredAt} on ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; ` +
      `${r.settings.rounds} rounds of ${r.settings.windowSeconds} s windows, raw and API alternating, ` +
      `closed loop at concurrency ${r.settings.concurrency}. Median (min–max over rounds).`,
    ``,
    `| figure | raw baseline | service | ratio / difference | target |`,
    `|---|---|---|---|---|`,
    `| case starts per second | ${s(r.caseStarts.rawPerSecond)} | ${s(r.caseStarts.apiPerSecond)} | API / raw ${s(r.caseStarts.ratioApiToRaw, 2)} | ≥ 0.9 |`,
    `| start latency p50 at ${f(l.ratePerSecond)}/s (half raw saturation) | ${f(l.rawMs.p50!)} ms | ${f(l.apiMs.p50!)} ms | +${f(l.apiMs.p50! - l.rawMs.p50!)} ms | |`,
    `| start latency p95 | ${f(l.rawMs.p95!)} ms | ${f(l.apiMs.p95!)} ms | +${f(l.apiMs.p95! - l.rawMs.p95!)} ms | |`,
    `| start latency p99 | ${f(l.rawMs.p99!)} ms | ${f(l.apiMs.p99!)} ms | +${f(l.apiMs.p99! - l.rawMs.p99!)} ms | |`,
    `| projection lag, workflow step → PostgreSQL row | | p50 ${f(r.projectionLagMs.p50)} ms, p95 ${f(r.projectionLagMs.p95)} ms (${r.projectionLagMs.events} events) | | p95 ≤ 500 ms |`,
    ``,
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
