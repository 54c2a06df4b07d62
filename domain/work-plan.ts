/**
 * The year's work plan (年度工作方案/计划) as targets: for each measure (rectify, exit), dimension and
 * industry, how many enterprises, how many pieces of equipment and how much capacity. The plan is the
 * `work_plan` milestone's submission; the office it goes to approves it by accepting the milestone. An
 * approved plan is amended by a new version (修订), approved the same way, that supersedes it; every
 * version is kept. Who may amend and approve is decided here, for the API and the workflow alike.
 */
import type { EvidenceRef } from './case';
import type { Actor } from './decisions';
import type { Dimension, Industry } from './enums';
import type { MilestoneReviewOutcome, YearState } from './year-state';

export const PLAN_MEASURES = {
  rectify: '限期整改',
  exit: '依法依规退出',
} as const;
export type PlanMeasure = keyof typeof PLAN_MEASURES;

/** One line of the plan: the measure, dimension and industry it counts, with its capacity's unit. */
export interface PlanTarget {
  measure: PlanMeasure;
  dimension: Dimension;
  industry: Industry;
  /** 企业数 */
  enterprises: number;
  /** 落后生产设备（生产线）数量 */
  equipment: number;
  /** 产能, in `unit` (万吨/年 …): capacities of different units are never added. */
  capacity: number;
  unit: string;
}

export const PLAN_VERSION_STATUSES = {
  submitted: '待审批',
  approved: '已批准，执行中',
  returned: '已退回',
  superseded: '已由修订版本取代',
} as const;
export type PlanVersionStatus = keyof typeof PLAN_VERSION_STATUSES;

export interface PlanVersion {
  /** 1 for the first plan submitted, counting every version submitted after it. */
  version: number;
  targets: PlanTarget[];
  note: string;
  evidence: EvidenceRef[];
  /** For an amendment: the version in force it amends, and why. */
  amends: number | null;
  amendmentReason: string | null;
  status: PlanVersionStatus;
  submittedBy: Actor;
  submittedAt: string;
  sequence: number;
  /** The approval or return; null while it waits, and for a plan that goes outside the service. */
  review: {
    by: Actor;
    at: string;
    outcome: MilestoneReviewOutcome;
    reason: string;
    sequence: number;
  } | null;
}

/** An amendment as the workflow's update takes it. */
export interface PlanAmendment {
  actor: Actor;
  targets: PlanTarget[];
  reason: string;
  evidence: EvidenceRef[];
}

/** A decision on an amendment as the workflow's update takes it. */
export interface PlanAmendmentReview {
  version: number;
  actor: Actor;
  outcome: MilestoneReviewOutcome;
  reason: string;
}

/** The line a target counts: one per measure, dimension, industry and capacity unit. */
export function targetKey(target: Pick<PlanTarget, 'measure' | 'dimension' | 'industry' | 'unit'>): string {
  return `${target.measure}/${target.dimension}/${target.industry}/${target.unit}`;
}

/**
 * Why these targets cannot make a plan, or null: each line once. A line of zeros is a target too (none
 * to exit in that industry).
 */
export function planTargetsProblem(
  targets: readonly PlanTarget[],
): { index: number; problem: string } | null {
  const seen = new Map<string, number>();
  for (const [index, target] of targets.entries()) {
    const key = targetKey(target);
    const first = seen.get(key);
    if (first !== undefined)
      return {
        index,
        problem: `repeats target ${first + 1} (${PLAN_MEASURES[target.measure]}, ${target.dimension}, ${target.industry}, ${target.unit}): one line each`,
      };
    seen.set(key, index);
  }
  return null;
}

export function planVersions(state: YearState): PlanVersion[] {
  // Years recorded before plans had targets keep no versions.
  return state.plan ?? [];
}

/** The approved version the jurisdiction works to, or null before one is approved. */
export function planInForce(state: YearState): PlanVersion | null {
  return planVersions(state).find((version) => version.status === 'approved') ?? null;
}

/**
 * The version that was in force at an instant: of those approved (in force now, or superseded since), the
 * last decided by then — a plan that goes outside the service is decided when it is submitted.
 */
