/**
 * `npm run bench`: the service against its baselines, measured side by side in one run on this machine
 * (the local Temporal dev server, file-backed as under `npm start`, and an embedded PostgreSQL), with
 * the worker and the API as separate processes as they are deployed. The figures of issue 5:
 *
 * 1. case starts per second, POST /v1/findings against the raw @temporalio/client (scripts/bench/starts.ts);
 * 2. a decision's round trip, POST /v1/cases/:id/urgings against executeUpdate (decisions.ts);
 * 3. case search latency with 100,000 cases, GET /v1/cases against the same SQL through pg (search.ts);
 * 4. projection lag, workflow step → PostgreSQL row (starts.ts);
 * 5. one worker holding 10,000 cases with live timers on the time-skipping server: RSS and the time
 *    for all to escalate (timers.ts, timer-worker.ts);
 * 6. a burst of 10,000 findings through POST /v1/findings/batch (burst.ts);
 * 7. the console in Chromium: page weight, and the inbox's 200 tasks on a cold cache under half the
 *    case-start saturation, beside the same tasks by the API and by SQL (console.ts);
 * 8. a city's census of 20,000 rows imported and filed, against pg inserting them and the raw client
 *    starting cases (census.ts);
 * 9. the year-end statistics for 100,000 exited cases, against the same query by pg (year-stats.ts).
 *
 * Settings: scripts/bench/settings.ts (BENCH_ROUNDS, BENCH_WINDOW_SECONDS, BENCH_CONCURRENCY,
 * BENCH_SEARCH_CASES, BENCH_TIMER_CASES, BENCH_BURST, BENCH_ONLY, …).
 * Results: bench/results.json and bench/results.md (BENCH_OUT to write elsewhere); BENCH_REPORT_ONLY=1
 * writes results.md again from results.json, measuring nothing.
 */
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import type { BenchContext } from './bench/context';
import { measureBurst } from './bench/burst';
import { measureCensus } from './bench/census';
import { measureYearStatistics } from './bench/year-stats';
import { measureConsole } from './bench/console';
import { measureDecisions } from './bench/decisions';
import { closeHttp } from '../tests/kit/http';
import { CpuMeter, machineState } from './bench/machine';
import { markdown, writeResults, type Results } from './bench/report';
import { measureSearch } from './bench/search';
import { loadSettings, type Figure } from './bench/settings';
import { measureProjectionLag } from './bench/projection';
import { measureFigure } from './bench/figure';
import { rewriteReport } from './bench/rewrite-report';
import { STARTS_SERIES, measureStarts } from './bench/starts';
import { measureTimers } from './bench/timers';
import { freePort, spawnEntryPoint, stopProcess, waitForHttp } from './lib/processes';
import { startScratchServers } from './lib/scratch-servers';
import { waitForWorker } from './lib/temporal-dev-server';

async function main(): Promise<void> {
  const settings = loadSettings();
  if (process.env.BENCH_REPORT_ONLY) return rewriteReport(settings.outDir);
  const results: Results = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, before: machineState() },
    settings,
    figures: {},
  };
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
      // As the figures were measured before eager starts (bench:cluster's cost of a case measures them).
      EAGER_CASE_START: 'false',
    };
    const cpu = new CpuMeter();
    const service: Array<() => Promise<void>> = [];
    let apiPid: number | undefined;
    for (const [file, role] of [
      ['worker.ts', 'worker'],
      ['server.ts', 'api'],
    ] as const) {
      const child = spawnEntryPoint(file, env);
      cpu.label(child.pid, role);
      if (role === 'api') apiPid = child.pid;
      service.push(() => stopProcess(child));
    }
    const stopService = async () => {
      for (const stop of service.splice(0)) await stop().catch(() => undefined);
    };
    cleanups.push(stopService);
    const apiUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${apiUrl}/readyz`, 120_000);
    await waitForWorker(temporalAddress, 'default', 120_000);

    const connection = await Connection.connect({ address: temporalAddress });
    cleanups.push(() => connection.close());
    const pool = new Pool({ connectionString: databaseUrl, max: 4 });
    cleanups.push(() => pool.end());
    const ctx: BenchContext = {
      settings,
      apiUrl,
      databaseUrl,
      temporalAddress,
      temporal: new Client({ connection }),
      pool,
      cpu,
      scratch: servers.scratch,
      apiPid,
    };

    const measure = async <K extends keyof Results['figures']>(
      figure: Figure,
      key: K,
      run: () => Promise<NonNullable<Results['figures'][K]>>,
    ) => {
      if (!settings.only.includes(figure)) return;
      results.figures[key] = (await measureFigure(ctx, results, figure, run, {
        quiesceFirst: figure !== 'starts' && figure !== 'timers',
      })) as Results['figures'][K];
    };

    await measure('starts', 'caseStarts', async () => {
      const starts = await measureStarts(ctx);
      results.figures.projectionLag = await measureProjectionLag(ctx, starts.windows, {
        series: STARTS_SERIES,
        started: starts.started,
        ratePerSecond: starts.ratePerSecond,
        rawStart: starts.rawStart,
      });
      return starts.result;
    });
    await measure('decisions', 'decisions', () => measureDecisions(ctx));
    await measure('search', 'search', () => measureSearch(ctx));
    await measure('burst', 'burst', () => measureBurst(ctx));
    await measure('console', 'console', () =>
      measureConsole(ctx, {
        halfSaturation:
          results.figures.caseStarts && !('failed' in results.figures.caseStarts)
            ? results.figures.caseStarts.apiPerSecond.median / 2
            : null,
      }),
    );
    await measure('census', 'census', () => measureCensus(ctx));
    await measure('statistics', 'yearStatistics', () => measureYearStatistics(ctx));
    // The timer figure has its own server and worker: the service's processes are no longer needed.
    await stopService();
    await measure('timers', 'timers', () => measureTimers(ctx));

    results.machine.after = machineState();
    await writeResults(settings.outDir, results);
    process.stdout.write(markdown(results));
  } finally {
    closeHttp();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
