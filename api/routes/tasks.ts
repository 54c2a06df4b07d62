import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { InboxQuerySchema, InboxSchema } from '../schemas/tasks';
import { inbox, type TaskServiceDeps } from '../services/tasks';

export const taskRoutes: FastifyPluginAsyncZod<TaskServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'My inbox (待办): the open decisions the caller may make, soonest due first',
        security: [{ bearerAuth: [] }],
        querystring: InboxQuerySchema,
        response: { 200: InboxSchema, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    async (request) => inbox(deps, await principalOf(request, deps.verifier), request.query),
  );
};
