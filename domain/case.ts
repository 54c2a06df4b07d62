/**
 * A rectification case's state and the rules that move it: which decision may land when, by whom,
 * and what follows from the state (open tasks, list memberships). Pure and deterministic: the
 * workflow's update validators and the API both call these, so a refusal reads the same everywhere.
 */
import { acceptanceRegion, authorityProblem, decidingRole, type DecisionKind } from './authority';
import type { Deadline, DeadlineRequest } from './calendar';
import type {
  AcceptanceOpinion,
  Actor,
  ExitEvidence,
  ExitOrder,
  ExtensionDecision,
  ExtensionRequest,
  GovernmentDecision,
  Reinspection,
  Urging,
  Revisit,
} from './decisions';
import {
  SEALING_STEPS,
  type AcceptanceLevel,
  type CaseOutcome,
  type CaseStatus,
  type Department,
  type ExitEvidenceItem,
  type RevisitResult,
  type Role,
} from './enums';
import type { ListMembership } from './lists';
import type { Finding } from './finding';
import type { CaseIdentity } from './case-id';
import { NATIONAL, dimensionPolicy, policyOf, rectificationMonthsFor } from './policy';

export interface EvidenceRef {
  reference: string;
  description?: string | undefined;
}

export const SYSTEM_ACTOR = { userId: 'system', role: 'system', regionCode: null, department: null } as const;
export type SystemActor = typeof SYSTEM_ACTOR;

/** Who did something, when, why and on what evidence; `sequence` is its ledger entry. */
export interface Recorded {
  by: Actor;
  at: string;
  reason: string;
  evidence: EvidenceRef[];
  sequence: number;
}

export interface ExitState {
  order: ExitOrder | null;
  orderedAt: string;
  /** Eliminated equipment (technology) exits at once, without a government decision. */
  atOnce: boolean;
  evidence: (Recorded & { item: ExitEvidenceItem })[];
  sealedAt: string | null;
  dismantledAt: string | null;
  /** When every item the exit needs was recorded; cleared when an acceptance fails. */
  completedAt: string | null;
}

export type { ListMembership };

export const TASK_KINDS = {
  reinspection: '复查',
  extension_decision: '延期审批',
  government_decision: '政府决定',
  exit_evidence: '退出证据',
  county_acceptance: '县级验收',
  city_acceptance: '市级验收',
  revisit: '回头看复查',
} as const;
export type TaskKind = keyof typeof TASK_KINDS;

/** The decision each task waits for; the task is for the role that makes it. */
const TASK_DECISIONS = {
  reinspection: 'reinspection',
  extension_decision: 'extension_decision',
  government_decision: 'government_decision',
  exit_evidence: 'exit_evidence',
  county_acceptance: 'acceptance',
  city_acceptance: 'acceptance',
  revisit: 'revisit',
} as const satisfies Record<TaskKind, DecisionKind>;

/** A decision the case waits for: the row behind someone's to-do list. */
export interface OpenTask {
  id: string;
  kind: TaskKind;
  role: Role;
  /** Who may act: anyone of the role whose jurisdiction covers this region. */
  regionCode: string;
  /** For department tasks, the departments that own the case's dimension. */
  departments: Department[] | null;
  dueAt: string | null;
}

export interface CaseTimer {
  name: string;
  dueAt: string;
}

