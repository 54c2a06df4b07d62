/** The bureau's year as the API shows it: a jurisdiction's milestones for a year (domain/year.ts). */
import { z } from 'zod';
import { codesOf, describeCodes } from '../../domain/enums';
import { REGION_LEVELS } from '../../domain/region';
import { MILESTONE_KINDS, MILESTONE_RECIPIENTS, type MilestoneKind } from '../../domain/year';
import { PLAN_VERSION_STATUSES } from '../../domain/work-plan';
import { MEMBER_UNITS } from '../../domain/policy-types';
import { MEMBER_UNIT_DUTIES, NOTICE_LISTS } from '../../domain/quarterly-notice';
import { PlanTargetSchema } from '../../domain/year-schemas';
import {
  MILESTONE_REVIEW_OUTCOMES,
  MILESTONE_STATUSES,
  YEAR_ID_PATTERN,
  YEAR_STATUSES,
} from '../../domain/year-state';
import { cursorOf, idField, versionField } from '../cursor';
import { DeadlineSchema } from './cases';
import { LocalDateSchema } from '../../domain/finding';
import { dateTime, enumOf, idempotencyHeaders, regionNameField } from './common';
import { RegionCodeParamSchema } from './regions';

/** The years the documents reach back to (宁夏 2017) and a generous future. */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2100;

export const CalendarParamsSchema = z.object({
  regionCode: RegionCodeParamSchema,
  year: z.coerce
    .number()
    .int('must be a whole year')
    .min(FIRST_YEAR, `must be ${FIRST_YEAR} or later`)
    .max(LAST_YEAR, `must be ${LAST_YEAR} or earlier`)
    .meta({ description: `the year the work is for, ${FIRST_YEAR}–${LAST_YEAR}`, example: 2024 }),
});

const SourceSchema = z.object({
  document: z.string().meta({ description: 'a PolicyDocument id (GET /v1/policies)' }),
  article: z.string(),
  quote: z.string().optional(),
  note: z.string().optional(),
});

const ScheduledMilestoneSchema = z.object({
  kind: enumOf(MILESTONE_KINDS),
  label: z.string().meta({ description: 'the milestone’s Chinese name' }),
  owedBy: enumOf(REGION_LEVELS),
  reportsTo: enumOf(MILESTONE_RECIPIENTS),
  reviewRegion: z.string().nullable().meta({
    description: 'the office that receives it and says whether it is done; null: outside the service',
  }),
  reviewRegionName: regionNameField('reviewRegion'),
  opensOn: LocalDateSchema.meta({ description: 'the day work on it starts' }),
  deadline: DeadlineSchema,
  remindOn: z.array(LocalDateSchema).meta({ description: 'the days reminders go out' }),
  source: SourceSchema,
});

export const YearCalendarSchema = z
  .object({
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    policyProfile: z.string(),
    policyProfileName: z.object({ zh: z.string(), en: z.string() }),
    policyVersion: z.string(),
    milestones: z.array(ScheduledMilestoneSchema).meta({ description: 'in order of their last day' }),
  })
  .meta({ id: 'YearCalendar' });
export type YearCalendar = z.infer<typeof YearCalendarSchema>;

// ---- a jurisdiction's year, its milestones and its ledger

export const YearIdParamsSchema = z.object({
  id: z
    .string()
    .regex(YEAR_ID_PATTERN, 'must be a year id like YR-610902-2024')
    .meta({ description: 'YR-<region code>-<year>', example: 'YR-610902-2024' }),
});

export const MilestoneParamsSchema = YearIdParamsSchema.extend({
  kind: z
    .enum(codesOf(MILESTONE_KINDS) as [MilestoneKind, ...MilestoneKind[]])
    .meta({ description: describeCodes(MILESTONE_KINDS) }),
});