export function planInForceAt(state: YearState, at: string): PlanVersion | null {
  const decidedAt = (version: PlanVersion) => Date.parse(version.review?.at ?? version.submittedAt);
  return (
    planVersions(state)
      .filter((version) => version.status === 'approved' || version.status === 'superseded')
      .filter((version) => decidedAt(version) <= Date.parse(at))
      .sort((a, b) => decidedAt(b) - decidedAt(a))[0] ?? null
  );
}

/** The version waiting for approval (the first plan, or an amendment), or null. */
export function pendingPlanVersion(state: YearState): PlanVersion | null {
  return planVersions(state).find((version) => version.status === 'submitted') ?? null;
}

function workPlanMilestone(state: YearState) {
  return state.milestones.find((milestone) => milestone.kind === 'work_plan') ?? null;
}

/** Why this actor may not amend the plan in force now, or null when they may. */
export function amendmentProblem(state: YearState, actor: Actor): string | null {
  const milestone = workPlanMilestone(state);
  if (!milestone) return `the year ${state.yearId} owes no work plan`;
  if (state.status === 'closed') return `the year ${state.yearId} is closed`;
  if (actor.role !== 'supervisor') return `the work plan is amended by a supervisor of ${state.regionCode}`;
  if (actor.regionCode !== state.regionCode)
    return `the work plan is amended by the jurisdiction whose plan it is, ${state.regionCode}, not ${actor.regionCode}`;
  const inForce = planInForce(state);
  if (!inForce) return 'no work plan is approved yet: submit the work_plan milestone with its targets';
  const pending = pendingPlanVersion(state);
  if (pending) return `version ${pending.version} of the work plan waits for approval`;
  return null;
}

/** Why this actor may not approve or return this version of the plan now, or null when they may. */
export function amendmentReviewProblem(state: YearState, version: number, actor: Actor): string | null {
  const milestone = workPlanMilestone(state);
  const candidate = planVersions(state).find((v) => v.version === version);
  if (!milestone || !candidate) return `the year ${state.yearId} has no work plan version ${version}`;
  if (candidate.amends === null)
    return `version ${version} is the first plan: it is approved by reviewing the work_plan milestone`;
  if (milestone.reviewRegion === null)
    return 'the work plan goes outside the service: an amendment is in force once submitted';
  if (actor.role !== 'supervisor')
    return `the work plan is approved by a supervisor of ${milestone.reviewRegion}`;
  if (actor.regionCode !== milestone.reviewRegion)
    return `the work plan is approved by the office of ${milestone.reviewRegion}, not ${actor.regionCode}`;
  if (candidate.status !== 'submitted')
    return `version ${version} is not waiting for approval (${candidate.status})`;
  return null;
}

/**
 * Decides a waiting version: approved, it supersedes the version in force; returned, the one in force
 * stays. Mutates the state (the workflow's).
 */
export function decidePlanVersion(
  state: YearState,
  version: PlanVersion,
  review: NonNullable<PlanVersion['review']> | null,
): void {
  if (review?.outcome === 'returned') {
    version.status = 'returned';
    version.review = review;
    return;
  }
  const inForce = planInForce(state);
  if (inForce) inForce.status = 'superseded';
  version.status = 'approved';
  version.review = review;
}

/**
 * Why a milestone's submission cannot carry these targets, or null: the work plan is submitted with its
 * targets, and no other milestone has any.
 */
export function submissionTargetsProblem(
  kind: string,
  targets: readonly PlanTarget[] | undefined,
): { index: number | null; problem: string } | null {
  if (kind === 'work_plan' && !targets)
    return { index: null, problem: 'the work plan is submitted with its targets (targets)' };
  if (kind !== 'work_plan' && targets)
    return { index: null, problem: `only the work plan carries targets, not ${kind}` };
  return targets ? planTargetsProblem(targets) : null;
}

/** A targets problem as one sentence. */
export function describeTargetsProblem(problem: { index: number | null; problem: string }): string {
  return problem.index === null ? problem.problem : `target ${problem.index + 1} ${problem.problem}`;
}
