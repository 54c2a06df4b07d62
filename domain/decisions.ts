/**
 * The human decisions a case waits for, as zod schemas: the single source for the API's validation,
 * the OpenAPI document and the types the workflow's updates take (workflow code imports types only).
 */
import { z } from 'zod';
import {
  ACCEPTANCE_LEVELS,
  DEPARTMENTS,
  EXIT_EVIDENCE_ITEMS,
  EXIT_MEASURES,
  EXIT_SCOPES,
  REVISIT_RESULTS,
  ROLES,
  codesOf,
  describeCodes,
} from './enums';
import { EvidenceRefSchema, LocalDateSchema, RegionCodeSchema, text } from './finding';

export const ActorSchema = z.strictObject({
  userId: text(100),
  role: z.enum(codesOf(ROLES)).meta({ description: describeCodes(ROLES) }),
  regionCode: RegionCodeSchema,
  department: z
    .enum(codesOf(DEPARTMENTS))
    .nullable()
    .default(null)
    .meta({ description: describeCodes(DEPARTMENTS) }),
});

const months = (max: number) =>
  z
    .number()
    .int('must be a whole number of months')
    .min(1, 'at least 1 month')
    .max(max, `at most ${max} months`);

/**
 * What every decision carries besides its actor: why, on what evidence. The schemas are the request
 * bodies; the actor is not in them — the API fills it in from the caller's token.
 */
const common = {
  reason: text(2000).meta({ description: 'why: the reasons, remarks or opinion, as written' }),
  evidence: z.array(EvidenceRefSchema).max(100).default([]),
};

export const ExtensionRequestSchema = z.strictObject({
  ...common,
  months: months(12).meta({ description: '申请延长的月数 — months asked for' }),
});

export const ExtensionDecisionSchema = z
  .strictObject({
    ...common,
    grant: z.boolean().meta({ description: 'true: 批准延期; false: 不予延期' }),
    months: months(12).optional().meta({ description: 'months granted; required when granting' }),
  })
  .refine((d) => !d.grant || d.months !== undefined, {
    path: ['months'],
    message: 'required when granting an extension',
  })
  .meta({ anyOf: [{ properties: { grant: { const: false } } }, { required: ['months'] }] });

export const ReinspectionSchema = z.strictObject({
  ...common,
  result: z.enum(['pass', 'fail']).meta({ description: 'pass (复查达标) or fail (复查不达标)' }),
});

export const ExitOrderSchema = z.strictObject({
  measure: z.enum(codesOf(EXIT_MEASURES)).meta({ description: describeCodes(EXIT_MEASURES) }),
  scope: z.enum(codesOf(EXIT_SCOPES)).meta({ description: describeCodes(EXIT_SCOPES) }),
  equipment: text(200)
    .optional()
    .meta({ description: 'the equipment or production lines named, for scope equipment' }),
  exitMonths: months(24).optional().meta({ description: 'months to exit; the policy default when omitted' }),
});

export const GovernmentDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    ...common,
    decision: z.literal('approve_exit').meta({ description: '批准关停退出' }),
    exitOrder: ExitOrderSchema,
  }),
  z.strictObject({
    ...common,
    decision: z.literal('reject_new_deadline').meta({ description: '不予批准，重新限期整改' }),
    rectificationMonths: months(24),
  }),
  z.strictObject({
    ...common,
    decision: z.literal('reject_close').meta({ description: '不予批准，按政府决定结案' }),
    outcome: text(2000).meta({ description: 'the outcome the government states' }),
  }),
]);

export const ExitEvidenceSchema = z.strictObject({
  ...common,
  item: z.enum(codesOf(EXIT_EVIDENCE_ITEMS)).meta({ description: describeCodes(EXIT_EVIDENCE_ITEMS) }),
  evidence: z.array(EvidenceRefSchema).min(1, 'exit evidence needs at least one reference').max(100),
});

export const AcceptanceOpinionSchema = z.strictObject({
  ...common,
  level: z.enum(codesOf(ACCEPTANCE_LEVELS)).meta({ description: describeCodes(ACCEPTANCE_LEVELS) }),
  result: z.enum(['pass', 'fail']).meta({ description: 'pass (验收合格) or fail (验收不合格)' }),
});

export const UrgingSchema = z.strictObject({ ...common });

/**
 * A revisit's result (回头看复查). Capacity found running again becomes a new finding of the visiting
 * department — the earlier case's enterprise, equipment, capacity and legal basis, with the revisit's own
 * document number and date — which opens a new case linked to the earlier one.
 */
export const RevisitSchema = z
  .strictObject({
    ...common,
    result: z.enum(codesOf(REVISIT_RESULTS)).meta({ description: describeCodes(REVISIT_RESULTS) }),
    documentNumber: text(100).optional().meta({
      description: '文书编号 of the new finding; required when the capacity is running again, else omitted',
    }),
    findingDate: LocalDateSchema.optional().meta({
      description: '认定日期 of the new finding; required when the capacity is running again, else omitted',
    }),
    rectificationMonths: months(24).optional().meta({
      description:
        'the new finding’s rectification period, where the policy leaves it to the department (environment, safety)',
    }),
  })
  .superRefine((revisit, ctx) => {
    const running = revisit.result === 'running_again';
    for (const field of ['documentNumber', 'findingDate'] as const) {
      if (running && revisit[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'required when the capacity is running again',
        });
      if (!running && revisit[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: 'only for capacity running again' });
    }
    if (!running && revisit.rectificationMonths !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['rectificationMonths'],
        message: 'only for capacity running again',
      });
  })
  .meta({
    anyOf: [
      {
        properties: { result: { const: 'still_closed' } },
        not: {
          anyOf: [
            { required: ['documentNumber'] },
            { required: ['findingDate'] },
            { required: ['rectificationMonths'] },
          ],
        },
      },
      { properties: { result: { const: 'running_again' } }, required: ['documentNumber', 'findingDate'] },
    ],
  });

export type Actor = z.infer<typeof ActorSchema>;
type ByActor<T> = T & { actor: Actor };
export type ExtensionRequest = ByActor<z.infer<typeof ExtensionRequestSchema>>;
export type ExtensionDecision = ByActor<z.infer<typeof ExtensionDecisionSchema>>;
export type Reinspection = ByActor<z.infer<typeof ReinspectionSchema>>;
export type ExitOrder = z.infer<typeof ExitOrderSchema>;
export type GovernmentDecision = ByActor<z.infer<typeof GovernmentDecisionSchema>>;
export type ExitEvidence = ByActor<z.infer<typeof ExitEvidenceSchema>>;
export type AcceptanceOpinion = ByActor<z.infer<typeof AcceptanceOpinionSchema>>;
export type Urging = ByActor<z.infer<typeof UrgingSchema>>;
/** The server adds the policy the new case of a running-again revisit is filed under (the region's current one). */
export type Revisit = ByActor<z.infer<typeof RevisitSchema>> & {
  policy?: { policyProfile: string; policyVersion: string };
};