/** The milestones submitted at …/milestones/{kind}/submissions: all but the work plan, which has its own. */
const SUBMITTED_WITHOUT_TARGETS = codesOf(MILESTONE_KINDS).filter(
  (kind): kind is Exclude<MilestoneKind, 'work_plan'> => kind !== 'work_plan',
);
export const SubmissionParamsSchema = YearIdParamsSchema.extend({
  kind: z.enum(SUBMITTED_WITHOUT_TARGETS as [MilestoneKind, ...MilestoneKind[]]).meta({
    description: `${describeCodes(MILESTONE_KINDS)}. The work plan (work_plan) is submitted with its targets at …/milestones/work_plan/submissions`,
  }),
});

export const OpenYearBodySchema = z
  .strictObject({
    regionCode: RegionCodeParamSchema,
    year: CalendarParamsSchema.shape.year,
  })
  .meta({ description: 'the jurisdiction and the year to open' });

export const YearHeadersSchema = idempotencyHeaders(
  'a retried request with the same key applies once and answers the same receipt',
);

const ActorRecordSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: 'user id, role, region, department' });
const EvidenceSchema = z.array(z.object({ reference: z.string(), description: z.string().optional() }));

const MilestoneViewSchema = ScheduledMilestoneSchema.extend({
  status: enumOf(MILESTONE_STATUSES),
  overdueSince: dateTime()
    .nullable()
    .meta({ description: 'when its deadline lapsed with nothing submitted' }),
  reminded: z.array(LocalDateSchema).meta({ description: 'the reminder days already sent' }),
  submissions: z.array(
    z.object({
      by: ActorRecordSchema,
      at: dateTime(),
      note: z.string(),
      evidence: EvidenceSchema,
      sequence: z.number().int(),
      report: z
        .object({
          reportId: z.string().meta({ description: 'GET /v1/year-reports/{id}: the table as submitted' }),
          period: z.enum(['mid_year', 'year_end']),
          asOf: dateTime(),
          lines: z.number().int(),
          contentHash: z.string(),
        })
        .optional()
        .meta({ description: 'the statistics table a report milestone’s submission carries' }),
    }),
  ),
  reviews: z.array(
    z.object({
      by: ActorRecordSchema,
      at: dateTime(),
      outcome: enumOf(MILESTONE_REVIEW_OUTCOMES),
      reason: z.string(),
      sequence: z.number().int(),
    }),
  ),
  doneAt: dateTime().nullable(),
  mayI: z
    .object({
      submit: z
        .string()
        .nullable()
        .meta({ description: 'why the caller may not submit it now; null: they may' }),
      review: z
        .string()
        .nullable()
        .meta({ description: 'why the caller may not review it now; null: they may' }),
    })
    .meta({ description: 'asked of the same rules the POSTs and the workflow apply' }),
});

const ReviewRecordSchema = z.object({
  by: ActorRecordSchema,
  at: dateTime(),
  outcome: enumOf(MILESTONE_REVIEW_OUTCOMES),
  reason: z.string(),
  sequence: z.number().int(),
});

const PlanViewSchema = z
  .object({
    inForce: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'the approved version the jurisdiction works to' }),
    pending: z.number().int().nullable().meta({ description: 'the version waiting for approval' }),
    versions: z.array(
      z.object({
        version: z.number().int(),
        targets: z.array(
          PlanTargetSchema.extend({
            measureLabel: z.string(),
            dimensionLabel: z.string(),
            industryLabel: z.string(),
          }).meta({ id: 'PlanTargetView' }),
        ),
        note: z.string(),
        evidence: EvidenceSchema,
        amends: z
          .number()
          .int()
          .nullable()
          .meta({ description: 'the version this one amends; null: the first plan' }),
        amendmentReason: z.string().nullable(),
        status: enumOf(PLAN_VERSION_STATUSES),
        statusLabel: z.string(),
        submittedBy: ActorRecordSchema,
        submittedAt: dateTime(),
        sequence: z.number().int().meta({ description: 'the year event that recorded it' }),
        review: ReviewRecordSchema.nullable().meta({
          description: 'its approval or return; null while it waits or when it goes outside the service',
        }),
      }),
    ),
    mayI: z.object({
      amend: z
        .string()
        .nullable()
        .meta({ description: 'why the caller may not amend the plan now; null: they may' }),
      reviewAmendment: z.string().nullable().meta({
        description: 'why the caller may not approve or return the pending amendment; null: they may',
      }),
    }),
  })
  .meta({
    description:
      '年度工作方案 — the work plan’s targets, every version kept: the first is the work_plan milestone’s ' +
      'submission, approved by accepting it; later ones are amendments (修订)',
  });

