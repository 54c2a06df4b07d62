/**
 * A jurisdiction's year as its workflow keeps it (workflows/year.ts): each milestone of its schedule
 * (domain/year.ts) open, submitted, returned or done, with who submitted and reviewed it and whether it
 * lapsed. Who may submit and review is decided here, for the API and the workflow's validators alike.
 */
import type { EvidenceRef, SystemActor } from './case';
import type { LocalDate } from './calendar';
import type { Actor } from './decisions';
import type { ScheduledMilestone, MilestoneKind } from './year';
import type { PlanTarget, PlanVersion } from './work-plan';
import type { SupervisionAction } from './supervision';
import type { QuarterlyNotice } from './quarterly-notice';
import type { MemberUnit } from './policy-types';
import type { DrawnReport } from './year-report';

export const YEAR_STATUSES = {
  running: '进行中',
  closed: '已办结',
} as const;
export type YearStatus = keyof typeof YEAR_STATUSES;

export const MILESTONE_STATUSES = {
  open: '待报送',
  submitted: '已报送，待审核',
  returned: '已退回，待重报',
  done: '已完成',
} as const;
export type MilestoneStatus = keyof typeof MILESTONE_STATUSES;

export const MILESTONE_REVIEW_OUTCOMES = {
  accepted: '审核通过',
  returned: '退回重报',
} as const;
export type MilestoneReviewOutcome = keyof typeof MILESTONE_REVIEW_OUTCOMES;

/** The tasks a year opens in the inbox (待办): a milestone to submit, and one to review. */
export const YEAR_TASK_KINDS = {
  milestone_submission: '报送年度工作节点',
  milestone_review: '审核年度工作节点',
  plan_amendment_review: '审批工作方案修订',
} as const;
export type YearTaskKind = keyof typeof YEAR_TASK_KINDS;

export interface OpenYearTask {
  /** Stable for the milestone and what it waits for: `YR-…:milestone_submission:<milestone>`. */
  id: string;
  kind: YearTaskKind;
  milestone: MilestoneKind;
  role: Actor['role'];
  regionCode: string;
  /** The milestone's lapse for a submission; none for a review. */
  dueAt: string | null;
}

/**
 * What the year waits for, as tasks: each milestone awaiting submission, for the jurisdiction's office
 * (for what its departments owe its own office, for its department officers); each submitted one, for
 * the office that reviews it.
 */
export function openYearTasks(state: YearState): OpenYearTask[] {
  if (state.status === 'closed') return [];
  return state.milestones.flatMap((milestone): OpenYearTask[] => {
    if (awaitsSubmission(milestone))
      return [
        {
          id: `${state.yearId}:milestone_submission:${milestone.kind}`,
          kind: 'milestone_submission',
          milestone: milestone.kind,
          role: milestone.reportsTo === 'own_office' ? 'department_officer' : 'supervisor',
          regionCode: state.regionCode,
          dueAt: milestone.deadline.lapsesAt,
        },
      ];
    const amendment = (state.plan ?? []).find((v) => v.status === 'submitted' && v.amends !== null);
    if (milestone.kind === 'work_plan' && amendment && milestone.reviewRegion)
      return [
        {
          id: `${state.yearId}:plan_amendment_review:${amendment.version}`,
          kind: 'plan_amendment_review',
          milestone: milestone.kind,
          role: 'supervisor',
          regionCode: milestone.reviewRegion,
          dueAt: null,
        },
      ];
    if (milestone.status === 'submitted' && milestone.reviewRegion)
      return [
        {
          id: `${state.yearId}:milestone_review:${milestone.kind}`,
          kind: 'milestone_review',
          milestone: milestone.kind,
          role: 'supervisor',
          regionCode: milestone.reviewRegion,
          dueAt: null,
        },
      ];
    return [];
  });
}

/** A year's id: one per jurisdiction and year. */
export function yearIdOf(regionCode: string, year: number): string {
  return `YR-${regionCode}-${year}`;
}

export const YEAR_ID_PATTERN = /^YR-\d{6}-\d{4}$/;

/** A submission as the workflow's update takes it (domain/year-schemas.ts validates the body). */
export interface MilestoneSubmission {
  kind: MilestoneKind;
  actor: Actor;
  note: string;
  evidence: EvidenceRef[];
  /** The work plan's targets (domain/work-plan.ts): required of the work_plan milestone, of no other. */
  targets?: PlanTarget[];
}

/** A review as the workflow's update takes it. */
export interface MilestoneReview {
  kind: MilestoneKind;
  actor: Actor;
  outcome: MilestoneReviewOutcome;
  reason: string;
}

