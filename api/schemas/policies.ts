/** The policy profiles (domain/policy.ts): each locality's rules with their sources, as the API shows them. */
import { z } from 'zod';
import { DEPARTMENTS, DIMENSIONS, codesOf } from '../../domain/enums';
import {
  FAILURE_CONSEQUENCES,
  FIRST_MEASURES,
  LICENCE_MEASURES,
  LICENCE_MOMENTS,
  LISTING_MOMENTS,
  MEMBER_UNITS,
  MILESTONE_KINDS,
  MILESTONE_RECIPIENTS,
  POLICY_PROFILES,
} from '../../domain/policy';
import { REGION_LEVELS } from '../../domain/region';
import { enumOf, regionNameField } from './common';

export const PolicyProfileIdSchema = z
  .enum(POLICY_PROFILES.map((profile) => profile.id) as [string, ...string[]])
  .meta({ description: 'a policy profile’s id (GET /v1/policies)', example: 'diqing' });

export const PolicyVersionIdSchema = z
  .enum([...new Set(POLICY_PROFILES.flatMap((profile) => profile.versions.map((v) => v.version)))] as [
    string,
    ...string[],
  ])
  .meta({
    description: 'a version some profile has (GET /v1/policies/{id} lists the profile’s)',
    example: '2019.1',
  });

const NameSchema = z.object({ zh: z.string(), en: z.string() });

const PolicyDocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    documentNumber: z
      .string()
      .nullable()
      .meta({ description: '发文字号; null where the document carries none' }),
    issuer: z.string(),
    issued: z.string().nullable().meta({ description: '成文日期 (YYYY-MM-DD); null where not given' }),
    seed: z.string().nullable().meta({ description: 'the file in shared/seeds, where it is one of them' }),
  })
  .meta({ id: 'PolicyDocument' });

const VersionSummarySchema = z.object({
  version: z.string(),
  adopted: z
    .string()
    .meta({ description: 'from this date, cases filed under the profile take this version' }),
  inherits: z
    .object({ profile: z.string(), version: z.string() })
    .nullable()
    .meta({ description: 'the version of the level above this one builds on; null for the national base' }),
  summary: z.string(),
});

export const PolicyProfileSchema = z
  .object({
    id: z.string(),
    name: NameSchema,
    regionCode: z
      .string()
      .nullable()
      .meta({ description: 'the jurisdiction it covers; null: the national default' }),
    regionName: regionNameField(),
    document: PolicyDocumentSchema,
    currentVersion: z.string().meta({ description: 'the version new cases under the profile take' }),
    versions: z.array(VersionSummarySchema),
  })
  .meta({
    id: 'PolicyProfile',
    description: 'A jurisdiction’s rules: the national default or a locality’s document',
  });

export const PolicyProfilesSchema = z
  .object({ items: z.array(PolicyProfileSchema) })
  .meta({ id: 'PolicyProfiles', description: 'Every policy profile, the national default first' });

const SourceSchema = z.object({
  document: z.string().meta({ description: 'a PolicyDocument id' }),
  article: z.string(),
  quote: z.string().optional().meta({ description: 'the words of the document that say it' }),
  note: z.string().optional().meta({ description: 'where the rule is the service’s reading or choice' }),
});

const MilestoneDateSchema = z.object({
  month: z.number().int().min(1).max(12),
  day: z
    .union([z.number().int().min(1).max(31), z.enum(['mid', 'end'])])
    .meta({ description: "a day of the month; 'mid' (中旬) is the 20th, 'end' (月底) the month's last day" }),
  nextYear: z
    .literal(true)
    .optional()
    .meta({ description: 'in the year after the one the work is for (次年)' }),
});

const MilestoneRuleSchema = z.object({
  kind: enumOf(MILESTONE_KINDS),
  owedBy: enumOf(REGION_LEVELS).meta({
    description: 'the level of jurisdiction that owes it, each for itself',
  }),
  reportsTo: enumOf(MILESTONE_RECIPIENTS),
  due: MilestoneDateSchema.meta({
    description: 'by this day: the rest-day rule (民法典 第二百零三条) and 24:00 CST apply',
  }),
  opens: MilestoneDateSchema.optional().meta({
    description: 'work on it starts then (e.g. 督查 from October)',
  }),
  source: SourceSchema,
});

const DimensionRulesSchema = z.object({
  owners: z.array(enumOf(DEPARTMENTS)),
  firstMeasure: enumOf(FIRST_MEASURES),
  rectificationMonths: z.union([z.number().int(), z.literal('set_by_department'), z.null()]),
  extensionMaxMonths: z.number().int().nullable(),
  failureLeadsTo: enumOf(FAILURE_CONSEQUENCES),
  electricityPricing: z.boolean(),
  waterPricing: z.boolean(),
  licence: z.object({ measure: enumOf(LICENCE_MEASURES), when: enumOf(LICENCE_MOMENTS) }).nullable(),
  dischargePermitRefused: z.boolean(),
  exitByYearEnd: z.boolean(),
  majorHazardHalt: z.boolean(),
  emissionLists: z.boolean(),
});

export const PolicyVersionSchema = z
  .object({
    profile: z.string(),
    name: NameSchema,
    version: z.string(),
    adopted: z.string(),
    inherits: VersionSummarySchema.shape.inherits,
    summary: z.string(),
    document: PolicyDocumentSchema,
    dimensions: z.object(
      Object.fromEntries(codesOf(DIMENSIONS).map((dimension) => [dimension, DimensionRulesSchema])) as Record<
        keyof typeof DIMENSIONS,
        typeof DimensionRulesSchema
      >,
    ),
    timings: z.object({
      reminderDaysBeforeDeadline: z.array(z.number().int()),
      governmentDecisionDays: z.number().int(),
      governmentReminderAfterDays: z.number().int(),
      exitMonths: z.number().int(),
      dismantlingMonths: z.number().int(),
      tipVerificationDays: z.number().int(),
      milestoneReminderDays: z.array(z.number().int()),
    }),
    rules: z.object({
      creditPublication: z.array(enumOf(LISTING_MOMENTS)),
      differentialCredit: z.array(enumOf(LISTING_MOMENTS)),
      sealedCountsAsExited: z.boolean(),
      revisitMonths: z.array(z.number().int()),
      capacitySwapOwners: z.array(enumOf(DEPARTMENTS)),
      memberUnits: z.array(enumOf(MEMBER_UNITS)),
      yearMilestones: z.array(MilestoneRuleSchema).meta({
        description:
          "the bureau's year (年度工作节点): each dated step, who owes it, to whom, and its source",
      }),
    }),
    provenance: z
      .array(
        z.object({
          rule: z.string().meta({
            description: "the rule's name: 'energy.waterPricing', 'timings.exitMonths', 'rules.memberUnits'",
          }),
          profile: z.string().meta({ description: 'the profile whose version set the value' }),
          version: z.string(),
          setHere: z.boolean().meta({ description: 'whether this version set it (else it is inherited)' }),
          source: SourceSchema,
        }),
      )
      .meta({ description: 'every rule, where its value comes from' }),
  })
  .meta({
    id: 'PolicyVersion',
    description: 'One version of a profile with every rule resolved and its source',
  });

export type PolicyProfileView = z.output<typeof PolicyProfileSchema>;
export type PolicyVersionView = z.output<typeof PolicyVersionSchema>;
