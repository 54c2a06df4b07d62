/** Tips (举报): the public's submission and follow-up, the staff's list, record and two decisions. */
import { z } from 'zod';
import { DEPARTMENTS, codesOf, describeCodes } from '../../domain/enums';
import { FindingFieldsSchema } from '../../domain/finding';
import {
  TIP_CATEGORIES,
  TIP_OUTCOMES,
  TIP_STATUSES,
  VERIFICATION_RESULTS,
  findingPresenceProblem,
} from '../../domain/tip';
import {
  FINDING_PRESENCE_JSON_SCHEMA,
  TipCategorySchema,
  TipSchema,
  TipTriageSchema,
  TipVerificationSchema,
  triageJsonSchema,
  triageOwnerIssue,
} from '../../domain/tip-schemas';
import { cursorOf, idField, instantField } from '../cursor';
import { DeadlineSchema, FileFindingBodySchema } from './cases';
import { dateTime, idempotencyHeaders, regionNameField } from './common';

// ---- identifiers

export const RECEIPT_NUMBER_PATTERN = /^JB-[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/i;
export const TIP_ID_PATTERN = /^TIP-[0-9A-F]{20}$/;

/** Where a page of the list ended: the last tip's receipt instant and id. */
export const TIP_CURSOR = cursorOf<{ receivedAt: string; id: string }>({
  receivedAt: instantField,
  id: idField(TIP_ID_PATTERN),
});

// ---- vocabularies

export const TipStatusSchema = z
  .enum(codesOf(TIP_STATUSES))
  .meta({ description: describeCodes(TIP_STATUSES) });
const TipOutcomeSchema = z
  .enum(codesOf(TIP_OUTCOMES))
  .nullable()
  .meta({ description: `${describeCodes(TIP_OUTCOMES)}; null until the tip is closed` });

// ---- requests

export const SubmissionHeadersSchema = idempotencyHeaders(
  'required; a random value (a UUID) made once per tip: a retried submission with the same key and the ' +
    'same tip answers 200 with the same receipt number and files nothing new',
);

export const DecisionHeadersSchema = idempotencyHeaders(
  'a retried request with the same key applies once and answers the same receipt',
);

export const TipSubmissionSchema = TipSchema.meta({
  id: 'TipSubmission',
  description:
    'A tip (举报) as the public files it. anonymous: true keeps no reporter details anywhere — any reporter ' +
    'sent with it is dropped before anything is stored.',
});

export const ReceiptParamsSchema = z.object({
  receiptNumber: z
    .string()
    .regex(RECEIPT_NUMBER_PATTERN, 'must be a receipt number like JB-7K3M-Q9XD-2HPA-W4RT')
    .meta({ description: '受理编号 — the receipt number given when the tip was filed' }),
});

export const TipIdParamsSchema = z.object({
  id: z.string().regex(TIP_ID_PATTERN, 'must be a tip id like TIP-0123456789ABCDEF0123'),
});

/** The office's triage without its actor (the caller is the actor). */
export const TipTriageBodySchema = z
  .strictObject({
    reason: TipTriageSchema.shape.reason,
    department: TipTriageSchema.shape.department,
    dimension: TipTriageSchema.shape.dimension,
  })
  .superRefine((triage, ctx) => {
    // The tip's own policy profile and category decide when the triage lands; here, some profile must give it.
    const issue = triageOwnerIssue(triage);
    if (issue) ctx.addIssue({ code: 'custom', path: ['department'], message: issue });
  })
  .meta({
    ...triageJsonSchema(),
    id: 'TipTriage',
    description: `分办: which department verifies the tip and, for a tip about backward capacity, for which dimension. ${triageJsonSchema().description}`,
  });

/** The department's verification without its actor (the caller is the actor). */
export const TipVerificationBodySchema = z
  .strictObject({
    reason: TipVerificationSchema.shape.reason,
    evidence: TipVerificationSchema.shape.evidence,
    result: z.enum(codesOf(VERIFICATION_RESULTS)).meta({ description: describeCodes(VERIFICATION_RESULTS) }),
    finding: FileFindingBodySchema.optional().meta({
      description:
        'the finding a verified tip becomes (source tip, the assigned department’s, in a dimension it owns under the tip’s policy). ' +
        'Required when a tip about backward capacity is verified (without it: 400 naming finding); optional when a tip about an illegal capacity swap is verified — ' +
        'absent, the swap is found true with these reasons and evidence and the tip closes as swap_confirmed, no case; present, it opens a case. Absent when unfounded.',
    }),
  })
  .superRefine((verification, ctx) => {
    const problem = findingPresenceProblem(verification);
    if (problem) ctx.addIssue({ code: 'custom', path: ['finding'], message: problem });
  })
  .meta({
    ...FINDING_PRESENCE_JSON_SCHEMA,
    id: 'TipVerification',
    description:
      '核查: verified with its finding (a swap tip: with or without one), or unfounded with reasons',
  });

// ---- answers

export const PublicTipSchema = z
  .object({
    receiptNumber: z.string(),
    category: TipCategorySchema,
    categoryLabel: z.string().meta({ description: 'the category in Chinese' }),
    status: TipStatusSchema,
    statusLabel: z.string().meta({ description: 'the status in Chinese' }),
    receivedAt: dateTime(),
    outcome: TipOutcomeSchema,
    outcomeLabel: z.string().nullable(),
    closedAt: dateTime().nullable(),
    closedReason: z.string().nullable().meta({ description: 'the reasons the tip was closed with' }),
    caseOpened: z.boolean().meta({ description: 'whether the tip became a rectification case' }),
  })
  .meta({
    id: 'PublicTip',
    description: 'What the reporter sees by receipt number: no reporter details, no names of who handled it',
  });

export const TipSummarySchema = z
  .object({
    id: z.string(),
    receiptNumber: z.string(),
    status: TipStatusSchema,
    outcome: TipOutcomeSchema,
    regionCode: z.string(),
    regionName: regionNameField(),
    enterpriseName: z.string(),
    category: TipCategorySchema.meta({
      description: `${describeCodes(TIP_CATEGORIES)}; a tip filed before categories: backward_capacity`,
    }),
    dimension: z.string().nullable().meta({
      description:
        'the triaged dimension, or the one the reporter named; null for a tip about an illegal capacity swap',
    }),
    department: z
      .string()
      .nullable()
      .meta({ description: `the department it was triaged to: ${describeCodes(DEPARTMENTS)}` }),
    anonymous: z.boolean(),
    receivedAt: dateTime(),
    verificationDueAt: dateTime().nullable(),
    caseId: z.string().nullable(),
    updatedAt: dateTime(),
  })
  .meta({ id: 'TipSummary' });

export const TipListSchema = z
  .object({
    items: z.array(TipSummarySchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'TipList' });

const ActorViewSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: 'user id, role, region, department (the system for intake and timers)' });
const EvidenceViewSchema = z.array(z.object({ reference: z.string(), description: z.string().optional() }));

