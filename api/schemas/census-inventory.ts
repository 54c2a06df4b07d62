/** The census inventory (摸底排查, domain/census-inventory.ts) as the API takes and shows it. */
import { z } from 'zod';
import {
  CENSUS_ENTRY_ID_PATTERN,
  CENSUS_ENTRY_STATUSES,
  CONSENT_OUTCOMES,
} from '../../domain/census-inventory';
import { DIMENSIONS, INDUSTRIES, codesOf, describeCodes } from '../../domain/enums';
import { FindingFieldsSchema, text } from '../../domain/finding';
import { cursorOf, versionField } from '../cursor';
import { DeadlineSchema } from './cases';
import { dateTime, enumOf, regionNameField } from './common';
import {
  CensusFileBodySchema,
  CensusPreviewSchema,
  MAX_CENSUS_IMPORT_ROWS,
  CENSUS_IMPORT_FILE_LIMIT,
} from './census';
import { RegionCodeParamSchema } from './regions';
import { CalendarParamsSchema } from './years';

export const InventoryParamsSchema = z.object({
  regionCode: RegionCodeParamSchema,
  year: CalendarParamsSchema.shape.year,
});

export const CensusImportBodySchema = CensusFileBodySchema.meta({
  type: 'string',
  format: 'binary',
  description:
    'The filled census template, as for POST /v1/findings/census-preview: XLSX or CSV, one row per piece of ' +
    `equipment, at most ${CENSUS_IMPORT_FILE_LIMIT / 1024 / 1024} MiB and ${MAX_CENSUS_IMPORT_ROWS} rows.`,
});

export const CensusImportSchema = z
  .object({
    regionCode: z.string(),
    year: z.number().int(),
    deadline: DeadlineSchema.nullable().meta({ description: 'the census milestone’s deadline; null: none' }),
    late: z
      .boolean()
      .meta({ description: 'imported after the deadline: the rows wait for the government’s consent' }),
    summary: z.object({
      rows: z.number().int(),
      stored: z.number().int(),
      alreadyInInventory: z.number().int(),
      rejected: z.number().int(),
    }),
    rows: z.array(
      z.object({
        row: z.number().int(),
        result: z.enum(['stored', 'already_in_inventory', 'rejected']),
        entryId: z.string().nullable(),
        errors: CensusPreviewSchema.shape.rows.element.shape.errors,
      }),
    ),
  })
  .meta({ id: 'CensusImport' });
export type CensusImport = z.infer<typeof CensusImportSchema>;

const ConsentSchema = z.object({
  outcome: enumOf(CONSENT_OUTCOMES),
  by: z.record(z.string(), z.unknown()),
  at: dateTime(),
  reason: z.string(),
  documentNumber: z.string(),
});

export const CensusEntrySchema = z.object({
  id: z.string(),
  number: z.number().int(),
  status: enumOf(CENSUS_ENTRY_STATUSES),
  finding: FindingFieldsSchema,
  sourceRow: z.number().int(),
  importedBy: z.record(z.string(), z.unknown()),
  importedAt: dateTime(),
  late: z.boolean(),
  consent: ConsentSchema.nullable(),
  caseId: z.string().nullable(),
  mayConsent: z
    .string()
    .nullable()
    .meta({ description: 'why the caller may not decide on its consent; null: they may' }),
});

export const INVENTORY_CURSOR = cursorOf<{ number: number }>({ number: versionField });

export const InventoryQuerySchema = z.object({
  status: z
    .enum(codesOf(CENSUS_ENTRY_STATUSES))
    .optional()
    .meta({ description: `only rows of this status: ${describeCodes(CENSUS_ENTRY_STATUSES)}` }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: INVENTORY_CURSOR.query().optional(),
});

export const CensusInventorySchema = z
  .object({
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    deadline: DeadlineSchema.nullable(),
    counts: z.object(
      Object.fromEntries(Object.keys(CENSUS_ENTRY_STATUSES).map((s) => [s, z.number().int()])),
    ),
    items: z.array(CensusEntrySchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'CensusInventory' });
export type CensusInventory = z.infer<typeof CensusInventorySchema>;

export const EntryIdParamsSchema = z.object({
  id: z.string().regex(CENSUS_ENTRY_ID_PATTERN, 'must be a census row id: PC-<region>-<year>-<number>'),
});

export const ConsentBodySchema = z.strictObject({
  outcome: z.enum(codesOf(CONSENT_OUTCOMES)).meta({ description: describeCodes(CONSENT_OUTCOMES) }),
  reason: text(2000).meta({ description: 'why' }),
  documentNumber: text(200).meta({
    description: 'the government’s document that records it (石政函〔2026〕12号)',
  }),
});
export type ConsentBody = z.infer<typeof ConsentBodySchema>;

export const FilingQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000)
    .default(1_000)
    .meta({ description: 'at most this many rows filed by this request; send again while `remaining` > 0' }),
});

export const CensusFilingSchema = z
  .object({
    remaining: z
      .number()
      .int()
      .meta({ description: 'the caller’s rows still waiting to be filed after this request' }),
    summary: z.object({
      created: z.number().int(),
      existing: z.number().int(),
      failed: z.number().int(),
      notYours: z.number().int().meta({ description: 'rows of another department or region: left for them' }),
    }),
    results: z.array(
      z.object({
        entryId: z.string(),
        result: z.enum(['created', 'existing', 'failed', 'not_yours']),
        caseId: z.string().nullable(),
        detail: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'CensusFiling' });
export type CensusFiling = z.infer<typeof CensusFilingSchema>;

export const CensusResultSchema = z
  .object({
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    title: z.string(),
    asOf: dateTime(),
    enterprises: z.array(
      z.object({
        enterpriseName: z.string(),
        creditCode: z.string(),
        regionCode: z.string(),
        regionName: regionNameField(),
        equipment: z.number().int().meta({ description: '落后生产设备数量' }),
        capacity: z.array(z.object({ capacityUnit: z.string(), value: z.number() })),
      }),
    ),
    equipment: z.array(
      z.object({
        enterpriseName: z.string(),
        creditCode: z.string(),
        regionCode: z.string(),
        industry: enumOf(INDUSTRIES),
        dimension: enumOf(DIMENSIONS),
        equipment: z.string(),
        capacityValue: z.number(),
        capacityUnit: z.string(),
        law: z.string().meta({ description: '法律依据' }),
        standard: z.string().nullable().meta({ description: '标准依据 — the standard or catalogue clause' }),
      }),
    ),
    totals: z.array(z.object({ capacityUnit: z.string(), equipment: z.number().int(), value: z.number() })),
  })
  .meta({ id: 'CensusResult' });
export type CensusResult = z.infer<typeof CensusResultSchema>;
