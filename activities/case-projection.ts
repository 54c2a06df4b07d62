import { ApplicationFailure } from '@temporalio/activity';
import { and, between, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { caseRowFor } from '../db/cases';
import type { Database } from '../db/client';
import { chainedEntry, ledgerContentOfRow, type LedgerContent } from '../db/ledger';
import { caseEvents, cases, listMemberships, tasks } from '../db/schema';
import { currentDeadline, type CaseState } from '../domain/case';
import type { CaseEvent, Effect } from '../workflows/contract';
import { writeOutbox } from './outbox';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

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

/** Several consecutive steps of one case, written together (cases since the 'batched-recording' patch). */
export interface RecordCaseStepsInput {
  steps: RecordCaseEventInput[];
}

/**
 * What `recordCaseSteps` returns, and its marker keeps: each step's ledger entry as written, and which of
 * the steps' messages it delivered once they were written (the workflow delivers the rest itself).
 */
export interface RecordedCaseSteps {
  steps: RecordedCaseStep[];
  delivered: string[];
  undelivered: string[];
}

/**
 * Writes a step as `recordCaseEventIn` does and returns the ledger entry as it stands. A local activity can
 * write and then lose its workflow task (a worker killed before the task completed); the task's retry
 * runs the step again at a later workflow time, finds the entry already written and changes nothing, so
 * what the history keeps must be the entry the first attempt wrote, not the retry's.
 */
export async function recordCaseStepIn(db: Database, input: RecordCaseEventInput): Promise<RecordedCaseStep> {
  const [recorded] = await writeCaseStepsIn(db, [input]);
  return recorded!;
}

/** Records one step of a case (see `writeCaseStepsIn`). */
export async function recordCaseEventIn(db: Database, input: RecordCaseEventInput): Promise<void> {
  await writeCaseStepsIn(db, [input]);
}

/**
 * Records consecutive steps of one case in one transaction: their ledger entries (hash-chained), the case
 * row, the open tasks, the list memberships and the outbox messages. Safe to run twice and out of order:
 * entries are keyed by (case, sequence), the row and the derived tables only move forward. Returns each
 * step's ledger entry as it stands: the one an earlier attempt wrote, if one did.
 */
export async function writeCaseStepsIn(
  db: Database,
  steps: RecordCaseEventInput[],
): Promise<RecordedCaseStep[]> {
  const caseId = steps[0]?.snapshot?.caseId;
  const valid =
    caseId &&
    steps.every(
      ({ event, snapshot }, index) =>
        snapshot?.caseId === caseId &&
        Number.isInteger(event?.sequence) &&
        event.sequence === steps[0]!.event.sequence + index &&
        event.sequence >= 1,
    );
  if (!valid)
    throw ApplicationFailure.nonRetryable(
      'recording needs consecutive events of one case, each with a sequence ≥ 1 and a snapshot',
      'InvalidInput',
    );
  const last = steps.at(-1)!;
  return db.transaction(async (tx) => {
    const row = await upsertCase(tx, last.event, last.snapshot);
    const recorded = await appendToLedger(tx, caseId, steps);
    await writeOutboxOf(tx, caseId, steps);
    if (row) {
      await syncTasks(tx, steps, row.inserted);
      await syncLists(tx, last.snapshot);
    }
    return recorded;
  });
}

/** Writes the case row if this event is newer than the row; returns it if so, and whether it is new. */
async function upsertCase(
  tx: Tx,
  event: CaseEvent,
  snapshot: CaseState,
): Promise<{ inserted: boolean } | undefined> {
  const due = currentDeadline(snapshot);
  const [applied] = await tx
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
    // A row inserted, not updated, has no deleting transaction yet (PostgreSQL's xmax is 0).
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  return applied;
}

/** Appends the steps' entries not yet written, in one statement after one read of the chain's end. */
async function appendToLedger(
  tx: Tx,
  caseId: string,
  steps: RecordCaseEventInput[],
): Promise<RecordedCaseStep[]> {
  const first = steps[0]!.event.sequence;
  const stored = await tx
    .select()
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, caseId),
        between(caseEvents.sequence, first - 1, steps.at(-1)!.event.sequence),
      ),
    );
  const chain: { sequence: number; hash: string | null }[] = [...stored];
  const entries: (typeof caseEvents.$inferInsert)[] = [];
  const recorded = steps.map(({ event, snapshot, effects = [] }): RecordedCaseStep => {
    const written = stored.find((row) => row.sequence === event.sequence);
    if (written) return recordedStepOf(ledgerContentOfRow(written), effects);
    const { content, prevHash, hash } = chainedEntry({ caseId }, event, snapshot.status, chain)!;
    chain.push({ sequence: event.sequence, hash });
    entries.push({
      ...content,
      caseId,
      occurredAt: new Date(content.occurredAt),
      actor: content.actor as Record<string, unknown> | null,
      evidence: event.evidence ?? [],
      detail: event.detail,
      prevHash,
      hash,
    });
    return recordedStepOf(content, effects);
  });
  if (entries.length > 0) await tx.insert(caseEvents).values(entries).onConflictDoNothing();
  return recorded;
}

