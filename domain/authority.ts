/**
 * Who may do what (权限): the one place that says it. Each capability names the roles that hold it;
 * each resource (case, tip, task) has one visibility rule by jurisdiction and department. The API's
 * checks, the SQL filters (search, inbox, tips) and the workflows' update validators all ask here.
 *
 * Jurisdiction: a region covers itself and everything under it (a province its cities, a city its
 * counties). A caller who is only a department officer sees only the dimensions their department owns.
 */
import type { Actor } from './decisions';
import {
  DIMENSIONS,
  codesOf,
  type AcceptanceLevel,
  type Department,
  type Dimension,
  type Role,
} from './enums';
import { POLICY_PROFILES, ownsCapacitySwaps, ownsDimension, policyOf, type PolicyKey } from './policy';
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
  revisit: '回头看复查',
} as const;
export type DecisionKind = keyof typeof DECISION_KINDS;

/** The two decisions a tip (举报) waits for. */
export const TIP_DECISIONS = {
  tip_triage: '举报分办',
  tip_verification: '举报核查',
} as const;
export type TipDecision = keyof typeof TIP_DECISIONS;

/** Everything a caller can be allowed to do, and the roles allowed to do it. */
export const CAPABILITIES = {
  file_finding: { label: '报送检查发现', roles: ['department_officer'] },
  // A decision is recorded with the one role that makes it (the actor's role).
  extension_request: { label: DECISION_KINDS.extension_request, roles: ['department_officer'] },
  extension_decision: { label: DECISION_KINDS.extension_decision, roles: ['supervisor'] },
  reinspection: { label: DECISION_KINDS.reinspection, roles: ['department_officer'] },
  government_decision: { label: DECISION_KINDS.government_decision, roles: ['government_approver'] },
  exit_evidence: { label: DECISION_KINDS.exit_evidence, roles: ['department_officer'] },
  acceptance: { label: DECISION_KINDS.acceptance, roles: ['acceptance_inspector'] },
  urging: { label: DECISION_KINDS.urging, roles: ['supervisor'] },
  revisit: { label: DECISION_KINDS.revisit, roles: ['department_officer'] },
  read_audit: { label: '查阅审计记录', roles: ['auditor', 'supervisor', 'administrator'] },
  read_statistics: {
    label: '查阅退出统计',
    roles: ['supervisor', 'government_approver', 'auditor', 'administrator'],
  },
  // The deadline radar (临期雷达) is the leading group's office's view of what falls due where.
  read_radar: { label: '查阅期限雷达', roles: ['supervisor', 'administrator'] },
  // The leading group's office publishes the lists (DOMAIN.md), and administrators may.
  publish_list_snapshot: { label: '发布名单快照', roles: ['supervisor', 'administrator'] },
  read_tips: {
    label: '查阅举报',
    roles: ['supervisor', 'department_officer', 'auditor', 'administrator'],
  },
  tip_triage: { label: TIP_DECISIONS.tip_triage, roles: ['supervisor'] },
  tip_verification: { label: TIP_DECISIONS.tip_verification, roles: ['department_officer'] },
  // The bureau's year (domain/year-state.ts decides which jurisdiction and milestone).
  open_year: { label: '启动年度工作', roles: ['supervisor', 'administrator'] },
  milestone_submission: { label: '报送年度工作节点', roles: ['supervisor', 'department_officer'] },
  milestone_review: { label: '审核年度工作节点', roles: ['supervisor'] },
  // The yearly announcement (domain/announcement.ts decides whose and which version).
  draft_announcement: { label: '起草年度公告', roles: ['supervisor'] },
  decide_announcement: { label: '审批年度公告', roles: ['supervisor'] },
  // Notices and interviews of lagging regions (domain/supervision.ts decides whose).
  supervise: { label: '督查通报、约谈', roles: ['supervisor'] },
  // The quarterly notice to member units (domain/quarterly-notice.ts decides whose and which quarter).
  notify_member_units: { label: '季度通报成员单位', roles: ['supervisor'] },
  // A census row imported after the deadline counts only with the local government's consent (经属地政府同意).
  consent_late_census: { label: '同意逾期补报摸排', roles: ['government_approver'] },
} as const satisfies Record<string, { label: string; roles: readonly [Role, ...Role[]] }>;
export type Capability = keyof typeof CAPABILITIES;

/** The roles that hold a capability. */
export function rolesFor(capability: Capability): readonly Role[] {
  return CAPABILITIES[capability].roles;
}

/** The one role a decision is made in (and recorded with). */
export function decidingRole(decision: DecisionKind | TipDecision): Role {
  return CAPABILITIES[decision].roles[0];
}

/** Who is asking: what a bearer token says (a user may hold several roles). */
export interface Viewer {
  roles: readonly Role[];
  regionCode: string;
  department: Department | null;
}

