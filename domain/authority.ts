/**
 * Who may make which decision on a case: by role, by jurisdiction (region), and for departments by
 * the dimensions they own. The API's authorisation and the workflow's update validators both ask here.
 */
import type { Actor } from './decisions';
import type { AcceptanceLevel, Department, Dimension, Role } from './enums';
import { ownsDimension } from './policy';
import { regionLevel, regionPrefix } from './region';

export type { Actor };

export const DECISION_KINDS = {
  extension_request: '延期申请',
  extension_decision: '延期审批',
  reinspection: '复查结果',
  government_decision: '政府决定',
  exit_evidence: '退出证据',
  acceptance: '验收意见',
  urging: '催办',
} as const;
export type DecisionKind = keyof typeof DECISION_KINDS;

/** The role each decision needs. */
export const DECISION_ROLES: Record<DecisionKind, Role> = {
  extension_request: 'department_officer',
  extension_decision: 'supervisor',
  reinspection: 'department_officer',
  government_decision: 'government_approver',
  exit_evidence: 'department_officer',
  acceptance: 'acceptance_inspector',
  urging: 'supervisor',
};

export interface CaseFacts {
  regionCode: string;
  dimension: Dimension;
  policyVersion: string;
}

/** Whether a region (province, city or county) contains another. */
export function regionCovers(jurisdiction: string, regionCode: string): boolean {
  return regionCode.startsWith(regionPrefix(jurisdiction));
}

/** The city (…00) a county or city belongs to. */
export function cityOf(regionCode: string): string {
  return `${regionCode.slice(0, 4)}00`;
}

/** The jurisdiction that signs an acceptance opinion at each level, for a case in this region. */
export function acceptanceRegion(level: AcceptanceLevel, caseRegion: string): string {
  return level === 'county' && regionLevel(caseRegion) === 'county' ? caseRegion : cityOf(caseRegion);
}

/** Why this actor may not make this decision on this case, or null when they may. */
export function authorityProblem(
  actor: Actor,
  kind: DecisionKind,
  facts: CaseFacts,
  level?: AcceptanceLevel,
): string | null {
  const role = DECISION_ROLES[kind];
  if (actor.role !== role)
    return `a ${kind.replace(/_/g, ' ')} is made by a ${role.replace(/_/g, ' ')}, not a ${actor.role.replace(/_/g, ' ')}`;
  if (!regionCovers(actor.regionCode, facts.regionCode))
    return `region ${actor.regionCode} has no jurisdiction over a case in region ${facts.regionCode}`;
  if (role === 'department_officer') {
    if (!actor.department) return 'a department officer must act for a department';
    if (!ownsDimension(actor.department, facts.dimension, facts.policyVersion))
      return `${actor.department} does not own the ${facts.dimension} dimension`;
  }
  if (kind === 'acceptance' && level) {
    const signer = acceptanceRegion(level, facts.regionCode);
    if (actor.regionCode !== signer)
      return `the ${level} acceptance of a case in region ${facts.regionCode} is signed in region ${signer}, not ${actor.regionCode}`;
  }
  return null;
}

/** Who is asking: what a bearer token says (a user may hold several roles). */
export interface Viewer {
  roles: readonly Role[];
  regionCode: string;
  department: Department | null;
}

/**
 * Whether a caller may see a case at all: it must lie inside their region; a caller who is only a
 * department officer sees only the dimensions their department owns.
 */
export function canSeeCase(viewer: Viewer, facts: CaseFacts): boolean {
  if (!regionCovers(viewer.regionCode, facts.regionCode)) return false;
  if (viewer.roles.some((role) => role !== 'department_officer')) return true;
  return viewer.department !== null && ownsDimension(viewer.department, facts.dimension, facts.policyVersion);
}

/** Why this caller may not file this finding, or null when they may: its own department, inside its region. */
export function filingProblem(
  viewer: Viewer,
  finding: { department: Department; enterprise: { regionCode: string } },
): string | null {
  if (!viewer.roles.includes('department_officer')) return 'findings are filed by department officers';
  if (viewer.department !== finding.department)
    return `a ${viewer.department ?? 'caller without a department'} officer cannot file for ${finding.department}`;
  if (!regionCovers(viewer.regionCode, finding.enterprise.regionCode))
    return `region ${viewer.regionCode} has no jurisdiction over an enterprise in region ${finding.enterprise.regionCode}`;
  return null;
}
