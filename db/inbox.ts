import { and, arrayContains, asc, gt, isNull, like, or, sql, inArray, eq } from 'drizzle-orm';
import type { TaskScope } from '../domain/authority';
import type { InboxTaskKind } from '../domain/inbox';
import type { UrgencyRange } from '../domain/radar';
import type { Database } from './client';
import { dueInRange } from './due-range';
import { cases, tasks, years } from './schema';

export interface InboxQuery {
  /** Which tasks the caller may act on (domain/authority.ts taskScope). */
  scope: TaskScope;
  limit: number;
  /** Only tasks of this kind. */
  kind?: InboxTaskKind;
  /** Only tasks whose deadline falls in this range (domain/radar.ts urgencyRange). */
  due?: UrgencyRange;
  /** The last task of the previous page: its due instant (null sorts last) and id. */
  after?: { dueAt: string | null; id: string };
}

/** The open tasks in the caller's task scope, cases' and years' alike, soonest due first (undated last), then by id. */
export async function openTasksFor(db: Database, query: InboxQuery) {
  const { scope } = query;
  const farFuture = sql`'infinity'::timestamptz`;
  const due = sql`coalesce(${tasks.dueAt}, ${farFuture})`;
  const departmentOk = scope.department
    ? or(isNull(tasks.departments), arrayContains(tasks.departments, [scope.department]))
    : isNull(tasks.departments);
  const afterDue = query.after
    ? query.after.dueAt
      ? sql`${query.after.dueAt}::timestamptz`
      : farFuture
    : null;
  return (
    db
      .select({
        id: tasks.id,
        caseId: tasks.caseId,
        yearId: tasks.yearId,
        milestone: tasks.milestone,
        year: years.year,
        yearRegionCode: years.regionCode,
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
      // A task is a case's or a year's (the table checks it has exactly one).
      .leftJoin(cases, eq(cases.id, tasks.caseId))
      .leftJoin(years, eq(years.id, tasks.yearId))
      .where(
        and(
          isNull(tasks.closedAt),
          inArray(tasks.role, [...scope.roles]),
          like(tasks.regionCode, `${scope.regionPrefix}%`),
          departmentOk,
          query.kind ? eq(tasks.kind, query.kind) : undefined,
          query.due ? dueInRange(tasks.dueAt, query.due) : undefined,
          afterDue && query.after
            ? or(gt(due, afterDue), and(sql`${due} = ${afterDue}`, gt(tasks.id, query.after.id)))
            : undefined,
        ),
      )
      .orderBy(asc(due), asc(tasks.id))
      .limit(query.limit)
  );
}
