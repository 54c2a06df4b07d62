/**
 * The case workflow's contract with its callers: task queue, ids, inputs, state and messages.
 * Released names never change: running cases and their recorded histories depend on them.
 */
import { defineQuery } from '@temporalio/workflow';
import type { Deadline } from '../domain/calendar';
import type { CaseStatus } from '../domain/enums';
import type { Finding } from '../domain/finding';

export const TASK_QUEUE = 'rectification-cases';

export const CASE_WORKFLOW_TYPE = 'rectificationCaseWorkflow';

export function caseWorkflowId(caseId: string): string {
  return `rectification-case/${caseId}`;
}

export interface CaseInput {
  caseId: string;
  finding: Finding;
  /** The policy table version the case runs under for its whole life. */
  policyVersion: string;
}

export interface CaseState {
  caseId: string;
  status: CaseStatus;
  policyVersion: string;
  finding: Finding;
  /** The rectification deadline; null where the capacity exits at once (technology). */
  deadline: Deadline | null;
  escalatedAt: string | null;
  /** Number of case events recorded so far; the last event's sequence number. */
  sequence: number;
}

export type CaseEventType = 'case_filed' | 'deadline_set' | 'deadline_lapsed' | 'exit_ordered_at_once';

export interface CaseEvent {
  sequence: number;
  type: CaseEventType;
  occurredAt: string;
  detail: Record<string, unknown>;
}

export const getCaseStateQuery = defineQuery<CaseState>('getCaseState');
