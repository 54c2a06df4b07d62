import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { getCase, listCases, type CaseServiceDeps } from '../services/cases';
import { ProblemSchema } from '../problem';
import { CaseIdParamsSchema, CasePageSchema, CaseSearchQuerySchema, CaseViewSchema } from '../schemas/cases';

export const caseRoutes: FastifyPluginAsyncZod<CaseServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Search cases (案件查询) in the caller’s jurisdiction, soonest deadline first',
        description:
          'Filters combine with AND. A department officer sees only the dimensions their department owns. ' +
          'Page with `cursor` (from `nextCursor`), keeping the same filters and sort.',
        security: [{ bearerAuth: [] }],
        querystring: CaseSearchQuerySchema,
        response: { 200: CasePageSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => listCases(deps, await principalOf(request, deps.verifier), request.query),
  );

  app.get(
    '/v1/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary:
          'One rectification case (整改案件): state, every deadline with its explanation, open tasks, evidence',
        description:
          'From the read model, with the workflow’s live state (`live`, null if Temporal did not answer in ' +
          'time). A case outside the caller’s jurisdiction (or, for a department, outside its dimensions) is 404.',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: CaseViewSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => getCase(deps, await principalOf(request, deps.verifier), request.params.id),
  );
};
