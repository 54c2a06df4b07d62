import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { fileBatch, fileFindingAs, type CaseServiceDeps } from '../services/cases';
import { ProblemSchema } from '../problem';
import {
  CaseViewSchema,
  FileFindingBodySchema,
  FindingBatchBodySchema,
  FindingBatchResultSchema,
  MAX_BATCH_FINDINGS,
} from '../schemas/cases';

export const findingRoutes: FastifyPluginAsyncZod<CaseServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.post(
    '/v1/findings',
    {
      schema: {
        tags: ['findings'],
        summary: 'File a finding (检查发现) and open its rectification case',
        description:
          'Filed by an officer of the finding’s department whose region covers the enterprise. Starts the ' +
          'rectification case workflow. Filing the same finding again (same department and document number) ' +
          'answers 200 with the existing case and starts nothing. The answer is the read model as filed; ' +
          '`live` is null here (no workflow query on the filing path): GET the case for its live state.',
        security: [{ bearerAuth: [] }],
        body: FileFindingBodySchema,
        response: {
          201: CaseViewSchema.describe('The case opened for this finding'),
          200: CaseViewSchema.describe('The case this finding already has'),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request, deps.verifier);
      const { created, case: filed } = await fileFindingAs(deps, principal, request.body);
      return reply
        .status(created ? 201 : 200)
        .header('location', `/v1/cases/${filed.id}`)
        .send(filed);
    },
  );

  app.post(
    '/v1/findings/batch',
    {
      // A census list of a thousand findings is larger than one finding's 1 MiB.
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['findings'],
        summary: 'File a batch of findings (普查清单) with a result per row',
        description:
          `Up to ${MAX_BATCH_FINDINGS} findings. Each row is validated and filed on its own: valid rows the ` +
          'caller may file are filed (or found already filed), the others say why not — a bad row does not ' +
          'stop the rest. Filing is idempotent, so a batch can be sent again after a partial failure.',
        security: [{ bearerAuth: [] }],
        body: FindingBatchBodySchema,
        response: {
          200: FindingBatchResultSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          413: ProblemSchema,
        },
      },
    },
    async (request) =>
      fileBatch(deps, await principalOf(request, deps.verifier), request.body.findings, request.log),
  );
};
