/** Request and response schemas of the API, built from the domain's schemas. */
import { z } from 'zod';
import { PERIOD_RULE, chinaDateOf, isLocalDate } from '../../domain/calendar';
import { TASK_KINDS } from '../../domain/case';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  DIMENSIONS,
  INDUSTRIES,
  PUBLISHED_LISTS,
  REVISIT_RESULTS,
  ROLES,
  codesOf,
  describeCodes,
} from '../../domain/enums';
import {
  FindingFieldsSchema,
  FindingSchema,
  KnownRegionCodeSchema,
  LocalDateSchema,
  NO_NUL,
  TRIMMED,
} from '../../domain/finding';
import { RADAR_BUCKETS } from '../../domain/radar';
import { REGION_CODE_PATTERN } from '../../domain/region';
import { CASE_ID_PATTERN } from '../../domain/case-id';
import { CASE_EVENT_TYPES } from '../../workflows/contract';
import { cursorOf, idField, microsecondsField, nullable } from '../cursor';
import { regionNameField } from './common';

/** Where a page of cases ended: the sort key of the last case (its due or change instant; none: last) and its id. */
export const CASE_CURSOR = cursorOf<{ key: string | null; id: string }>({
  key: nullable(microsecondsField),
  id: idField(CASE_ID_PATTERN),
});

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

const DeadlineDaySchema = z
  .object({
    date: LocalDateSchema,
    weekday: z.number().int().min(0).max(6).meta({ description: '0 = Sunday … 6 = Saturday' }),
    kind: z.enum(['weekend', 'public_holiday', 'make_up_working_day', 'working_day']).meta({
      description:
        'weekend (a Saturday or Sunday no notice makes a working day), public_holiday (a day a State Council ' +
        'notice gives off), make_up_working_day (a weekend day a notice makes a working day, 调休上班), working_day',
    }),
    holiday: z
      .object({ zh: z.string(), en: z.string() })
      .nullable()
      .meta({ description: 'the holiday a public holiday or make-up working day belongs to' }),
    noticeYear: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'the year of the notice that arranges this day (in `notices`)' }),
    yearInTable: z
      .boolean()
      .meta({ description: 'false: the holiday table lacks the year’s notice, only weekends rest' }),
  })
  .meta({ id: 'DeadlineDay', description: 'One day of a deadline, named from the holiday table' });

const DeadlineDaysSchema = z
  .object({
    holidayTableVersion: z.string().meta({ description: 'the holiday table that named the days' }),
    nominalLastDay: DeadlineDaySchema,
    movedOver: z.array(DeadlineDaySchema).meta({ description: 'each rest day the last day moved past' }),
    lastDay: DeadlineDaySchema,
    lapsesOn: LocalDateSchema.meta({
      description: 'the day after the last day: the period lapses at its 00:00 China Standard Time',
    }),
    notices: z
      .array(
        z.object({
          year: z.number().int(),
          title: z.string(),
          documentNumber: z.string().nullable().meta({ description: 'null where unverified' }),
          issued: LocalDateSchema,
        }),
      )
      .meta({ description: 'the State Council holiday notices for the years consulted' }),
  })
  .meta({ id: 'DeadlineDays' });

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
      on: LocalDateSchema.optional().meta({
        description: 'the date a document fixes as the last day ("5月15日前")',
      }),
      notAfter: LocalDateSchema.optional().meta({
        description: 'for a period that must end within its year (在今年内): 31 December of that year',
      }),
      holidayTableVersion: z.string().optional(),
    }),
    clampedToMonthEnd: z.boolean(),
    cappedAtYearEnd: z
      .boolean()
      .optional()
      .meta({ description: 'whether the period was cut short at inputs.notAfter, the end of its year' }),
    nominalLastDay: LocalDateSchema.optional().meta({ description: 'the last day before the rest-day rule' }),
    restDays: z
      .object({
        movedOver: z.array(LocalDateSchema),
        yearsNotInTable: z.array(z.number().int()),
        sources: z.array(z.string()),
      })
      .optional()
      .meta({ description: 'the rest days the last day moved past, and the holiday notices consulted' }),
    explanation: z.string().meta({
      description: 'how the deadline was reached, in English; `days` gives the same parts structured',
    }),
    days: DeadlineDaysSchema.nullable().meta({
      description:
        'the deadline’s days named for a reader in any language (null for a deadline recorded before it ' +
        'kept its nominal day and rest days)',
    }),
  })
  .meta({ id: 'Deadline', description: 'A deadline with the rule and inputs that produced it' });

