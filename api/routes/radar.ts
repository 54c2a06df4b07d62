import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { problemResponse as problem } from '../problem';
import { RadarQuerySchema, RadarSchema } from '../schemas/radar';
import { radar, type RadarServiceDeps } from '../services/radar';

export const radarRoutes: FastifyPluginAsyncZod<RadarServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  // A static path: Fastify's router matches it before the parametric /v1/cases/:id.
  app.get(
    '/v1/cases/radar',
    {
      schema: {
        tags: ['cases'],
        summary: 'The deadline radar (临期雷达): open cases by region × dimension × days left',
        description:
          'Open cases counted by their own region (the enterprise’s, as filed), dimension and days-left ' +
          'bucket, in China Standard Time calendar days to the deadline they wait on. Supervisors and ' +
          'administrators, inside their jurisdiction (another region answers 403).',
        security: [{ bearerAuth: [] }],
        querystring: RadarQuerySchema,
        response: {
          200: RadarSchema,
          400: problem('the query is not valid (/problems/validation), each bad field named'),
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem(
            'a role that does not read the radar, or a region outside the caller’s (/problems/forbidden)',
          ),
          503: problem('PostgreSQL did not answer; retry (/problems/service-unavailable)'),
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request, deps.verifier);
      const answer = await radar(deps, principal, request.query);
      reply.header('cache-control', 'private, no-store');
      return answer;
    },
  );
};
