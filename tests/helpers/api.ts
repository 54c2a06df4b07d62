import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { createActivities } from '../../activities';
import { buildApp } from '../../api/app';
import { createTokenVerifier } from '../../api/auth';
import { loadConfig } from '../../config';
import { createTestDatabase, testTemporalAddress, type TestDatabase } from './servers';

export interface ApiHarness {
  app: FastifyInstance;
  database: TestDatabase;
  temporal: Client;
  taskQueue: string;
  close(): Promise<void>;
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
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('../../workflows'),
    activities: createActivities({ db: database.db, logger }),
  });
  const running = worker.run();
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
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
      await database.close();
    },
  };
}
