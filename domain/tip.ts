/**
 * A tip (举报): anyone's report of backward capacity or an illegal capacity swap, anonymous or not
 * (DOMAIN.md, "Tips"). The supervisor's office triages it to a department that owns its dimension;
 * that department verifies it within the policy's period; a verified tip becomes a finding and a case,
 * an unfounded one is closed with reasons.
 *
 * A tip has a category (TIP_CATEGORIES): backward capacity (落后产能) or an illegal capacity swap (产能违规置换).
 * The seeds open the tip channel to both — 000 (迪庆州) 五（四） "落后产能和产能违规置换举报", 003 (云南省
 * 应急管理厅) 四（四） "落后产能、产能违规置换……举报" — but route by the five standards only what is about
 * backward capacity: 000 五（四） "对能耗、环保、质量、安全、技术方面的落后产能，根据工作职责分工，及时移交相关部门，
 * 限期核查和处理". A swap is not one of the five standards, so:
 * - a backward-capacity tip is triaged to a department and a dimension it owns under the tip's policy;
 * - a swap tip is triaged to a department that owns capacity swaps under the tip's policy
 *   (`rules.capacitySwapOwners`; national: industry_it, development_reform), with no dimension;
 * - verifying a swap tip, that department either finds it unfounded, or founded: then it either records
 *   what it found (reasons and evidence) and closes the tip as `swap_confirmed` — the swap is dealt with
 *   under the capacity-swap rules, outside the rectification cases of the five standards — or, when the
 *   capacity it found also fails one of the five standards, files the finding in a dimension it owns
 *   under the tip's policy, which opens a case as any verified tip's finding does.
 * Tips filed before categories existed carry none and read as backward capacity (tipCategoryOf).
 *
 * The rules here are pure and deterministic, and both the tip workflow's update validators and the API
 * ask them, so a refusal reads the same everywhere. The zod schemas for the boundaries are in
 * tip-schemas.ts, kept out of the workflow bundle.
 */
import { authorityProblem, regionCovers, type TipDecision } from './authority';
import { chinaDateOf, dayPeriodDeadline, type Deadline } from './calendar';
import type { Recorded } from './case';
import { creditCodeProblem, CREDIT_CODE_PROBLEMS } from './credit-code';
import type { Actor } from './decisions';
import type { Department, Dimension } from './enums';
import type { Finding } from './finding';
import {
  NATIONAL,
  ownsCapacitySwaps,
  ownsDimension,
  policyOf,
  profileForRegion,
  type PolicyKey,
} from './policy';
import type { Tip, TipInput, TipTriage, TipVerification } from './tip-schemas';

export type { Tip, TipInput, TipTriage, TipVerification } from './tip-schemas';
export type { TipReporter } from './tip-schemas';

// ---- vocabularies

/** What a tip is about (举报类别): see the head of this file. */
export const TIP_CATEGORIES = {
  backward_capacity: '落后产能',
  illegal_capacity_swap: '产能违规置换',
} as const;
export type TipCategory = keyof typeof TIP_CATEGORIES;

/** The category of a tip that names none: every tip filed before categories existed. */
export const DEFAULT_TIP_CATEGORY: TipCategory = 'backward_capacity';

/** A tip's category; a tip without one (filed before categories) is about backward capacity. */
export function tipCategoryOf(tip: { category?: TipCategory | undefined }): TipCategory {
  return tip.category ?? DEFAULT_TIP_CATEGORY;
}

export const TIP_STATUSES = {
  received: '已受理（待分办）',
  verifying: '核查中',
  verified: '核查属实（立案中）',
  closed: '已办结',
} as const;
export type TipStatus = keyof typeof TIP_STATUSES;

/** How a closed tip ended. */
export const TIP_OUTCOMES = {
  case_opened: '核查属实，已立案',
  linked_to_existing_case: '核查属实，并入已有案件',
  unfounded: '查无实据，予以办结',
  /** A swap tip found true, its findings recorded; no rectification case (see the head of this file). */
  swap_confirmed: '核查属实（产能违规置换），由主管部门依职责处理',
} as const;
export type TipOutcome = keyof typeof TIP_OUTCOMES;

export const VERIFICATION_RESULTS = {
  verified: '属实',
  unfounded: '不属实',
} as const;
export type VerificationResult = keyof typeof VERIFICATION_RESULTS;

/** The two decisions a tip waits for, by the capability each needs (domain/authority.ts). */
export const TIP_ACTIONS = {
  triage: 'tip_triage',
  verification: 'tip_verification',
} as const satisfies Record<string, TipDecision>;
export type TipAction = keyof typeof TIP_ACTIONS;

// ---- state

export interface TipTimer {
  name: string;
  dueAt: string;
}

