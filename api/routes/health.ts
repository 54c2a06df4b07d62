import type { Client } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Pool } from 'pg';
import { z } from 'zod';

export interface HealthDeps {
  pool: Pool;
  temporal: Client;
}

const CheckSchema = z.enum(['ok', 'unavailable']);
const ReadinessSchema = z.object({ status: CheckSchema, postgres: CheckSchema, temporal: CheckSchema });

const CHECK_TIMEOUT_MS = 2_000;

async function check(probe: () => Promise<unknown>): Promise<'ok' | 'unavailable'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return 'ok';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncZod<HealthDeps> = async (app, { pool, temporal }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the API process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: Temporal and PostgreSQL both answer',
        response: { 200: ReadinessSchema, 503: ReadinessSchema },
      },
      logLevel: 'warn',
    },
    async (_request, reply) => {
      const [postgres, temporalCheck] = await Promise.all([
        check(() => pool.query('select 1')),
        check(() => temporal.connection.workflowService.getSystemInfo({})),
      ]);
      const status = postgres === 'ok' && temporalCheck === 'ok' ? 'ok' : 'unavailable';
      return reply.status(status === 'ok' ? 200 : 503).send({ status, postgres, temporal: temporalCheck });
    },
  );
};
