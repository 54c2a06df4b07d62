/**
 * The bureau's year workflow's contract with its callers: ids, input, state, events and updates. Years
 * run on the case workflows' task queue. Released names never change: running years depend on them.
 */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { EvidenceRef, SystemActor } from '../domain/case';
import type { Actor } from '../domain/decisions';
import type { MilestoneStatus, YearStatus } from '../domain/year-state';
import type { MilestoneKind } from '../domain/year';
import type { MilestoneReview, MilestoneSubmission, YearInput, YearState } from '../domain/year-state';
import type { PlanAmendment, PlanAmendmentReview, PlanVersionStatus } from '../domain/work-plan';
import type { SupervisionActionInput, SupervisionFollowUpInput } from '../domain/supervision';
import type { IssueNoticeInput, NoticeReceiptInput, Quarter } from '../domain/quarterly-notice';
import type { MemberUnit } from '../domain/policy-types';

export type {
  MilestoneReview,
  MilestoneSubmission,
  PlanAmendment,
  PlanAmendmentReview,
  YearInput,
  YearState,
};
export { DECISION_REJECTED, TASK_QUEUE } from './contract';

export const YEAR_WORKFLOW_TYPE = 'bureauYearWorkflow';

/** The activities the year workflow schedules, by the names its histories hold. */
export const YEAR_ACTIVITIES = {
  recordYearStep: 'recordYearStep',
  scheduleYearMilestones: 'scheduleYearMilestones',
  deliverEffect: 'deliverEffect',
  yearsToOpen: 'yearsToOpen',
  yearMemberUnits: 'yearMemberUnits',
  drawQuarterlyNotice: 'drawQuarterlyNotice',
  drawYearReport: 'drawYearReport',
} as const;

/** The workflow the yearly Schedule starts on 1 January: it opens that year for every jurisdiction that had one. */
export const YEAR_OPENER_WORKFLOW_TYPE = 'openBureauYearsWorkflow';
/** Temporal appends the scheduled action's time to this id. */
export const SCHEDULED_YEAR_OPENER_WORKFLOW_ID = 'open-bureau-years';

export interface YearOpenerInput {
  /** The year to open; absent: the China Standard Time year of the moment the workflow starts. */
  year?: number;
}

export interface YearOpenerResult {
  year: number;
  /** The years started now. */
  opened: string[];
  /** The years that were open already (started by hand, or by an earlier try). */
  alreadyOpen: string[];
}

export function yearWorkflowId(yearId: string): string {
  return `year/${yearId}`;
}

export const YEAR_EVENT_TYPES = [
  'year_opened',
  'milestone_reminder',
  'milestone_overdue',
  'milestone_submitted',
  'milestone_accepted',
  'milestone_returned',
  'year_closed',
  'plan_amendment_submitted',
  'plan_amendment_approved',
  'plan_amendment_returned',
  'supervision_action_recorded',
  'supervision_follow_up_recorded',
  'supervision_follow_up_overdue',
  'quarterly_notice_issued',
  'quarterly_notice_received',
  'quarterly_notice_unacknowledged',
] as const;
export type YearEventType = (typeof YEAR_EVENT_TYPES)[number];

/** One accepted step of a year, as year_events keeps it. */
export interface YearEvent {
  sequence: number;
  type: YearEventType;
  occurredAt: string;
  actor: Actor | SystemActor;
  reason: string | null;
  evidence: EvidenceRef[];
  detail: Record<string, unknown>;
}

/** What an accepted submission or review answers. */
export interface MilestoneReceipt {
  yearId: string;
  kind: MilestoneKind;
  /** The year event that recorded it. */
  sequence: number;
  milestoneStatus: MilestoneStatus;
  yearStatus: YearStatus;
}

/** What an accepted amendment of the work plan, or a decision on one, answers. */
export interface PlanReceipt {
  yearId: string;
  version: number;
  /** The year event that recorded it. */
  sequence: number;
  versionStatus: PlanVersionStatus;
  /** The version in force after it. */
  inForce: number | null;
}

/** What a recorded notice, interview or follow-up answers. */
export interface SupervisionReceipt {
  yearId: string;
  number: number;
  /** The year event that recorded it. */
  sequence: number;
  /** The follow-up's last day. */
  followUpLastDay: string;
  followedUp: boolean;
}

/** What an issued notice, or a unit's receipt of it, answers. */
export interface NoticeReceipt {
  yearId: string;
  quarter: Quarter;
  noticeId: string;
  /** The year event that recorded it. */
  sequence: number;
  /** The units that have not signed for it yet. */
  awaitingReceipt: MemberUnit[];
}

export const getYearStateQuery = defineQuery<YearState>('getYearState');
export const submitMilestoneUpdate = defineUpdate<MilestoneReceipt, [MilestoneSubmission]>('submitMilestone');
export const reviewMilestoneUpdate = defineUpdate<MilestoneReceipt, [MilestoneReview]>('reviewMilestone');
export const amendWorkPlanUpdate = defineUpdate<PlanReceipt, [PlanAmendment]>('amendWorkPlan');
export const reviewWorkPlanAmendmentUpdate = defineUpdate<PlanReceipt, [PlanAmendmentReview]>(
  'reviewWorkPlanAmendment',
);
export const recordSupervisionActionUpdate = defineUpdate<SupervisionReceipt, [SupervisionActionInput]>(
  'recordSupervisionAction',
);
export const recordSupervisionFollowUpUpdate = defineUpdate<SupervisionReceipt, [SupervisionFollowUpInput]>(
  'recordSupervisionFollowUp',
);
export const issueQuarterlyNoticeUpdate = defineUpdate<NoticeReceipt, [IssueNoticeInput]>(
  'issueQuarterlyNotice',
);
export const recordNoticeReceiptUpdate = defineUpdate<NoticeReceipt, [NoticeReceiptInput]>(
  'recordNoticeReceipt',
);

/** A version of the jurisdiction's yearly announcement was published: it is the announcement milestone's submission. */
export interface AnnouncementPublished {
  announcementId: string;
  version: number;
  /** Who approved its publication. */
  by: Actor;
  publishedAt: string;
}
export const announcementPublishedSignal = defineSignal<[AnnouncementPublished]>('announcementPublished');