export interface TipState {
  tipId: string;
  receiptNumber: string;
  receivedAt: string;
  /** The policy profile covering the tip's region when it was received (tips before profiles: national). */
  policyProfile: string;
  policyVersion: string;
  /** The tip as filed; an anonymous tip has no reporter. */
  tip: Tip;
  status: TipStatus;
  outcome: TipOutcome | null;
  /** The department and, for a backward-capacity tip, the dimension (a swap tip is triaged without one). */
  triage: (Recorded & { department: Department; dimension?: Dimension }) | null;
  /** The verification deadline, counted in days from the triage date (China Standard Time). */
  verificationDue: Deadline | null;
  /** When the overdue verification was noticed and the supervisor told. */
  verificationOverdueAt: string | null;
  verification: (Recorded & { result: VerificationResult }) | null;
  /** The finding a verified tip became (its document number as the case keeps it). */
  finding: Finding | null;
  /** The case the tip opened or was linked to. */
  caseId: string | null;
  closedAt: string | null;
  closedReason: string | null;
  /** The timers running now. */
  timers: TipTimer[];
  /** Number of tip events recorded so far; the last event's sequence number. */
  sequence: number;
}

/** The tip without its reporter when it is anonymous. */
export function withoutReporterIfAnonymous<T extends { anonymous: boolean; reporter?: unknown }>(tip: T): T {
  if (!tip.anonymous || !('reporter' in tip)) return tip;
  const rest = { ...tip };
  delete rest.reporter;
  return rest;
}

/** A tip's state as it is received, before anyone acted on it. */
export function receivedTip(input: TipInput): TipState {
  return {
    tipId: input.tipId,
    receiptNumber: input.receiptNumber,
    receivedAt: input.receivedAt,
    policyProfile: input.policyProfile ?? NATIONAL,
    policyVersion: input.policyVersion,
    tip: withoutReporterIfAnonymous(input.tip),
    status: 'received',
    outcome: null,
    triage: null,
    verificationDue: null,
    verificationOverdueAt: null,
    verification: null,
    finding: null,
    caseId: null,
    closedAt: null,
    closedReason: null,
    timers: [],
    sequence: 0,
  };
}

/** The verification deadline of a tip triaged at `triagedAt`: the policy's days from the triage date (CST). */
export function verificationDeadline(triagedAt: string, policy: PolicyKey): Deadline {
  return dayPeriodDeadline(chinaDateOf(new Date(triagedAt)), policyOf(policy).timings.tipVerificationDays);
}

// ---- rules

const words = (code: unknown) => String(code).replace(/_/g, ' ');

/** Why this department may not verify tips of this dimension, or null when it may. */
export function assignmentProblem(
  department: Department,
  dimension: Dimension,
  policy: PolicyKey,
): string | null {
  if (!Object.hasOwn(policyOf(policy).dimensions, dimension)) return `no such dimension: ${dimension}`;
  if (!ownsDimension(department, dimension, policy)) {
    const owners = policyOf(policy).dimensions[dimension].owners;
    return `${department} does not own the ${dimension} dimension (owners: ${owners.join(', ')})`;
  }
  return null;
}

/** Why this department may not verify tips about illegal capacity swaps, or null when it may. */
export function swapAssignmentProblem(department: Department, policy: PolicyKey): string | null {
  if (!ownsCapacitySwaps(department, policy))
    return `${department} does not own capacity swaps (owners: ${policyOf(policy).rules.capacitySwapOwners.join(', ')})`;
  return null;
}

/** A refusal that names the request's field (a JSON pointer without its slash). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Whether a triage has the shape the tip's category asks for: a backward-capacity tip is triaged with a
 * dimension, a swap tip without one. The API answers it as a 400 naming the field; the workflow asks it too.
 */
export function triageShapeProblem(
  category: TipCategory,
  triage: { dimension?: Dimension | undefined },
): FieldProblem | null {
  if (category === 'illegal_capacity_swap' && triage.dimension !== undefined)
    return {
      field: 'dimension',
      message:
        'a tip about an illegal capacity swap is triaged to a department that owns capacity swaps, without a dimension: a swap is not one of the five standards',
    };
  if (category === 'backward_capacity' && triage.dimension === undefined)
    return { field: 'dimension', message: 'a tip about backward capacity is triaged with its dimension' };
  return null;
}

/**
 * Whether a verification has the shape the tip's category asks for: a verified backward-capacity tip
 * carries the finding it becomes; a verified swap tip may (a finding in a dimension the department owns)
 * or may not (the swap's findings recorded, the tip closed). An unfounded tip makes no finding.
 */
export function verificationShapeProblem(
  category: TipCategory,
  verification: Pick<TipVerification, 'result' | 'finding'>,
): FieldProblem | null {
  const presence = findingPresenceProblem(verification);
  if (presence) return { field: 'finding', message: presence };
  if (category === 'backward_capacity' && verification.result === 'verified' && !verification.finding)
    return {
      field: 'finding',
      message: 'a verified tip needs the finding it becomes: it is about backward capacity',
    };
  return null;
}

