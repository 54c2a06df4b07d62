/**
 * The published lists (yellow, red, emission), public and read-only: the current list and the
 * versioned snapshots with their diffs, rate limited per address. Taking a snapshot on demand needs a
 * supervisor's or an administrator's token.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rolesFor } from '../../domain/authority';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import {
  CurrentListSchema,
  ENTRY_CURSOR,
  IdempotencyHeadersSchema,
  ListCodeSchema,
  RegionQuerySchema,
  SnapshotReceiptSchema,
  SnapshotSchema,
  SnapshotVersionsSchema,
  VERSION_CURSOR,
} from '../schemas/lists';
import { PUBLIC_ENDPOINT } from '../security';
import {
  currentList,
  getSnapshot,
  listSnapshotVersions,
  takeSnapshotOnDemand,
  type ListServiceDeps,
} from '../services/lists';

export const listRoutes: FastifyPluginAsyncZod<ListServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/lists/:list',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['lists'],
        summary: 'A published list as it stands now (公开名单): who is on it, by region, page by page',
        description: 'Public, no token; rate limited per address. Longest on the list first.',
        params: z.object({ list: ListCodeSchema }),
        querystring: z.object({
          region: RegionQuerySchema.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          cursor: ENTRY_CURSOR.query().optional(),
        }),
        response: { 200: CurrentListSchema, 400: ProblemSchema, 429: ProblemSchema, 503: ProblemSchema },
      },
    },
    async (request) => currentList(deps.db, { list: request.params.list, ...request.query }),
  );

  app.get(
    '/v1/list-snapshots',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['lists'],
        summary: 'The published snapshot versions of the lists, newest first, with their counts',
        description: 'Public, no token; rate limited per address.',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20),
          cursor: VERSION_CURSOR.query().optional(),
        }),
        response: { 200: SnapshotVersionsSchema, 400: ProblemSchema, 429: ProblemSchema, 503: ProblemSchema },
      },
    },
    async (request) => listSnapshotVersions(deps.db, request.query),
  );

  app.get(
    '/v1/list-snapshots/:version',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['lists'],
        summary: 'One snapshot of the lists, with its diff from the previous version',
        description:
          'Public, no token; rate limited per address. `region` and `list` narrow both the entries and the diff.',
        params: z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) }),
        querystring: z.object({ region: RegionQuerySchema.optional(), list: ListCodeSchema.optional() }),
        response: {
          200: SnapshotSchema,
          400: ProblemSchema,
          404: ProblemSchema,
          429: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => {
      const { region, list } = request.query;
      return getSnapshot(deps.db, request.params.version, {
        ...(region ? { region } : {}),
        ...(list ? { list } : {}),
      });
    },
  );

  app.post(
    '/v1/list-snapshots',
    {
      schema: {
        tags: ['lists'],
        summary: 'Take a snapshot of the lists now (按需发布)',
        description:
          `Bearer token with the role ${rolesFor('publish_list_snapshot').join(' or ')}. Runs the list snapshot workflow ` +
          '(the one the quarterly schedule runs): 201 with the new version, 200 with the version an earlier ' +
          'request with the same Idempotency-Key took.',
        security: [{ bearerAuth: [] }],
        headers: IdempotencyHeadersSchema,
        response: {
          201: SnapshotReceiptSchema.describe('The snapshot this request took'),
          200: SnapshotReceiptSchema.describe('The snapshot an earlier request with this key took'),
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const principal = await principalOf(request, deps.verifier);
      const { created, ...receipt } = await takeSnapshotOnDemand(
        deps,
        principal,
        request.headers['idempotency-key'],
      );
      return reply
        .status(created ? 201 : 200)
        .header('location', `/v1/list-snapshots/${receipt.version}`)
        .send(receipt);
    },
  );
};
