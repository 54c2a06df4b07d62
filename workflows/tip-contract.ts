/**
 * The tip workflow's contract with its callers: ids, input, state, events and messages. Tips run on the
 * case workflows' task queue. Released names never change: running tips and their histories depend on them.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { SystemActor } from '../domain/case';
import type { Actor } from '../domain/decisions';
import type { TipInput, TipOutcome, TipState, TipStatus, TipTriage, TipVerification } from '../domain/tip';
import type { EvidenceRef } from '../domain/case';

export type { TipInput, TipState, TipTriage, TipVerification };
export { DECISION_REJECTED, TASK_QUEUE } from './contract';

export const TIP_WORKFLOW_TYPE = 'tipWorkflow';

/** The activities the tip workflow schedules, by the names its histories hold. */
export const TIP_ACTIVITIES = {
  recordTipStep: 'recordTipStep',
  /** Tips started before the tip-ledger patch record through this one (and derive their case id). */
  recordTipEvent: 'recordTipEvent',
  deriveCaseId: 'deriveCaseId',
  deliverEffect: 'deliverEffect',
  computeVerificationDeadline: 'computeVerificationDeadline',
} as const;

export function tipWorkflowId(tipId: string): string {
  return `tip/${tipId}`;
}

export const TIP_EVENT_TYPES = [
  'tip_received',
  'tip_triaged',
  'verification_overdue',
  'tip_verified',
  'tip_unfounded',
  'case_opened',
  'linked_to_existing_case',
  /** A tip about an illegal capacity swap found true, with no finding in the five standards: closed. */
  'swap_confirmed',
] as const;
export type TipEventType = (typeof TIP_EVENT_TYPES)[number];

/** One accepted step of a tip, as tip_events keeps it. */
export interface TipEvent {
  sequence: number;
  type: TipEventType;
  occurredAt: string;
  actor: Actor | SystemActor;
  reason: string | null;
  evidence: EvidenceRef[];
  detail: Record<string, unknown>;
}

/** What an accepted triage or verification answers. */
export interface TipReceipt {
  tipId: string;
  /** The tip event that recorded the decision. */
  sequence: number;
  status: TipStatus;
  outcome: TipOutcome | null;
  /** The case a verified tip opened or was linked to. */
  caseId: string | null;
}

export const getTipStateQuery = defineQuery<TipState>('getTipState');

export const triageTipUpdate = defineUpdate<TipReceipt, [TipTriage]>('triageTip');
export const verifyTipUpdate = defineUpdate<TipReceipt, [TipVerification]>('verifyTip');