/** Whether any of the caller's roles holds the capability. */
export function may(viewer: Pick<Viewer, 'roles'>, capability: Capability): boolean {
  const allowed: readonly Role[] = rolesFor(capability);
  return viewer.roles.some((role) => allowed.includes(role));
}

/** Every capability the caller's roles hold, in the table's order (what `may` allows, not a copy). */
export function capabilitiesOf(viewer: Pick<Viewer, 'roles'>): Capability[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((capability) => may(viewer, capability));
}

const words = (code: string) => code.replace(/_/g, ' ');
const plural = (role: Role) => `${words(role)}s`;
/** "a supervisor", "an urging". */
const a = (code: string) => `${/^[aeiou]/.test(code) ? 'an' : 'a'} ${words(code)}`;
const listed = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Why a caller's roles do not hold a capability, or null when they do. */
export function capabilityProblem(viewer: Pick<Viewer, 'roles'>, capability: Capability): string | null {
  if (may(viewer, capability)) return null;
  const roles = rolesFor(capability);
  switch (capability) {
    case 'file_finding':
      return 'findings are filed by department officers';
    case 'read_audit':
      return `the audit trail is read by ${listed(roles.map(plural))}`;
    case 'read_statistics':
      return `the exit statistics are read by ${listed(roles.map(plural))}`;
    case 'read_radar':
      return `the deadline radar is read by ${listed(roles.map(plural))}`;
    case 'read_tips':
      return `tips are read by ${listed(roles.map(plural))}`;
    case 'publish_list_snapshot':
      return `only ${roles.join(' or ')} may publish a list snapshot; the token has ${viewer.roles.join(', ')}`;
    case 'open_year':
      return `a year is opened by ${listed(roles.map(plural))}`;
    case 'milestone_submission':
      return `milestones are submitted by ${listed(roles.map(plural))}`;
    case 'milestone_review':
      return `milestones are reviewed by ${listed(roles.map(plural))}`;
    case 'draft_announcement':
      return `announcements are drawn up by ${listed(roles.map(plural))}`;
    case 'decide_announcement':
      return `announcements are approved by ${listed(roles.map(plural))}`;
    case 'supervise':
      return `notices and interviews are recorded by ${listed(roles.map(plural))}`;
    case 'consent_late_census':
      return `late census rows are consented to by ${listed(roles.map(plural))}`;
    case 'notify_member_units':
      return `quarterly notices are issued, and their receipts recorded, by ${listed(roles.map(plural))}`;
    default:
      return `${a(capability)} is made by ${a(decidingRole(capability))}`;
  }
}

// ---- jurisdiction

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

/** A caller whose every role is department officer acts only for their department. */
function onlyDepartment(viewer: Pick<Viewer, 'roles'>): boolean {
  return viewer.roles.every((role) => role === 'department_officer');
}

// ---- visibility of each resource

export interface CaseFacts extends PolicyKey {
  regionCode: string;
  dimension: Dimension;
}

/** A dimension as a policy (profile and version) gives it to a department. */
export interface OwnedDimension {
  policyProfile: string;
  policyVersion: string;
  dimension: Dimension;
}

/**
 * The cases a caller sees: a region prefix and, for a caller who is only a department officer, the
 * dimensions their department owns under each policy (null: all). Which department owns a dimension
 * differs by profile (迪庆州's environment bureau shares energy), so it is asked per policy.
 */
export interface CaseScope {
  regionPrefix: string;
  owned: OwnedDimension[] | null;
}

export function caseScope(viewer: Viewer): CaseScope {
  return { regionPrefix: regionPrefix(viewer.regionCode), owned: ownedDimensions(viewer) };
}

function ownedDimensions(viewer: Viewer): OwnedDimension[] | null {
  if (!onlyDepartment(viewer)) return null;
  const department = viewer.department;
  if (!department) return [];
  return POLICY_PROFILES.flatMap((profile) =>
    profile.versions.flatMap(({ version }) =>
      codesOf(DIMENSIONS)
        .filter((dimension) =>
          ownsDimension(department, dimension, { policyProfile: profile.id, policyVersion: version }),
        )
        .map((dimension) => ({ policyProfile: profile.id, policyVersion: version, dimension })),
    ),
  );
}

/** Whether a caller may see a case at all (another jurisdiction's case reads as missing). */
export function canSeeCase(viewer: Viewer, facts: CaseFacts): boolean {
  if (!facts.regionCode.startsWith(regionPrefix(viewer.regionCode))) return false;
  if (!onlyDepartment(viewer)) return true;
  return viewer.department !== null && ownsDimension(viewer.department, facts.dimension, facts);
}

/**
 * The tips a caller reads, once they hold `read_tips`: a region prefix and, for a caller who is only a
 * department officer, the one department whose (triaged) tips they see; null department: no tip.
 */
