/**
 * The tip workflow's side effects: its ledger and read model (tip_events, tips), the outbox messages its
 * steps send, and the case id a verified tip's finding gets. Each is safe to run twice.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { caseIdFor, normalizeDocumentNumber } from '../domain/case-id';
import { caseRowFor } from '../db/cases';
import type { Database } from '../db/client';
import { chainedEntry } from '../db/ledger';
import { cases, tipEvents, tips } from '../db/schema';
import type { Deadline } from '../domain/calendar';
import type { Department } from '../domain/enums';
import type { Finding } from '../domain/finding';
import {
  tipCategoryOf,
  verificationDeadline,
  withoutReporterIfAnonymous,
  type TipState,
} from '../domain/tip';
import type { Effect } from '../workflows/contract';
import { TIP_EVENT_TYPES, type TipEvent } from '../workflows/tip-contract';
import { writeOutbox } from './outbox';

export interface RecordTipEventInput {
  event: TipEvent;
  /** The tip's state right after the event. */
  snapshot: TipState;
  /** The case this step opened: its read-model row is written with the step, as filing a finding does. */
  openedCase?: { caseId: string; finding: Finding; policyProfile?: string; policyVersion: string };
}

export interface RecordTipStepInput extends RecordTipEventInput {
  /** The messages the step sends, written to the outbox with it and delivered by deliverEffect. */
  effects?: Effect[];
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Records one step of a tip in one transaction (cases write theirs in one statement: db/case-steps.ts): its ledger
 * entry in tip_events (keyed by tip and sequence, hash-chained to the entry before it), its row (moved
 * forward only, guarded by state_version), the row of the case it opened, and the outbox messages it
 * sends. Safe to run twice and out of order. Tips started since the workflow's 'tip-ledger' patch.
 */
export async function recordTipStepIn(db: Database, input: RecordTipStepInput): Promise<void> {
  const snapshot = checkedSnapshot('recordTipStep', input);
  const { event, effects = [] } = input;
  await db.transaction(async (tx) => {
    await upsertTip(tx, input, snapshot);
    const written = await tx
      .select({ sequence: tipEvents.sequence, hash: tipEvents.hash })
      .from(tipEvents)
      .where(
        and(
          eq(tipEvents.tipId, snapshot.tipId),
          inArray(tipEvents.sequence, [event.sequence - 1, event.sequence]),
        ),
      );
    const entry = chainedEntry({ tipId: snapshot.tipId }, event, snapshot.status, written);
    if (entry)
      await tx
        .insert(tipEvents)
        .values({
          ...tipEventRow(snapshot, event),
          prevHash: entry.prevHash,
          hash: entry.hash,
        })
        .onConflictDoNothing();
    await writeOutbox(
      tx,
      { tipId: snapshot.tipId },
      effects.map((effect) => ({ sequence: event.sequence, effect })),
    );
  });
}

/**
 * Records one step of a tip started before the 'tip-ledger' patch, as such tips always have: its row and
 * an unchained event, no outbox. Kept for the tips still running from then. Safe to run twice and out
 * of order.
 */
export async function recordTipEventIn(db: Database, input: RecordTipEventInput): Promise<void> {
  const snapshot = checkedSnapshot('recordTipEvent', input);
  await db.transaction(async (tx) => {
    await upsertTip(tx, input, snapshot);
    await tx.insert(tipEvents).values(tipEventRow(snapshot, input.event)).onConflictDoNothing();
  });
}

/** The step's snapshot, checked, without the reporter of an anonymous tip. */
function checkedSnapshot(activity: string, input: RecordTipEventInput): TipState {
  const { event } = input;
  if (
    !input.snapshot?.tipId ||
    !Number.isInteger(event?.sequence) ||
    event.sequence < 1 ||
    !TIP_EVENT_TYPES.includes(event.type)
  )
    throw ApplicationFailure.nonRetryable(
      `${activity} needs an event with a known type, a sequence ≥ 1 and a snapshot`,
      'InvalidInput',
    );
  // Belt and braces: an anonymous tip's reporter is never written, whatever the caller sent.
  return { ...input.snapshot, tip: withoutReporterIfAnonymous(input.snapshot.tip) };
}

/** The row of the case the step opened, if any, and the tip's row, moved forward only. */
async function upsertTip(tx: Tx, { event, openedCase }: RecordTipEventInput, snapshot: TipState) {
  if (openedCase)
    // The row the case shows until its own workflow records its first event (which then overwrites it).
    await tx
      .insert(cases)
      .values({ ...caseRowFor(openedCase), status: 'filed', stateVersion: 0 })
      .onConflictDoNothing();
  await tx
    .insert(tips)
    .values({
      id: snapshot.tipId,
      receiptNumber: snapshot.receiptNumber,
      status: snapshot.status,
      outcome: snapshot.outcome,
      regionCode: snapshot.tip.regionCode,
      category: tipCategoryOf(snapshot.tip),
      dimension: snapshot.triage?.dimension ?? snapshot.tip.dimension ?? null,
      department: snapshot.triage?.department ?? null,
      anonymous: snapshot.tip.anonymous,
      receivedAt: new Date(snapshot.receivedAt),
      verificationDueAt: snapshot.verificationDue ? new Date(snapshot.verificationDue.lapsesAt) : null,
      caseId: snapshot.caseId,
      closedReason: snapshot.closedReason,
      state: snapshot,
      stateVersion: event.sequence,
    })
    .onConflictDoUpdate({
      target: tips.id,
      set: {
        status: sql`excluded.status`,
        outcome: sql`excluded.outcome`,
        dimension: sql`excluded.dimension`,
        department: sql`excluded.department`,
        verificationDueAt: sql`excluded.verification_due_at`,
        caseId: sql`excluded.case_id`,
        closedReason: sql`excluded.closed_reason`,
        state: sql`excluded.state`,
        stateVersion: sql`excluded.state_version`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${tips.stateVersion} < excluded.state_version`,
    });
}

function tipEventRow(snapshot: TipState, event: TipEvent) {
  return {
    tipId: snapshot.tipId,
    sequence: event.sequence,
    type: event.type,
    status: snapshot.status,
    occurredAt: new Date(event.occurredAt),
    actor: event.actor as unknown as Record<string, unknown>,
    reason: event.reason,
    evidence: event.evidence,
    detail: event.detail,
  };
}

export interface DeriveCaseIdInput {
  department: Department;
  documentNumber: string;
}

export interface DerivedCaseId {
  caseId: string;
  /** The document number as the case keeps it (normalised, as filing a finding does). */
  documentNumber: string;
}

/** The case id a finding gets: the same as filing it through the API would give (domain/case-id.ts). */
export function deriveCaseIdFor(input: DeriveCaseIdInput): DerivedCaseId {
  if (!input?.department || typeof input.documentNumber !== 'string' || !input.documentNumber.trim())
    throw ApplicationFailure.nonRetryable(
      'deriveCaseId needs a department and a document number',
      'InvalidInput',
    );
  const documentNumber = normalizeDocumentNumber(input.documentNumber);
  return { caseId: caseIdFor(input.department, documentNumber), documentNumber };
}

export interface VerificationDeadlineInput {
  /** When the tip was triaged (an ISO-8601 instant); the period counts from its China Standard Time date. */
  triagedAt: string;
  /** Absent for tips received before profiles: the national default. */
  policyProfile?: string;
  policyVersion: string;
}

/** The verification deadline of a tip triaged then, under that policy version's days. */
export function verificationDeadlineFor(input: VerificationDeadlineInput): Deadline {
  if (!input?.triagedAt || Number.isNaN(Date.parse(input.triagedAt)) || !input.policyVersion)
    throw ApplicationFailure.nonRetryable(
      'computeVerificationDeadline needs the triage instant and a policy version',
      'InvalidInput',
    );
  try {
    return verificationDeadline(input.triagedAt, input);
  } catch (error) {
    // An unknown policy version or a date the calendar refuses: retrying cannot help.
    throw ApplicationFailure.nonRetryable(
      error instanceof Error ? error.message : String(error),
      'InvalidInput',
    );
  }
}
