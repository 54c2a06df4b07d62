/**
 * Tips (举报): public intake and follow-up by receipt number (no token, rate-limited per address), and the
 * staff's list, record, triage and verification (bearer token).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import {
  DecisionHeadersSchema,
  PublicTipSchema,
  ReceiptParamsSchema,
  SubmissionHeadersSchema,
  TIP_DECISION_ROUTES,
  TipIdParamsSchema,
  TipListQuerySchema,
  TipListSchema,
  TipReceiptSchema,
  TipRecordSchema,
  TipSubmissionSchema,
} from '../schemas/tips';
import { PUBLIC_ENDPOINT } from '../security';
import { decideTip, followTip, listTips, submitTip, tipRecord, type TipServiceDeps } from '../services/tips';

export const tipRoutes: FastifyPluginAsyncZod<TipServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.post(
    '/v1/tips',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['tips'],
        summary: 'File a tip (举报); public, anonymous allowed',
        description:
          'No token. Limited per client address. Answers 201 with the receipt number (受理编号) and a Location ' +
          'to follow the tip; the same Idempotency-Key with the same tip answers 200 with the same receipt.',
        headers: SubmissionHeadersSchema,
        body: TipSubmissionSchema,
        response: {
          201: PublicTipSchema.describe('The tip as received, with its receipt number'),
          200: PublicTipSchema.describe('The tip this submission already filed'),
          400: ProblemSchema,
          429: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { created, view } = await submitTip(deps, request.body, request.headers['idempotency-key']);
      return reply
        .status(created ? 201 : 200)
        .header('location', `/v1/tips/${view.receiptNumber}`)
        .send(view);
    },
  );

  app.get(
    '/v1/tips/:receiptNumber',
    {
      config: PUBLIC_ENDPOINT,
      // The receipt number is the reporter's only key to their tip: request logs show the route, not it.
      logSerializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: request.routeOptions.url,
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
      schema: {
        tags: ['tips'],
        summary: 'Follow a tip by its receipt number; public',
        description: 'No token. Limited per client address. Never shows the reporter or who handled the tip.',
        params: ReceiptParamsSchema,
        response: { 200: PublicTipSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => followTip(deps, request.params.receiptNumber),
  );

  app.get(
    '/v1/tips',
    {
      schema: {
        tags: ['tips'],
        summary: 'The tips of the caller’s region, newest first; by status and category',
        description:
          'Supervisors, auditors and administrators see every tip inside their region; a department officer ' +
          'only those triaged to their department.',
        security: [{ bearerAuth: [] }],
        querystring: TipListQuerySchema,
        response: { 200: TipListSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const principal = await principalOf(request, deps.verifier);
      const { status, category, limit, cursor } = request.query;
      return listTips(deps, principal, {
        limit,
        ...(status ? { status } : {}),
        ...(category ? { category } : {}),
        ...(cursor ? { cursor } : {}),
      });
    },
  );

  app.get(
    '/v1/tips/:id/record',
    {
      schema: {
        tags: ['tips'],
        summary: 'One tip for the staff: as filed, with its decisions and full event history',
        security: [{ bearerAuth: [] }],
        params: TipIdParamsSchema,
        response: {
          200: TipRecordSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => tipRecord(deps, await principalOf(request, deps.verifier), request.params.id),
  );

  for (const { action, path, body, summary } of TIP_DECISION_ROUTES) {
    app.post(
      `/v1/tips/:id/${path}`,
      {
        schema: {
          tags: ['tips'],
          summary,
          description:
            'The actor is the caller (bearer token). A tip outside the caller’s region answers 404, a role that ' +
            'does not make this decision 403, a decision the tip refuses 409 with its reason.',
          security: [{ bearerAuth: [] }],
          params: TipIdParamsSchema,
          headers: DecisionHeadersSchema,
          body,
          response: {
            200: TipReceiptSchema,
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
        return decideTip(deps, principal, {
          tipId: request.params.id,
          action,
          body: request.body as never,
          idempotencyKey: request.headers['idempotency-key'],
        });
      },
    );
  }
};
