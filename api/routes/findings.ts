import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileFinding, type CaseServiceDeps } from '../cases-service';
import { ProblemSchema } from '../problem';
import { CaseViewSchema, FileFindingBodySchema } from '../schemas';

export const findingRoutes: FastifyPluginAsyncZod<CaseServiceDeps> = async (app, deps) => {
  app.post(
    '/v1/findings',
    {
      schema: {
        tags: ['findings'],
        summary: 'File a finding (检查发现) and open its rectification case',
        description:
          'Starts the rectification case workflow. Filing the same finding again (same department and document ' +
          'number) answers 200 with the existing case and starts nothing. The answer is the read model as filed; ' +
          '`live` is null here (no workflow query on the filing path): GET the case for its live state.',
        body: FileFindingBodySchema,
        response: {
          201: CaseViewSchema.describe('The case opened for this finding'),
          200: CaseViewSchema.describe('The case this finding already has'),
          400: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { created, case: filed } = await fileFinding(deps, request.body);
      return reply
        .status(created ? 201 : 200)
        .header('location', `/v1/cases/${filed.id}`)
        .send(filed);
    },
  );
};
