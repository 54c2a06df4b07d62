/**
 * A local activity the worker cancels on its own (sdk-core evicting the run while the activity waits
 * to retry) is scheduled again instead of failing the case (workflows/local-activities.ts); a cancellation
 * the workflow asked for, and any other failure, still reach it.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createTimeSkippingEnv } from '../helpers/servers';
import type * as fixtures from './fixtures/worker-cancellation';

const TASK_QUEUE = 'worker-cancellation-test';
let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('./fixtures/worker-cancellation'),
  });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
});

const run = <W extends keyof typeof fixtures>(workflow: W, ...args: Parameters<(typeof fixtures)[W]>) =>
  env.client.workflow.execute(workflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `${workflow}-${Math.random().toString(36).slice(2)}`,
    args,
  }) as ReturnType<(typeof fixtures)[W]>;

describe('a local activity the worker cancelled on its own', () => {
  it('is scheduled again, as often as it happens, and the workflow goes on', async () => {
    await expect(run('cancelledByTheWorker', 0)).resolves.toBe(1);
    await expect(run('cancelledByTheWorker', 3)).resolves.toBe(4);
  });

  it('reaches the workflow when the workflow cancelled it itself', async () => {
    await expect(run('cancelledByTheWorkflow')).resolves.toBe('rethrown after 1 call(s)');
  });

  it('leaves every other failure to the workflow', async () => {
    await expect(run('failedOtherwise')).resolves.toBe('rethrown: UnknownCase');
  });
});
