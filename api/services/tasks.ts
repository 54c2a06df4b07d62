/** The inbox: the open tasks in the caller's task scope (domain/authority.ts), soonest due first. */
import type { Database } from '../../db/client';
import { openTasksFor } from '../../db/inbox';
import { taskScope } from '../../domain/authority';
import { radarBounds, timeLeft, urgencyRange } from '../../domain/radar';
import { regionName } from '../../domain/region-names';
import type { Principal } from '../auth';
import { TASK_CURSOR, type Inbox, type InboxQuery } from '../schemas/tasks';

export interface TaskServiceDeps {
  db: Database;
}

export async function inbox(
  deps: TaskServiceDeps,
  principal: Principal,
  { limit, cursor, kind, urgency }: InboxQuery,
): Promise<Inbox> {
  const now = new Date();
  const rows = await openTasksFor(deps.db, {
    scope: taskScope(principal),
    limit: limit + 1,
    ...(kind ? { kind } : {}),
    ...(urgency ? { due: urgencyRange(urgency, radarBounds(now)) } : {}),
    ...(cursor ? { after: TASK_CURSOR.decode(cursor) } : {}),
  });
  const page = rows.slice(0, limit).map((row) => ({
    ...row,
    regionName: regionName(row.regionCode),
    yearRegionName: row.yearRegionCode ? regionName(row.yearRegionCode) : null,
    dueAt: row.dueAt?.toISOString() ?? null,
    timeLeft: timeLeft(row.dueAt, now),
    openedAt: row.openedAt.toISOString(),
  }));
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > limit && last ? TASK_CURSOR.encode({ dueAt: last.dueAt, id: last.id }) : null,
  };
}
