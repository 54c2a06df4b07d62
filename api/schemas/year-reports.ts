/** The statistics tables reported up the chain, as the API shows them (domain/year-report.ts). */
import { z } from 'zod';
import { DIMENSIONS, INDUSTRIES, describeCodes } from '../../domain/enums';
import { MILESTONE_STATUSES } from '../../domain/year-state';
import { REPORT_COLUMNS, REPORT_ID_PATTERN, REPORT_PERIODS } from '../../domain/year-report';
import { STATISTICS_PERIODS } from '../../domain/statistics';
import { dateTime, enumOf, regionNameField } from './common';

export const ReportIdParamsSchema = z.object({
  id: z
    .string()
    .regex(REPORT_ID_PATTERN, 'must be a report id: TJ-<region>-<year>-<milestone>-<sequence>')
    .meta({ example: 'TJ-610902-2027-midyear_statistics-12' }),
});

const FiguresSchema = z.object({
  enterprises: z.number().int(),
  equipment: z.number().int().meta({ description: '落后生产设备数量' }),
  capacity: z.number(),
});
const ColumnsSchema = z
  .object(Object.fromEntries(Object.keys(REPORT_COLUMNS).map((column) => [column, FiguresSchema])))
  .meta({ description: describeCodes(REPORT_COLUMNS) });

export const YearReportSchema = z
  .object({
    id: z.string(),
    yearId: z.string(),
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    milestone: enumOf(Object.fromEntries(Object.keys(REPORT_PERIODS).map((k) => [k, k]))),
    title: z.string(),
    period: enumOf(STATISTICS_PERIODS),
    asOf: dateTime().meta({ description: 'the submission: plans and ledger as they stood then' }),
    sequence: z.number().int().meta({ description: 'the year event of the submission' }),
    contentHash: z.string(),
    columns: z.array(z.object({ code: enumOf(REPORT_COLUMNS), label: z.string() })),
    lines: z.array(
      z.object({
        regionCode: z.string(),
        regionName: regionNameField(),
        industry: enumOf(INDUSTRIES),
        dimension: enumOf(DIMENSIONS),
        capacityUnit: z.string(),
        figures: ColumnsSchema,
      }),
    ),
    totals: z.array(z.object({ capacityUnit: z.string(), figures: ColumnsSchema })),
    regions: z
      .array(
        z.object({
          regionCode: z.string(),
          regionName: regionNameField(),
          planYearId: z.string().nullable(),
          planVersion: z.number().int().nullable().meta({ description: 'the plan in force as of the table' }),
          milestoneStatus: enumOf(MILESTONE_STATUSES).nullable().meta({
            description: 'the region’s own report of this milestone now; null: it owes none, or no year',
          }),
          overdue: z.boolean(),
          reportId: z.string().nullable().meta({ description: 'its latest table of this milestone' }),
        }),
      )
      .meta({
        description:
          'the regions under the jurisdiction: the plans counted, and where each stands with its own report',
      }),
  })
  .meta({ id: 'YearReport' });
export type YearReportView = z.infer<typeof YearReportSchema>;