/** Why the office's triage cannot land on the tip now, or null when it can. */
export function triageProblem(state: TipState, triage: TipTriage): string | null {
  if (!triage || typeof triage !== 'object')
    return 'a triage needs an actor, a reason, a department and (for backward capacity) a dimension';
  if (state.status !== 'received')
    return `the tip was already triaged on ${state.triage?.at ?? 'an earlier date'} to ${state.triage?.department ?? 'a department'}; it is ${words(state.status)}`;
  const authority = authorityProblem(triage.actor, 'tip_triage', {
    regionCode: state.tip.regionCode,
    policyProfile: state.policyProfile,
    policyVersion: state.policyVersion,
  });
  if (authority) return authority;
  if (!isText(triage.reason)) return 'a triage needs a reason';
  const shape = triageShapeProblem(tipCategoryOf(state.tip), triage);
  if (shape) return shape.message;
  return triage.dimension === undefined
    ? swapAssignmentProblem(triage.department, state)
    : assignmentProblem(triage.department, triage.dimension, state);
}

/** Why the department's verification cannot land on the tip now, or null when it can. */
export function verificationProblem(state: TipState, verification: TipVerification): string | null {
  if (!verification || typeof verification !== 'object')
    return 'a verification needs an actor, a reason, evidence and a result';
  if (state.status === 'received') return 'the tip has not been triaged yet; it is verified after triage';
  if (state.status !== 'verifying')
    return `the tip was already verified on ${state.verification?.at ?? 'an earlier date'}; it is ${words(state.status)}`;
  const triage = state.triage!;
  const authority = authorityProblem(verification.actor, 'tip_verification', {
    regionCode: state.tip.regionCode,
    policyProfile: state.policyProfile,
    policyVersion: state.policyVersion,
    department: triage.department,
    dimension: triage.dimension ?? null,
    capacitySwap: tipCategoryOf(state.tip) === 'illegal_capacity_swap',
  });
  if (authority) return authority;
  if (!isText(verification.reason)) return 'a verification needs its reasons';
  if (!Array.isArray(verification.evidence) || verification.evidence.length === 0)
    return 'a verification needs at least one piece of evidence';
  const shape = verificationShapeProblem(tipCategoryOf(state.tip), verification);
  if (shape) return shape.message;
  if (verification.result === 'verified' && verification.finding)
    return tipFindingProblem(state, verification.actor, verification.finding);
  return null;
}

/**
 * What a verification says about its finding whatever the tip's category: an unfounded tip makes none.
 * (Whether a verified tip must carry one depends on its category: verificationShapeProblem.)
 */
export function findingPresenceProblem(
  verification: Pick<TipVerification, 'result' | 'finding'>,
): string | null {
  if (verification.result !== 'verified' && verification.result !== 'unfounded')
    return `a verification's result is verified or unfounded, not ${String(verification.result)}`;
  if (verification.result === 'unfounded' && verification.finding) return 'an unfounded tip makes no finding';
  return null;
}

/**
 * Why the finding a verified tip becomes cannot open a case, or null when it can: it comes from the tip,
 * is the assigned department's, of a dimension that department owns, about an enterprise inside the
 * officer's jurisdiction, and states a rectification period exactly where the policy leaves it to the
 * department. (The API checks the finding's fields with FindingSchema; these are the checks that depend
 * on the tip.)
 */
export function tipFindingProblem(state: TipState, actor: Actor, finding: Finding): string | null {
  const triage = state.triage;
  if (!triage) return 'the tip has not been triaged yet';
  if (!finding || typeof finding !== 'object' || !finding.enterprise || !finding.capacity)
    return 'the finding is incomplete';
  if (finding.source !== 'tip') return `a finding made on a tip has source tip, not ${finding.source}`;
  if (finding.department !== triage.department)
    return `the finding must be the assigned department's (${triage.department}), not ${finding.department}'s`;
  const assignment = assignmentProblem(finding.department, finding.dimension, state);
  if (assignment) return assignment;
  // The case takes the tip's policy: the enterprise must lie where that policy governs.
  if (state.policyProfile !== NATIONAL || state.policyVersion !== '2024.1') {
    const governing = profileForRegion(finding.enterprise.regionCode).id;
    if (governing !== state.policyProfile)
      return `the enterprise's region ${finding.enterprise.regionCode} is governed by policy profile ${governing}, the tip's region by ${state.policyProfile}: file it as a finding of its own`;
  }
  if (!regionCovers(actor.regionCode, finding.enterprise.regionCode))
    return `region ${actor.regionCode} has no jurisdiction over an enterprise in region ${finding.enterprise.regionCode}`;
  const creditCode = creditCodeProblem(finding.enterprise.creditCode ?? '');
  if (creditCode) return `the enterprise's unified social credit code ${CREDIT_CODE_PROBLEMS[creditCode]}`;
  if (!isText(finding.documentNumber)) return 'the finding needs its document number';
  const period = policyOf(state).dimensions[finding.dimension].rectificationMonths;
  if (period === 'set_by_department' && finding.rectificationMonths === undefined)
    return `a ${finding.dimension} finding states its rectification period: the department sets it`;
  if (period !== 'set_by_department' && finding.rectificationMonths !== undefined)
    return `a ${finding.dimension} finding states no rectification period: the policy sets it`;
  return null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