const YearEntrySchema = z.object({
  sequence: z.number().int(),
  type: z.string(),
  status: z.string(),
  occurredAt: dateTime(),
  actor: ActorRecordSchema,
  reason: z.string().nullable(),
  evidence: EvidenceSchema,
  detail: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

const NoticeCountsSchema = z
  .object({ to_rectify: z.number().int(), to_exit: z.number().int() })
  .meta({ description: `enterprises' equipment on each list: ${describeCodes(NOTICE_LISTS)}` });

const QuarterlyNoticesViewSchema = z
  .object({
    notices: z.array(
      z.object({
        quarter: z.number().int(),
        noticeId: z.string().meta({ description: 'its public id: GET /v1/quarterly-notices/{id}' }),
        asOf: dateTime().meta({ description: 'the quarter’s end: the lists as the ledger stood then' }),
        issuedAt: dateTime(),
        issuedBy: ActorRecordSchema,
        counts: NoticeCountsSchema,
        contentHash: z.string(),
        acknowledgeBy: DeadlineSchema,
        overdueSince: dateTime()
          .nullable()
          .meta({ description: 'when the acknowledgement deadline lapsed with receipts missing' }),
        units: z.array(
          z.object({
            unit: enumOf(MEMBER_UNITS),
            unitLabel: z.string(),
            duties: z.array(z.object({ code: enumOf(MEMBER_UNIT_DUTIES), label: z.string() })),
            receipt: z
              .object({
                signer: z.string(),
                receivedOn: LocalDateSchema,
                note: z.string(),
                recordedBy: ActorRecordSchema,
                recordedAt: dateTime(),
                sequence: z.number().int(),
                late: z.boolean(),
              })
              .nullable(),
          }),
        ),
      }),
    ),
    memberUnits: z
      .array(enumOf(MEMBER_UNITS))
      .meta({ description: 'the member units the year notifies (its profile’s, fixed at opening)' }),
    mayIssue: z.array(
      z.object({
        quarter: z.number().int(),
        problem: z
          .string()
          .nullable()
          .meta({ description: 'why the caller may not issue it now; null: they may' }),
      }),
    ),
    mayRecordReceipts: z.string().nullable().meta({
      description:
        'why the caller may not record a unit’s receipt; null: they may (for a unit not signed yet)',
    }),
  })
  .meta({ description: '季度通报 — the quarterly notices to the member units, and their receipts' });

export const YearViewSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    regionName: regionNameField(),
    year: z.number().int(),
    policyProfile: z.string(),
    policyProfileName: z.object({ zh: z.string(), en: z.string() }),
    policyVersion: z.string(),
    status: enumOf(YEAR_STATUSES),
    openedAt: dateTime(),
    openedBy: ActorRecordSchema,
    closedAt: dateTime().nullable(),
    pending: z.number().int().meta({ description: 'milestones not yet done' }),
    overdue: z
      .number()
      .int()
      .meta({ description: 'milestones that lapsed with nothing submitted and wait still' }),
    milestones: z.array(MilestoneViewSchema),
    plan: PlanViewSchema,
    supervision: z
      .object({
        actions: z.array(
          z.object({
            number: z.number().int(),
            kind: z.enum(['notice', 'interview']),
            kindLabel: z.string(),
            regionCode: z.string(),
            regionName: regionNameField(),
            heldOn: LocalDateSchema,
            who: z.string(),
            reason: z.string(),
            commitments: z.string(),
            followUpBy: LocalDateSchema,
            followUp: DeadlineSchema,
            overdueSince: dateTime().nullable().meta({ description: 'when the follow-up lapsed unrecorded' }),
            recordedBy: ActorRecordSchema,
            recordedAt: dateTime(),
            sequence: z.number().int(),
            followedUp: z
              .object({ by: ActorRecordSchema, at: dateTime(), note: z.string(), sequence: z.number().int() })
              .nullable(),
          }),
        ),
        mayI: z.object({
          record: z.string().nullable().meta({
            description: 'why the caller may not record a notice, interview or follow-up; null: they may',
          }),
        }),
      })
      .meta({
        description: '督查 — the office’s notices and interviews (通报、约谈) of the regions under it',
      }),
    quarterlyNotices: QuarterlyNoticesViewSchema,
    events: z.array(YearEntrySchema).meta({ description: 'every accepted step, in order (year_events)' }),
    chain: z
      .object({
        entries: z.number().int(),
        intact: z.boolean(),
        breaks: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
      })
      .meta({ description: 'the ledger’s hash chain, recomputed from its entries' }),
  })
  .meta({ id: 'BureauYear' });
