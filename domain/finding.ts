/**
 * A finding (检查发现): the department's record that an enterprise's capacity fails a standard.
 * This zod schema is the single source for the API's validation, its types and its OpenAPI document;
 * workflow code imports only the inferred type.
 */
import { z } from 'zod';
import { CREDIT_CODE_PROBLEMS, creditCodeProblem } from './credit-code';
import { isLocalDate } from './calendar';
import {
  DEPARTMENTS,
  DIMENSIONS,
  FINDING_SOURCES,
  INDUSTRIES,
  codesOf,
  describeCodes,
  type Dimension,
} from './enums';
import {
  POLICY_PROFILES,
  currentPolicies,
  currentPolicyKeyFor,
  ownsDimension,
  policyOf,
  type Policy,
  type PolicyProfile,
} from './policy';
import { REGION_CODE_PATTERN, isRegionCode, regionPrefix } from './region';
import { knownRegionCodes, regionCodeProblem } from './region-names';

/**
 * What `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator), spelled out rather
 * than as `\s`, whose meaning differs between the regular expression engines that read the document.
 */
export const TRIMMED =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** Not blank: at least one character that trimming keeps (the OpenAPI `pattern` of every text field). */
export const NOT_BLANK = new RegExp(`[^${TRIMMED}]`);

/** No NUL character (U+0000) anywhere: PostgreSQL cannot store one in text or jsonb. */
export const NO_NUL = /^[^\u0000]*$/;

/** Text as people type it: trimmed, then not blank, without NUL, and at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .regex(NOT_BLANK, 'must not be empty')
    .regex(NO_NUL, 'must not contain the NUL character (U+0000)')
    .max(max, `at most ${max} characters`);

export const LocalDateSchema = z
  .string()
  .refine(isLocalDate, 'must be a calendar date written YYYY-MM-DD')
  .meta({ format: 'date', example: '2024-03-15' });

/** A region code's shape only: for what is stored or comes from a token, never for a request's input. */
export const RegionCodeSchema = z
  .string()
  .refine(isRegionCode, 'must be a six-digit GB/T 2260 administrative region code, e.g. 320506')
  .meta({
    description: '行政区划代码 — GB/T 2260 administrative region code',
    example: '320506',
    pattern: REGION_CODE_PATTERN.source,
  });

/**
 * A region code a request carries: a region of the region table (domain/region-names.ts `regionCodeProblem`,
 * the one rule), so a well-formed code that does not exist (320599) is refused, naming the field.
 */
export const KnownRegionCodeSchema = z
  .string()
  .superRefine((code, ctx) => {
    const problem = regionCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    description:
      '行政区划代码 — a region of the region table: a GB/T 2260 code that exists in the pinned data, or a ' +
      'development zone’s code of the project (docs/api.md#region-names)',
    example: '320506',
    id: 'KnownRegionCode',
    // The document lists the codes once (a component), so that it says exactly what is accepted.
    enum: knownRegionCodes(),
  });

export const CreditCodeSchema = z
  .string()
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: `unified social credit code ${CREDIT_CODE_PROBLEMS[problem]}`,
      });
  })
  .meta({
    description:
      '统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check ' +
      'character of the first 17 (format `unified-social-credit-code`)',
    example: '91320506MA1MXXRN7C',
    format: 'unified-social-credit-code',
    pattern: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  });

export const DimensionSchema = z.enum(codesOf(DIMENSIONS)).meta({ description: describeCodes(DIMENSIONS) });
export const DepartmentSchema = z
  .enum(codesOf(DEPARTMENTS))
  .meta({ description: describeCodes(DEPARTMENTS) });
export const IndustrySchema = z.enum(codesOf(INDUSTRIES)).meta({ description: describeCodes(INDUSTRIES) });
export const FindingSourceSchema = z
  .enum(codesOf(FINDING_SOURCES))
  .meta({ description: describeCodes(FINDING_SOURCES) });

export const EnterpriseSchema = z.strictObject({
  name: text(200).meta({ description: '企业名称 — registered name', example: '某某钢铁有限公司' }),
  creditCode: CreditCodeSchema,
  regionCode: KnownRegionCodeSchema,
});

/** The enterprise as stored: its region code checked for shape only (the region table may change). */
export const StoredEnterpriseSchema = EnterpriseSchema.extend({ regionCode: RegionCodeSchema });

export const CapacitySchema = z.strictObject({
  equipment: text(200).meta({
    description: '生产线或设备 — the production line or equipment',
    example: '1号450m³高炉',
  }),
  value: z.number().positive('must be greater than 0').max(1e9).meta({ example: 60 }),
  unit: text(20).meta({ description: 'e.g. 万吨/年', example: '万吨/年' }),
});

export const LegalBasisSchema = z.strictObject({
  law: text(200).meta({ example: '中华人民共和国节约能源法' }),
  standard: text(200).optional().meta({ example: 'GB 21256-2013' }),
});

export const EvidenceRefSchema = z.strictObject({
  reference: text(500).meta({ description: 'where the evidence is kept (document number, file id, URL)' }),
  description: text(500).optional(),
});

/**
 * The finding's fields, without the cross-field policy checks and with the region code checked for shape
 * only (for reading stored findings).
 */
