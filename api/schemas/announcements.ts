/** The yearly announcement (年度社会公告) as the API takes and shows it (domain/announcement.ts). */
import { z } from 'zod';
import {
  ANNOUNCEMENT_DECISIONS,
  ANNOUNCEMENT_ID_PATTERN,
  ANNOUNCEMENT_KEY_PATTERN,
  ANNOUNCEMENT_STATUSES,
} from '../../domain/announcement';
import { describeCodes, DIMENSIONS, INDUSTRIES } from '../../domain/enums';
import { LocalDateSchema, text } from '../../domain/finding';
import { EXIT_COUNTINGS, EXIT_METHODS } from '../../domain/statistics';
import { cursorOf, idField, versionField } from '../cursor';
import { dateTime, enumOf, idempotencyHeaders, regionNameField } from './common';
import { RegionCodeParamSchema } from './regions';
import { CalendarParamsSchema } from './years';

const ActorRecordSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: 'user id, role, region, department' });

export const AnnouncementHeadersSchema = idempotencyHeaders(
  'a retried request with the same key applies once and answers the same receipt',
);

export const DraftAnnouncementBodySchema = z
  .strictObject({
    regionCode: RegionCodeParamSchema,
    year: CalendarParamsSchema.shape.year,
    cutoff: LocalDateSchema.meta({
      description:
        '数据截至 — the statistics count the ledger as it stood at 24:00 CST that day: 31 December of the year or later, not after today',
    }),
    correction: text(2000).optional().meta({
      description: '更正说明 — required once a version is published (what the new version corrects)',
    }),
  })
  .meta({ description: 'the jurisdiction, the year, the cut-off; for a correction, what it corrects' });

export const AnnouncementDecisionBodySchema = z.strictObject({
  outcome: z
    .enum(['approved', 'discarded'] as const satisfies readonly (keyof typeof ANNOUNCEMENT_DECISIONS)[])
    .meta({ description: describeCodes(ANNOUNCEMENT_DECISIONS) }),
  reason: text(2000).meta({ description: '审批意见' }),
});

export const AnnouncementKeyParamsSchema = z.object({
  key: z
    .string()
    .regex(ANNOUNCEMENT_KEY_PATTERN, 'must be an announcement key like GG-610900-2025')
    .meta({ description: 'GG-<region code>-<year>', example: 'GG-610900-2025' }),
});

export const AnnouncementVersionParamsSchema = AnnouncementKeyParamsSchema.extend({
  version: z.coerce.number().int('must be a whole version number').min(1).max(9999),
});

export const AnnouncementIdParamsSchema = z.object({
  id: z
    .string()
    .regex(ANNOUNCEMENT_ID_PATTERN, 'must be an announcement id like GG-610900-2025-1')
    .meta({ description: 'GG-<region code>-<year>-<version>', example: 'GG-610900-2025-1' }),
});

export const AnnouncementFormatQuerySchema = z.object({
  format: z
    .enum(['json', 'xlsx'])
    .default('json')
    .meta({ description: 'json, or xlsx: the sheet 公告 as a file' }),
});

export const AnnouncementReceiptSchema = z
  .object({
    key: z.string(),
    id: z.string(),
    version: z.number().int(),
    status: enumOf(ANNOUNCEMENT_STATUSES),
    sequence: z.number().int().meta({ description: 'the ledger entry that recorded it' }),
  })
  .meta({ id: 'AnnouncementReceipt' });

const TotalSchema = z.object({
  capacityUnit: z.string(),
  cases: z.number().int(),
  capacityValue: z.number(),
});

const VersionSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  cutoff: LocalDateSchema,
  asOf: dateTime().meta({ description: 'ledger entries recorded later do not count' }),
  rows: z.number().int().meta({ description: 'exited pieces of equipment (one per case)' }),
  enterprises: z.number().int(),
  totals: z.array(TotalSchema).meta({ description: 'one per capacity unit; units are never added' }),
  contentHash: z.string().meta({ description: 'SHA-256 of the rows as stored' }),
  corrects: z.number().int().nullable().meta({ description: 'the published version it corrects' }),
  correction: z.string().nullable().meta({ description: 'what it corrects' }),
  status: enumOf(ANNOUNCEMENT_STATUSES),
});

