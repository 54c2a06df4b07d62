/** My inbox (待办): the open tasks a caller may act on. */
import { z } from 'zod';
import { TASK_KINDS } from '../../domain/case';
import { describeCodes } from '../../domain/enums';

const TaskSchema = z
  .object({
    id: z.string(),
    caseId: z.string(),
    kind: z.string().meta({ description: describeCodes(TASK_KINDS) }),
    role: z.string(),
    regionCode: z.string(),
    departments: z.array(z.string()).nullable(),
    dueAt: z.string().nullable().meta({ format: 'date-time' }),
    openedAt: z.string().meta({ format: 'date-time' }),
    enterpriseName: z.string(),
    dimension: z.string(),
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

export const InboxQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export type Inbox = z.output<typeof InboxSchema>;
export type InboxQuery = z.output<typeof InboxQuerySchema>;