export interface CaseState {
  caseId: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  outcomeReason: string | null;
  /** The policy profile and version the case runs under (domain/policy.ts), fixed at filing. */
  policyProfile: string;
  policyVersion: string;
  finding: Finding;
  /** The rectification deadline, moved by a granted extension or a new government deadline. */
  deadline: Deadline | null;
  governmentDecisionDue: Deadline | null;
  exitDeadline: Deadline | null;
  dismantlingDeadline: Deadline | null;
  /** The timers running now, soonest first. */
  timers: CaseTimer[];
  extension: {
    requested: (Recorded & { months: number }) | null;
    decided: (Recorded & { granted: boolean; months: number | null }) | null;
  };
  reinspection: (Recorded & { result: 'pass' | 'fail' }) | null;
  escalatedAt: string | null;
  escalation: 'deadline_lapsed' | 'reinspection_failed' | null;
  governmentDecision: (Recorded & Pick<GovernmentDecision, 'decision'> & Record<string, unknown>) | null;
  exit: ExitState | null;
  acceptance: {
    county: (Recorded & { result: 'pass' | 'fail' }) | null;
    city: (Recorded & { result: 'pass' | 'fail' }) | null;
    failures: number;
  };
  lists: ListMembership[];
  openTasks: OpenTask[];
  /** When the current status began, and the ledger entry that began it. */
  statusSince: { at: string; sequence: number };
  /** The deadlines already reported to the credit platform, so each is reported once. */
  creditReports: string[];
  /** The earlier case whose revisit found this capacity running again (回头看); null for any other case. */
  revisitOf: string | null;
  /** The revisits (回头看) of the closed case the policy schedules; [] until it closes, or under no such policy. */
  revisits: RevisitState[];
  /** Number of case events recorded so far; the last event's sequence number. */
  sequence: number;
}

/** One revisit (回头看) of closed capacity: when it falls due and what it found. */
export interface RevisitState {
  months: number;
  due: Deadline;
  /** When its due date passed without a result and the supervisor was told (督办). */
  overdueAt: string | null;
  result: (Recorded & { result: RevisitResult; newCaseId: string | null }) | null;
}

/** The next revisit without a result, soonest first; null when none is pending. */
export function nextRevisit(state: Pick<CaseState, 'revisits'>): RevisitState | null {
  return (state.revisits ?? []).find((revisit) => revisit.result === null) ?? null;
}

export type Decision =
  | { kind: 'extension_request'; decision: ExtensionRequest }
  | { kind: 'extension_decision'; decision: ExtensionDecision }
  | { kind: 'reinspection'; decision: Reinspection }
  | { kind: 'government_decision'; decision: GovernmentDecision }
  | { kind: 'exit_evidence'; decision: ExitEvidence }
  | { kind: 'acceptance'; decision: AcceptanceOpinion }
  | { kind: 'urging'; decision: Urging }
  | { kind: 'revisit'; decision: Revisit };

export const OPEN_STATUSES: readonly CaseStatus[] = [
  'filed',
  'rectifying',
  'awaiting_government_decision',
  'exiting',
  'awaiting_acceptance',
];

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

const STATUS_FOR: Partial<Record<DecisionKind, CaseStatus>> = {
  extension_request: 'rectifying',
  extension_decision: 'rectifying',
  reinspection: 'rectifying',
  government_decision: 'awaiting_government_decision',
  exit_evidence: 'exiting',
  acceptance: 'awaiting_acceptance',
};

/**
 * Why this decision cannot land on the case now, or null when it can. `now` is the decision's time
 * (the workflow's clock inside the workflow).
 */
export function decisionProblem(state: CaseState, { kind, decision }: Decision, now: number): string | null {
  return problemOf(state, { kind, body: decision } as Proposal, decision.actor, now);
}

/**
 * Why this actor can make no decision of this kind on the case now, whatever it would say, or null when
 * they can: the rules of `decisionProblem` that do not read the decision's body (who, the case's status,
 * what was decided before, the deadline). An acceptance is taken at the level that comes next. What the
 * API lists as the decisions a caller may make now (GET /v1/cases/:id/decisions).
 */
export function openingProblem(
  state: CaseState,
  kind: DecisionKind,
  actor: Actor,
  now: number,
): string | null {
  return problemOf(state, { kind, body: null } as Proposal, actor, now);
}

/**
 * The body fields the case fixes for a decision of this kind now, as `openingProblem` assumed them: the
 * level of the acceptance that comes next. A form presets them; any other value is refused.
 */
