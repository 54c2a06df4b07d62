import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { problemResponse as problem } from '../problem';
import {
  MAX_URGING_BATCH,
  UrgingBatchBodySchema,
  UrgingBatchHeadersSchema,
  UrgingBatchResultSchema,
} from '../schemas/urgings';
import type { DecisionServiceDeps } from '../services/decisions';
import { urgeBatch } from '../services/urgings';

export const urgingRoutes: FastifyPluginAsyncZod<DecisionServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.post(
    '/v1/urgings/batch',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Urge many cases at once (批量催办), with a result per case',
        description:
          `Up to ${MAX_URGING_BATCH} cases, each urged with the same reason and evidence exactly as ` +
          'POST /v1/cases/{id}/urgings urges one: the caller is the actor (supervisors only). Each case answers ' +
          'on its own — urged, refused (not in the caller’s jurisdiction or no such case, refused or closed by ' +
          'the case, with the reason) or failed (retry) — and one refusal does not stop the rest. Each case ' +
          'is urged with the key `<Idempotency-Key>:<case id>`, so sending the batch again with the same key ' +
          '(all of it, or only the failed cases) urges each case once. A bad body, or a role that may not urge, ' +
          'is refused as a whole before any case is touched.',
        security: [{ bearerAuth: [] }],
        headers: UrgingBatchHeadersSchema,
        body: UrgingBatchBodySchema,
        response: {
          200: UrgingBatchResultSchema,
          400: problem(
            'the body or the Idempotency-Key is not valid (/problems/validation), each bad field named; no case urged',
          ),
          401: problem('no valid bearer token (/problems/unauthorized)'),
          403: problem('a role that does not urge (/problems/forbidden); no case urged'),
        },
      },
    },
    async (request) =>
      urgeBatch(
        deps,
        await principalOf(request, deps.verifier),
        request.body,
        request.headers['idempotency-key'],
        request.log,
      ),
  );
};
