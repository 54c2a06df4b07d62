/**
 * The worker of the timer figure, run as its own process so that its resident memory is its own:
 * the case workflows and the real activities (PostgreSQL), as worker.ts builds them, against the
 * time-skipping test server; its workflow cache is BENCH_TIMER_CACHE: `deployed` (the default) caps it at
 * WORKER_MAX_CACHED_WORKFLOWS as worker.ts does, `sdk` leaves the SDK's default, a number sets it.
 * Writes BENCH_TIMER_READY_FILE once it polls, and every second its memory as Node sees it (the main
 * thread's V8 heap, external, array buffers, and the V8 heap of the SDK's workflow thread, where the
 * workflows live) to BENCH_TIMER_MEMORY_FILE, which says where its RSS goes; stops on SIGTERM.
 * With BENCH_TIMER_HEAP_SNAPSHOT_FILE, a file `<that>.request` appearing asks for a heap snapshot of the
 * SDK's workflow thread (the V8 isolate the workflows run in, which process.memoryUsage() does not see),
 * written to that file (the SDK takes the usual signals for its own shutdown).
 */
import { createWriteStream, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import workerThreads from 'node:worker_threads';
import v8 from 'node:v8';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities } from '../../activities';
import { loadConfig } from '../../config';
import { connectDatabase } from '../../db/client';
import { applyMigrations } from '../../db/migrate';
import { TASK_QUEUE } from '../../workflows/contract';
import { ensureSearchAttributes } from '../../schedules/search-attributes';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/timers.ts starts this process)`);
  return value;
}

let cacheSize: number | undefined;
/** The workflow thread's own V8 heap, as it last reported it (bytes). */
let threadHeap: { used: number; total: number; limit: number } | undefined;
const HEAP_CHANNEL = 'bench-workflow-thread-heap';

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Where the process's memory is, MiB: each V8 heap (main thread, workflow thread), buffers outside them. */
function memoryReport() {
  const usage = process.memoryUsage();
  return {
    workflowCache: cacheSize,
    rss: mib(usage.rss),
    heapTotal: mib(usage.heapTotal),
    heapUsed: mib(usage.heapUsed),
    external: mib(usage.external),
    arrayBuffers: mib(usage.arrayBuffers),
    heapSpacesUsed: Object.fromEntries(
      v8.getHeapSpaceStatistics().map((space) => [space.space_name, mib(space.space_used_size)]),
    ),
    heapLimit: mib(v8.getHeapStatistics().heap_size_limit),
    workflowThreadHeapUsed: threadHeap ? mib(threadHeap.used) : null,
    workflowThreadHeapTotal: threadHeap ? mib(threadHeap.total) : null,
  };
}

/**
 * The SDK's workflow threads, caught as it creates them (it looks Worker up on the module each time):
 * each is started through a few lines that post its V8 heap statistics every second on a broadcast
 * channel (the SDK's own messages go through parentPort, untouched) and then load the SDK's script.
 */
function watchWorkflowThreads(snapshotFile: string | undefined): void {
  const threads: workerThreads.Worker[] = [];
  const Original = workerThreads.Worker;
  (workerThreads as { Worker: typeof Original }).Worker = class extends Original {
    constructor(filename: string | URL, options?: workerThreads.WorkerOptions) {
      const script = String(filename);
      super(
        `const { BroadcastChannel } = require('node:worker_threads');
         const v8 = require('node:v8');
         const channel = new BroadcastChannel(${JSON.stringify(HEAP_CHANNEL)});
         channel.unref();
         setInterval(() => {
           const s = v8.getHeapStatistics();
           channel.postMessage({ used: s.used_heap_size, total: s.total_heap_size, limit: s.heap_size_limit });
         }, 1000).unref();
         require(${JSON.stringify(script)});`,
        { ...options, eval: true },
      );
      threads.push(this);
    }
  };
  const channel = new workerThreads.BroadcastChannel(HEAP_CHANNEL);
  channel.onmessage = (event) => (threadHeap = (event as { data: typeof threadHeap }).data);
  channel.unref();
  if (!snapshotFile) return;
  const request = `${snapshotFile}.request`;
  let writing = false;
  setInterval(() => {
    const [thread] = threads;
    if (writing || !thread || !existsSync(request)) return;
    writing = true;
    rmSync(request);
    void thread
      .getHeapSnapshot()
      .then((stream) => pipeline(stream, createWriteStream(`${snapshotFile}.partial`)))
      .then(() => renameSync(`${snapshotFile}.partial`, snapshotFile))
      .finally(() => (writing = false));
  }, 250).unref();
}

async function main(): Promise<void> {
  watchWorkflowThreads(process.env.BENCH_TIMER_HEAP_SNAPSHOT_FILE);
  const memoryFile = process.env.BENCH_TIMER_MEMORY_FILE;
  if (memoryFile) setInterval(() => writeFileSync(memoryFile, JSON.stringify(memoryReport())), 1_000).unref();
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const logger = pino({ name: 'bench-timer-worker', level: 'warn' });
  const database = connectDatabase(required('DATABASE_URL'), {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    applicationName: 'capacity-exit-bench-timer-worker',
  });
  await applyMigrations(database);
  const connection = await NativeConnection.connect({ address: required('TEMPORAL_ADDRESS') });
  try {
    await ensureSearchAttributes(connection.operatorService, 'default', CASE_SEARCH_ATTRIBUTES);
    const worker = await Worker.create({
      connection,
      namespace: 'default',
      taskQueue: TASK_QUEUE,
      workflowsPath: WORKFLOWS_PATH,
      bundlerOptions: WORKFLOW_BUNDLER_OPTIONS,
      activities: createActivities({ db: database.db, logger }),
      // `deployed`: as worker.ts runs (WORKER_MAX_CACHED_WORKFLOWS); `sdk`: the SDK's default, from the heap limit.
      ...cacheOption(process.env.BENCH_TIMER_CACHE ?? 'deployed'),
    });
    cacheSize = worker.options.maxCachedWorkflows;
    process.once('SIGTERM', () => worker.shutdown());
    const running = worker.run();
    await writeFile(required('BENCH_TIMER_READY_FILE'), String(process.pid));
    await running;
  } finally {
    await connection.close();
    await database.close();
  }
}

function cacheOption(setting: string): { maxCachedWorkflows?: number } {
  if (setting === 'sdk') return {};
  if (setting === 'deployed')
    return { maxCachedWorkflows: loadConfig(process.env).WORKER_MAX_CACHED_WORKFLOWS };
  return { maxCachedWorkflows: Number(setting) };
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench timer worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
