import { ApplicationFailure } from '@temporalio/activity';
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { caseRowFor } from '../db/cases';
import type { Database } from '../db/client';
import { chainedEntry } from '../db/ledger';
import { caseEvents, cases, listMemberships, tasks } from '../db/schema';
import { currentDeadline, type CaseState } from '../domain/case';
import type { CaseEvent, Effect } from '../workflows/contract';
import { writeOutbox } from './outbox';

export interface RecordCaseEventInput {
  event: CaseEvent;
  /** The case's state right after the event. */
  snapshot: CaseState;
  /** The messages the step sends, written to the outbox with it. */
  effects?: Effect[];
}

/**
 * What a step wrote, as the local recording activity returns it: a local activity's input is not kept in
 * the workflow's history, its result is, and the audit reads each step from there.
 */
export interface RecordedCaseStep {
  event: CaseEvent;
  /** The case's status right after the step. */
  status: string;
  /** The outbox messages the step wrote. */
  effectKeys: string[];
}

/**
 * Writes a step as `recordCaseEventIn` does and returns the ledger entry as it stands. A local activity can
 * write and then lose its workflow task (a worker killed before the task completed); the task's retry
 * runs the step again at a later workflow time, finds the entry already written and changes nothing, so
 * what the history keeps must be the entry the first attempt wrote, not the retry's.
 */
export async function recordCaseStepIn(db: Database, input: RecordCaseEventInput): Promise<RecordedCaseStep> {
  await recordCaseEventIn(db, input);
  const { event, snapshot, effects = [] } = input;
  const [stored] = await db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, snapshot.caseId), eq(caseEvents.sequence, event.sequence)));
  if (!stored)
    throw new Error(`ledger entry ${event.sequence} of ${snapshot.caseId} missing after its write`);
  return {
    event: {
      sequence: stored.sequence,
      type: stored.type as CaseEvent['type'],
      occurredAt: stored.occurredAt.toISOString(),
      actor: stored.actor as CaseEvent['actor'],
      reason: stored.reason,
      evidence: stored.evidence,
      detail: stored.detail,
    },
    status: stored.status,
    effectKeys: effects.map((effect) => effect.key),
  };
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Records one step of a case in one transaction: its ledger entry (hash-chained), the case row, the
 * open tasks, the list memberships and the outbox messages. Safe to run twice and out of order: the
 * entry is keyed by (case, sequence), the row and the derived tables only move forward.
 */
export async function recordCaseEventIn(db: Database, input: RecordCaseEventInput): Promise<void> {
  const { event, snapshot, effects = [] } = input;
  if (!snapshot?.caseId || !Number.isInteger(event?.sequence) || event.sequence < 1)
    throw ApplicationFailure.nonRetryable(
      'recordCaseEvent needs an event with a sequence ≥ 1 and a snapshot',
      'InvalidInput',
    );
  await db.transaction(async (tx) => {
    const newest = await upsertCase(tx, event, snapshot);
    await appendToLedger(tx, event, snapshot);
    await writeOutbox(tx, { caseId: snapshot.caseId }, event.sequence, effects);
    if (newest) {
      await syncTasks(tx, event, snapshot);
      await syncLists(tx, snapshot);
    }
  });
}

/** Writes the case row if this event is newer than the row; returns whether it was. */
async function upsertCase(tx: Tx, event: CaseEvent, snapshot: CaseState): Promise<boolean> {
  const due = currentDeadline(snapshot);
  const applied = await tx
    .insert(cases)
    .values({
      ...caseRowFor({
        caseId: snapshot.caseId,
        finding: snapshot.finding,
        policyProfile: snapshot.policyProfile,
        policyVersion: snapshot.policyVersion,
      }),
      status: snapshot.status,
      deadline: snapshot.deadline,
      deadlineLapsesAt: snapshot.deadline ? new Date(snapshot.deadline.lapsesAt) : null,
      dueAt: due ? new Date(due.lapsesAt) : null,
      outcome: snapshot.outcome ?? null,
      state: snapshot,
      stateVersion: event.sequence,
    })
    .onConflictDoUpdate({
      target: cases.id,
      set: {
        status: sql`excluded.status`,
        deadline: sql`excluded.deadline`,
        deadlineLapsesAt: sql`excluded.deadline_lapses_at`,
        dueAt: sql`excluded.due_at`,
        outcome: sql`excluded.outcome`,
        state: sql`excluded.state`,
        stateVersion: sql`excluded.state_version`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${cases.stateVersion} < excluded.state_version`,
    })
    .returning({ id: cases.id });
  return applied.length > 0;
}

async function appendToLedger(tx: Tx, event: CaseEvent, snapshot: CaseState): Promise<void> {
  // This entry, if a retry already wrote it, and its predecessor, whose hash it chains: one query.
  const written = await tx
    .select({ sequence: caseEvents.sequence, hash: caseEvents.hash })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, snapshot.caseId),
        inArray(caseEvents.sequence, [event.sequence - 1, event.sequence]),
      ),
    );
  const entry = chainedEntry({ caseId: snapshot.caseId }, event, snapshot.status, written);
  if (!entry) return;
  const { content, prevHash, hash } = entry;
  await tx
    .insert(caseEvents)
    .values({
      ...content,
      caseId: snapshot.caseId,
      occurredAt: new Date(content.occurredAt),
      actor: content.actor as Record<string, unknown> | null,
      evidence: event.evidence ?? [],
      detail: event.detail,
      prevHash,
      hash,
    })
    .onConflictDoNothing();
}

async function syncTasks(tx: Tx, event: CaseEvent, snapshot: CaseState): Promise<void> {
  const openIds = snapshot.openTasks.map((task) => task.id);
  const closing = tx
    .update(tasks)
    .set({ closedAt: new Date(event.occurredAt), closedSequence: event.sequence })
    .where(
      and(
        eq(tasks.caseId, snapshot.caseId),
        isNull(tasks.closedAt),
        openIds.length > 0 ? notInArray(tasks.id, openIds) : undefined,
      ),
    );
  await closing;
  if (openIds.length === 0) return;
  await tx
    .insert(tasks)
    .values(
      snapshot.openTasks.map((task) => ({
        id: task.id,
        caseId: snapshot.caseId,
        kind: task.kind,
        role: task.role,
        regionCode: task.regionCode,
        departments: task.departments,
        dueAt: task.dueAt ? new Date(task.dueAt) : null,
        openedAt: new Date(event.occurredAt),
        openedSequence: event.sequence,
      })),
    )
    .onConflictDoUpdate({ target: tasks.id, set: { dueAt: sql`excluded.due_at` } });
}

async function syncLists(tx: Tx, snapshot: CaseState): Promise<void> {
  if (snapshot.lists.length === 0) return;
  const { name, creditCode, regionCode } = snapshot.finding.enterprise;
  await tx
    .insert(listMemberships)
    .values(
      snapshot.lists.map((membership) => ({
        caseId: snapshot.caseId,
        list: membership.list,
        enteredAt: new Date(membership.enteredAt),
        leftAt: membership.leftAt ? new Date(membership.leftAt) : null,
        regionCode,
        creditCode,
        enterpriseName: name,
      })),
    )
    .onConflictDoUpdate({
      target: [listMemberships.caseId, listMemberships.list, listMemberships.enteredAt],
      set: { leftAt: sql`excluded.left_at` },
    });
}
