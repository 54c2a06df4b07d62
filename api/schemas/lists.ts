/** The published lists (yellow, red, emission): the current list, the versioned snapshots and their diffs. */
import { z } from 'zod';
import { CASE_ID_PATTERN } from '../../domain/case-id';
import { PUBLISHED_LISTS, codesOf, describeCodes } from '../../domain/enums';
import { LIST_CODES, LIST_SNAPSHOT_TRIGGERS } from '../../domain/lists';
import { KnownRegionCodeSchema } from '../../domain/finding';
import { REGION_CODE_PATTERN } from '../../domain/region';
import { cursorOf, idField, instantField, versionField } from '../cursor';
import { idempotencyHeaders, regionNameField } from './common';

export const ListCodeSchema = z.enum(LIST_CODES).meta({ description: describeCodes(PUBLISHED_LISTS) });
export const TriggerSchema = z
  .enum(codesOf(LIST_SNAPSHOT_TRIGGERS))
  .meta({ description: describeCodes(LIST_SNAPSHOT_TRIGGERS) });
export const Instant = z.string().meta({ format: 'date-time' });

export const RegionQuerySchema = KnownRegionCodeSchema.meta({
  description:
    'GB/T 2260 code: a province (320000) keeps its cities and counties, a city (320500) its counties, a county itself',
  pattern: REGION_CODE_PATTERN.source,
});

export const ListEntrySchema = z
  .object({
    list: ListCodeSchema,
    caseId: z.string(),
    enterpriseName: z.string(),
    creditCode: z.string().meta({ description: 'unified social credit code (统一社会信用代码)' }),
    regionCode: z.string(),
    regionName: regionNameField(),
    enteredAt: Instant.meta({ description: 'when the case entered the list' }),
  })
  .meta({ id: 'ListEntry' });

export const ListChangesSchema = z.object({
  added: z.array(ListEntrySchema),
  removed: z.array(ListEntrySchema),
});

export const ListDiffSchema = z.record(ListCodeSchema, ListChangesSchema).meta({
  id: 'ListDiff',
  description: 'per list, the entries added and removed since the previous version',
});

export const ListCountsSchema = z
  .record(
    ListCodeSchema,
    z.object({ entries: z.number().int(), added: z.number().int(), removed: z.number().int() }),
  )
  .meta({ id: 'ListCounts' });

export const CurrentListSchema = z
  .object({
    list: ListCodeSchema,
    label: z.string().meta({ description: 'the list’s Chinese name' }),
    region: z.string().nullable(),
    regionName: regionNameField('region').meta({
      description:
        'GB/T 2260 name of region (docs/api.md#region-names); null without a region, or for a code the pinned table does not name',
    }),
    items: z.array(ListEntrySchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'CurrentList' });

export const SnapshotVersionSchema = z
  .object({
    version: z.number().int(),
    takenAt: Instant.meta({ description: 'the instant the entries are as of' }),
    trigger: TriggerSchema,
    previousVersion: z.number().int().nullable(),
    counts: ListCountsSchema,
  })
  .meta({ id: 'ListSnapshotVersion' });

export const SnapshotVersionsSchema = z
  .object({ items: z.array(SnapshotVersionSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ListSnapshotVersions' });

export const SnapshotSchema = z
  .object({
    version: z.number().int(),
    takenAt: Instant.meta({ description: 'the instant the entries are as of' }),
    trigger: TriggerSchema,
    previousVersion: z.number().int().nullable(),
    region: z.string().nullable().meta({ description: 'the region filter applied to entries and diff' }),
    regionName: regionNameField('region').meta({
      description:
        'GB/T 2260 name of region (docs/api.md#region-names); null without a region, or for a code the pinned table does not name',
    }),
    list: ListCodeSchema.nullable().meta({ description: 'the list filter applied to entries and diff' }),
    entries: z.array(ListEntrySchema),
    diff: ListDiffSchema,
  })
  .meta({ id: 'ListSnapshot' });

export const SnapshotReceiptSchema = z
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

export const IdempotencyHeadersSchema = idempotencyHeaders(
  'the same key answers the same snapshot version, however often it is sent',
);

/** Where a page of a list ended: the last entry's instant and case. */
export const ENTRY_CURSOR = cursorOf<{ enteredAt: string; caseId: string }>({
  enteredAt: instantField,
  caseId: idField(CASE_ID_PATTERN),
});
/** Where a page of versions ended: the last (oldest) version on it. */
export const VERSION_CURSOR = cursorOf<{ version: number }>({ version: versionField });

export type CurrentList = z.output<typeof CurrentListSchema>;
export type ListEntryView = z.output<typeof ListEntrySchema>;
export type ListDiffView = z.output<typeof ListDiffSchema>;
export type SnapshotVersions = z.output<typeof SnapshotVersionsSchema>;
