/**
 * Supervision (督查): how each region under a jurisdiction stands against its year — cases overdue,
 * acceptances pending, exits against the exit targets of its work plan in force, milestones lapsed —
 * and which lag and why. The rule for lagging is here, for the API and the console alike.
 */
import type { Deadline, LocalDate } from './calendar';
import type { Actor } from './decisions';
import { regionAbove } from './year';
import type { YearState } from './year-state';
import type { PlanTarget } from './work-plan';

/** Capacity per unit: different units are never added. */
export type CapacityByUnit = { capacityUnit: string; value: number }[];

export interface ExitTarget {
  enterprises: number;
  equipment: number;
  capacity: CapacityByUnit;
}

export interface ExitProgress {
  /** Exited pieces of equipment (one per case) this year so far, and their enterprises. */
  equipment: number;
  enterprises: number;
  capacity: CapacityByUnit;
}

export const LAGGING_REASONS = {
  cases_overdue: '有案件逾期',
  exits_behind_target: '退出进度落后于工作方案目标',
  milestones_overdue: '年度工作节点逾期',
} as const;
export type LaggingReason = keyof typeof LAGGING_REASONS;

/** The exit targets of a plan: its `exit` lines added up, capacity per unit. */
export function exitTargetOf(targets: readonly PlanTarget[]): ExitTarget {
  const exits = targets.filter((target) => target.measure === 'exit');
  const capacity = new Map<string, number>();
  for (const target of exits) capacity.set(target.unit, (capacity.get(target.unit) ?? 0) + target.capacity);
  return {
    enterprises: exits.reduce((sum, target) => sum + target.enterprises, 0),
    equipment: exits.reduce((sum, target) => sum + target.equipment, 0),
    capacity: [...capacity].map(([capacityUnit, value]) => ({ capacityUnit, value })).sort(byUnit),
  };
}

const byUnit = (a: { capacityUnit: string }, b: { capacityUnit: string }) =>
  a.capacityUnit < b.capacityUnit ? -1 : a.capacityUnit > b.capacityUnit ? 1 : 0;

/** What is still to exit to meet the target (never below zero), per count and per capacity unit. */
export function exitGap(target: ExitTarget, actual: ExitProgress): ExitTarget {
  return {
    enterprises: Math.max(0, target.enterprises - actual.enterprises),
    equipment: Math.max(0, target.equipment - actual.equipment),
    capacity: target.capacity.map(({ capacityUnit, value }) => ({
      capacityUnit,
      value: Math.max(0, value - (actual.capacity.find((c) => c.capacityUnit === capacityUnit)?.value ?? 0)),
    })),
  };
}

/** Why a region lags, in the order of LAGGING_REASONS; none: it does not. */
export function laggingReasons(progress: {
  casesOverdue: number;
  exitGap: ExitTarget | null;
  milestonesOverdue: number;
}): LaggingReason[] {
  const gap = progress.exitGap;
  const behind =
    gap !== null &&
    (gap.enterprises > 0 || gap.equipment > 0 || gap.capacity.some((capacity) => capacity.value > 0));
  return [
    ...(progress.casesOverdue > 0 ? (['cases_overdue'] as const) : []),
    ...(behind ? (['exits_behind_target'] as const) : []),
    ...(progress.milestonesOverdue > 0 ? (['milestones_overdue'] as const) : []),
  ];
}

// ---- the office's notices and interviews of lagging regions (通报、约谈)

export const SUPERVISION_ACTIONS = {
  notice: '通报',
  interview: '约谈',
} as const;
export type SupervisionActionKind = keyof typeof SUPERVISION_ACTIONS;

/** A notice or an interview as the workflow's update takes it. */
export interface SupervisionActionInput {
  actor: Actor;
  kind: SupervisionActionKind;
  /** The region notified or interviewed: one directly under the year's jurisdiction. */
  regionCode: string;
  heldOn: LocalDate;
  /** Who was interviewed or notified (约谈对象). */
  who: string;
  /** Why: what the region lags in. */
  reason: string;
  /** What the region committed to (整改承诺). */
  commitments: string;
  /** By when it reports what it did. */
  followUpBy: LocalDate;
}

export interface SupervisionAction extends Omit<SupervisionActionInput, 'actor'> {
  /** 1, 2, … in the order recorded. */
  number: number;
  recordedBy: Actor;
  recordedAt: string;
  sequence: number;
  /** The follow-up's deadline, counted by the rest-day rule, lapsing at 24:00 CST. */
  followUp: Deadline;
  /** When the follow-up lapsed with nothing recorded; null while it has not. */
  overdueSince: string | null;
  followedUp: { by: Actor; at: string; note: string; sequence: number } | null;
}

/** A follow-up as the workflow's update takes it. */
export interface SupervisionFollowUpInput {
  actor: Actor;
  number: number;
  note: string;
}

export function supervisionActions(state: YearState): SupervisionAction[] {
  // Years recorded before supervision actions keep none.
  return state.supervisionActions ?? [];
}

/** The actions still waiting for their follow-up. */
export function awaitingFollowUp(state: YearState): SupervisionAction[] {
  return supervisionActions(state).filter((action) => action.followedUp === null);
}

/** Why this actor may not record supervision in this year at all, or null: the year's own office. */
export function supervisionOfficeProblem(state: YearState, actor: Actor): string | null {
  if (state.status === 'closed') return `the year ${state.yearId} is closed`;
  if (actor.role !== 'supervisor') return `supervision is the office’s: a supervisor of ${state.regionCode}`;
  if (actor.regionCode !== state.regionCode)
    return `supervision in ${state.yearId} is by the office of ${state.regionCode}, not ${actor.regionCode}`;
  return null;
}

/** Why this notice or interview may not be recorded now, or null. */
export function supervisionActionProblem(
  state: YearState,
  input: SupervisionActionInput,
  today: LocalDate,
): string | null {
  const office = supervisionOfficeProblem(state, input.actor);
  if (office) return office;
  if (regionAbove(input.regionCode) !== state.regionCode)
    return `${input.regionCode} is not a region directly under ${state.regionCode}`;
  if (input.heldOn > today) return `it was held on ${input.heldOn}, after today (${today})`;
  if (input.followUpBy <= input.heldOn)
    return `the follow-up is due after the day it was held (${input.heldOn}), not ${input.followUpBy}`;
  return null;
}

/** Why this follow-up may not be recorded now, or null. */
export function followUpProblem(state: YearState, input: SupervisionFollowUpInput): string | null {
  const office = supervisionOfficeProblem(state, input.actor);
  if (office) return office;
  const action = supervisionActions(state).find((candidate) => candidate.number === input.number);
  if (!action) return `the year ${state.yearId} records no supervision action ${input.number}`;
  if (action.followedUp) return `the follow-up of action ${input.number} is already recorded`;
  return null;
}
