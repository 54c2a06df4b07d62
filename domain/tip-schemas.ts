/**
 * The tip's zod schemas (举报): the single source for the API's validation and the workflow input the
 * API builds. Boundaries only: workflow code imports the types and the rules from tip.ts.
 */
import { z } from 'zod';
import { ActorSchema } from './decisions';
import { DIMENSIONS, codesOf, describeCodes } from './enums';
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
import { capacitySwapOwnersSomewhere, isKnownPolicy, ownsDimensionSomewhere } from './policy';
import { TIP_CATEGORIES, findingPresenceProblem, withoutReporterIfAnonymous } from './tip';

export const TipCategorySchema = z.enum(codesOf(TIP_CATEGORIES)).meta({
  description: `举报类别: ${describeCodes(TIP_CATEGORIES)}`,
});

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
    category: TipCategorySchema.optional().meta({
      description: `举报类别: ${describeCodes(TIP_CATEGORIES)}; absent: backward_capacity (as every tip filed before categories)`,
    }),
    dimension: DimensionSchema.optional().meta({
      description: `the dimension, where the reporter knows it: ${describeCodes(DIMENSIONS)}; only on a tip about backward capacity (a swap is not one of the five standards)`,
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
  .refine((tip) => tip.category !== 'illegal_capacity_swap' || tip.dimension === undefined, {
    path: ['dimension'],
    message:
      'a tip about an illegal capacity swap names no dimension: a swap is not one of the five standards',
  })
  .meta({
    allOf: [
      { anyOf: [{ properties: { anonymous: { const: true } } }, { required: ['reporter'] }] },
      {
        anyOf: [
          { not: { properties: { category: { const: 'illegal_capacity_swap' } }, required: ['category'] } },
          { not: { required: ['dimension'] } },
        ],
      },
    ],
  })
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

/**
 * Whether some policy profile lets this department take this triage: own the dimension, or, without a
 * dimension (a swap tip), own capacity swaps. The tip's own profile and category decide when it lands.
 */
export function triageOwnerIssue(triage: {
  department: z.infer<typeof DepartmentSchema>;
  dimension?: z.infer<typeof DimensionSchema> | undefined;
}): string | null {
  if (triage.dimension === undefined)
    return capacitySwapOwnersSomewhere().includes(triage.department)
      ? null
      : `${triage.department} owns capacity swaps under no policy profile (owners: ${capacitySwapOwnersSomewhere().join(', ')}); a tip about backward capacity is triaged with its dimension`;
  return ownsDimensionSomewhere(triage.department, triage.dimension)
    ? null
    : `${triage.department} owns the ${triage.dimension} dimension under no policy profile`;
}

/** The triage's JSON Schema: a dimension and one of its owners, or no dimension and a capacity-swap owner. */
export function triageJsonSchema() {
  const owners = dimensionOwnersJsonSchema();
  const swapOwners = capacitySwapOwnersSomewhere();
  return {
    anyOf: [
      ...owners.anyOf.map((branch) => ({ ...branch, required: ['dimension'] })),
      { not: { required: ['dimension'] }, properties: { department: { enum: swapOwners } } },
    ],
    description:
      `A tip about backward capacity (category backward_capacity, or none) is triaged with a dimension and a department that owns it. ${owners.description} ` +
      `A tip about an illegal capacity swap (illegal_capacity_swap) is triaged without a dimension, to a department that owns capacity swaps under the tip’s policy profile (rules.capacitySwapOwners: ${swapOwners.join(' or ')} under the current profiles). ` +
      'A dimension the tip’s category does not take is a 400 naming dimension; a department that owns the dimension or capacity swaps under no profile a 400 naming department; one that does not under the tip’s own profile a 409.',
  };
}

/** The office's triage (分办): which department verifies the tip, and for a backward-capacity tip which dimension. */
export const TipTriageSchema = z
  .strictObject({
    actor: ActorSchema,
    reason: text(2000).meta({ description: 'why this department (and dimension)' }),
    department: DepartmentSchema,
    dimension: DimensionSchema.optional().meta({
      description:
        'required for a tip about backward capacity; absent for a tip about an illegal capacity swap',
    }),
  })
  .superRefine((triage, ctx) => {
    const issue = triageOwnerIssue(triage);
    if (issue) ctx.addIssue({ code: 'custom', path: ['department'], message: issue });
  })
  .meta(triageJsonSchema());

/**
 * `findingPresenceProblem` as JSON Schema, for the OpenAPI document: no finding when unfounded. (A verified
 * backward-capacity tip needs one; a verified swap tip may go without: verificationShapeProblem, a 400.)
 */
export const FINDING_PRESENCE_JSON_SCHEMA = {
  anyOf: [
    { properties: { result: { const: 'verified' } } },
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
      description:
        'the finding a verified tip becomes (source tip): required for a tip about backward capacity; optional for a swap tip (absent: the swap found true, the tip closed as swap_confirmed); absent when unfounded',
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
