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
    lastDay: LocalDateSchema.meta({ description: 'the last day, after the rest-day rule' }),
    lapsesAt: z
      .string()
      .meta({ format: 'date-time', description: '24:00 China Standard Time of the last day' }),
    rule: z.literal(PERIOD_RULE),
    inputs: z.object({
      from: LocalDateSchema,
      months: z.number().int().optional(),
      days: z.number().int().optional(),
      extends: LocalDateSchema.optional(),
      holidayTableVersion: z.string().optional(),
    }),
    clampedToMonthEnd: z.boolean(),
    nominalLastDay: LocalDateSchema.optional().meta({ description: 'the last day before the rest-day rule' }),
    restDays: z
      .object({
        movedOver: z.array(LocalDateSchema),
        yearsNotInTable: z.array(z.number().int()),
        sources: z.array(z.string()),
      })
      .optional()
      .meta({ description: 'the rest days the last day moved past, and the holiday notices consulted' }),
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
