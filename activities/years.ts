/**
 * The year workflow's side effects: its schedule (counted once, kept in history), and each step's ledger
 * entry, row and outbox messages in one transaction. Each is safe to run twice.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { chainedEntry } from '../db/ledger';
import { tasks, yearEvents, years } from '../db/schema';
import { scheduleYear, type ScheduledMilestone } from '../domain/year';
import { SYSTEM_ACTOR } from '../domain/case';
import { currentPolicyKeyFor } from '../domain/policy';
import { openYearTasks, yearIdOf, type YearInput, type YearState } from '../domain/year-state';
import type { Effect } from '../workflows/contract';
import { YEAR_EVENT_TYPES, type YearEvent } from '../workflows/year-contract';
import { writeOutbox } from './outbox';

export interface ScheduleYearInput {
  regionCode: string;
  year: number;
  policyProfile: string;
  policyVersion: string;
}

/** The milestones the jurisdiction owes that year under that policy version (domain/year.ts). */
export function scheduleYearFor(input: ScheduleYearInput): ScheduledMilestone[] {
  try {
    return scheduleYear(input.regionCode, input.year, input);
  } catch (error) {
    // An unknown policy version or a date the calendar refuses: retrying cannot help.
    throw ApplicationFailure.nonRetryable(
      error instanceof Error ? error.message : String(error),
      'InvalidInput',
    );
  }
}

export interface RecordYearStepInput {
  event: YearEvent;
  /** The year's state right after the step. */
  snapshot: YearState;
  effects?: Effect[];
}

/**
 * Records one step of a year in one transaction: its ledger entry (hash-chained to the one before), its row
 * (moved forward only, guarded by state_version) and the outbox messages it sends.
 */
export async function recordYearStepIn(db: Database, input: RecordYearStepInput): Promise<void> {
  const { event, snapshot, effects = [] } = input;
  if (
    !snapshot?.yearId ||
    !Number.isInteger(event?.sequence) ||
    event.sequence < 1 ||
    !YEAR_EVENT_TYPES.includes(event.type)
  )
    throw ApplicationFailure.nonRetryable(
      'recordYearStep needs an event with a known type, a sequence ≥ 1 and a snapshot',
      'InvalidInput',
    );
  const pending = snapshot.milestones.filter((m) => m.status !== 'done');
  const dueTimes = pending.map((m) => Date.parse(m.deadline.lapsesAt)).sort((a, b) => a - b);
  const row = {
    id: snapshot.yearId,
    regionCode: snapshot.regionCode,
    year: snapshot.year,
    policyProfile: snapshot.policyProfile,
    policyVersion: snapshot.policyVersion,
    status: snapshot.status,
    pending: pending.length,
    overdue: pending.filter((m) => m.overdueSince !== null && m.status !== 'submitted').length,
    nextDueAt: dueTimes.length > 0 ? new Date(dueTimes[0]!) : null,
    state: snapshot,
    stateVersion: event.sequence,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(years)
      .values(row)
      .onConflictDoUpdate({
        target: years.id,
        set: {
          status: sql`excluded.status`,
          pending: sql`excluded.pending`,
          overdue: sql`excluded.overdue`,
          nextDueAt: sql`excluded.next_due_at`,
          state: sql`excluded.state`,
          stateVersion: sql`excluded.state_version`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`${years.stateVersion} < excluded.state_version`,
      });
    const written = await tx
      .select({ sequence: yearEvents.sequence, hash: yearEvents.hash })
      .from(yearEvents)
      .where(
        and(
          eq(yearEvents.yearId, snapshot.yearId),
          inArray(yearEvents.sequence, [event.sequence - 1, event.sequence]),
        ),
      );
    const entry = chainedEntry({ yearId: snapshot.yearId }, event, snapshot.status, written);
    if (entry)
      await tx
        .insert(yearEvents)
        .values({
          yearId: snapshot.yearId,
          sequence: event.sequence,
          type: event.type,
          status: snapshot.status,
          occurredAt: new Date(event.occurredAt),
          actor: event.actor as unknown as Record<string, unknown>,
          reason: event.reason,
          evidence: event.evidence,
          detail: event.detail,
          prevHash: entry.prevHash,
          hash: entry.hash,
        })
        .onConflictDoNothing();
    await syncYearTasks(tx, event, snapshot);
    await writeOutbox(
      tx,
      { yearId: snapshot.yearId },
      effects.map((effect) => ({ sequence: event.sequence, effect })),
    );
  });
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The inbox as the year now waits: its open tasks written, the others closed at this step. */
async function syncYearTasks(tx: Tx, event: YearEvent, snapshot: YearState): Promise<void> {
  const open = openYearTasks(snapshot);
  const openIds = open.map((task) => task.id);
  await tx
    .update(tasks)
    .set({ closedAt: new Date(event.occurredAt), closedSequence: event.sequence })
    .where(
      and(
        eq(tasks.yearId, snapshot.yearId),
        isNull(tasks.closedAt),
        openIds.length > 0 ? notInArray(tasks.id, openIds) : undefined,
      ),
    );
  if (open.length === 0) return;
  // A task closed and needed again (a milestone returned after review) opens anew under its id.
  await tx
    .insert(tasks)
    .values(
      open.map((task) => ({
        id: task.id,
        yearId: snapshot.yearId,
        milestone: task.milestone,
        kind: task.kind,
        role: task.role,
        regionCode: task.regionCode,
        departments: null,
        dueAt: task.dueAt ? new Date(task.dueAt) : null,
        openedAt: new Date(event.occurredAt),
        openedSequence: event.sequence,
      })),
    )
    .onConflictDoUpdate({
      target: tasks.id,
      set: {
        dueAt: sql`excluded.due_at`,
        openedAt: sql`case when ${tasks.closedAt} is null then ${tasks.openedAt} else excluded.opened_at end`,
        openedSequence: sql`case when ${tasks.closedAt} is null then ${tasks.openedSequence} else excluded.opened_sequence end`,
        closedAt: sql`null`,
        closedSequence: sql`null`,
      },
      // Out of order, an older step never reopens what a newer one closed.
      setWhere: sql`${tasks.closedSequence} is null or ${tasks.closedSequence} < excluded.opened_sequence`,
    });
}

/**
 * The years to open on 1 January: one for each jurisdiction that had a year the year before, under the
 * profile covering it now, opened by the system.
 */
export async function yearsToOpenIn(db: Database, { year }: { year: number }): Promise<YearInput[]> {
  const rows = await db
    .selectDistinct({ regionCode: years.regionCode })
    .from(years)
    .where(eq(years.year, year - 1))
    .orderBy(years.regionCode);
  return rows.map(({ regionCode }) => ({
    yearId: yearIdOf(regionCode, year),
    regionCode,
    year,
    ...currentPolicyKeyFor(regionCode),
    openedBy: SYSTEM_ACTOR,
  }));
}