/** A step as the history keeps it: its ledger entry, and the messages it wrote. */
function recordedStepOf(content: LedgerContent, effects: Effect[]): RecordedCaseStep {
  return {
    event: {
      sequence: content.sequence,
      type: content.type as CaseEvent['type'],
      occurredAt: content.occurredAt,
      actor: content.actor as CaseEvent['actor'],
      reason: content.reason,
      evidence: content.evidence as CaseEvent['evidence'],
      detail: content.detail as CaseEvent['detail'],
    },
    status: content.status,
    effectKeys: effects.map((effect) => effect.key),
  };
}

/** Every step's messages, each under its step's sequence, in one statement. */
async function writeOutboxOf(tx: Tx, caseId: string, steps: RecordCaseEventInput[]): Promise<void> {
  await writeOutbox(
    tx,
    { caseId },
    steps.flatMap(({ event, effects = [] }) =>
      effects.map((effect) => ({ sequence: event.sequence, effect })),
    ),
  );
}

type OpenTask = CaseState['openTasks'][number];

/**
 * Opens and closes the case's tasks as each step left them: a task opened by a step carries its sequence,
 * one a step no longer lists is closed by it. The tasks table is read only for the first step of a case
 * already there; after that, what is open is the step before's list.
 */
async function syncTasks(tx: Tx, steps: RecordCaseEventInput[], newCase: boolean): Promise<void> {
  let open: OpenTask[] | undefined = newCase ? [] : undefined;
  for (const { event, snapshot } of steps) {
    const next = snapshot.openTasks;
    const at = new Date(event.occurredAt);
    const kept = (task: OpenTask) => next.some((candidate) => candidate.id === task.id);
    if (!open)
      await tx
        .update(tasks)
        .set({ closedAt: at, closedSequence: event.sequence })
        .where(
          and(
            eq(tasks.caseId, snapshot.caseId),
            isNull(tasks.closedAt),
            next.length > 0
              ? notInArray(
                  tasks.id,
                  next.map((task) => task.id),
                )
              : undefined,
          ),
        );
    else if (open.some((task) => !kept(task)))
      await tx
        .update(tasks)
        .set({ closedAt: at, closedSequence: event.sequence })
        .where(
          and(
            inArray(
              tasks.id,
              open.filter((task) => !kept(task)).map((task) => task.id),
            ),
            isNull(tasks.closedAt),
          ),
        );
    const known = open;
    const opening = known
      ? next.filter((task) => !known.some((held) => held.id === task.id && held.dueAt === task.dueAt))
      : next;
    if (opening.length > 0)
      await tx
        .insert(tasks)
        .values(
          opening.map((task) => ({
            id: task.id,
            caseId: snapshot.caseId,
            kind: task.kind,
            role: task.role,
            regionCode: task.regionCode,
            departments: task.departments,
            dueAt: task.dueAt ? new Date(task.dueAt) : null,
            openedAt: at,
            openedSequence: event.sequence,
          })),
        )
        .onConflictDoUpdate({ target: tasks.id, set: { dueAt: sql`excluded.due_at` } });
    open = next;
  }
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
