/** The exit statistics table (落后产能退出情况统计表): its query and its rows. */
import { z } from 'zod';
import { chinaDateOf, isLocalDate } from '../../domain/calendar';
import {
  DIMENSIONS,
  EXIT_MEASURES,
  EXIT_SCOPES,
  INDUSTRIES,
  codesOf,
  describeCodes,
} from '../../domain/enums';
import { KnownRegionCodeSchema } from '../../domain/finding';
import { regionNameField } from './common';
import { EXIT_COUNTINGS, EXIT_METHODS, STATISTICS_PERIODS } from '../../domain/statistics';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const isCutoff = (value: string) =>
  isLocalDate(value) || (INSTANT.test(value) && !Number.isNaN(Date.parse(value)));

/** The China Standard Time day a cut-off falls on. */
function cutoffDay(cutoff: string): string {
  return isLocalDate(cutoff) ? cutoff : chinaDateOf(new Date(cutoff));
}

export const ExitStatisticsQuerySchema = z
  .object({
    year: z.coerce
      .number()
      .int('must be a year such as 2025')
      .min(2000, 'must be 2000 or later')
      .max(2100, 'must be 2100 or earlier')
      .meta({
        description: 'the year whose exits are counted (by the city acceptance date, China Standard Time)',
      }),
    period: z
      .enum(codesOf(STATISTICS_PERIODS))
      .default('year_end')
      .meta({ description: `${describeCodes(STATISTICS_PERIODS)}; year_end unless given` }),
    region: KnownRegionCodeSchema.optional().meta({
      description: 'only enterprises inside this region (GB/T 2260); the caller’s own region unless given',
    }),
    cutoff: z
      .string()
      .refine(isCutoff, 'must be a date YYYY-MM-DD or an RFC 3339 instant with its offset')
      .optional()
      .meta({
        description:
          '统计截止 — only ledger entries recorded by then count: a date means through 24:00 China Standard ' +
          'Time of that day; now unless given. Not in the future.',
        example: '2026-01-31',
        // The forms `isCutoff` takes, from 2000 on (a year counted is 2000 or later, and not after the
        // cut-off's); not in the future, which no static document can say.
        anyOf: [
          { format: 'date', pattern: '^[2-9][0-9]{3}-[0-9]{2}-[0-9]{2}$' },
          { format: 'date-time', pattern: `^[2-9][0-9]{3}${INSTANT.source.slice('^\\d{4}'.length)}` },
        ],
      }),
    format: z
      .enum(['json', 'csv', 'xlsx'])
      .optional()
      .meta({ description: 'json, csv or xlsx; without it, the Accept header chooses (JSON by default)' }),
    part: z
      .enum(['details', 'summary'])
      .default('details')
      .meta({ description: 'for CSV, which table: details (明细) or summary (汇总); XLSX has both sheets' }),
  })
  .superRefine(({ year, cutoff }, ctx) => {
    if (cutoff !== undefined && !isCutoff(cutoff)) return;
    const now = new Date();
    if (cutoff !== undefined && (isLocalDate(cutoff) ? cutoff > chinaDateOf(now) : Date.parse(cutoff) > +now))
      ctx.addIssue({ code: 'custom', path: ['cutoff'], message: 'must not be in the future' });
    const cutoffYear = Number((cutoff === undefined ? chinaDateOf(now) : cutoffDay(cutoff)).slice(0, 4));
    if (year > cutoffYear)
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: `must not be after the cut-off’s year (${cutoffYear})`,
      });
  });
// No `.meta({ id })` here: @fastify/swagger expands a querystring into parameters only from an inline
// schema; a registered id becomes a $ref it cannot resolve, and /docs/json fails.

const date = (description: string) => z.string().nullable().meta({ format: 'date', description });

const ExitRowSchema = z
  .object({
    caseId: z.string(),
    enterpriseName: z.string(),
    creditCode: z.string(),
    regionCode: z.string(),
    regionName: regionNameField(),
    industry: z.string().meta({ description: describeCodes(INDUSTRIES) }),
    dimension: z.string().meta({ description: describeCodes(DIMENSIONS) }),
    equipment: z.string().meta({ description: '设备（生产线） — as the finding names it' }),
    capacityValue: z.number(),
    capacityUnit: z.string(),
    orderMeasure: z
      .enum(codesOf(EXIT_MEASURES))
      .nullable()
      .meta({ description: describeCodes(EXIT_MEASURES) }),
    orderScope: z
      .enum(codesOf(EXIT_SCOPES))
      .nullable()
      .meta({ description: describeCodes(EXIT_SCOPES) }),
    exitMethod: z.enum(codesOf(EXIT_METHODS)).meta({ description: describeCodes(EXIT_METHODS) }),
    exitOrderedOn: date('the exit order (government approval, or at once for eliminated technology)'),
    sealedOn: date('all sealing steps recorded; null when dismantled outright'),
    dismantledOn: date('dismantling recorded'),
    exitCompletedOn: date('the exit evidence complete'),
    countyAcceptedOn: date('the county’s passing acceptance opinion'),
    acceptedOn: date(
      'the city’s passing acceptance: the case closed as exited; null for sealed capacity not yet accepted',
    ),
    countedOn: z.string().meta({
      format: 'date',
      description:
        'the date that places the exit in the year: the acceptance, or the sealing where the case’s policy counts sealed main equipment as exited (rules.sealedCountsAsExited) and it came first',
    }),
    countedAs: z.enum(codesOf(EXIT_COUNTINGS)).meta({ description: describeCodes(EXIT_COUNTINGS) }),
  })
  .meta({ id: 'ExitStatisticsRow' });

const ExitSummaryRowSchema = z
  .object({
    regionCode: z.string(),
    regionName: regionNameField(),
    industry: z.string(),
    dimension: z.string(),
    capacityUnit: z.string(),
    cases: z.number().int(),
    capacityValue: z
      .number()
      .meta({ description: 'the capacities in this unit, added; units are never mixed' }),
  })
  .meta({ id: 'ExitStatisticsSummaryRow' });

export const ExitStatisticsSchema = z
  .object({
    title: z.string(),
    year: z.number().int(),
    period: z.enum(codesOf(STATISTICS_PERIODS)).meta({ description: describeCodes(STATISTICS_PERIODS) }),
    regionCode: z.string(),
    regionName: regionNameField(),
    cutoff: z.string().meta({ description: 'the cut-off as asked for (a date or an instant), or now' }),
    asOf: z
      .string()
      .meta({ format: 'date-time', description: 'ledger entries recorded after this do not count' }),
    rows: z.array(ExitRowSchema).meta({ description: '明细: one row per exited case' }),
    summary: z
      .array(ExitSummaryRowSchema)
      .meta({ description: '汇总: by region × industry × dimension, one row per capacity unit' }),
    totals: z
      .array(z.object({ capacityUnit: z.string(), cases: z.number().int(), capacityValue: z.number() }))
      .meta({ description: 'all exits, one entry per capacity unit' }),
  })
  .meta({ id: 'ExitStatistics' });

export type ExitStatisticsQuery = z.output<typeof ExitStatisticsQuerySchema>;