export function decisionPresets(state: CaseState, kind: DecisionKind): { level?: AcceptanceLevel } {
  return kind === 'acceptance' ? { level: nextAcceptanceLevel(state) } : {};
}

/** A decision with its body, or only its kind (body null: the rules that hold whatever the body says). */
type Proposal = {
  [K in Decision['kind']]: { kind: K; body: Extract<Decision, { kind: K }>['decision'] | null };
}[Decision['kind']];

function problemOf(state: CaseState, proposal: Proposal, actor: Actor, now: number): string | null {
  const { kind } = proposal;
  // Only a proposal without a body is assumed to be at the next level; a body's own level is checked.
  const level =
    proposal.kind === 'acceptance'
      ? proposal.body
        ? proposal.body.level
        : nextAcceptanceLevel(state)
      : undefined;
  const facts = {
    regionCode: state.finding.enterprise.regionCode,
    dimension: state.finding.dimension,
    policyProfile: state.policyProfile,
    policyVersion: state.policyVersion,
  };
  const authority = authorityProblem(actor, kind, facts, level);
  if (authority) return authority;
  const expected = STATUS_FOR[kind];
  if (expected && state.status !== expected)
    return `the case is ${state.status.replace(/_/g, ' ')}; a ${kind} decision can land only while it is ${expected.replace(/_/g, ' ')}`;
  if (kind === 'revisit') return revisitProblem(state, proposal.body as Revisit | null);
  if (!expected && !isOpen(state.status)) return `the case is closed (${state.status})`;
  switch (proposal.kind) {
    case 'extension_request':
      return extensionRequestProblem(state, proposal.body, now);
    case 'extension_decision':
      return extensionDecisionProblem(state, proposal.body);
    case 'exit_evidence':
      return exitEvidenceProblem(state, proposal.body);
    case 'acceptance':
      return acceptanceProblem(state, proposal.body);
    default:
      return null;
  }
}

function revisitProblem(state: CaseState, revisit: Revisit | null): string | null {
  if (!nextRevisit(state))
    return (state.revisits ?? []).length > 0
      ? 'every revisit of this case is recorded'
      : 'no revisit (回头看) is scheduled for this case: its policy schedules none, or it has not closed as exited or rectified';
  if (revisit?.result === 'running_again') {
    const period = dimensionPolicy(state, state.finding.dimension).rectificationMonths;
    if (period === 'set_by_department' && revisit.rectificationMonths === undefined)
      return `the new ${state.finding.dimension} finding states its rectification period: the department sets it`;
    if (period !== 'set_by_department' && revisit.rectificationMonths !== undefined)
      return `the new ${state.finding.dimension} finding states no rectification period: the policy sets it`;
  }
  return null;
}

/**
 * The finding a revisit makes of capacity running again: the earlier finding's enterprise, industry,
 * dimension, equipment, capacity and legal basis, the visiting department's document number and date,
 * source 回头看.
 */
export function revisitFinding(state: CaseState, revisit: Revisit): Finding {
  // The earlier period, evidence and hazard flag are the earlier finding's, not the new one's.
  const earlier: Partial<Finding> = { ...state.finding };
  delete earlier.rectificationMonths;
  delete earlier.majorAccidentHazard;
  return {
    ...(earlier as Finding),
    department: revisit.actor.department!,
    documentNumber: revisit.documentNumber!,
    findingDate: revisit.findingDate!,
    source: 'revisit',
    evidence: revisit.evidence,
    ...(revisit.rectificationMonths !== undefined
      ? { rectificationMonths: revisit.rectificationMonths }
      : {}),
  };
}

