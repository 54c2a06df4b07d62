/** The policy profiles, from domain/policy.ts: no database, no Temporal. */
import {
  POLICY_DOCUMENTS,
  POLICY_PROFILES,
  currentVersionOf,
  policyOf,
  profileById,
  type PolicyDocumentId,
  type PolicyProfile,
} from '../../domain/policy';
import { regionName } from '../../domain/region-names';
import { ProblemError } from '../problem';
import type { PolicyProfileView, PolicyVersionView } from '../schemas/policies';

function documentOf(profile: PolicyProfile) {
  return { id: profile.document, ...POLICY_DOCUMENTS[profile.document as PolicyDocumentId] };
}

function profileView(profile: PolicyProfile): PolicyProfileView {
  return {
    id: profile.id,
    name: profile.name,
    regionCode: profile.regionCode,
    regionName: profile.regionCode ? regionName(profile.regionCode) : null,
    document: documentOf(profile),
    currentVersion: currentVersionOf(profile.id),
    versions: profile.versions.map(({ version, adopted, inherits, summary }) => ({
      version,
      adopted,
      inherits,
      summary,
    })),
  };
}

export function policyProfiles(): { items: PolicyProfileView[] } {
  return { items: POLICY_PROFILES.map(profileView) };
}

export function policyProfile(id: string): PolicyProfileView {
  return profileView(profileById(id)!);
}

export function policyVersion(id: string, version: string): PolicyVersionView {
  const profile = profileById(id)!;
  const found = profile.versions.find((candidate) => candidate.version === version);
  if (!found)
    throw new ProblemError(
      'notFound',
      404,
      `policy profile ${id} has no version ${version} (its versions: ${profile.versions.map((v) => v.version).join(', ')})`,
    );
  const policy = policyOf({ policyProfile: id, policyVersion: version });
  return {
    profile: id,
    name: profile.name,
    version,
    adopted: found.adopted,
    inherits: found.inherits,
    summary: found.summary,
    document: documentOf(profile),
    dimensions: policy.dimensions as PolicyVersionView['dimensions'],
    timings: {
      ...policy.timings,
      reminderDaysBeforeDeadline: [...policy.timings.reminderDaysBeforeDeadline],
      milestoneReminderDays: [...policy.timings.milestoneReminderDays],
    },
    rules: policy.rules as PolicyVersionView['rules'],
    provenance: Object.entries(policy.provenance).map(([rule, from]) => ({
      rule,
      profile: from.profile,
      version: from.version,
      setHere: from.profile === id && from.version === version,
      source: from.source,
    })),
  };
}
