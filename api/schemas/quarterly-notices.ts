/** The quarterly notices to member units as the public reads them (domain/quarterly-notice.ts). */
import { z } from 'zod';
import { CASE_STATUSES, DIMENSIONS, INDUSTRIES, describeCodes } from '../../domain/enums';
import { MEMBER_UNITS } from '../../domain/policy-types';
import { MEMBER_UNIT_DUTIES, NOTICE_ID_PATTERN, NOTICE_LISTS } from '../../domain/quarterly-notice';
import { cursorOf, idField } from '../cursor';
import { dateTime, enumOf, regionNameField } from './common';
import { RegionCodeParamSchema } from './regions';
import { CalendarParamsSchema } from './years';

export const NoticeIdParamsSchema = z.object({
  id: z
    .string()
    .regex(NOTICE_ID_PATTERN, 'must be a notice id: TB-<six-digit region>-<year>-Q<1–4>')
    .meta({ description: 'TB-<region>-<year>-Q<quarter>', example: 'TB-533400-2026-Q3' }),
});

const NoticeSummaryShape = {
  id: z.string(),
  yearId: z.string(),
  regionCode: z.string(),
  regionName: regionNameField(),
  year: z.number().int(),
  quarter: z.number().int(),
  title: z.string(),
  asOf: dateTime().meta({ description: 'the quarter’s end: the lists as the ledger stood then' }),
  issuedAt: dateTime(),
  counts: z
    .object({ to_rectify: z.number().int(), to_exit: z.number().int() })
    .meta({ description: describeCodes(NOTICE_LISTS) }),
  contentHash: z.string().meta({ description: 'SHA-256 of the entries as issued' }),
};

export const QuarterlyNoticeSchema = z
  .object({
    ...NoticeSummaryShape,
    memberUnits: z
      .array(
        z.object({
          unit: enumOf(MEMBER_UNITS),
          label: z.string(),
          duties: z.array(z.object({ code: enumOf(MEMBER_UNIT_DUTIES), label: z.string() })),
        }),
      )
      .meta({ description: 'the member units notified (成员单位), each with what it must do' }),
    dutiesSource: z.string().meta({ description: 'the words of the document that set the duties' }),
    entries: z.array(
      z.object({
        list: enumOf(NOTICE_LISTS),
        caseId: z.string(),
        enterpriseName: z.string(),
        creditCode: z.string(),
        regionCode: z.string(),
        regionName: regionNameField(),
        industry: enumOf(INDUSTRIES),
        dimension: enumOf(DIMENSIONS),
        capacityValue: z.string(),
        capacityUnit: z.string(),
        status: enumOf(CASE_STATUSES).meta({ description: 'the case’s status at the quarter’s end' }),
      }),
    ),
  })
  .meta({ id: 'QuarterlyNotice' });
export type QuarterlyNoticeView = z.infer<typeof QuarterlyNoticeSchema>;

export const NOTICE_CURSOR = cursorOf<{ id: string }>({ id: idField(NOTICE_ID_PATTERN) });

export const NoticeListQuerySchema = z.object({
  regionCode: RegionCodeParamSchema.optional().meta({ description: 'this region and the regions inside it' }),
  year: CalendarParamsSchema.shape.year.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: NOTICE_CURSOR.query().optional(),
});

export const NoticeListSchema = z
  .object({
    items: z.array(z.object(NoticeSummaryShape)),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'QuarterlyNoticeList' });
export type NoticeList = z.infer<typeof NoticeListSchema>;
