import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCase, type CaseServiceDeps } from '../cases-service';
import { ProblemSchema } from '../problem';
import { CaseIdParamsSchema, CaseViewSchema } from '../schemas';

export const caseRoutes: FastifyPluginAsyncZod<CaseServiceDeps> = async (app, deps) => {
  app.get(
    '/v1/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'One rectification case (整改案件): the read model with the workflow’s live state',
        params: CaseIdParamsSchema,
        response: { 200: CaseViewSchema, 400: ProblemSchema, 404: ProblemSchema, 503: ProblemSchema },
      },
    },
    async (request) => getCase(deps, request.params.id),
  );
};
