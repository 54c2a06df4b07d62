import { and, arrayContains, asc, gt, isNull, like, or, sql, inArray, eq } from 'drizzle-orm';
import type { Department, Role } from '../domain/enums';
import { regionPrefix } from '../domain/region';
import type { Database } from './client';
import { cases, tasks } from './schema';

export interface InboxQuery {
  roles: Role[];
  regionCode: string;
  department: Department | null;
  limit: number;
  /** The last task of the previous page: its due instant (null sorts last) and id. */
  after?: { dueAt: string | null; id: string };
}

/**
 * The open tasks a caller may act on: their role, a region inside their jurisdiction and, for
 * department tasks, their department among the owners; soonest due first (undated last), then by id.
 */
export async function openTasksFor(db: Database, query: InboxQuery) {
  const farFuture = sql`'infinity'::timestamptz`;
  const due = sql`coalesce(${tasks.dueAt}, ${farFuture})`;
  const departmentOk = query.department
    ? or(isNull(tasks.departments), arrayContains(tasks.departments, [query.department]))
    : isNull(tasks.departments);
  const afterDue = query.after
    ? query.after.dueAt
      ? sql`${query.after.dueAt}::timestamptz`
      : farFuture
    : null;
  return db
    .select({
      id: tasks.id,
      caseId: tasks.caseId,
      kind: tasks.kind,
      role: tasks.role,
      regionCode: tasks.regionCode,
      departments: tasks.departments,
      dueAt: tasks.dueAt,
      openedAt: tasks.openedAt,
      enterpriseName: cases.enterpriseName,
      dimension: cases.dimension,
    })
    .from(tasks)
    .innerJoin(cases, eq(cases.id, tasks.caseId))
    .where(
      and(
        isNull(tasks.closedAt),
        inArray(tasks.role, query.roles),
        like(tasks.regionCode, `${regionPrefix(query.regionCode)}%`),
        departmentOk,
        afterDue && query.after
          ? or(gt(due, afterDue), and(sql`${due} = ${afterDue}`, gt(tasks.id, query.after.id)))
          : undefined,
      ),
    )
    .orderBy(asc(due), asc(tasks.id))
    .limit(query.limit);
}