export interface TipScope {
  regionPrefix: string;
  department: { only: Department | null } | null;
}

export function tipScope(viewer: Viewer): TipScope {
  const seesAll = viewer.roles.some(
    (role) => role !== 'department_officer' && may({ roles: [role] }, 'read_tips'),
  );
  return {
    regionPrefix: regionPrefix(viewer.regionCode),
    department: seesAll ? null : { only: viewer.department },
  };
}

/** Whether a tip lies in the caller's jurisdiction (outside it, a tip reads as missing). */
export function tipInJurisdiction(viewer: Viewer, tip: { regionCode: string }): boolean {
  return regionCovers(viewer.regionCode, tip.regionCode);
}

/** Whether a tip reader sees this tip: inside their region and, for a department, triaged to it. */
export function canSeeTip(viewer: Viewer, tip: { regionCode: string; department: string | null }): boolean {
  const scope = tipScope(viewer);
  if (!tip.regionCode.startsWith(scope.regionPrefix)) return false;
  return (
    scope.department === null || (scope.department.only !== null && scope.department.only === tip.department)
  );
}

/**
 * The open tasks a caller may act on: a task of one of their roles, inside their region, and when the
 * task names departments, theirs among them (a caller without a department: only tasks naming none).
 */
export interface TaskScope {
  roles: readonly Role[];
  regionPrefix: string;
  department: Department | null;
}

export function taskScope(viewer: Viewer): TaskScope {
  return {
    roles: viewer.roles,
    regionPrefix: regionPrefix(viewer.regionCode),
    department: viewer.department,
  };
}

// ---- acting

/** Why this caller may not file this finding, or null when they may: its own department, inside its region. */
export function filingProblem(
  viewer: Viewer,
  finding: { department: Department; enterprise: { regionCode: string } },
): string | null {
  const capability = capabilityProblem(viewer, 'file_finding');
  if (capability) return capability;
  if (viewer.department !== finding.department)
    return `a ${viewer.department ?? 'caller without a department'} officer cannot file for ${finding.department}`;
  if (!regionCovers(viewer.regionCode, finding.enterprise.regionCode))
    return `region ${viewer.regionCode} has no jurisdiction over an enterprise in region ${finding.enterprise.regionCode}`;
  return null;
}

/** What authority over a tip depends on: where it is and, once triaged, whose it is. */
export interface TipFacts extends PolicyKey {
  regionCode: string;
  /** The assigned department and dimension (verification only). */
  department?: Department | null;
  dimension?: Dimension | null;
  /**
   * A tip about an illegal capacity swap (产能违规置换): triaged to a department that owns capacity swaps
   * under the tip's policy (`rules.capacitySwapOwners`), with no dimension (domain/tip.ts).
   */
  capacitySwap?: boolean;
}

/**
 * Why this actor may not make this decision, or null when they may: the decision's role, a region
 * covering the case's or tip's, and for a department officer a department owning the dimension (for a
 * tip, the department it was assigned to). An acceptance is signed at its level's region.
 */
export function authorityProblem(
  actor: Actor,
  decision: DecisionKind | TipDecision,
  facts: CaseFacts | TipFacts,
  level?: AcceptanceLevel,
): string | null {
  const role = decidingRole(decision);
  const subject = decision in TIP_DECISIONS ? 'tip' : 'case';
  if (!actor || typeof actor !== 'object') return `${a(decision)} must say who makes it`;
  if (actor.role !== role)
    return `a ${words(decision)} is made by a ${words(role)}, not a ${words(actor.role)}`;
  if (typeof actor.regionCode !== 'string' || !regionCovers(actor.regionCode, facts.regionCode))
    return `region ${actor.regionCode} has no jurisdiction over a ${subject} in region ${facts.regionCode}`;
  if (role === 'department_officer') {
    if (!actor.department) return 'a department officer must act for a department';
    const assigned = 'department' in facts ? facts.department : undefined;
    if (subject === 'tip' && actor.department !== assigned)
      return `the tip was assigned to ${assigned}, not ${actor.department}`;
    const swap = subject === 'tip' && 'capacitySwap' in facts && facts.capacitySwap === true;
    if (swap && !facts.dimension) {
      if (!ownsCapacitySwaps(actor.department, facts))
        return `${actor.department} does not own capacity swaps (owners: ${policyOf(facts).rules.capacitySwapOwners.join(', ')})`;
    } else if (!facts.dimension || !ownsDimension(actor.department, facts.dimension, facts))
      return `${actor.department} does not own the ${facts.dimension} dimension`;
  }
  if (decision === 'acceptance' && level) {
    const signer = acceptanceRegion(level, facts.regionCode);
    if (actor.regionCode !== signer)
      return `the ${level} acceptance of a case in region ${facts.regionCode} is signed in region ${signer}, not ${actor.regionCode}`;
  }
  return null;
}
