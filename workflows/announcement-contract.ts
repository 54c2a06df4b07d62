/**
 * The announcement workflow's contract with its callers. One workflow id per jurisdiction and year; drafts
 * and decisions reach it by update-with-start, so a run serves them while they come and ends a day after
 * the last, and an announcement corrected years later starts a new run that reads the versions so far
 * from the database. Released names never change.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  AnnouncementDecisionInput,
  AnnouncementDraft,
  AnnouncementState,
  AnnouncementStatus,
} from '../domain/announcement';

export type { AnnouncementDecisionInput, AnnouncementDraft, AnnouncementState };
export { DECISION_REJECTED, TASK_QUEUE } from './contract';

export const ANNOUNCEMENT_WORKFLOW_TYPE = 'yearAnnouncementWorkflow';

export const ANNOUNCEMENT_ACTIVITIES = {
  loadAnnouncement: 'loadAnnouncement',
  prepareAnnouncementVersion: 'prepareAnnouncementVersion',
  recordAnnouncementStep: 'recordAnnouncementStep',
} as const;

export function announcementWorkflowId(key: string): string {
  return `announcement/${key}`;
}

export interface AnnouncementInput {
  key: string;
  regionCode: string;
  year: number;
}

export const ANNOUNCEMENT_EVENT_TYPES = [
  'announcement_drafted',
  'announcement_published',
  'announcement_discarded',
] as const;
export type AnnouncementEventType = (typeof ANNOUNCEMENT_EVENT_TYPES)[number];

/** What an accepted draft or decision answers. */
export interface AnnouncementReceipt {
  key: string;
  id: string;
  version: number;
  status: AnnouncementStatus;
  /** The ledger entry that recorded it. */
  sequence: number;
}

export const getAnnouncementStateQuery = defineQuery<AnnouncementState>('getAnnouncementState');
export const draftAnnouncementUpdate = defineUpdate<AnnouncementReceipt, [AnnouncementDraft]>(
  'draftAnnouncement',
);
export const decideAnnouncementUpdate = defineUpdate<AnnouncementReceipt, [AnnouncementDecisionInput]>(
  'decideAnnouncement',
);