export type YearView = z.infer<typeof YearViewSchema>;

export const YearSummarySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: regionNameField(),
  year: z.number().int(),
  policyProfile: z.string(),
  status: enumOf(YEAR_STATUSES),
  pending: z.number().int(),
  overdue: z.number().int(),
  nextDueAt: dateTime()
    .nullable()
    .meta({ description: 'the earliest lapse among the milestones not yet done' }),
});
export type YearSummary = z.infer<typeof YearSummarySchema>;

export const YEAR_CURSOR = cursorOf<{ year: number; id: string }>({
  year: versionField,
  id: idField(YEAR_ID_PATTERN),
});

export const YearListQuerySchema = z.object({
  year: CalendarParamsSchema.shape.year.optional(),
  regionCode: RegionCodeParamSchema.optional().meta({
    description: 'only this region and the regions inside it (within the caller’s jurisdiction)',
  }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: YEAR_CURSOR.query().optional(),
});

export const YearListSchema = z
  .object({
    items: z.array(YearSummarySchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'BureauYearList' });

export const MilestoneReceiptSchema = z
  .object({
    yearId: z.string(),
    kind: enumOf(MILESTONE_KINDS),
    sequence: z.number().int().meta({ description: 'the year event that recorded it' }),
    milestoneStatus: enumOf(MILESTONE_STATUSES),
    yearStatus: enumOf(YEAR_STATUSES),
  })
  .meta({ id: 'MilestoneReceipt' });

export const PlanVersionParamsSchema = YearIdParamsSchema.extend({
  version: z.coerce
    .number()
    .int('must be a whole version number')
    .min(1, 'must be 1 or more')
    .max(10_000)
    .meta({ description: 'the work plan’s version' }),
});

export const PlanReceiptSchema = z
  .object({
    yearId: z.string(),
    version: z.number().int(),
    sequence: z.number().int().meta({ description: 'the year event that recorded it' }),
    versionStatus: enumOf(PLAN_VERSION_STATUSES),
    inForce: z.number().int().nullable().meta({ description: 'the version in force after it' }),
  })
  .meta({ id: 'PlanReceipt' });

export const QuarterParamsSchema = YearIdParamsSchema.extend({
  quarter: z.coerce.number().int('must be a whole quarter').min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
});

export const NoticeReceiptSchema = z
  .object({
    yearId: z.string(),
    quarter: z.number().int(),
    noticeId: z.string(),
    sequence: z.number().int().meta({ description: 'the year event that recorded it' }),
    awaitingReceipt: z.array(enumOf(MEMBER_UNITS)).meta({ description: 'the units not signed for it yet' }),
  })
  .meta({ id: 'QuarterlyNoticeReceipt' });

export const SupervisionActionParamsSchema = YearIdParamsSchema.extend({
  number: z.coerce.number().int('must be a whole number').min(1).max(10_000),
});

export const SupervisionReceiptSchema = z
  .object({
    yearId: z.string(),
    number: z.number().int(),
    sequence: z.number().int().meta({ description: 'the year event that recorded it' }),
    followUpLastDay: LocalDateSchema,
    followedUp: z.boolean(),
  })
  .meta({ id: 'SupervisionReceipt' });
