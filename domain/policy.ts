/**
 * The per-dimension policy table (DOMAIN.md, "The five dimensions"), as versioned data.
 * A case records the version it started under and keeps it for its whole life. A released version
 * is never changed in a way that alters a running case: a new rule is a new version beside it.
 */
import type { Department, Dimension } from './enums';

export const FIRST_MEASURES = {
  rectify_with_differential_pricing: '限期整改，执行差别电价、阶梯电价、惩罚性电价和水价',
  restrict_or_suspend: '限制生产、停产整治',
  halt_and_rectify: '依法查处并责令停产整改',
  suspend_production_and_business: '停产停业整顿',
  exit_at_once: '立即关停',
} as const;
export type FirstMeasure = keyof typeof FIRST_MEASURES;

export const FAILURE_CONSEQUENCES = {
  shutdown_and_exit: '报请政府关停退出',
  cease_and_close: '报经政府批准责令停业、关闭',
  licence_revoked_and_exit: '吊销生产许可证，报经政府批准关停退出',
  close_and_revoke_licences: '提请政府关闭，吊销有关证照',
  exit_at_once: '直接退出',
} as const;
export type FailureConsequence = keyof typeof FAILURE_CONSEQUENCES;

export interface DimensionPolicy {
  owners: readonly Department[];
  firstMeasure: FirstMeasure;
  /** Months to rectify; 'set_by_department' means the finding must state it; null: no rectification. */
  rectificationMonths: number | 'set_by_department' | null;
  /** At most one extension of at most this many months; null: no extension. */
  extensionMaxMonths: number | null;
  failureLeadsTo: FailureConsequence;
  /** Differential / tiered / punitive electricity and water pricing while the case is open. */
  differentialPricing: boolean;
  /** Licences are revoked when the government orders the exit. */
  revokesLicences: boolean;
  /** Open cases appear on the environment bureau's emission-standard lists. */
  emissionLists: boolean;
  /** Where each rule comes from: the seeds, or a local policy choice where the seeds are silent. */
  source: string;
}

/** Timings the seeds leave to local practice; the defaults a bureau may change in a new version. */
export interface Timings {
  /** Reminders this many days before the rectification deadline lapses. */
  reminderDaysBeforeDeadline: readonly number[];
  /** Days the government has to decide an escalated case before the supervisor is notified (督办). */
  governmentDecisionDays: number;
  /** A reminder to the government this many days after escalation. */
  governmentReminderAfterDays: number;
  /** Months from the exit order (or from filing, for eliminated equipment) to exit. */
  exitMonths: number;
  /** Months from sealing to the end of time-limited dismantling (限期拆除). */
  dismantlingMonths: number;
  /** Days a department has to verify a tip (举报核查). */
  tipVerificationDays: number;
}

export interface Policy {
  version: string;
  dimensions: Record<Dimension, DimensionPolicy>;
  timings: Timings;
}

export const POLICIES: Record<string, Policy> = {
  '2024.1': {
    version: '2024.1',
    dimensions: {
      energy: {
        owners: ['industry_it', 'development_reform'],
        firstMeasure: 'rectify_with_differential_pricing',
        rectificationMonths: 6,
        extensionMaxMonths: 3,
        failureLeadsTo: 'shutdown_and_exit',
        differentialPricing: true,
        revokesLicences: false,
        emissionLists: false,
        source: '节约能源法; seeds: 6 个月内整改，可提出不超过 3 个月的延期申请',
      },
      environment: {
        owners: ['environment_bureau'],
        firstMeasure: 'restrict_or_suspend',
        rectificationMonths: 'set_by_department',
        extensionMaxMonths: null,
        failureLeadsTo: 'cease_and_close',
        differentialPricing: false,
        revokesLicences: false,
        emissionLists: true,
        source: '环境保护法; period set by the department; extension: none (seeds silent, local choice)',
      },
      quality: {
        owners: ['market_regulation'],
        firstMeasure: 'halt_and_rectify',
        rectificationMonths: 6,
        extensionMaxMonths: null,
        failureLeadsTo: 'licence_revoked_and_exit',
        differentialPricing: false,
        revokesLicences: true,
        emissionLists: false,
        source: '产品质量法; seeds: 在 6 个月内未整改…关停退出; extension: none (seeds silent, local choice)',
      },
      safety: {
        owners: ['emergency_management', 'coal_mine_safety'],
        firstMeasure: 'suspend_production_and_business',
        rectificationMonths: 'set_by_department',
        extensionMaxMonths: null,
        failureLeadsTo: 'close_and_revoke_licences',
        differentialPricing: false,
        revokesLicences: true,
        emissionLists: false,
        source: '安全生产法; period set by the department; extension: none (seeds silent, local choice)',
      },
      technology: {
        owners: ['industry_it', 'development_reform', 'energy_bureau'],
        firstMeasure: 'exit_at_once',
        rectificationMonths: null,
        extensionMaxMonths: null,
        failureLeadsTo: 'exit_at_once',
        differentialPricing: false,
        revokesLicences: false,
        emissionLists: false,
        source: '产业结构调整指导目录（淘汰类）: 立即关停',
      },
    },
    timings: {
      reminderDaysBeforeDeadline: [30, 7],
      governmentDecisionDays: 30,
      governmentReminderAfterDays: 15,
      exitMonths: 3,
      dismantlingMonths: 12,
      tipVerificationDays: 30,
    },
  },
};

export const CURRENT_POLICY_VERSION = '2024.1';

export function policyFor(version: string): Policy {
  const policy = POLICIES[version];
  if (!policy) throw new RangeError(`unknown policy version ${version}`);
  return policy;
}

export function dimensionPolicy(version: string, dimension: Dimension): DimensionPolicy {
  return policyFor(version).dimensions[dimension];
}

export function ownsDimension(
  department: Department,
  dimension: Dimension,
  version = CURRENT_POLICY_VERSION,
): boolean {
  return policyFor(version).dimensions[dimension].owners.includes(department);
}

/** The months a case of this dimension gets to rectify, or null when the capacity exits at once. */
export function rectificationMonthsFor(
  dimension: Dimension,
  statedMonths: number | undefined,
  version: string,
): number | null {
  const months = policyFor(version).dimensions[dimension].rectificationMonths;
  if (months === 'set_by_department') {
    if (statedMonths === undefined)
      throw new RangeError(`${dimension} findings must state their rectification period`);
    return statedMonths;
  }
  return months;
}