export const TipEventSchema = z
  .object({
    sequence: z.number().int(),
    type: z.string(),
    status: z.string(),
    occurredAt: dateTime(),
    actor: ActorViewSchema,
    reason: z.string().nullable(),
    evidence: EvidenceViewSchema,
    detail: z.record(z.string(), z.unknown()),
    recordedAt: dateTime(),
    prevHash: z
      .string()
      .nullable()
      .meta({ description: 'the hash of the entry before; null before the ledger was chained' }),
    hash: z
      .string()
      .nullable()
      .meta({ description: 'this entry’s hash; null before the ledger was chained' }),
  })
  .meta({ id: 'TipEvent' });

export const TipChainSchema = z
  .object({
    entries: z.number().int(),
    intact: z.boolean(),
    breaks: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
    chained: z.boolean().meta({
      description: 'false for a tip recorded before its ledger was hash-chained: its entries carry no hashes',
    }),
  })
  .meta({ id: 'TipHashChainCheck' });

const RecordedSchema = {
  by: ActorViewSchema,
  at: dateTime(),
  reason: z.string(),
  evidence: EvidenceViewSchema,
  sequence: z.number().int(),
};

export const TipRecordSchema = TipSummarySchema.extend({
  policyProfile: z
    .string()
    .meta({ description: 'the policy profile covering the tip’s region when it came in (GET /v1/policies)' }),
  policyVersion: z.string(),
  tip: z.object({
    enterpriseName: z.string(),
    creditCode: z.string().optional(),
    regionCode: z.string(),
    category: TipCategorySchema.optional().meta({ description: 'as filed; absent: backward_capacity' }),
    dimension: z.string().optional(),
    industry: z.string().optional(),
    description: z.string(),
    anonymous: z.boolean(),
    reporter: z
      .object({ name: z.string(), contact: z.string() })
      .optional()
      .meta({ description: 'absent when anonymous' }),
  }),
  triage: z
    .object({
      ...RecordedSchema,
      department: z.string(),
      dimension: z
        .string()
        .optional()
        .meta({ description: 'absent for a tip about an illegal capacity swap' }),
    })
    .nullable(),
  verificationDue: DeadlineSchema.nullable(),
  verificationOverdueAt: dateTime().nullable(),
  verification: z.object({ ...RecordedSchema, result: z.string() }).nullable(),
  finding: FindingFieldsSchema.nullable(),
  closedAt: dateTime().nullable(),
  closedReason: z.string().nullable(),
  events: z.array(TipEventSchema).meta({ description: 'every accepted step, in order' }),
  chain: TipChainSchema.meta({ description: 'the ledger’s hash chain, recomputed from its entries' }),
}).meta({ id: 'TipRecord', description: 'One tip for the staff: as filed, its decisions and its events' });

export const TipReceiptSchema = z
  .object({
    tipId: z.string(),
    sequence: z.number().int().meta({ description: 'the tip event that recorded the decision' }),
    status: TipStatusSchema,
    outcome: TipOutcomeSchema,
    caseId: z.string().nullable().meta({ description: 'the case a verified tip opened or joined' }),
  })
  .meta({ id: 'TipDecisionReceipt' });

export type PublicTipView = z.infer<typeof PublicTipSchema>;
export type TipSummaryView = z.infer<typeof TipSummarySchema>;
export type TipListView = z.infer<typeof TipListSchema>;
export type TipEventView = z.infer<typeof TipEventSchema>;
export type TipRecordView = z.infer<typeof TipRecordSchema>;

/** The two decisions' routes: their action, path, body and summary. */
export const TIP_DECISION_ROUTES = [
  {
    action: 'triage',
    path: 'triage',
    body: TipTriageBodySchema,
    summary: 'Triage the tip to a department (分办); supervisors',
  },
  {
    action: 'verification',
    path: 'verification',
    body: TipVerificationBodySchema,
    summary: 'Report the verification (核查结果); an officer of the assigned department',
  },
] as const;

export const TipListQuerySchema = z.object({
  status: TipStatusSchema.optional(),
  category: TipCategorySchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: TIP_CURSOR.query().optional(),
});
