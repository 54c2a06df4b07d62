/**
 * Supervision (督查): how each region under a jurisdiction stands against its year — cases overdue,
 * acceptances pending, exits against the exit targets of its work plan in force, milestones lapsed —
 * and which lag and why. The rule for lagging is here, for the API and the console alike.
 */
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
