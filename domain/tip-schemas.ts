/**
 * The tip's zod schemas (举报): the single source for the API's validation and the workflow input the
 * API builds. Boundaries only: workflow code imports the types and the rules from tip.ts.
 */
import { z } from 'zod';
import { ActorSchema } from './decisions';
import { DIMENSIONS, describeCodes } from './enums';
import {
  CreditCodeSchema,
  DepartmentSchema,
  DimensionSchema,
  EvidenceRefSchema,
  FindingSchema,
  IndustrySchema,
  KnownRegionCodeSchema,
  dimensionOwnersJsonSchema,
  text,
} from './finding';
import { isKnownPolicy, ownsDimensionSomewhere } from './policy';
import { findingPresenceProblem, withoutReporterIfAnonymous } from './tip';

// ---- schemas (boundaries only: workflow code imports the types and the rules)

export const TipReporterSchema = z.strictObject({
  name: text(100).meta({ description: '举报人姓名' }),
  contact: text(200).meta({ description: '联系方式 — telephone, e-mail or address' }),
});

/**
 * What the public files. An anonymous tip keeps no reporter: any reporter sent with one is dropped here,
 * before it reaches the workflow's history or the read model.
 */
export const TipSchema = z
  .strictObject({
    enterpriseName: text(200).meta({ description: '被举报企业名称', example: '某某钢铁有限公司' }),
    creditCode: CreditCodeSchema.optional(),
    regionCode: KnownRegionCodeSchema,
    dimension: DimensionSchema.optional().meta({
      description: `the dimension, where the reporter knows it: ${describeCodes(DIMENSIONS)}`,
    }),
    industry: IndustrySchema.optional(),
    description: text(5000).meta({ description: '举报内容 — what the reporter saw' }),
    anonymous: z.boolean().meta({ description: 'true: 匿名举报; no reporter details are kept' }),
    reporter: TipReporterSchema.optional().meta({ description: 'required unless anonymous' }),
  })
  .refine((tip) => tip.anonymous || tip.reporter !== undefined, {
    path: ['reporter'],
    message: 'required unless the tip is anonymous',
  })
  .meta({ anyOf: [{ properties: { anonymous: { const: true } } }, { required: ['reporter'] }] })
  .transform(withoutReporterIfAnonymous);

/** The tip workflow's input, as the API builds it. */
export const TipInputSchema = z
  .strictObject({
    tipId: text(100),
    receiptNumber: text(100).meta({ description: '受理编号 — the receipt number given to the reporter' }),
    receivedAt: z.iso.datetime({ offset: true }),
    policyProfile: z.string().optional(),
    policyVersion: z.string(),
    tip: TipSchema,
  })
  .refine(isKnownPolicy, { message: 'unknown policy profile or version', path: ['policyVersion'] });

/** The office's triage (分办): which department verifies the tip, for which dimension. */
export const TipTriageSchema = z
  .strictObject({
    actor: ActorSchema,
    reason: text(2000).meta({ description: 'why this department and dimension' }),
    department: DepartmentSchema,
    dimension: DimensionSchema,
  })
  .superRefine((triage, ctx) => {
    // The tip's own policy profile decides when the triage lands; here, some profile must give it.
    if (!ownsDimensionSomewhere(triage.department, triage.dimension))
      ctx.addIssue({
        code: 'custom',
        path: ['department'],
        message: `${triage.department} owns the ${triage.dimension} dimension under no policy profile`,
      });
  })
  .meta(dimensionOwnersJsonSchema());

/** `findingPresenceProblem` as JSON Schema, for the OpenAPI document: a finding exactly when verified. */
export const FINDING_PRESENCE_JSON_SCHEMA = {
  anyOf: [
    { properties: { result: { const: 'verified' } }, required: ['finding'] },
    { properties: { result: { const: 'unfounded' } }, not: { required: ['finding'] } },
  ],
};

/** The department's verification (核查): verified with the finding it makes, or unfounded with reasons. */
export const TipVerificationSchema = z
  .strictObject({
    actor: ActorSchema,
    reason: text(2000).meta({ description: 'the reasons: what was checked and found' }),
    evidence: z.array(EvidenceRefSchema).min(1, 'a verification needs at least one reference').max(100),
    result: z.enum(['verified', 'unfounded']).meta({ description: 'verified (属实) or unfounded (不属实)' }),
    finding: FindingSchema.optional().meta({
      description: 'the finding a verified tip becomes (source tip); absent when unfounded',
    }),
  })
  .superRefine((verification, ctx) => {
    const problem = findingPresenceProblem(verification);
    if (problem) ctx.addIssue({ code: 'custom', path: ['finding'], message: problem });
  })
  .meta(FINDING_PRESENCE_JSON_SCHEMA);

export type TipReporter = z.infer<typeof TipReporterSchema>;
export type Tip = z.output<typeof TipSchema>;
export type TipInput = z.output<typeof TipInputSchema>;
export type TipTriage = z.output<typeof TipTriageSchema>;
export type TipVerification = z.output<typeof TipVerificationSchema>;
