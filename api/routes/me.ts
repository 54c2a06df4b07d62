import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { MeSchema } from '../schemas/me';
import { me } from '../services/me';

export const meRoutes: FastifyPluginAsyncZod<{ verifier: TokenVerifier }> = async (app, deps) => {
  app.get(
    '/v1/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Who the bearer token is: roles, jurisdiction, department and capabilities',
        description:
          'For a console to show only what the API would allow. The region is given by its code, its name ' +
          '(null for a code the name table lacks) and its level.',
        security: [{ bearerAuth: [] }],
        response: { 200: MeSchema, 401: ProblemSchema },
      },
    },
    async (request) => me(await principalOf(request, deps.verifier)),
  );
};
