/**
 * The policy a case runs under: a profile (the national default, or the locality whose document covers
 * the enterprise's region — the nearest one up the tree) and a version of it, resolved by applying each
 * version's rules over the version of the level above it inherits. A case records both when it is filed
 * and keeps them for its whole life. A released version never changes: a new rule is a new version.
 * Pure data and functions: the API, the SQL filters and the workflows all ask this module.
 */
import type { Department, Dimension } from './enums';
import { DIMENSIONS, codesOf } from './enums';
import { NATIONAL_PROFILE } from './policy-profiles/national';
import {
  ANKANG_PROFILE,
  DIQING_PROFILE,
  HEYUAN_PROFILE,
  NINGXIA_PROFILE,
  YUNNAN_SAFETY_PROFILE,
} from './policy-profiles/localities';
import type {
  DimensionRules,
  GeneralRules,
  Policy,
  PolicyProfile,
  ProfileVersion,
  RuleProvenance,
  Timings,
} from './policy-types';

export * from './policy-types';
export { POLICY_DOCUMENTS, type PolicyDocumentId } from './policy-profiles/documents';

export const NATIONAL = 'national';

/** Every profile, the national default first. */
export const POLICY_PROFILES: readonly PolicyProfile[] = [
  NATIONAL_PROFILE,
  YUNNAN_SAFETY_PROFILE,
  DIQING_PROFILE,
  NINGXIA_PROFILE,
  HEYUAN_PROFILE,
  ANKANG_PROFILE,
];

/** What names a policy: the fields a case (and a tip) keeps. A missing profile is the national default. */
export interface PolicyKey {
  policyProfile?: string | undefined;
  policyVersion: string;
}

export function profileById(id: string): PolicyProfile | undefined {
  return POLICY_PROFILES.find((profile) => profile.id === id);
}

function versionOf(profile: PolicyProfile, version: string): ProfileVersion | undefined {
  return profile.versions.find((candidate) => candidate.version === version);
}

/** The version new cases under the profile take: its last. */
export function currentVersionOf(profileId: string): string {
  const profile = profileById(profileId);
  if (!profile) throw new RangeError(`unknown policy profile ${profileId}`);
  return profile.versions[profile.versions.length - 1]!.version;
}

