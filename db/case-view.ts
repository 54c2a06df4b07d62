import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from './client';
import { caseEvents, tasks } from './schema';

/** The case's open tasks, soonest due first. */
export async function openTasksOfCase(db: Database, caseId: string) {
  return db
    .select({
      id: tasks.id,
      kind: tasks.kind,
      role: tasks.role,
      regionCode: tasks.regionCode,
      departments: tasks.departments,
      dueAt: tasks.dueAt,
    })
    .from(tasks)
    .where(and(eq(tasks.caseId, caseId), isNull(tasks.closedAt)))
    .orderBy(sql`${tasks.dueAt} asc nulls last`, asc(tasks.id));
}

/** Every ledger entry of the case that recorded evidence, in order. */
export async function evidenceOf(db: Database, caseId: string) {
  return db
    .select({
      sequence: caseEvents.sequence,
      type: caseEvents.type,
      occurredAt: caseEvents.occurredAt,
      actor: caseEvents.actor,
      reason: caseEvents.reason,
      items: caseEvents.evidence,
    })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), sql`jsonb_array_length(${caseEvents.evidence}) > 0`))
    .orderBy(asc(caseEvents.sequence));
}

/** Each ledger entry that changed the case's status (the first one included), in order. */
export async function statusChangesOf(db: Database, caseId: string) {
  const entries = await db
    .select({
      sequence: caseEvents.sequence,
      type: caseEvents.type,
      status: caseEvents.status,
      occurredAt: caseEvents.occurredAt,
    })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.sequence));
  return entries.filter((entry, index) => index === 0 || entries[index - 1]!.status !== entry.status);
}
