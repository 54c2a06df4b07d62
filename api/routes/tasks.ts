import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { openTasksFor } from '../../db/inbox';
import { TASK_KINDS } from '../../domain/case';
import { describeCodes } from '../../domain/enums';
import { taskScope } from '../../domain/authority';
import { principalOf, type TokenVerifier } from '../auth';
import { CASE_ID_PATTERN } from '../../domain/case-id';
import { cursorOf, idField, instantField, nullable } from '../cursor';
import { ProblemSchema } from '../problem';

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

const InboxSchema = z
  .object({
    items: z.array(TaskSchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'Inbox' });

/** A task's id: its case, its kind and the step that opened it. */
const TASK_ID_PATTERN = new RegExp(`^${CASE_ID_PATTERN.source.slice(1, -1)}:[a-z_]{1,40}:[0-9]{1,9}$`);
/** Where a page ended: the last task's due instant (none: last) and id. */
const TASK_CURSOR = cursorOf<{ dueAt: string | null; id: string }>({
  dueAt: nullable(instantField),
  id: idField(TASK_ID_PATTERN),
});

export const taskRoutes: FastifyPluginAsyncZod<{ db: Database; verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: 'My inbox (待办): the open decisions the caller may make, soonest due first',
        security: [{ bearerAuth: [] }],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: TASK_CURSOR.query().optional(),
        }),
        response: { 200: InboxSchema, 400: ProblemSchema, 401: ProblemSchema },
      },
    },
    async (request) => {
      const principal = await principalOf(request, deps.verifier);
      const { limit, cursor } = request.query;
      const rows = await openTasksFor(deps.db, {
        scope: taskScope(principal),
        limit: limit + 1,
        ...(cursor ? { after: TASK_CURSOR.decode(cursor) } : {}),
      });
      const page = rows.slice(0, limit).map((row) => ({
        ...row,
        dueAt: row.dueAt?.toISOString() ?? null,
        openedAt: row.openedAt.toISOString(),
      }));
      const last = page.at(-1);
      return {
        items: page,
        nextCursor:
          rows.length > limit && last ? TASK_CURSOR.encode({ dueAt: last.dueAt, id: last.id }) : null,
      };
    },
  );
};
