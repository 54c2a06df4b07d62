/**
 * The real servers tests run against. `npm test` (scripts/test.ts) starts a Temporal dev server and
 * an embedded PostgreSQL and passes their addresses; each test file gets a database of its own.
 */
import { randomBytes } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import pino from 'pino';
import { createActivities } from '../../activities';
import { Client } from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../db/client';
import { applyMigrations } from '../../db/migrate';
import { TIME_SKIPPING_SERVER_WRAPPER, timeSkippingServerLib } from '../../scripts/lib/tools';
import { ensureSearchAttributes } from '../../schedules/search-attributes';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import type { WorkflowHandle } from '@temporalio/client';
import { eventually } from '../kit/poll';
import { retryStart } from './retry';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the suite with \`npm test\`, which starts the servers`);
  return value;
}

export const testTemporalAddress = () => required('TEST_TEMPORAL_ADDRESS');

export interface TestDatabase extends DatabaseHandle {
  url: string;
  name: string;
}

/** A fresh database with every migration applied; dropped again by `close`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = required('TEST_DATABASE_URL');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = connectDatabase(url.toString(), { max: 5 });
  await applyMigrations(handle);
  return {
    ...handle,
    url: url.toString(),
    name,
    close: async () => {
      await handle.close();
      const dropper = new Client({ connectionString: baseUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * A time-skipping test server (Temporal's Java test server from Maven Central, or the SDK's
 * download where Maven is missing). `startTime` ('YYYY-MM-DD HH:MM:SS', UTC) starts its clock then.
 */
export async function createTimeSkippingEnv(startTime?: string): Promise<TestWorkflowEnvironment> {
  const env = await startTimeSkippingEnv(startTime);
  // As worker.ts does: the case workflows set them.
  await ensureSearchAttributes(
    env.connection.operatorService,
    env.namespace ?? 'default',
    CASE_SEARCH_ATTRIBUTES,
  );
  return env;
}

async function startTimeSkippingEnv(startTime?: string): Promise<TestWorkflowEnvironment> {
  const jars = timeSkippingServerLib();
  if (!jars) {
    if (startTime)
      throw new Error(
        'a test server clock in the past needs the Java test server: run scripts/bootstrap.sh --test',
      );
    return TestWorkflowEnvironment.createTimeSkipping();
  }
  return retryStart(
    'the time-skipping server',
    () =>
      TestWorkflowEnvironment.createTimeSkipping({
        server: {
          executable: { type: 'existing-path', path: TIME_SKIPPING_SERVER_WRAPPER },
          extraArgs: [`--jars=${jars}`, ...(startTime ? [`--start-time=${startTime}`] : [])],
        },
      }),
    /did not start within/,
  );
}

/**
 * A time-skipping server (its clock started at `startTime`), a fresh database and a worker running the
 * workflows with the real activities on `taskQueue`; `stop` shuts all three down.
 */
export async function startCaseWorker(startTime: string, taskQueue: string) {
  const [env, database] = await Promise.all([createTimeSkippingEnv(startTime), createTestDatabase()]);
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    bundlerOptions: WORKFLOW_BUNDLER_OPTIONS,
    activities: createActivities({ db: database.db, logger: pino({ level: 'silent' }) }),
  });
  const running = worker.run();
  return {
    env,
    database,
    stop: async () => {
      worker.shutdown();
      await running;
      await env.teardown();
      await database.close();
    },
  };
}

/** Moves a time-skipping server's clock on to `instant` (ISO-8601); a moment already past changes nothing. */
export async function skipTo(env: TestWorkflowEnvironment, instant: string): Promise<void> {
  const now = await env.currentTimeMs();
  const target = Date.parse(instant);
  if (target > now) await env.sleep(target - now);
}

/**
 * Terminates a workflow on the time-skipping server once it is idle: no workflow task and no activity in
 * flight. A workflow terminated mid-task can leave the server's time skipping locked for good, and every
 * later `env.sleep` on that server then waits in real time.
 */
export async function terminateWhenIdle(handle: WorkflowHandle, reason = 'test over'): Promise<void> {
  await eventually(
    () => handle.describe(),
    ({ raw }) => !raw.pendingWorkflowTask && (raw.pendingActivities ?? []).length === 0,
    `${handle.workflowId} idle`,
    { timeoutMs: 30_000 },
  );
  await handle.terminate(reason);
}
