import { sql } from 'drizzle-orm';
import { caseRowFor } from '../db/cases';
import type { Database } from '../db/client';
import { caseEvents, cases } from '../db/schema';
import type { CaseEvent, CaseState } from '../workflows/contract';

export interface RecordCaseEventInput {
  event: CaseEvent;
  /** The case's state right after the event. */
  snapshot: CaseState;
}

/**
 * Writes one case event and the case row it leads to, in one transaction. Safe to run twice and
 * out of order: the event is keyed by (case, sequence), and the row only moves forward.
 */
export async function recordCaseEventIn(
  db: Database,
  { event, snapshot }: RecordCaseEventInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(cases)
      .values({
        ...caseRowFor({
          caseId: snapshot.caseId,
          finding: snapshot.finding,
          policyVersion: snapshot.policyVersion,
        }),
        status: snapshot.status,
        deadline: snapshot.deadline,
        deadlineLapsesAt: snapshot.deadline ? new Date(snapshot.deadline.lapsesAt) : null,
        stateVersion: event.sequence,
      })
      .onConflictDoUpdate({
        target: cases.id,
        set: {
          status: sql`excluded.status`,
          deadline: sql`excluded.deadline`,
          deadlineLapsesAt: sql`excluded.deadline_lapses_at`,
          stateVersion: sql`excluded.state_version`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${cases.stateVersion} < excluded.state_version`,
      });
    await tx
      .insert(caseEvents)
      .values({
        caseId: snapshot.caseId,
        sequence: event.sequence,
        type: event.type,
        status: snapshot.status,
        occurredAt: new Date(event.occurredAt),
        detail: event.detail,
      })
      .onConflictDoNothing();
  });
}
