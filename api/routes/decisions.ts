import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DECISION_KINDS } from '../../domain/authority';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { CaseIdParamsSchema } from '../schemas/cases';
import { DECISION_ROUTES, DecisionHeadersSchema, DecisionReceiptSchema } from '../schemas/decisions';
import { decide, type DecisionServiceDeps } from '../services/decisions';

export const decisionRoutes: FastifyPluginAsyncZod<
  DecisionServiceDeps & { verifier: TokenVerifier }
> = async (app, deps) => {
  for (const { kind, path, schema, summary } of DECISION_ROUTES) {
    app.post(
      `/v1/cases/:id/${path}`,
      {
        schema: {
          tags: ['decisions'],
          summary,
          description: `${DECISION_KINDS[kind]}. The actor is the caller (bearer token). Refused by the case: 409 with its reason.`,
          security: [{ bearerAuth: [] }],
          params: CaseIdParamsSchema,
          headers: DecisionHeadersSchema,
          body: schema,
          response: {
            200: DecisionReceiptSchema,
            400: ProblemSchema,
            401: ProblemSchema,
            403: ProblemSchema,
            404: ProblemSchema,
            409: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      async (request) => {
        const principal = await principalOf(request, deps.verifier);
        return decide(deps, principal, {
          caseId: request.params.id,
          kind,
          body: request.body as never,
          idempotencyKey: request.headers['idempotency-key'],
        });
      },
    );
  }
};