/** The profile that covers a region: its own, else its city's, else its province's, else the national. */
export function profileForRegion(regionCode: string): PolicyProfile {
  const upTheTree = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`];
  for (const code of upTheTree) {
    const profile = POLICY_PROFILES.find((candidate) => candidate.regionCode === code);
    if (profile) return profile;
  }
  return NATIONAL_PROFILE;
}

/** The policy a finding filed now in this region runs under. */
export function currentPolicyKeyFor(regionCode: string): Required<PolicyKey> {
  const profile = profileForRegion(regionCode);
  return { policyProfile: profile.id, policyVersion: currentVersionOf(profile.id) };
}

/** Resolved once per key; frozen, since every workflow of a worker thread shares it (config/workflow-bundle.ts). */
const resolved = new Map<string, Policy>();

function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}

export function isKnownPolicy({ policyProfile = NATIONAL, policyVersion }: PolicyKey): boolean {
  const profile = profileById(policyProfile);
  return profile !== undefined && versionOf(profile, policyVersion) !== undefined;
}

/** The policy with every rule resolved. Throws a RangeError for a profile or version that does not exist. */
export function policyOf({ policyProfile = NATIONAL, policyVersion }: PolicyKey): Policy {
  const key = `${policyProfile}@${policyVersion}`;
  const cached = resolved.get(key);
  if (cached) return cached;
  const profile = profileById(policyProfile);
  if (!profile) throw new RangeError(`unknown policy profile ${policyProfile}`);
  const version = versionOf(profile, policyVersion);
  if (!version) throw new RangeError(`policy profile ${policyProfile} has no version ${policyVersion}`);
  const policy = applySettings(
    version.inherits
      ? policyOf({ policyProfile: version.inherits.profile, policyVersion: version.inherits.version })
      : null,
    profile.id,
    version,
  );
  resolved.set(key, deepFrozen(policy));
  return policy;
}

function applySettings(base: Policy | null, profile: string, version: ProfileVersion): Policy {
  const dimensions = Object.fromEntries(
    codesOf(DIMENSIONS).map((dimension) => [dimension, { ...base?.dimensions[dimension] }]),
  ) as Record<Dimension, Partial<DimensionRules>>;
  const timings: Partial<Timings> = { ...base?.timings };
  const rules: Partial<GeneralRules> = { ...base?.rules };
  const provenance: Record<string, RuleProvenance> = { ...base?.provenance };
  for (const setting of version.settings) {
    const from = { profile, version: version.version, source: setting.source };
    if ('dimensions' in setting) {
      for (const dimension of setting.dimensions) {
        (dimensions[dimension] as Record<string, unknown>)[setting.rule] = setting.value;
        provenance[`${dimension}.${setting.rule}`] = from;
      }
    } else if ('timing' in setting) {
      (timings as Record<string, unknown>)[setting.timing] = setting.value;
      provenance[`timings.${setting.timing}`] = from;
    } else {
      (rules as Record<string, unknown>)[setting.rule] = setting.value;
      provenance[`rules.${setting.rule}`] = from;
    }
  }
  return {
    profile,
    version: version.version,
    dimensions: dimensions as Record<Dimension, DimensionRules>,
    timings: timings as Timings,
    rules: rules as GeneralRules,
    provenance,
  };
}

export function dimensionPolicy(key: PolicyKey, dimension: Dimension): DimensionRules {
  return policyOf(key).dimensions[dimension];
}

export function ownsDimension(department: Department, dimension: Dimension, key: PolicyKey): boolean {
  return policyOf(key).dimensions[dimension].owners.includes(department);
}

/** The months a case of this dimension gets to rectify, or null when the capacity exits at once. */
export function rectificationMonthsFor(
  dimension: Dimension,
  statedMonths: number | undefined,
  key: PolicyKey,
): number | null {
  const months = policyOf(key).dimensions[dimension].rectificationMonths;
  if (months === 'set_by_department') {
    if (statedMonths === undefined)
      throw new RangeError(`${dimension} findings must state their rectification period`);
    return statedMonths;
  }
  return months;
}

/** The policies (profile and version) under which sealed capacity counts as exited: for the statistics' SQL. */
export function policiesCountingSealedAsExited(): Required<PolicyKey>[] {
  return POLICY_PROFILES.flatMap((profile) =>
    profile.versions
      .filter(
        (version) =>
          policyOf({ policyProfile: profile.id, policyVersion: version.version }).rules.sealedCountsAsExited,
      )
      .map((version) => ({ policyProfile: profile.id, policyVersion: version.version })),
  );
}

/** Whether the department owns the dimension under some profile's current version (bodies with no region). */
export function ownsDimensionSomewhere(department: Department, dimension: Dimension): boolean {
  return currentPolicies().some((policy) => policy.dimensions[dimension].owners.includes(department));
}

/** Every profile's current version, resolved, in the order of POLICY_PROFILES: what new findings are filed under. */
export function currentPolicies(): Policy[] {
  return POLICY_PROFILES.map((profile) =>
    policyOf({ policyProfile: profile.id, policyVersion: currentVersionOf(profile.id) }),
  );
}

/**
 * Whether this department handles tips about illegal capacity swaps (产能违规置换) under this policy:
 * the policy's `rules.capacitySwapOwners` (national: industry & IT and development & reform).
 */
export function ownsCapacitySwaps(department: Department, key: PolicyKey): boolean {
  return policyOf(key).rules.capacitySwapOwners.includes(department);
}

/** The departments that own capacity swaps under some profile's current version (for request schemas). */
export function capacitySwapOwnersSomewhere(): Department[] {
  return [
    ...new Set(
      POLICY_PROFILES.flatMap(
        (profile) =>
          policyOf({ policyProfile: profile.id, policyVersion: currentVersionOf(profile.id) }).rules
            .capacitySwapOwners,
      ),
    ),
  ];
}
