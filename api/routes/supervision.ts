/** Supervision (督查): how each region under a jurisdiction stands against its year. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { SupervisionParamsSchema, SupervisionSchema } from '../schemas/supervision';
import { supervision } from '../services/supervision';

export const supervisionRoutes: FastifyPluginAsyncZod<{ db: Database; verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/supervision/:regionCode/:year',
    {
      schema: {
        tags: ['years'],
        summary: 'Supervision (督查): each region under a jurisdiction against its year',
        description:
          'For each region directly under `regionCode`: its cases open, overdue and awaiting acceptance now; ' +
          'its exits this year so far (as the exit statistics count them); its year’s milestones pending and ' +
          'overdue; the exit targets of its work plan in force and the gap to them; and `lagging`, why it lags ' +
          '(cases overdue, exits behind target, milestones overdue). Readers of the statistics, for a region ' +
          'inside their jurisdiction (another answers 403).',
        security: [{ bearerAuth: [] }],
        params: SupervisionParamsSchema,
        response: {
          200: SupervisionSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => supervision(deps.db, await principalOf(request, deps.verifier), request.params),
  );
};