export const AnnouncementViewSchema = z
  .object({
    key: z.string(),
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    published: z.number().int().nullable().meta({ description: 'the version the public reads' }),
    versions: z.array(
      VersionSummarySchema.extend({
        draftedBy: ActorRecordSchema,
        draftedAt: dateTime(),
        decision: z
          .object({
            by: ActorRecordSchema,
            at: dateTime(),
            outcome: enumOf(ANNOUNCEMENT_DECISIONS),
            reason: z.string(),
          })
          .nullable(),
        mayI: z.object({
          approve: z
            .string()
            .nullable()
            .meta({ description: 'why the caller may not approve it; null: they may' }),
          discard: z
            .string()
            .nullable()
            .meta({ description: 'why the caller may not discard it; null: they may' }),
        }),
      }),
    ),
    mayI: z.object({
      draft: z
        .string()
        .nullable()
        .meta({ description: 'why the caller may not draw up a version now; null: they may' }),
    }),
    events: z.array(
      z.object({
        sequence: z.number().int(),
        type: z.string(),
        status: z.string(),
        occurredAt: dateTime(),
        actor: ActorRecordSchema,
        reason: z.string().nullable(),
        detail: z.record(z.string(), z.unknown()),
        prevHash: z.string(),
        hash: z.string(),
      }),
    ),
    chain: z.object({
      entries: z.number().int(),
      intact: z.boolean(),
      breaks: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
    }),
  })
  .meta({ id: 'Announcement' });
export type AnnouncementView = z.infer<typeof AnnouncementViewSchema>;

const RowSchema = z.object({
  enterpriseName: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  regionName: regionNameField(),
  industry: enumOf(INDUSTRIES),
  dimension: enumOf(DIMENSIONS),
  equipment: z.string(),
  capacityValue: z.number(),
  capacityUnit: z.string(),
  exitMethod: enumOf(EXIT_METHODS),
  countedOn: LocalDateSchema.meta({ description: 'the day that places the exit in the year' }),
  countedAs: enumOf(EXIT_COUNTINGS),
});

export const AnnouncementDocumentSchema = VersionSummarySchema.extend({
  key: z.string(),
  regionCode: z.string(),
  regionName: regionNameField(),
  year: z.number().int(),
  title: z.string(),
  publishedAt: dateTime().nullable(),
  correctedBy: z.number().int().nullable().meta({
    description: 'a later published version that corrects this one; null while it is the current one',
  }),
  rows: z
    .array(RowSchema)
    .meta({ description: 'every exited enterprise’s equipment and capacity, whatever the dimension' }),
}).meta({ id: 'AnnouncementDocument' });
export type AnnouncementDocumentView = z.infer<typeof AnnouncementDocumentSchema>;

export const PUBLISHED_CURSOR = cursorOf<{ year: number; id: string }>({
  year: versionField,
  id: idField(ANNOUNCEMENT_ID_PATTERN),
});

export const PublishedListQuerySchema = z.object({
  regionCode: RegionCodeParamSchema.optional().meta({ description: 'this region and the regions inside it' }),
  year: CalendarParamsSchema.shape.year.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: PUBLISHED_CURSOR.query().optional(),
});

export const PublishedListSchema = z
  .object({
    items: z.array(
      VersionSummarySchema.omit({ rows: true }).extend({
        key: z.string(),
        regionCode: z.string(),
        regionName: regionNameField(),
        year: z.number().int(),
        title: z.string(),
        rows: z.number().int(),
        publishedAt: dateTime(),
        correctedBy: z.number().int().nullable(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'PublishedAnnouncementList' });
export type PublishedList = z.infer<typeof PublishedListSchema>;
