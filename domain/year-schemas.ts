/**
 * The bodies of a milestone's submission and review, as zod schemas: the API's validation and the
 * OpenAPI document (the workflow takes the types in domain/year-state.ts, and never loads zod).
 */
import { z } from 'zod';
import { codesOf, describeCodes } from './enums';
import { DimensionSchema, EvidenceRefSchema, IndustrySchema, LocalDateSchema, text } from './finding';
import {
  PLAN_MEASURES,
  planTargetsProblem,
  type PlanAmendment,
  type PlanAmendmentReview,
  type PlanTarget,
} from './work-plan';
import type { MilestoneReview, MilestoneSubmission } from './year-state';
import { MEMBER_UNITS } from './policy-types';
import { QUARTERS, type IssueNoticeInput, type NoticeReceiptInput } from './quarterly-notice';

const count = (description: string) =>
  z.number().int('must be a whole number').min(0, 'must be 0 or more').max(1_000_000).meta({ description });

export const PlanTargetSchema = z
  .strictObject({
    measure: z.enum(codesOf(PLAN_MEASURES)).meta({ description: describeCodes(PLAN_MEASURES) }),
    dimension: DimensionSchema,
    industry: IndustrySchema,
    enterprises: count('企业数 — enterprises'),
    equipment: count('落后生产设备（生产线）数量 — pieces of equipment or production lines'),
    capacity: z
      .number()
      .min(0, 'must be 0 or more')
      .max(1e9)
      .meta({ description: '产能 — capacity, in `unit`', example: 60 }),
    unit: text(20).meta({
      description: 'the capacity’s unit; units are never added together',
      example: '万吨/年',
    }),
  })
  .meta({ id: 'PlanTarget', description: 'one line of the work plan: a measure, dimension and industry' });

/** The plan's lines: each once, each counting something (domain/work-plan.ts). */
export const PlanTargetsSchema = z
  .array(PlanTargetSchema)
  .min(1, 'a work plan needs at least one target')
  .max(500)
  .superRefine((targets, context) => {
    const problem = planTargetsProblem(targets);
    if (problem) context.addIssue({ code: 'custom', path: [problem.index], message: problem.problem });
  })
  .meta({
    description:
      '目标任务 — one line per measure, dimension, industry and capacity unit (a second line for the same four ' +
      'is refused): enterprises, equipment and capacity; a line of zeros says none is planned',
  });

export const MilestoneSubmissionSchema = z.strictObject({
  note: text(2000).meta({ description: 'what is submitted: the document, its number, remarks' }),
  evidence: z
    .array(EvidenceRefSchema)
    .min(1, 'a submission needs at least one document reference')
    .max(100)
    .meta({ description: 'the documents submitted (工作方案、统计表、总结及佐证材料…), by reference' }),
});

/** The work plan's submission: what every milestone's carries, and its targets. */
export const WorkPlanSubmissionSchema = MilestoneSubmissionSchema.extend({ targets: PlanTargetsSchema });

export const MilestoneReviewSchema = z.strictObject({
  outcome: z
    .enum(['accepted', 'returned'])
    .meta({ description: 'accepted: 审核通过 (done); returned: 退回重报 (the jurisdiction submits again)' }),
  reason: text(2000).meta({ description: 'the reviewing office’s opinion' }),
});

export const PlanAmendmentSchema = z.strictObject({
  targets: PlanTargetsSchema,
  reason: text(2000).meta({ description: '修订理由 — why the plan in force is amended' }),
  evidence: z
    .array(EvidenceRefSchema)
    .min(1, 'an amendment needs the amended plan’s document reference')
    .max(100),
});

export const PlanAmendmentReviewSchema = MilestoneReviewSchema.extend({
  outcome: MilestoneReviewSchema.shape.outcome.meta({
    description: 'accepted: 批准 (the amendment supersedes the plan in force); returned: 退回 (it stays)',
  }),
});

export const SupervisionActionSchema = z.strictObject({
  kind: z.enum(['notice', 'interview']).meta({ description: 'notice: 通报; interview: 约谈' }),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, 'must be a six-digit region code')
    .meta({ description: 'the region notified or interviewed: one directly under the year’s jurisdiction' }),
  heldOn: LocalDateSchema.meta({ description: 'the day it was held; not after today' }),
  who: text(500).meta({ description: '约谈（通报）对象 — who was interviewed or notified' }),
  reason: text(2000).meta({ description: 'why: what the region lags in' }),
  commitments: text(2000).meta({ description: '整改承诺 — what the region committed to' }),
  followUpBy: LocalDateSchema.meta({
    description: 'by when the region reports what it did: after heldOn; the rest-day rule applies',
  }),
});

const QuarterSchema = z
  .literal([...QUARTERS], { error: 'must be 1, 2, 3 or 4' })
  .meta({ description: 'the quarter: 1 (January–March) to 4 (October–December)' });

export const IssueNoticeSchema = z.strictObject({
  quarter: QuarterSchema.meta({
    description: 'the quarter whose notice to issue: it must have ended (24:00 CST of its last day)',
  }),
});

export const NoticeReceiptSchema = z.strictObject({
  unit: z.enum(codesOf(MEMBER_UNITS)).meta({
    description: `the member unit that signed for it: ${describeCodes(MEMBER_UNITS)}`,
  }),
  signer: text(200).meta({ description: '签收人 — who at the unit signed for it' }),
  receivedOn: LocalDateSchema.meta({
    description: 'the day it signed; not after today, nor before the notice',
  }),
  note: z.string().max(2000).default('').meta({ description: 'anything the receipt says' }),
});

export const SupervisionFollowUpSchema = z.strictObject({
  note: text(2000).meta({ description: '落实情况 — what the region did, as the office records it' }),
});

// The bodies are the updates' arguments less what the server adds (the kind, from the path; the actor).
type Body<T> = Omit<T, 'kind' | 'actor'>;
export type SubmissionBody = z.infer<typeof MilestoneSubmissionSchema> & { targets?: PlanTarget[] };
export type ReviewBody = z.infer<typeof MilestoneReviewSchema>;
export type AmendmentBody = z.infer<typeof PlanAmendmentSchema>;
export type AmendmentReviewBody = z.infer<typeof PlanAmendmentReviewSchema>;
export type IssueNoticeBody = z.infer<typeof IssueNoticeSchema>;
export type NoticeReceiptBody = z.infer<typeof NoticeReceiptSchema>;
const sameShape: [
  SubmissionBody extends Body<MilestoneSubmission> ? true : never,
  ReviewBody extends Body<MilestoneReview> ? true : never,
  AmendmentBody extends Omit<PlanAmendment, 'actor'> ? true : never,
  AmendmentReviewBody extends Omit<PlanAmendmentReview, 'actor' | 'version'> ? true : never,
  IssueNoticeBody extends Omit<IssueNoticeInput, 'actor'> ? true : never,
  NoticeReceiptBody extends Omit<NoticeReceiptInput, 'actor' | 'quarter'> ? true : never,
] = [true, true, true, true, true, true];
void sameShape;
