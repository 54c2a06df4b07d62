/**
 * The floor of a case, measured beside its cost (scripts/bench/cost.ts): BENCH_COST_CASES floor
 * workflows (./workflows.ts — the case's start options and input, one local activity that does nothing,
 * the deadline timer) started with the raw client while no worker runs, then worked off by their own
 * worker process. Its CPU and the Temporal server's, per workflow, is what any workflow of a case's shape
 * costs on this SDK and server: the part of a case's cost that no change to the case's own code removes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { caseStartOptions } from '../../../api/services/cases';
import { mapWithConcurrency } from '../../../lib/concurrency';
import { poll, sleep } from '../../../tests/kit/poll';
import { spawnEntryPoint, stopProcess } from '../../lib/processes';
import { log, type BenchContext } from '../context';
import { benchFinding, caseInputFor } from '../findings';
import { cpuBetween, perOperation } from '../machine';
import { quiesce } from '../quiet';
import { round } from '../stats';
import { FLOOR_TASK_QUEUE, FLOOR_WORKFLOW_TYPE } from './activities';

const SERIES = '下限';
const ROLES = ['temporal server', 'floor worker'];

function readCount(file: string): number {
  try {
    return Number(readFileSync(file, 'utf8')) || 0;
  } catch {
    return 0;
  }
}

export async function measureFloor(ctx: BenchContext, workflows: number) {
  await quiesce(ctx, 'the floor of a case');
  log(`cost: starting ${workflows} floor workflows with the raw client, no worker running`);
  let before = ctx.cpu.snapshot();
  await mapWithConcurrency(Array.from({ length: workflows }), ctx.settings.concurrency, async () => {
    const options = caseStartOptions(caseInputFor(benchFinding(SERIES)), FLOOR_TASK_QUEUE);
    await ctx.temporal.workflow.start(FLOOR_WORKFLOW_TYPE, {
      ...options,
      workflowId: `bench-floor/${options.workflowId}`,
    });
  });
  const starting = perOperation(cpuBetween(before, ctx.cpu.snapshot()), workflows);

  const readyFile = path.join(ctx.scratch, 'floor-worker.ready');
  const countFile = path.join(ctx.scratch, 'floor-worker.count');
  const worker = spawnEntryPoint(path.join('scripts', 'bench', 'floor', 'worker.ts'), {
    ...process.env,
    TEMPORAL_ADDRESS: ctx.temporalAddress,
    BENCH_FLOOR_READY_FILE: readyFile,
    BENCH_FLOOR_COUNT_FILE: countFile,
  });
  let exit: string | null = null;
  worker.once('exit', (code, signal) => (exit = `exited (code ${code}, signal ${signal})`));
  const alive = () => {
    if (exit) throw new Error(`the floor worker ${exit}`);
  };
  ctx.cpu.label(worker.pid, 'floor worker');
  try {
    // Its CPU from its start on: the bundle it builds is the case worker's start-up too, not counted there.
    const ready = await poll(async () => (alive(), existsSync(readyFile)), Boolean, { timeoutMs: 180_000 });
    if (!ready.met) throw new Error('the floor worker did not start within 180 s');
    log('cost: the floor worker works them off');
    before = ctx.cpu.snapshot();
    const began = performance.now();
    const done = await poll(
      async () => (alive(), readCount(countFile)),
      (count) => count >= workflows,
      { timeoutMs: 30 * 60_000, everyMs: 100 },
    );
    if (!done.met) throw new Error(`${done.value} of ${workflows} floor workflows ran in 30 min`);
    const seconds = (performance.now() - began) / 1000;
    // The last workflow tasks complete just after their local activity.
    await sleep(1_000);
    const working = perOperation(cpuBetween(before, ctx.cpu.snapshot()), workflows);
    const pick = (cpu: Record<string, number>) =>
      Object.fromEntries(ROLES.map((role) => [role, round(cpu[role] ?? 0, 2)]));
    const filing = pick(starting);
    const firstSteps = pick(working);
    return {
      workflows,
      /** CPU ms per workflow, starting it (raw client, no worker). */
      filing,
      /** CPU ms per workflow, from its first task to its timer started. */
      firstSteps,
      /** Floor worker + Temporal CPU ms per workflow, start to timer. */
      workerAndTemporalMs: round(
        (filing['temporal server'] ?? 0) +
          (firstSteps['temporal server'] ?? 0) +
          (firstSteps['floor worker'] ?? 0),
        2,
      ),
      perSecond: round(workflows / seconds, 1),
    };
  } finally {
    await stopProcess(worker);
  }
}
