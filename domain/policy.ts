/**
 * The per-dimension policy table (DOMAIN.md, "The five dimensions"), as versioned data.
 * A case records the version it started under and keeps it for its whole life: a new version is
 * added beside the old ones, never edited in place.
 */
import type { Department, Dimension } from './enums';

export interface DimensionPolicy {
  owners: readonly Department[];
  /** Months to rectify; 'set_by_department' means the finding must state it; null: no rectification. */
  rectificationMonths: number | 'set_by_department' | null;
}

export interface Policy {
  version: string;
  dimensions: Record<Dimension, DimensionPolicy>;
}

export const POLICIES: Record<string, Policy> = {
  '2024.1': {
    version: '2024.1',
    dimensions: {
      energy: { owners: ['industry_it', 'development_reform'], rectificationMonths: 6 },
      environment: { owners: ['environment_bureau'], rectificationMonths: 'set_by_department' },
      quality: { owners: ['market_regulation'], rectificationMonths: 6 },
      safety: {
        owners: ['emergency_management', 'coal_mine_safety'],
        rectificationMonths: 'set_by_department',
      },
      technology: {
        owners: ['industry_it', 'development_reform', 'energy_bureau'],
        rectificationMonths: null,
      },
    },
  },
};

export const CURRENT_POLICY_VERSION = '2024.1';

export function policyFor(version: string): Policy {
  const policy = POLICIES[version];
  if (!policy) throw new RangeError(`unknown policy version ${version}`);
  return policy;
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
