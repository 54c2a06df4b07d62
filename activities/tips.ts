/**
 * The tip workflow's side effects: its read model (tips, tip_events) and the case id a verified tip's
 * finding gets. Each is safe to run twice.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { sql } from 'drizzle-orm';
import { caseIdFor, normalizeDocumentNumber } from '../domain/case-id';
import { caseRowFor } from '../db/cases';
import type { Database } from '../db/client';
import { cases, tipEvents, tips } from '../db/schema';
import type { Deadline } from '../domain/calendar';
import type { Department } from '../domain/enums';
import type { Finding } from '../domain/finding';
import { verificationDeadline, withoutReporterIfAnonymous, type TipState } from '../domain/tip';
import { TIP_EVENT_TYPES, type TipEvent } from '../workflows/tip-contract';

export interface RecordTipEventInput {
  event: TipEvent;
  /** The tip's state right after the event. */
  snapshot: TipState;
  /** The case this step opened: its read-model row is written with the step, as filing a finding does. */
  openedCase?: { caseId: string; finding: Finding; policyVersion: string };
}

/**
 * Records one step of a tip in one transaction: its row (moved forward only, guarded by state_version)
 * and its event (keyed by tip and sequence, never rewritten). Safe to run twice and out of order.
 */
export async function recordTipEventIn(db: Database, input: RecordTipEventInput): Promise<void> {
  const { event, openedCase } = input;
  if (
    !input.snapshot?.tipId ||
    !Number.isInteger(event?.sequence) ||
    event.sequence < 1 ||
    !TIP_EVENT_TYPES.includes(event.type)
  )
    throw ApplicationFailure.nonRetryable(
      'recordTipEvent needs an event with a known type, a sequence ≥ 1 and a snapshot',
      'InvalidInput',
    );
  // Belt and braces: an anonymous tip's reporter is never written, whatever the caller sent.
  const snapshot: TipState = { ...input.snapshot, tip: withoutReporterIfAnonymous(input.snapshot.tip) };
  await db.transaction(async (tx) => {
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
    await tx
      .insert(tipEvents)
      .values({
        tipId: snapshot.tipId,
        sequence: event.sequence,
        type: event.type,
        status: snapshot.status,
        occurredAt: new Date(event.occurredAt),
        actor: event.actor as unknown as Record<string, unknown>,
        reason: event.reason,
        evidence: event.evidence,
        detail: event.detail,
      })
      .onConflictDoNothing();
  });
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

/** The case id a finding gets: the same as filing it through the API would give (api/case-id.ts). */
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
    return verificationDeadline(input.triagedAt, input.policyVersion);
  } catch (error) {
    // An unknown policy version or a date the calendar refuses: retrying cannot help.
    throw ApplicationFailure.nonRetryable(
      error instanceof Error ? error.message : String(error),
      'InvalidInput',
    );
  }
}