const CaseStatusSchema = z.enum(codesOf(CASE_STATUSES)).meta({ description: describeCodes(CASE_STATUSES) });
const CaseOutcomeSchema = z.enum(codesOf(CASE_OUTCOMES)).meta({ description: describeCodes(CASE_OUTCOMES) });
const DateTimeSchema = z.string().meta({ format: 'date-time' });

const ActorViewSchema = z
  .object({
    userId: z.string(),
    role: z.string(),
    regionCode: z.string().nullable(),
    department: z.string().nullable(),
  })
  .meta({ id: 'Actor', description: 'who acted: user, role, region and department, or `system` for timers' });

const OpenTaskViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(codesOf(TASK_KINDS)).meta({ description: describeCodes(TASK_KINDS) }),
    role: z.enum(codesOf(ROLES)).meta({ description: describeCodes(ROLES) }),
    regionCode: z.string(),
    regionName: regionNameField(),
    departments: z.array(z.string()).nullable(),
    dueAt: DateTimeSchema.nullable(),
  })
  .meta({ id: 'OpenTask' });

const EvidenceEntrySchema = z
  .object({
    sequence: z.number().int().meta({ description: 'the ledger entry that recorded it' }),
    type: z.string(),
    occurredAt: DateTimeSchema,
    actor: ActorViewSchema.nullable(),
    reason: z.string().nullable(),
    items: z.array(z.object({ reference: z.string(), description: z.string().optional() })),
  })
  .meta({ id: 'EvidenceEntry' });

/** What a running timer of a case fires (workflows/rectification-case.ts names them). */
export const TIMER_KINDS = [
  'deadline_reminder',
  'rectification_deadline',
  'government_reminder',
  'government_decision_due',
  'exit_deadline',
  'dismantling_deadline',
  'other',
] as const;

