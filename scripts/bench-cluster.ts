/**
 * `npm run bench:cluster`: figures 1, 2, 4 and 6 of `npm run bench` (case starts, decisions, projection
 * lag, the burst) on the Temporal dev server and then on the production Temporal server as a cluster
 * (scripts/lib/temporal-cluster.ts: frontend, two history processes, matching and worker on PostgreSQL),
 * in one run, each against the raw client on the same server; the same service on both — one worker and
 * one API process — so that only the server differs. On both, the cost of a case and of a decision
 * (scripts/bench/cost.ts). Then, on the cluster: how the end-to-end rate grows from one worker to two, and
 * filing through the load balancer from one API process to two (scaling.ts).
 *
 * Settings: those of `npm run bench` (scripts/bench/settings.ts; BENCH_ONLY picks among starts,
 * decisions, burst, cost and scaling), BENCH_TOPOLOGIES (dev,cluster), BENCH_SCALING_CASES (2,000),
 * BENCH_COST_CASES (1,000), BENCH_COST_DECISIONS (200); BENCH_WORKER_PROFILE_DIR writes each worker
 * thread's V8 CPU profile there (--cpu-prof) when the worker exits.
 * Results: bench/cluster/results.json and results.md (BENCH_OUT to write elsewhere).
 *
 * When the cluster's binaries are missing and cannot be built here (no Go), the cluster's figures are
 * reported as not measured, with the reason; a dev-server figure is never reported as the cluster's.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Pool } from 'pg';
import { closeHttp } from '../tests/kit/http';
import { log, type BenchContext } from './bench/context';
import { measureBurst } from './bench/burst';
import { clusterMarkdown, type ClusterResults, type TopologyResults } from './bench/cluster-report';
import { measureDecisions } from './bench/decisions';
import { measureFigure } from './bench/figure';
import { CpuMeter, machineState } from './bench/machine';
import { measureProjectionLag } from './bench/projection';
import { labelProcesses, measureApiScaling, measureWorkerScaling } from './bench/scaling';
import { CLUSTER_FIGURES, loadSettings, type Figure, type Settings, type Topology } from './bench/settings';
import { measureCost } from './bench/cost';
import { STARTS_SERIES, measureStarts } from './bench/starts';
import { Service } from './lib/scratch-service';
import { clusterTools } from './lib/tools';

async function onTopology(topology: Topology, settings: Settings): Promise<TopologyResults> {
  if (topology === 'cluster') {
    try {
      clusterTools();
    } catch (error) {
      log(`the cluster is not measured: ${String(error)}`);
      return { notMeasured: String(error) };
    }
  }
  log(`starting the service on the ${topology === 'dev' ? 'Temporal dev server' : 'Temporal cluster'}`);
  const service = await Service.start({
    name: `bench-${topology}`,
    topology,
    temporalOnDisk: true,
    logLevel: 'warn',
    statementStatistics: true,
    // The API as before eager starts, so that the figures compare across runs; the cost of a case measures
    // an eager pass of its own (scripts/bench/cost.ts).
    apiEnv: { EAGER_CASE_START: 'false' },
    workerNodeOptions: process.env.BENCH_WORKER_PROFILE_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_WORKER_PROFILE_DIR)}`]
      : [],
  });
  const pool = new Pool({ connectionString: service.databaseUrl, max: 4 });
  try {
    await pool.query('create extension if not exists pg_stat_statements');
    // One worker and one API process on both servers, so that the figures compare the servers.
    await service.stopRole('worker-2');
    await service.stopRole('api-2');
    const { temporal } = service;
    const ctx: BenchContext = {
      settings,
      apiUrl: service.apiUrlOf('api'),
      databaseUrl: service.databaseUrl,
      temporalAddress: service.temporalAddress,
      temporal,
      pool,
      cpu: new CpuMeter(),
      scratch: service.scratch,
      apiPid: service.pidOf('api'),
    };
    labelProcesses(ctx, service);
    const info = await temporal.workflowService.getClusterInfo({});
    const results: TopologyResults = {
      server: {
        serverVersion: info.serverVersion ?? null,
        persistenceStore: info.persistenceStore ?? null,
        visibilityStore: info.visibilityStore ?? null,
        historyShardCount: info.historyShardCount ?? null,
        processes: service.cluster?.processes.map((p) => p.name) ?? [
          'temporal server start-dev (one process)',
        ],
      },
      figures: {},
    };
    const { figures } = results;
    const wanted = (figure: Figure) => settings.only.includes(figure);
    if (wanted('starts'))
      figures.caseStarts = await measureFigure(
        ctx,
        results,
        'starts',
        async () => {
          const starts = await measureStarts(ctx);
          figures.projectionLag = await measureProjectionLag(ctx, starts.windows, {
            series: STARTS_SERIES,
            started: starts.started,
            ratePerSecond: starts.ratePerSecond,
            rawStart: starts.rawStart,
          });
          return starts.result;
        },
        { quiesceFirst: false },
      );
    if (wanted('decisions'))
      figures.decisions = await measureFigure(ctx, results, 'decisions', () => measureDecisions(ctx));
    if (wanted('burst')) figures.burst = await measureFigure(ctx, results, 'burst', () => measureBurst(ctx));
    if (wanted('cost'))
      figures.cost = await measureFigure(ctx, results, 'cost', () => measureCost(ctx, service));
    if (topology === 'cluster' && wanted('scaling')) {
      figures.workerScaling = await measureFigure(ctx, results, 'worker scaling', () =>
        measureWorkerScaling(ctx, service),
      );
      figures.apiScaling = await measureFigure(ctx, results, 'API scaling', () =>
        measureApiScaling(ctx, service),
      );
    }
    results.temporalCrashes = [...service.temporalCrashes];
    results.unexpectedExits = [...service.unexpectedExits];
    if (results.temporalCrashes.length || results.unexpectedExits.length) {
      results.logs = service.scratch;
      log(`a process exited on its own; its logs are kept in ${service.scratch}`);
    }
    return results;
  } finally {
    await pool.end().catch(() => undefined);
    const crashed = service.temporalCrashes.length > 0 || service.unexpectedExits.length > 0;
    await service.stop({ keep: crashed });
  }
}

async function main(): Promise<void> {
  const settings = loadSettings(CLUSTER_FIGURES);
  const outDir = process.env.BENCH_OUT ?? path.join('bench', 'cluster');
  const results: ClusterResults = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, before: machineState() },
    settings,
    topologies: {},
  };
  try {
    for (const topology of settings.topologies)
      results.topologies[topology] = await onTopology(topology, settings);
  } finally {
    closeHttp();
  }
  results.machine.after = machineState();
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(outDir, 'results.md'), clusterMarkdown(results));
  process.stdout.write(clusterMarkdown(results));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench:cluster] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