/** A submission or review as the state keeps it, with its ledger entry. */
export interface RecordedSubmission {
  by: Actor;
  at: string;
  note: string;
  evidence: EvidenceRef[];
  sequence: number;
  /** The table a report milestone's submission carries (absent before tables were drawn, and for others). */
  report?: DrawnReport;
}
export interface RecordedReview {
  by: Actor;
  at: string;
  outcome: MilestoneReviewOutcome;
  reason: string;
  sequence: number;
}

export interface MilestoneState extends ScheduledMilestone {
  status: MilestoneStatus;
  /** When its deadline lapsed with nothing accepted (and nothing submitted); null while it has not. */
  overdueSince: string | null;
  /** The reminder days already sent. */
  reminded: LocalDate[];
  submissions: RecordedSubmission[];
  reviews: RecordedReview[];
  doneAt: string | null;
}

export interface YearInput {
  yearId: string;
  regionCode: string;
  year: number;
  policyProfile: string;
  policyVersion: string;
  openedBy: Actor | SystemActor;
}

export interface YearState {
  yearId: string;
  regionCode: string;
  year: number;
  policyProfile: string;
  policyVersion: string;
  status: YearStatus;
  sequence: number;
  openedAt: string;
  openedBy: Actor | SystemActor;
  closedAt: string | null;
  milestones: MilestoneState[];
  /** The work plan's versions, oldest first (absent from years recorded before plans had targets). */
  plan?: PlanVersion[];
  /** The office's notices and interviews of regions under it (absent from years recorded before them). */
  supervisionActions?: SupervisionAction[];
  /** The member units its profile names, fixed at opening (absent from years opened before notices). */
  memberUnits?: MemberUnit[];
  /** The quarterly notices to member units issued so far (absent from years recorded before them). */
  quarterlyNotices?: QuarterlyNotice[];
}

export function openedYear(input: YearInput, schedule: ScheduledMilestone[], at: string): YearState {
  return {
    yearId: input.yearId,
    regionCode: input.regionCode,
    year: input.year,
    policyProfile: input.policyProfile,
    policyVersion: input.policyVersion,
    status: 'running',
    sequence: 0,
    openedAt: at,
    openedBy: input.openedBy,
    closedAt: null,
    milestones: schedule.map((milestone) => ({
      ...milestone,
      status: 'open',
      overdueSince: null,
      reminded: [],
      submissions: [],
      reviews: [],
      doneAt: null,
    })),
    plan: [],
  };
}

/** Whether the milestone still waits for the jurisdiction (nothing submitted, or returned). */
export function awaitsSubmission(milestone: MilestoneState): boolean {
  return milestone.status === 'open' || milestone.status === 'returned';
}

/**
 * Who submits a milestone: the office (supervisor) of the jurisdiction; for what its departments owe
 * its own office, also an officer of any department there.
 */
export function submitterRoles(milestone: Pick<MilestoneState, 'reportsTo'>): readonly Actor['role'][] {
  return milestone.reportsTo === 'own_office' ? ['supervisor', 'department_officer'] : ['supervisor'];
}

/** Why this actor may not submit this milestone now, or null when they may. */
export function submissionProblem(state: YearState, kind: MilestoneKind, actor: Actor): string | null {
  const milestone = state.milestones.find((candidate) => candidate.kind === kind);
  if (!milestone) return `the year ${state.yearId} has no milestone ${kind}`;
  if (state.status === 'closed') return `the year ${state.yearId} is closed`;
  const roles = submitterRoles(milestone);
  if (!roles.includes(actor.role))
    return `${kind} is submitted by ${roles.map((role) => role.replace('_', ' ')).join(' or ')}s of ${state.regionCode}`;
  if (actor.regionCode !== state.regionCode)
    return `${kind} is submitted by the jurisdiction that owes it, ${state.regionCode}, not ${actor.regionCode}`;
  if (milestone.status === 'submitted') return `${kind} is already submitted and waits for its review`;
  if (milestone.status === 'done') return `${kind} is already done`;
  return null;
}

/** Why this actor may not review this milestone now, or null when they may. */
export function reviewProblem(state: YearState, kind: MilestoneKind, actor: Actor): string | null {
  const milestone = state.milestones.find((candidate) => candidate.kind === kind);
  if (!milestone) return `the year ${state.yearId} has no milestone ${kind}`;
  if (milestone.reviewRegion === null) return `${kind} goes outside the service: submitting it completes it`;
  if (actor.role !== 'supervisor') return `${kind} is reviewed by a supervisor of ${milestone.reviewRegion}`;
  if (actor.regionCode !== milestone.reviewRegion)
    return `${kind} is reviewed by the office of ${milestone.reviewRegion}, not ${actor.regionCode}`;
  if (milestone.status !== 'submitted')
    return `${kind} has no submission waiting for review (${milestone.status})`;
  return null;
}