export const CaseViewSchema = z
  .object({
    id: z.string(),
    workflowId: z.string(),
    status: CaseStatusSchema,
    outcome: CaseOutcomeSchema.nullable(),
    policyProfile: z.string().meta({
      description: 'the policy profile the case runs under for its whole life (GET /v1/policies/{id})',
      example: 'diqing',
    }),
    policyProfileName: z
      .string()
      .meta({ description: 'the profile’s name, e.g. 迪庆藏族自治州', example: '迪庆藏族自治州' }),
    policyVersion: z
      .string()
      .meta({ description: 'the profile’s version the case runs under', example: '2019.1' }),
    finding: FindingFieldsSchema,
    regionName: regionNameField('finding.enterprise.regionCode, the enterprise’s region'),
    deadline: DeadlineSchema.nullable().meta({ description: 'the rectification deadline (整改期限)' }),
    deadlines: z
      .object({
        rectification: DeadlineSchema.nullable(),
        governmentDecision: DeadlineSchema.nullable(),
        exit: DeadlineSchema.nullable(),
        dismantling: DeadlineSchema.nullable(),
      })
      .meta({ description: 'every deadline the case has had set, each with the rule and inputs behind it' }),
    dueAt: DateTimeSchema.nullable().meta({ description: 'when the deadline the case waits on now lapses' }),
    escalatedAt: DateTimeSchema.nullable(),
    timers: z
      .array(
        z.object({
          name: z.string().meta({ description: 'as the workflow names it, in English' }),
          kind: z.enum(TIMER_KINDS).meta({
            description:
              'what fires: a reminder before the rectification deadline (`daysBefore`), a deadline, the ' +
              'reminder to the government; `other` for a name this version does not know',
          }),
          daysBefore: z.number().int().nullable().meta({ description: 'for a deadline reminder' }),
          dueAt: DateTimeSchema,
        }),
      )
      .meta({ description: 'the timers running in the case now, soonest first' }),
    statusPath: z
      .array(
        z.object({
          status: z.string().meta({ description: describeCodes(CASE_STATUSES) }),
          since: DateTimeSchema,
          sequence: z.number().int().meta({ description: 'the ledger entry that moved the case there' }),
          type: z.string().meta({ description: `the step that moved it: ${CASE_EVENT_TYPES.join(', ')}` }),
        }),
      )
      .optional()
      .meta({
        description:
          'every status the case has been in, in order, with the ledger step that moved it there: the ' +
          'branches it took (GET of one case only)',
      }),
    temporalUiUrl: z.string().meta({
      format: 'uri',
      description:
        'the case’s workflow runs in the Temporal Web UI (`TEMPORAL_UI_URL`), for their raw history',
    }),
    lists: z.array(
      z.object({
        list: z.enum(codesOf(PUBLISHED_LISTS)).meta({ description: describeCodes(PUBLISHED_LISTS) }),
        enteredAt: DateTimeSchema,
        leftAt: DateTimeSchema.nullable(),
      }),
    ),
    openTasks: z.array(OpenTaskViewSchema),
    revisitOf: z
      .string()
      .nullable()
      .meta({ description: 'the earlier case whose revisit (回头看) found this capacity running again' }),
    revisits: z
      .array(
        z.object({
          months: z.number().int().meta({ description: 'months after the case closed' }),
          due: DeadlineSchema,
          overdueAt: DateTimeSchema.nullable().meta({ description: 'when its day passed unrecorded (督办)' }),
          result: z
            .object({
              result: z.enum(codesOf(REVISIT_RESULTS)).meta({ description: describeCodes(REVISIT_RESULTS) }),
              at: DateTimeSchema,
              by: z.string().meta({ description: 'the user who recorded it' }),
              sequence: z.number().int(),
              newCaseId: z
                .string()
                .nullable()
                .meta({ description: 'the new case opened for capacity running again' }),
            })
            .nullable(),
        }),
      )
      .meta({
        description:
          'the revisits (回头看) of the closed case its policy schedules (rules.revisitMonths); [] for an open case or a policy with none',
      }),
    evidence: z
      .array(EvidenceEntrySchema)
      .optional()
      .meta({ description: 'every step that recorded evidence, in order (GET of one case only)' }),
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

export const CaseSummarySchema = z
  .object({
    id: z.string(),
    status: CaseStatusSchema,
    outcome: CaseOutcomeSchema.nullable(),
    enterpriseName: z.string(),
    creditCode: z.string(),
    regionCode: z.string(),
    regionName: regionNameField(),
    industry: z.string(),
    dimension: z.string(),
    department: z.string(),
    documentNumber: z.string(),
    findingDate: LocalDateSchema,
    dueAt: DateTimeSchema.nullable(),
    overdue: z.boolean().meta({ description: 'the deadline the case waits on has lapsed' }),
    updatedAt: DateTimeSchema,
  })
  .meta({ id: 'CaseSummary' });

// Query parameters get schema instances of their own: a shared instance becomes a components $ref,
// which OpenAPI cannot place in a parameter.
const StatusListSchema = z
  .string()
  .transform((text) => text.split(','))
  .pipe(z.array(z.enum(codesOf(CASE_STATUSES))).min(1))
  .meta({
    description: `comma-separated statuses: ${describeCodes(CASE_STATUSES)}`,
    pattern: `^(?:${codesOf(CASE_STATUSES).join('|')})(?:,(?:${codesOf(CASE_STATUSES).join('|')}))*$`,
  });

const InstantSchema = z.iso
  .datetime({ offset: true })
  .or(
    z
      .string()
      .refine(isLocalDate, 'must be a date YYYY-MM-DD or an instant with its offset')
      .meta({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
  )
  .meta({ description: 'an instant (ISO 8601 with offset) or a date (00:00 China Standard Time)' });

export const CaseSearchQuerySchema = z.strictObject({
  region: KnownRegionCodeSchema.optional().meta({
    description: 'a province, city or county code inside the caller’s jurisdiction (default: all of it)',
    pattern: REGION_CODE_PATTERN.source,
  }),
  industry: z
    .enum(codesOf(INDUSTRIES))
    .optional()
    .meta({ description: describeCodes(INDUSTRIES) }),
  dimension: z
    .enum(codesOf(DIMENSIONS))
    .optional()
    .meta({ description: describeCodes(DIMENSIONS) }),
  status: StatusListSchema.optional(),
  dueBefore: InstantSchema.optional(),
  dueAfter: InstantSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((flag) => flag === 'true')
    .optional()
    .meta({ description: 'true: only cases whose current deadline has lapsed' }),
  bucket: z
    .enum(codesOf(RADAR_BUCKETS))
    .optional()
    .meta({
      description:
        `only open cases in this days-left bucket of the deadline radar, as GET /v1/cases/radar counts ` +
        `them (the same bounds, as of the request): ${describeCodes(RADAR_BUCKETS)}`,
    }),
  enterprise: z
    .string()
    .trim()
    .min(2)
    .max(100)
    // As the document states it: two characters that trimming keeps, and no NUL (PostgreSQL refuses it).
    .regex(new RegExp(`[^${TRIMMED}][\\s\\S]*[^${TRIMMED}]`), 'at least 2 characters besides spaces')
    .regex(NO_NUL, 'must not contain the NUL character (U+0000)')
    .optional()
    .meta({ description: 'a fragment of the enterprise name, or its whole unified social credit code' }),
  sort: z
    .enum(['due', 'recent'])
    .default('due')
    .meta({ description: 'due: soonest current deadline first (default); recent: last changed first' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: CASE_CURSOR.query().optional(),
});

export const CasePageSchema = z
  .object({
    items: z.array(CaseSummarySchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'CasePage' });

/** Hundreds of rows at once; each row is validated and filed on its own. */
export const MAX_BATCH_FINDINGS = 1000;

/**
 * Any JSON value the API's parser takes: it refuses a `__proto__` key and a `constructor` holding a
 * `prototype` anywhere in a body (prototype poisoning), so the document says so too. Validated as
 * unknown: each row is parsed on its own as a finding, and a recursive schema would follow a deeply
 * nested row down to a stack overflow (a 500) where the row's own schema refuses it at once.
 */
const UntrustedJsonSchema = z.unknown().meta({
  id: 'JsonValue',
  description: 'any JSON value without a `__proto__` key or a `constructor.prototype`',
  anyOf: [
    { type: 'null' },
    { type: 'boolean' },
    { type: 'number' },
    { type: 'string' },
    { type: 'array', items: { $ref: '#/components/schemas/JsonValue' } },
    {
      type: 'object',
      propertyNames: { type: 'string', not: { const: '__proto__' } },
      additionalProperties: { $ref: '#/components/schemas/JsonValue' },
      not: {
        required: ['constructor'],
        properties: { constructor: { type: 'object', required: ['prototype'] } },
      },
    },
  ],
});

export const FindingBatchBodySchema = z
  .strictObject({
    findings: z
      .array(UntrustedJsonSchema.meta({ description: 'a Finding; validated row by row' }))
      .min(1)
      .max(MAX_BATCH_FINDINGS),
  })
  .meta({ id: 'FindingBatch' });

export const BATCH_ROW_RESULTS = {
  created: '已立案',
  existing: '已有案件',
  invalid: '数据有误',
  forbidden: '无权立案',
  failed: '暂时失败，可重试',
} as const;

export const FindingBatchResultSchema = z
  .object({
    summary: z.object(
      Object.fromEntries(codesOf(BATCH_ROW_RESULTS).map((code) => [code, z.number().int()])) as Record<
        keyof typeof BATCH_ROW_RESULTS,
        z.ZodNumber
      >,
    ),
    results: z.array(
      z.object({
        index: z.number().int().meta({ description: 'the row’s position in `findings`, from 0' }),
        result: z.enum(codesOf(BATCH_ROW_RESULTS)).meta({ description: describeCodes(BATCH_ROW_RESULTS) }),
        caseId: z.string().nullable(),
        detail: z.string().nullable(),
        errors: z
          .array(z.object({ pointer: z.string(), detail: z.string() }))
          .optional()
          .meta({ description: 'for an invalid row: each bad field, pointed to from the batch body' }),
      }),
    ),
  })
  .meta({ id: 'FindingBatchResult' });
