import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { AgreementSchema, HistoriesSchema, TimelineSchema } from '../schemas/audit';
import { CaseIdParamsSchema } from '../schemas/cases';
import { auditCheck, caseHistories, caseTimeline, type AuditServiceDeps } from '../services/audit';

export const auditRoutes: FastifyPluginAsyncZod<AuditServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/cases/:id/history',
    {
      schema: {
        tags: ['audit'],
        summary: 'The raw Temporal event history of each of the case’s workflow runs, as JSON',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: HistoriesSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => caseHistories(deps, await principalOf(request, deps.verifier), request.params.id),
  );

  app.get(
    '/v1/cases/:id/audit-check',
    {
      schema: {
        tags: ['audit'],
        summary: 'Check that the ledger and the Temporal history agree and that the hash chain is intact',
        description:
          'Each step in the workflow’s history (the `recordCaseSteps` or `recordCaseStep` local activity’s marker ' +
          'and its result, or, for cases started before them, the `recordCaseEvent` activity and its input) is turned into ' +
          'the ledger entry it must have written and compared with the stored one; every ledger entry must ' +
          'have its step in a run’s history. Steps still being written are listed as `pending`.',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: AgreementSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => auditCheck(deps, await principalOf(request, deps.verifier), request.params.id),
  );

  app.get(
    '/v1/cases/:id/timeline',
    {
      schema: {
        tags: ['audit'],
        summary:
          'A case’s full timeline from the ledger (who, role, when, what, why, evidence), with a check of its hash chain',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: TimelineSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => caseTimeline(deps, await principalOf(request, deps.verifier), request.params.id),
  );
};
