/** My inbox (待办): the open tasks a caller may act on. */
import { z } from 'zod';
import { INBOX_TASK_KINDS } from '../../domain/inbox';
import { MILESTONE_KINDS } from '../../domain/year';
import { YEAR_ID_PATTERN } from '../../domain/year-state';
import { CASE_ID_PATTERN } from '../../domain/case-id';
import { ROLES, codesOf, describeCodes } from '../../domain/enums';
import { URGENCIES } from '../../domain/radar';
import { cursorOf, idField, instantField, nullable } from '../cursor';
import { regionNameField } from './common';

export const TimeLeftSchema = z
  .object({
    calendarDays: z.number().int().nullable().meta({
      description:
        'calendar days from today (China Standard Time) to the last day: 0 on the last day, negative once lapsed; null without a deadline',
    }),
    workingDays: z.number().int().min(0).nullable().meta({
      description:
        'working days from today through the last day, statutory rest days not counted; 0 once lapsed',
    }),
    urgency: z.enum(codesOf(URGENCIES)).meta({ description: describeCodes(URGENCIES) }),
  })
  .meta({
    id: 'TimeLeft',
    description: 'How the deadline stands as of the answer (domain/radar.ts timeLeft)',
  });

const TaskSchema = z
  .object({
    id: z.string(),
    caseId: z.string().nullable().meta({ description: 'the case that waits for it; null for a year’s task' }),
    yearId: z
      .string()
      .nullable()
      .meta({ description: 'the bureau’s year that waits for it; null for a case’s task' }),
    year: z.number().int().nullable().meta({ description: 'that year; null for a case’s task' }),
    yearRegionCode: z.string().nullable().meta({
      description:
        'the jurisdiction whose year it is (a review task is the office above’s); null for a case’s task',
    }),
    yearRegionName: regionNameField('yearRegionCode'),
    milestone: z
      .enum(codesOf(MILESTONE_KINDS))
      .nullable()
      .meta({ description: `a year’s milestone: ${describeCodes(MILESTONE_KINDS)}; null for a case’s task` }),
    kind: z.enum(codesOf(INBOX_TASK_KINDS)).meta({ description: describeCodes(INBOX_TASK_KINDS) }),
    role: z.enum(codesOf(ROLES)).meta({ description: describeCodes(ROLES) }),
    regionCode: z.string(),
    regionName: regionNameField(),
    departments: z.array(z.string()).nullable(),
    dueAt: z.string().nullable().meta({ format: 'date-time' }),
    timeLeft: TimeLeftSchema,
    openedAt: z.string().meta({ format: 'date-time' }),
    enterpriseName: z
      .string()
      .nullable()
      .meta({ description: 'the case’s enterprise; null for a year’s task' }),
    dimension: z.string().nullable().meta({ description: 'the case’s standard; null for a year’s task' }),
  })
  .meta({ id: 'Task' });

export const InboxSchema = z
  .object({
    items: z.array(TaskSchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'Inbox' });

/** A task's id: its case, its kind and the step that opened it; or its year, its kind and its milestone. */
const TASK_ID_PATTERN = new RegExp(
  `^(?:${CASE_ID_PATTERN.source.slice(1, -1)}:[a-z_]{1,40}:[0-9]{1,9}|${YEAR_ID_PATTERN.source.slice(1, -1)}:[a-z_]{1,40}:[a-z_]{1,40})$`,
);
/** Where a page ended: the last task's due instant (none: last) and id. */
export const TASK_CURSOR = cursorOf<{ dueAt: string | null; id: string }>({
  dueAt: nullable(instantField),
  id: idField(TASK_ID_PATTERN),
});

export const InboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  kind: z
    .enum(codesOf(INBOX_TASK_KINDS))
    .optional()
    .meta({ description: `only tasks of this kind: ${describeCodes(INBOX_TASK_KINDS)}` }),
  urgency: z
    .enum(codesOf(URGENCIES))
    .optional()
    .meta({ description: `only tasks whose deadline stands so now: ${describeCodes(URGENCIES)}` }),
  cursor: TASK_CURSOR.query().optional(),
});

export type Inbox = z.output<typeof InboxSchema>;
export type InboxQuery = z.output<typeof InboxQuerySchema>;