export const FindingFieldsSchema = z.strictObject({
  department: DepartmentSchema,
  documentNumber: text(100).meta({
    description:
      '文书编号 — the department’s own document number; with the department, it identifies the finding',
    example: '姑工信罚〔2024〕12号',
  }),
  enterprise: StoredEnterpriseSchema,
  industry: IndustrySchema,
  dimension: DimensionSchema,
  capacity: CapacitySchema,
  legalBasis: LegalBasisSchema,
  findingDate: LocalDateSchema.meta({
    description: '认定日期 — the date of the legal act the period counts from (not the data-entry date)',
  }),
  source: FindingSourceSchema.default('routine_inspection'),
  rectificationMonths: z
    .number()
    .int('must be a whole number of months')
    .min(1)
    .max(24)
    .optional()
    .meta({ description: 'required for environment and safety findings, whose period the department sets' }),
  evidence: z.array(EvidenceRefSchema).max(100).default([]),
  majorAccidentHazard: z.boolean().optional().meta({
    description:
      '重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted',
  }),
});

/**
 * The regions a profile governs, as a pattern on the region code: those inside its region and not inside
 * the region of another profile below it (the nearest profile up the tree applies).
 */
function governedRegionPattern(profile: PolicyProfile): string {
  const prefixOf = (code: string) => regionPrefix(code);
  const own = profile.regionCode === null ? '' : prefixOf(profile.regionCode);
  const below = POLICY_PROFILES.filter(
    (other) => other !== profile && other.regionCode !== null && prefixOf(other.regionCode).startsWith(own),
  ).map((other) => prefixOf(other.regionCode!));
  const exclude = below.length > 0 ? `(?!${below.join('|')})` : '';
  return `^${exclude}${own}\\d{${6 - own.length}}$`;
}

function withProperties(schema: { properties?: object }, properties: object) {
  return { ...schema, properties: { ...properties, ...schema.properties } };
}

/**
 * The policy's pairing of dimensions with the departments that own them, as JSON Schema for the
 * OpenAPI document (the rule itself is `ownsDimension`). With `byRegion`, one alternative per profile and
 * dimension, keyed by the region codes the profile governs (the body's enterprise.regionCode); without it
 * (where the body has no region, as a tip's triage), one per dimension with every department that owns it
 * in some profile — the tip's own profile then decides. `more` adds to each alternative.
 */
export function dimensionOwnersJsonSchema(
  more: (dimension: Dimension, policy: Policy) => object = () => ({}),
  { byRegion = false } = {},
) {
  const policies = currentPolicies();
  const description = `The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): ${policies
    .map(
      (policy) =>
        `${policy.profile} — ${codesOf(DIMENSIONS)
          .map((dimension) => `${dimension}: ${policy.dimensions[dimension].owners.join(' or ')}`)
          .join(', ')}`,
    )
    .join('; ')}.`;
  if (!byRegion) {
    return {
      anyOf: codesOf(DIMENSIONS).map((dimension) => ({
        ...withProperties(more(dimension, policies[0]!), {
          dimension: { const: dimension },
          department: {
            enum: [...new Set(policies.flatMap((policy) => policy.dimensions[dimension].owners))],
          },
        }),
      })),
      description,
    };
  }
  return {
    anyOf: POLICY_PROFILES.flatMap((profile, index) =>
      codesOf(DIMENSIONS).map((dimension) => ({
        ...withProperties(more(dimension, policies[index]!), {
          dimension: { const: dimension },
          department: { enum: [...policies[index]!.dimensions[dimension].owners] },
          enterprise: { properties: { regionCode: { pattern: governedRegionPattern(profile) } } },
        }),
      })),
    ),
    description,
  };
}

/**
 * A finding as filed: its fields, the enterprise's region a region of the table, plus the checks the policy
 * of that region makes across them.
 */
export const FindingSchema = FindingFieldsSchema.extend({ enterprise: EnterpriseSchema })
  .superRefine((finding, ctx) => {
    const key = currentPolicyKeyFor(finding.enterprise.regionCode);
    const policy = policyOf(key);
    if (!ownsDimension(finding.department, finding.dimension, key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['department'],
        message: `${finding.department} does not own the ${finding.dimension} dimension under policy profile ${key.policyProfile} ${key.policyVersion} (owners: ${policy.dimensions[finding.dimension].owners.join(', ')})`,
      });
    }
    const period = policy.dimensions[finding.dimension].rectificationMonths;
    if (period === 'set_by_department' && finding.rectificationMonths === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rectificationMonths'],
        message: `required for ${finding.dimension} findings: the department sets the period`,
      });
    }
    if (period !== 'set_by_department' && finding.rectificationMonths !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rectificationMonths'],
        message: `must be omitted for ${finding.dimension} findings: the policy sets the period`,
      });
    }
    if (finding.majorAccidentHazard && finding.dimension !== 'safety') {
      ctx.addIssue({
        code: 'custom',
        path: ['majorAccidentHazard'],
        message: `only a safety finding can carry a major accident hazard, not a ${finding.dimension} finding`,
      });
    }
  })
  .meta(
    dimensionOwnersJsonSchema(
      (dimension, policy) => ({
        ...(policy.dimensions[dimension].rectificationMonths === 'set_by_department'
          ? { required: ['rectificationMonths'] }
          : { not: { required: ['rectificationMonths'] } }),
        ...(dimension === 'safety' ? {} : { properties: { majorAccidentHazard: { const: false } } }),
      }),
      { byRegion: true },
    ),
  );

export type Finding = z.infer<typeof FindingSchema>;
export type FindingInput = z.input<typeof FindingSchema>;
