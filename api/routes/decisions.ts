import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DECISION_KINDS } from '../../domain/authority';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { CaseIdParamsSchema } from '../schemas/cases';
import {
  DECISION_ROUTES,
  DecisionHeadersSchema,
  DecisionOptionsSchema,
  DecisionReceiptSchema,
} from '../schemas/decisions';
import { decide, decisionOptions, type DecisionServiceDeps } from '../services/decisions';

export const decisionRoutes: FastifyPluginAsyncZod<
  DecisionServiceDeps & { verifier: TokenVerifier }
> = async (app, deps) => {
  app.get(
    '/v1/cases/:id/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: 'The decisions the caller may make on the case now (可办理的决定), and why not the others',
        description:
          'Worked out on the server by the rules the POST and the case apply: the role’s capability ' +
          '(domain/authority.ts), then the case’s rules for the caller as actor (domain/case.ts), less those ' +
          'that read a decision’s body. Any role that sees the case may ask; a case outside the caller’s ' +
          'jurisdiction (or, for a department, outside its dimensions) is 404.',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: DecisionOptionsSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => decisionOptions(deps, await principalOf(request, deps.verifier), request.params.id),
  );

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
