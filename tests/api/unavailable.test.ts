/**
 * When Temporal cannot be reached the API says so — 503 with a problem body and Retry-After — and
 * stores nothing; readiness reports which dependency is down.
 */
import { Client, Connection } from '@temporalio/client';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../api/app';
import { createTokenVerifier } from '../../api/auth';
import { loadConfig } from '../../config';
import { cases } from '../../db/schema';
import { fileFinding } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';
import { OpenApiContract } from '../helpers/openapi';
import { createTestDatabase, type TestDatabase } from '../helpers/servers';

let database: TestDatabase;
let connection: Connection;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  // Port 9 (discard) on loopback: nothing listens there.
  // No gRPC retry interceptor: a retry still pending when the suite closes the connection would
  // fire later into the closed channel and fail whichever suite Jest runs next in this process.
  connection = Connection.lazy({ address: '127.0.0.1:9', connectTimeout: 500, interceptors: [] });
  const temporal = new Client({ connection });
  app = await buildApp({
    db: database.db,
    pool: database.pool,
    temporal,
    logger: pino({ level: 'silent' }),
    verifier: createTokenVerifier(loadConfig({})),
  });
});

afterAll(async () => {
  await app?.close();
  await connection?.close().catch(() => undefined);
  await database?.close();
});

it('answers a filing with 503 and stores nothing while Temporal is unreachable', async () => {
  const answer = await fileFinding(app, aFinding());
  expect(answer.statusCode).toBe(503);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.headers['retry-after']).toBe('5');
  expect(answer.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
  const [row] = await database.db.select({ n: count() }).from(cases);
  expect(row!.n).toBe(0);
});

it('reports not ready, naming Temporal', async () => {
  const answer = await app.inject({ url: '/readyz' });
  expect(answer.statusCode).toBe(503);
  expect(answer.json()).toEqual({ status: 'unavailable', postgres: 'ok', temporal: 'unavailable' });
  expect((await OpenApiContract.of(app)).problemWith('GET', '/readyz', answer)).toBeNull();
});

it('refuses a body over 1 MiB with 413 before reading it into a case', async () => {
  const huge = { ...aFinding(), padding: 'x'.repeat(1024 * 1024 + 1) };
  const answer = await app.inject({
    method: 'POST',
    url: '/v1/findings',
    payload: huge,
    headers: await bearer(officerFor(huge)),
  });
  expect(answer.statusCode).toBe(413);
  expect(answer.json()).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
});