function extensionRequestProblem(
  state: CaseState,
  request: ExtensionRequest | null,
  now: number,
): string | null {
  if (haltedForMajorHazard(state))
    return 'a case with a major work-safety accident hazard (重大生产安全事故隐患) gets no extension';
  const max = dimensionPolicy(state, state.finding.dimension).extensionMaxMonths;
  if (max === null)
    return `policy ${state.policyProfile} ${state.policyVersion} allows no extension for ${state.finding.dimension} cases`;
  if (state.extension.requested)
    return `an extension was already requested on ${state.extension.requested.at}; one application is allowed`;
  if (request && request.months > max) return `at most ${max} months may be asked for, not ${request.months}`;
  if (state.deadline && now >= Date.parse(state.deadline.lapsesAt))
    return `the deadline lapsed at ${state.deadline.lapsesAt}; an extension must be asked for before it`;
  return null;
}

function extensionDecisionProblem(state: CaseState, decision: ExtensionDecision | null): string | null {
  const { requested, decided } = state.extension;
  if (!requested) return 'no extension has been requested';
  if (decided)
    return `the extension request was already ${decided.granted ? 'granted' : 'refused'} on ${decided.at}`;
  const max = dimensionPolicy(state, state.finding.dimension).extensionMaxMonths ?? 0;
  if (decision?.grant && (decision.months ?? 0) > max)
    return `at most ${max} months may be granted, not ${decision.months}`;
  return null;
}

function exitEvidenceProblem(state: CaseState, evidence: ExitEvidence | null): string | null {
  const exit = state.exit;
  if (!exit) return 'no exit has been ordered';
  // Supplementary evidence can always be recorded while the case is exiting.
  if (!evidence) return null;
  const recorded = (item: ExitEvidenceItem) => exit.evidence.find((e) => e.item === item);
  if (evidence.item === 'supplementary') return null;
  if (evidence.item === 'dismantled') {
    if (exit.dismantledAt && exit.completedAt)
      return `dismantling was already recorded on ${exit.dismantledAt}`;
    return null;
  }
  if (evidence.item === 'staff_resettlement_plan') {
    if (exit.order?.scope !== 'whole_enterprise')
      return 'a staff resettlement plan belongs to a whole-enterprise closure';
    const earlier = recorded('staff_resettlement_plan');
    return earlier ? `the staff resettlement plan was already recorded on ${earlier.at}` : null;
  }
  if (exit.dismantledAt)
    return `the equipment was dismantled on ${exit.dismantledAt}; there is nothing to seal`;
  const earlier = recorded(evidence.item);
  return earlier ? `${evidence.item.replace(/_/g, ' ')} was already recorded on ${earlier.at}` : null;
}

function acceptanceProblem(state: CaseState, opinion: AcceptanceOpinion | null): string | null {
  const next = nextAcceptanceLevel(state);
  if (opinion && opinion.level !== next)
    return `the ${next} acceptance comes next${next === 'city' ? ', after the county passed' : ''}`;
  return null;
}

export function nextAcceptanceLevel(state: CaseState): AcceptanceLevel {
  return state.acceptance.county?.result === 'pass' ? 'city' : 'county';
}

/** Whether the recorded evidence completes the exit: dismantled, plus the resettlement plan for a whole enterprise. */
export function exitComplete(exit: ExitState): boolean {
  if (!exit.dismantledAt) return false;
  if (exit.order?.scope !== 'whole_enterprise') return true;
  return exit.evidence.some((e) => e.item === 'staff_resettlement_plan');
}

/** Whether the five sealing steps (and the announcement) are all recorded. */
export function sealingComplete(exit: ExitState): boolean {
  return SEALING_STEPS.every((step) => exit.evidence.some((e) => e.item === step));
}

/** The deadline the case waits on now: rectification, the government's decision, or exit; null if none. */
export function currentDeadline(state: CaseState): Deadline | null {
  switch (state.status) {
    case 'rectifying':
      return state.deadline;
    case 'awaiting_government_decision':
      return state.governmentDecisionDue;
    case 'exiting':
      return state.dismantlingDeadline ?? state.exitDeadline;
    default:
      return null;
  }
}

