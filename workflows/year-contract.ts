/**
 * The bureau's year workflow's contract with its callers: ids, input, state, events and updates. Years
 * run on the case workflows' task queue. Released names never change: running years depend on them.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { EvidenceRef, SystemActor } from '../domain/case';
import type { Actor } from '../domain/decisions';
import type { MilestoneStatus, YearStatus } from '../domain/year-state';
import type { MilestoneKind } from '../domain/year';
import type { MilestoneReview, MilestoneSubmission, YearInput, YearState } from '../domain/year-state';

export type { MilestoneReview, MilestoneSubmission, YearInput, YearState };
export { DECISION_REJECTED, TASK_QUEUE } from './contract';

export const YEAR_WORKFLOW_TYPE = 'bureauYearWorkflow';

/** The activities the year workflow schedules, by the names its histories hold. */
export const YEAR_ACTIVITIES = {
  recordYearStep: 'recordYearStep',
  scheduleYearMilestones: 'scheduleYearMilestones',
  deliverEffect: 'deliverEffect',
} as const;

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

export const getYearStateQuery = defineQuery<YearState>('getYearState');
export const submitMilestoneUpdate = defineUpdate<MilestoneReceipt, [MilestoneSubmission]>('submitMilestone');
export const reviewMilestoneUpdate = defineUpdate<MilestoneReceipt, [MilestoneReview]>('reviewMilestone');
