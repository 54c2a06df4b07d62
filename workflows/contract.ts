/**
 * The case workflow's contract with its callers: task queue, ids, inputs, state and messages.
 * Released names never change: running cases and their recorded histories depend on them.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DecisionKind } from '../domain/authority';
import type { CaseState, EvidenceRef, SystemActor } from '../domain/case';
import type {
  AcceptanceOpinion,
  Actor,
  ExitEvidence,
  ExtensionDecision,
  ExtensionRequest,
  GovernmentDecision,
  Reinspection,
  Revisit,
  Urging,
} from '../domain/decisions';
import type { CaseStatus, Channel, Department, Role } from '../domain/enums';
import type { CaseIdentity } from '../domain/case-id';
import type { Deadline } from '../domain/calendar';
import type { MemberUnit } from '../domain/policy-types';

export type { CaseState };

export const TASK_QUEUE = 'rectification-cases';

export const CASE_WORKFLOW_TYPE = 'rectificationCaseWorkflow';

/**
 * The activities the case workflow schedules, by the names its histories hold (the worker registers
 * them under these names; the audit reads histories by them).
 */
export const CASE_ACTIVITIES = {
  /** Cases started before the 'lean-recording' patch: each step written by an activity task. */
  recordCaseEvent: 'recordCaseEvent',
  /** Cases started since: each step written by a local activity, its result kept in the history. */
  recordCaseStep: 'recordCaseStep',
  /**
   * Since 'batched-recording': the steps taken since the last write, written by one local activity that
   * then delivers their messages; its result keeps each entry and names what it delivered.
   */
  recordCaseSteps: 'recordCaseSteps',
  /** Before the patch: one delivery per message. */
  deliverEffect: 'deliverEffect',
  /**
   * Since: one delivery per step, for all the messages it sends: an activity task, or, since the
   * 'local-deliveries' patch, a local activity whose result names the messages it delivered.
   */
  deliverEffects: 'deliverEffects',
  computeDeadline: 'computeDeadline',
} as const;

export function caseWorkflowId(caseId: string): string {
  return `rectification-case/${caseId}`;
}

/**
 * A case workflow's input: built by domain/case-id.ts `caseInputFor`, wherever a case is opened. The API
 * adds the first deadline, computed as the workflow would (`firstDeadlineRequestOf`); cases started since
 * the 'batched-recording' patch take it from here, kept in the history like a local activity's result.
 */
export type CaseInput = CaseIdentity & {
  firstDeadline?: Deadline;
  /**
   * Set by the API, which starts the case with its search attributes as its first steps leave them: the
   * case records batched from its start without the 'batched-recording' marker, and upserts its search
   * attributes only when a step changes them (workflows/rectification-case.ts, `BATCHED_FROM_START`).
   */
  batchedFromStart?: boolean;
};

export const CASE_EVENT_TYPES = [
  'case_filed',
  'deadline_set',
  'deadline_reminder_sent',
  'extension_requested',
  'extension_granted',
  'extension_refused',
  'reinspection_passed',
  'reinspection_failed',
  'deadline_lapsed',
  'government_reminder_sent',
  'government_decision_overdue',
  'exit_approved',
  'new_deadline_set',
  'closed_by_government',
  'exit_ordered_at_once',
  'exit_evidence_recorded',
  'exit_deadline_missed',
  'dismantling_deadline_missed',
  'acceptance_passed',
  'acceptance_failed',
  'urged',
  'revisits_scheduled',
  'revisit_overdue',
  'revisit_recorded',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** One accepted step of a case: what the ledger keeps, forever. */
export interface CaseEvent {
  sequence: number;
  type: CaseEventType;
  occurredAt: string;
  actor: Actor | SystemActor;
  reason?: string | null;
  evidence?: EvidenceRef[];
  detail: Record<string, unknown>;
}

export const EFFECT_KINDS = [
  'pricing_start',
  'pricing_stop',
  'water_pricing_start',
  'water_pricing_stop',
  'credit_report',
  'credit_publication',
  'differential_credit_notice',
  'licence_revocation',
  'licence_cancellation',
  'discharge_permit_refusal',
  'deadline_reminder',
  'government_reminder',
  'supervisor_notice',
  'urging_notice',
  /** A tip's verification is overdue (督办), to the department that owes it (workflows/tip-effects.ts). */
  'verification_overdue_notice',
  /** The bureau's year (workflows/year-effects.ts): a milestone falls due soon, lapsed, was submitted or returned. */
  'milestone_reminder',
  'milestone_overdue_notice',
  'milestone_submitted',
  'milestone_returned',
  /** Supervision (workflows/year-effects.ts): a region notified or interviewed (通报、约谈), a follow-up lapsed. */
  'supervision_notice',
  'supervision_follow_up_overdue',
  /** The quarterly notice (workflows/year-effects.ts): a member unit's copy; its receipts missing at the deadline. */
  'quarterly_notice',
  'quarterly_notice_unacknowledged',
] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

/** A message to the outside world, written to the outbox with its step (a case's or a tip's) and delivered after it. */
/** The people of a role in a region (and departments) a message is for. */
export type PeopleRecipient = { role: Role; regionCode: string; departments: Department[] | null };

export interface Effect {
  /** Idempotency key: the same effect always has the same key, so it is written and delivered once. */
  key: string;
  kind: EffectKind;
  channel: Channel;
  recipient:
    | PeopleRecipient
    /** A member unit of the region's leading group (成员单位), which has no officers in the service. */
    | { memberUnit: MemberUnit; regionCode: string }
    | null;
  payload: Record<string, unknown>;
}

export interface DecisionReceipt {
  caseId: string;
  /** The ledger entry that recorded the decision. */
  sequence: number;
  status: CaseStatus;
}

export const getCaseStateQuery = defineQuery<CaseState>('getCaseState');

export const requestExtensionUpdate = defineUpdate<DecisionReceipt, [ExtensionRequest]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<DecisionReceipt, [ExtensionDecision]>('decideExtension');
export const reportReinspectionUpdate = defineUpdate<DecisionReceipt, [Reinspection]>('reportReinspection');
export const recordGovernmentDecisionUpdate = defineUpdate<DecisionReceipt, [GovernmentDecision]>(
  'recordGovernmentDecision',
);
export const recordExitEvidenceUpdate = defineUpdate<DecisionReceipt, [ExitEvidence]>('recordExitEvidence');
export const recordAcceptanceOpinionUpdate = defineUpdate<DecisionReceipt, [AcceptanceOpinion]>(
  'recordAcceptanceOpinion',
);
export const urgeUpdate = defineUpdate<DecisionReceipt, [Urging]>('urge');
export const recordRevisitUpdate = defineUpdate<DecisionReceipt, [Revisit]>('recordRevisit');

/** The update that carries each kind of decision into a case. */
export const DECISION_UPDATES = {
  extension_request: requestExtensionUpdate,
  extension_decision: decideExtensionUpdate,
  reinspection: reportReinspectionUpdate,
  government_decision: recordGovernmentDecisionUpdate,
  exit_evidence: recordExitEvidenceUpdate,
  acceptance: recordAcceptanceOpinionUpdate,
  urging: urgeUpdate,
  revisit: recordRevisitUpdate,
} as const satisfies Record<DecisionKind, unknown>;

/** The error type of an update a case refuses (its validator's reason is the message). */
export const DECISION_REJECTED = 'DecisionRejected';
