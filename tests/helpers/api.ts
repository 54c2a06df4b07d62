import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { createActivities } from '../../activities';
import { buildApp } from '../../api/app';
import { createTokenVerifier, type Principal } from '../../api/auth';
import { loadConfig } from '../../config';
import type { FindingInput } from '../../domain/finding';
import { listSnapshotTaskQueue } from '../../workflows/list-snapshot-contract';
import { ensureSearchAttributes } from '../../schedules/search-attributes';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { eventually } from '../kit/poll';
import { bearer, officerFor } from '../kit/tokens';
import { createTestDatabase, testTemporalAddress, type TestDatabase } from './servers';
import { retryStart } from './retry';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

export interface ApiHarness {
  app: FastifyInstance;
  database: TestDatabase;
  temporal: Client;
  taskQueue: string;
  close(): Promise<void>;
}

/** A second app on the harness's servers whose public endpoints allow `max` requests a minute per address. */
export function rateLimitedApp(api: ApiHarness, max: number): Promise<FastifyInstance> {
  return buildApp({
    db: api.database.db,
    pool: api.database.pool,
    temporal: api.temporal,
    logger: pino({ level: 'silent' }),
    taskQueue: api.taskQueue,
    verifier: createTokenVerifier(loadConfig({})),
    publicRateLimit: { max, timeWindowMs: 60_000 },
  });
}

/**
 * The API built as in production, on the suite's real Temporal dev server and a fresh real
 * database, with a worker running the case workflows on a task queue of its own.
 */
export async function startApiHarness({
  logger = pino({ level: 'silent' }),
}: { logger?: Logger } = {}): Promise<ApiHarness> {
  const database = await createTestDatabase();
  const address = testTemporalAddress();
  const taskQueue = `test-${randomBytes(4).toString('hex')}`;
  const connection = await Connection.connect({ address });
  const temporal = new Client({ connection });
  const nativeConnection = await NativeConnection.connect({ address });
  // As worker.ts does (npm test's dev server has them from its start; a server of TEST_TEMPORAL_ADDRESS may not).
  await ensureSearchAttributes(connection.operatorService, 'default', CASE_SEARCH_ATTRIBUTES);
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    ...WORKFLOW_BUNDLER_OPTIONS,
    logger: new DefaultLogger('WARN'),
  });
  const activities = createActivities({ db: database.db, logger });
  // As worker.ts: the case workflows' queue, and list snapshots on a queue of their own.
  const workers = await Promise.all(
    [taskQueue, listSnapshotTaskQueue(taskQueue)].map((queue) =>
      retryStart(
        'a worker',
        () => Worker.create({ connection: nativeConnection, taskQueue: queue, workflowBundle, activities }),
        /Unavailable|could not be described/,
      ),
    ),
  );
  const running = Promise.all(workers.map((worker) => worker.run()));
  const app = await buildApp({
    db: database.db,
    pool: database.pool,
    temporal,
    logger,
    taskQueue,
    verifier: createTokenVerifier(loadConfig({})),
  });
  return {
    app,
    database,
    temporal,
    taskQueue,
    close: async () => {
      await app.close();
      for (const worker of workers) worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
      await database.close();
    },
  };
}

/** POST /v1/findings as the finding's own officer (or as `principal`). */
export async function fileFinding(
  app: FastifyInstance,
  finding: FindingInput,
  principal = officerFor(finding),
) {
  return app.inject({
    method: 'POST',
    url: '/v1/findings',
    payload: finding,
    headers: await bearer(principal),
  });
}

/**
 * Waits until the case's read-model row (not its live state) has `status`: the row is written in the
 * same transaction as the step's ledger entry and tasks, so everything that step records is there.
 */
export async function caseRecordedAs(
  app: FastifyInstance,
  caseId: string,
  status: string,
  principal: Principal,
): Promise<void> {
  const headers = await bearer(principal);
  await eventually(
    async () => (await app.inject({ url: `/v1/cases/${caseId}`, headers })).json().status,
    (recorded) => recorded === status,
    `case ${caseId} recorded as ${status}`,
  );
}
