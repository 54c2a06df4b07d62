/**
 * The published lists (yellow, red, emission), public and read-only: the current list and the
 * versioned snapshots with their diffs, rate limited per address. Taking a snapshot on demand needs a
 * supervisor's or an administrator's token.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLISHED_LISTS, codesOf, describeCodes } from '../../domain/enums';
import { rolesFor } from '../../domain/authority';
import { LIST_CODES, LIST_SNAPSHOT_TRIGGERS } from '../../domain/lists';
import { REGION_CODE_PATTERN, isRegionCode } from '../../domain/region';
import { principalOf, type TokenVerifier } from '../auth';
import { CASE_ID_PATTERN } from '../../domain/case-id';
import { cursorOf, idField, instantField, versionField } from '../cursor';
import {
  currentList,
  getSnapshot,
  listSnapshotVersions,
  takeSnapshotOnDemand,
  type ListServiceDeps,
} from '../services/lists';
import { ProblemSchema } from '../problem';
import { PUBLIC_ENDPOINT } from '../security';
import { idempotencyHeaders } from '../schemas/common';

const ListCodeSchema = z.enum(LIST_CODES).meta({ description: describeCodes(PUBLISHED_LISTS) });
const TriggerSchema = z
  .enum(codesOf(LIST_SNAPSHOT_TRIGGERS))
  .meta({ description: describeCodes(LIST_SNAPSHOT_TRIGGERS) });
const Instant = z.string().meta({ format: 'date-time' });

const RegionQuerySchema = z.string().refine(isRegionCode, 'must be a GB/T 2260 region code').meta({
  description:
    'GB/T 2260 code: a province (320000) keeps its cities and counties, a city (320500) its counties, a county itself',
  pattern: REGION_CODE_PATTERN.source,
});

const ListEntrySchema = z
  .object({
    list: ListCodeSchema,
    caseId: z.string(),
    enterpriseName: z.string(),
    creditCode: z.string().meta({ description: 'unified social credit code (统一社会信用代码)' }),
    regionCode: z.string(),
    enteredAt: Instant.meta({ description: 'when the case entered the list' }),
  })
  .meta({ id: 'ListEntry' });

const ListChangesSchema = z.object({ added: z.array(ListEntrySchema), removed: z.array(ListEntrySchema) });

const ListDiffSchema = z.record(ListCodeSchema, ListChangesSchema).meta({
  id: 'ListDiff',
  description: 'per list, the entries added and removed since the previous version',
});

const ListCountsSchema = z
  .record(
    ListCodeSchema,
    z.object({ entries: z.number().int(), added: z.number().int(), removed: z.number().int() }),
  )
  .meta({ id: 'ListCounts' });

const CurrentListSchema = z
  .object({
    list: ListCodeSchema,
    label: z.string().meta({ description: 'the list’s Chinese name' }),
    region: z.string().nullable(),
    items: z.array(ListEntrySchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'CurrentList' });

const SnapshotVersionSchema = z
  .object({
    version: z.number().int(),
    takenAt: Instant.meta({ description: 'the instant the entries are as of' }),
    trigger: TriggerSchema,
    previousVersion: z.number().int().nullable(),
    counts: ListCountsSchema,
  })
  .meta({ id: 'ListSnapshotVersion' });

const SnapshotVersionsSchema = z
  .object({ items: z.array(SnapshotVersionSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ListSnapshotVersions' });

const SnapshotSchema = z
  .object({
    version: z.number().int(),
    takenAt: Instant.meta({ description: 'the instant the entries are as of' }),
    trigger: TriggerSchema,
    previousVersion: z.number().int().nullable(),
    region: z.string().nullable().meta({ description: 'the region filter applied to entries and diff' }),
    list: ListCodeSchema.nullable().meta({ description: 'the list filter applied to entries and diff' }),
    entries: z.array(ListEntrySchema),
    diff: ListDiffSchema,
  })
  .meta({ id: 'ListSnapshot' });

const SnapshotReceiptSchema = z
  .object({
    version: z.number().int(),
    takenAt: Instant,
    trigger: TriggerSchema,
    requestedBy: z
      .string()
      .nullable()
      .meta({ description: 'the user who asked for it; null for the schedule' }),
    previousVersion: z.number().int().nullable(),
    counts: ListCountsSchema,
  })
  .meta({ id: 'ListSnapshotReceipt' });

const IdempotencyHeadersSchema = idempotencyHeaders(
  'the same key answers the same snapshot version, however often it is sent',
);

/** Where a page of a list ended: the last entry's instant and case. */
const ENTRY_CURSOR = cursorOf<{ enteredAt: string; caseId: string }>({
  enteredAt: instantField,
  caseId: idField(CASE_ID_PATTERN),
});
/** Where a page of versions ended: the last (oldest) version on it. */
const VERSION_CURSOR = cursorOf<{ version: number }>({ version: versionField });

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
    async (request) => {
      const { list } = request.params;
      const { region, limit, cursor } = request.query;
      const page = await currentList(deps.db, {
        list,
        limit,
        ...(region ? { region } : {}),
        ...(cursor ? { after: ENTRY_CURSOR.decode(cursor) } : {}),
      });
      return {
        list,
        label: PUBLISHED_LISTS[list],
        region: region ?? null,
        items: page.items,
        nextCursor: page.next ? ENTRY_CURSOR.encode(page.next) : null,
      };
    },
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
    async (request) => {
      const { limit, cursor } = request.query;
      const page = await listSnapshotVersions(deps.db, {
        limit,
        ...(cursor ? { before: VERSION_CURSOR.decode(cursor).version } : {}),
      });
      return { items: page.items, nextCursor: page.next ? VERSION_CURSOR.encode(page.next) : null };
    },
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
