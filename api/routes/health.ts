import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LivenessSchema, ReadinessSchema } from '../schemas/health';
import { readiness, type HealthDeps } from '../services/health';

export type { HealthDeps };

export const healthRoutes: FastifyPluginAsyncZod<HealthDeps> = async (app, deps) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the API process is up',
        response: { 200: LivenessSchema },
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
      const ready = await readiness(deps);
      return reply.status(ready.status === 'ok' ? 200 : 503).send(ready);
    },
  );
};