/** The decisions the case waits for now, and who may make them. */
export function openTasksOf(state: CaseState): OpenTask[] {
  const region = state.finding.enterprise.regionCode;
  const owners = [...dimensionPolicy(state, state.finding.dimension).owners];
  const task = (kind: TaskKind, since: number, dueAt: string | null, regionCode = region): OpenTask => {
    const role = decidingRole(TASK_DECISIONS[kind]);
    return {
      id: `${state.caseId}:${kind}:${since}`,
      kind,
      role,
      regionCode,
      departments: role === 'department_officer' ? owners : null,
      dueAt,
    };
  };
  const since = state.statusSince.sequence;
  const due = currentDeadline(state)?.lapsesAt ?? null;
  switch (state.status) {
    case 'rectifying': {
      const tasks = [task('reinspection', since, due)];
      const { requested, decided } = state.extension;
      if (requested && !decided) tasks.push(task('extension_decision', requested.sequence, due));
      return tasks;
    }
    case 'awaiting_government_decision':
      return [task('government_decision', since, due)];
    case 'exiting':
      return [task('exit_evidence', since, due)];
    case 'awaiting_acceptance': {
      const level = nextAcceptanceLevel(state);
      const opened = level === 'city' ? state.acceptance.county!.sequence : since;
      return [task(`${level}_acceptance`, opened, null, acceptanceRegion(level, region))];
    }
    default: {
      const revisit = nextRevisit(state);
      return revisit ? [task('revisit', state.sequence, revisit.due.lapsesAt)] : [];
    }
  }
}

/**
 * Whether the case's production halts at once for a major work-safety accident hazard (一律责令停产整改):
 * the finding says so and the policy halts for it. Such a case gets no extension.
 */
export function haltedForMajorHazard(
  state: Pick<CaseState, 'finding' | 'policyProfile' | 'policyVersion'>,
): boolean {
  return (
    state.finding.majorAccidentHazard === true &&
    dimensionPolicy(state, state.finding.dimension).majorHazardHalt
  );
}

/** A case as it is filed, before its first step: nothing decided, no deadline yet. */
export function filedCaseState(
  { caseId, finding, policyProfile, policyVersion, revisitOf }: CaseIdentity,
  at: string,
): CaseState {
  return {
    caseId,
    status: 'filed',
    outcome: null,
    outcomeReason: null,
    // Cases filed before profiles existed name no profile: they run under the national default.
    policyProfile: policyProfile ?? NATIONAL,
    policyVersion,
    finding,
    deadline: null,
    governmentDecisionDue: null,
    exitDeadline: null,
    dismantlingDeadline: null,
    timers: [],
    extension: { requested: null, decided: null },
    reinspection: null,
    escalatedAt: null,
    escalation: null,
    governmentDecision: null,
    exit: null,
    acceptance: { county: null, city: null, failures: 0 },
    lists: [],
    openTasks: [],
    statusSince: { at, sequence: 1 },
    creditReports: [],
    revisitOf: revisitOf ?? null,
    revisits: [],
    sequence: 0,
  };
}

/** The status a case's first steps leave it in: rectifying, or exiting for equipment that exits at once. */
export function firstStatusOf(input: CaseIdentity): 'rectifying' | 'exiting' {
  const months = rectificationMonthsFor(input.finding.dimension, input.finding.rectificationMonths, input);
  return months === null ? 'exiting' : 'rectifying';
}

/**
 * The deadline a case's first steps set: its rectification deadline from the finding date, or, for
 * equipment that exits at once (立即关停, no rectification period), its exit deadline. The workflow asks
 * for it, and the API computes it for the cases it files, so that they start with it (`firstDeadline`).
 */
export function firstDeadlineRequestOf(input: CaseIdentity): DeadlineRequest {
  const months = rectificationMonthsFor(input.finding.dimension, input.finding.rectificationMonths, input);
  return { from: input.finding.findingDate, months: months ?? policyOf(input).timings.exitMonths };
}
