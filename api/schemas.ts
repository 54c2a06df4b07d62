/** Request and response schemas of the API, built from the domain's schemas. */
import { z } from 'zod';
import { PERIOD_RULE, chinaDateOf } from '../domain/calendar';
import { CASE_STATUSES, codesOf, describeCodes } from '../domain/enums';
import { FindingFieldsSchema, FindingSchema, LocalDateSchema } from '../domain/finding';
import { CASE_ID_PATTERN } from './case-id';

export const FileFindingBodySchema = FindingSchema.refine(
  (finding) => finding.findingDate <= chinaDateOf(new Date()),
  {
    path: ['findingDate'],
    message: 'must not be after today (China Standard Time)',
  },
).meta({ id: 'Finding' });

export const CaseIdParamsSchema = z.object({
  id: z.string().regex(CASE_ID_PATTERN, 'must be a case id like RC-0123456789ABCDEF'),
});

export const DeadlineSchema = z
  .object({
    lastDay: LocalDateSchema,
    lapsesAt: z.string().meta({ format: 'date-time' }),
    rule: z.literal(PERIOD_RULE),
    inputs: z.object({ from: LocalDateSchema, months: z.number().int() }),
    clampedToMonthEnd: z.boolean(),
    restDayRuleApplied: z.boolean(),
    explanation: z.string(),
  })
  .meta({ id: 'Deadline', description: 'A deadline with the rule and inputs that produced it' });

const CaseStatusSchema = z.enum(codesOf(CASE_STATUSES)).meta({ description: describeCodes(CASE_STATUSES) });

export const CaseViewSchema = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    status: CaseStatusSchema,
    policyVersion: z.string(),
    finding: FindingFieldsSchema,
    deadline: DeadlineSchema.nullable(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
    live: z
      .object({
        status: CaseStatusSchema,
        sequence: z.number().int(),
        escalatedAt: z.string().nullable(),
        deadline: DeadlineSchema.nullable(),
      })
      .nullable()
      .meta({
        description: 'The workflow’s current state from a query; null when Temporal did not answer in time',
      }),
  })
  .meta({ id: 'Case' });

export type CaseView = z.infer<typeof CaseViewSchema>;
