/**
 * The bureau's year over the API: each jurisdiction's calendar as its profile dates it (domain/year.ts),
 * its year as a workflow (workflows/year.ts) opened on demand, read from the read model (years,
 * year_events), and the submissions and reviews carried into it as updates.
 */
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { and, asc, desc, eq, like, lt, or } from 'drizzle-orm';
import { checkChain } from '../../db/audit';
import type { Database } from '../../db/client';
import { yearEvents, years, type YearRow } from '../../db/schema';
import { capabilityProblem, regionCovers, type Capability } from '../../domain/authority';
import type { Actor } from '../../domain/decisions';
import { currentPolicyKeyFor, policyOf, profileById } from '../../domain/policy';
import { MEMBER_UNITS } from '../../domain/policy-types';
import {
  MEMBER_UNIT_DUTIES,
  QUARTERS,
  dutiesOf,
  issueNoticeProblem,
  noticeOf,
  quarterlyNotices,
  type Quarter,
} from '../../domain/quarterly-notice';
import { regionPrefix } from '../../domain/region';
import { isKnownRegion, regionName } from '../../domain/region-names';
import {
  MILESTONE_KINDS,
  scheduleYear,
  type MilestoneKind,
  type ScheduledMilestone,
} from '../../domain/year';
import {
  reviewProblem,
  submissionProblem,
  submitterRoles,
  yearIdOf,
  type YearState,
} from '../../domain/year-state';
import {
  PLAN_MEASURES,
  PLAN_VERSION_STATUSES,
  amendmentProblem,
  amendmentReviewProblem,
  pendingPlanVersion,
  planInForce,
  planVersions,
  type PlanTarget,
} from '../../domain/work-plan';
import type {
  AmendmentBody,
  AmendmentReviewBody,
  IssueNoticeBody,
  NoticeReceiptBody,
  ReviewBody,
  SubmissionBody,
} from '../../domain/year-schemas';
import { DIMENSIONS, INDUSTRIES } from '../../domain/enums';
import {
  SUPERVISION_ACTIONS,
  followUpProblem,
  supervisionActionProblem,
  supervisionActions,
  supervisionOfficeProblem,
  type SupervisionActionKind,
} from '../../domain/supervision';
import { chinaDateOf, type LocalDate } from '../../domain/calendar';
import {
  DECISION_REJECTED,
  TASK_QUEUE,
  YEAR_WORKFLOW_TYPE,
  amendWorkPlanUpdate,
  issueQuarterlyNoticeUpdate,
  recordNoticeReceiptUpdate,
  recordSupervisionActionUpdate,
  recordSupervisionFollowUpUpdate,
  reviewMilestoneUpdate,
  reviewWorkPlanAmendmentUpdate,
  submitMilestoneUpdate,
  yearWorkflowId,
  type MilestoneReceipt,
  type NoticeReceipt,
  type PlanReceipt,
  type SupervisionReceipt,
} from '../../workflows/year-contract';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import { YEAR_CURSOR, type YearCalendar, type YearSummary, type YearView } from '../schemas/years';
import { deadlineView } from './deadlines';

export interface YearServiceDeps {
  db: Database;
  temporal: Client;
  taskQueue?: string;
}

const START_TIMEOUT_MS = 10_000;
const UPDATE_TIMEOUT_MS = 15_000;

function knownRegion(regionCode: string): void {
  if (!isKnownRegion(regionCode))
    throw new ProblemError('notFound', 404, `no region ${regionCode} in the name table`);
}

/** A scheduled milestone as the API shows it: its name, the reviewing office's name, its deadline's days. */
function scheduledView<M extends ScheduledMilestone>(milestone: M) {
  return {
    ...milestone,
    label: MILESTONE_KINDS[milestone.kind],
    reviewRegionName: milestone.reviewRegion ? regionName(milestone.reviewRegion) : null,
    deadline: deadlineView(milestone.deadline),
  };
}

export function yearCalendar(regionCode: string, year: number): YearCalendar {
  knownRegion(regionCode);
  const key = currentPolicyKeyFor(regionCode);
  return {
    regionCode,
    regionName: regionName(regionCode),
    year,
    policyProfile: key.policyProfile,
    policyProfileName: profileById(key.policyProfile)!.name,
    policyVersion: key.policyVersion,
    milestones: scheduleYear(regionCode, year, key).map(scheduledView),
  };
}

function refuseWithout(principal: Principal, capability: Capability): void {
  const problem = capabilityProblem(principal, capability);
  if (problem) throw new ProblemError('forbidden', 403, problem);
}

/**
 * Opens a jurisdiction's year (on demand: for a year already under way, or one the schedule has not
 * opened): once per region and year, whoever asks again gets the same year. The caller's jurisdiction
 * must cover the region.
 */
export async function openYear(
  deps: YearServiceDeps,
  principal: Principal,
  { regionCode, year }: { regionCode: string; year: number },
): Promise<{ created: boolean; view: YearView }> {
  refuseWithout(principal, 'open_year');
  knownRegion(regionCode);
  if (!regionCovers(principal.regionCode, regionCode))
    throw new ProblemError(
      'forbidden',
      403,
      `${regionCode} is outside the caller’s jurisdiction ${principal.regionCode}`,
    );
  const yearId = yearIdOf(regionCode, year);
  let created = true;
  try {
    await deps.temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
      deps.temporal.workflow.start(YEAR_WORKFLOW_TYPE, {
        taskQueue: deps.taskQueue ?? TASK_QUEUE,
        workflowId: yearWorkflowId(yearId),
        args: [
          {
            yearId,
            regionCode,
            year,
            ...currentPolicyKeyFor(regionCode),
            openedBy: {
              userId: principal.userId,
              role: 'supervisor',
              regionCode: principal.regionCode,
              department: null,
            },
          },
        ],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    created = false;
  }
  // The row is written by the year's first step, a moment after the start.
  for (let waited = 0; waited < START_TIMEOUT_MS; waited += 100) {
    const row = await findYear(deps.db, yearId);
    if (row) return { created, view: await viewOf(deps.db, principal, row) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ProblemError('unavailable', 503, `year ${yearId} was started but is not recorded yet; retry`);
}

async function findYear(db: Database, id: string): Promise<YearRow | undefined> {
  const [row] = await db.select().from(years).where(eq(years.id, id));
  return row;
}

/** A year inside the caller's jurisdiction, or 404: one outside it does not exist for them. */
async function visibleYear(db: Database, principal: Principal, id: string): Promise<YearRow> {
  const row = await findYear(db, id);
  if (!row || !regionCovers(principal.regionCode, row.regionCode))
    throw new ProblemError('notFound', 404, `no year ${id}`);
  return row;
}

export async function yearView(deps: YearServiceDeps, principal: Principal, id: string): Promise<YearView> {
  return viewOf(deps.db, principal, await visibleYear(deps.db, principal, id));
}

/** The caller as the actor of a submission or a review of this milestone. */
function actorFor(principal: Principal, roles: readonly Actor['role'][]): Actor {
  // A role the caller holds, never one they do not: a caller with none of these is refused by its own.
  const role = roles.find((candidate) => principal.roles.includes(candidate)) ?? principal.roles[0]!;
  return {
    userId: principal.userId,
    role,
    regionCode: principal.regionCode,
    department: principal.department,
  };
}

async function viewOf(db: Database, principal: Principal, row: YearRow): Promise<YearView> {
  const state: YearState = row.state;
  const entries = await db
    .select()
    .from(yearEvents)
    .where(eq(yearEvents.yearId, row.id))
    .orderBy(asc(yearEvents.sequence));
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode),
    year: row.year,
    policyProfile: row.policyProfile,
    policyProfileName: profileById(row.policyProfile)?.name ?? {
      zh: row.policyProfile,
      en: row.policyProfile,
    },
    policyVersion: row.policyVersion,
    status: state.status,
    openedAt: state.openedAt,
    openedBy: state.openedBy as unknown as Record<string, unknown>,
    closedAt: state.closedAt,
    pending: row.pending,
    overdue: row.overdue,
    milestones: state.milestones.map((milestone) => ({
      ...scheduledView(milestone),
      submissions: milestone.submissions.map((s) => ({
        ...s,
        by: s.by as unknown as Record<string, unknown>,
      })),
      reviews: milestone.reviews.map((r) => ({ ...r, by: r.by as unknown as Record<string, unknown> })),
      mayI: {
        submit:
          capabilityProblem(principal, 'milestone_submission') ??
          submissionProblem(state, milestone.kind, actorFor(principal, submitterRoles(milestone))),
        review:
          capabilityProblem(principal, 'milestone_review') ??
          reviewProblem(state, milestone.kind, actorFor(principal, ['supervisor'])),
      },
    })),
    plan: planView(principal, state),
    supervision: {
      actions: supervisionActions(state).map((action) => ({
        ...action,
        kindLabel: SUPERVISION_ACTIONS[action.kind],
        regionName: regionName(action.regionCode),
        recordedBy: actorRecord(action.recordedBy),
        followUp: deadlineView(action.followUp),
        followedUp: action.followedUp
          ? { ...action.followedUp, by: actorRecord(action.followedUp.by) }
          : null,
      })),
      mayI: {
        record:
          capabilityProblem(principal, 'supervise') ??
          supervisionOfficeProblem(state, actorFor(principal, ['supervisor'])),
      },
    },
    quarterlyNotices: quarterlyNoticesView(principal, state),
    events: entries.map((entry) => ({
      sequence: entry.sequence,
      type: entry.type,
      status: entry.status,
      occurredAt: entry.occurredAt.toISOString(),
      actor: entry.actor,
      reason: entry.reason,
      evidence: entry.evidence,
      detail: entry.detail,
      prevHash: entry.prevHash,
      hash: entry.hash,
    })),
    chain: checkChain(entries),
  };
}

export async function listYears(
  deps: YearServiceDeps,
  principal: Principal,
  query: { year?: number; regionCode?: string; limit: number; cursor?: string },
): Promise<{ items: YearSummary[]; nextCursor: string | null }> {
  const within = query.regionCode ?? principal.regionCode;
  if (!regionCovers(principal.regionCode, within))
    throw new ProblemError(
      'forbidden',
      403,
      `${within} is outside the caller’s jurisdiction ${principal.regionCode}`,
    );
  const after = query.cursor ? YEAR_CURSOR.decode(query.cursor) : undefined;
  const rows = await deps.db
    .select()
    .from(years)
    .where(
      and(
        like(years.regionCode, `${regionPrefix(within)}%`),
        query.year ? eq(years.year, query.year) : undefined,
        after
          ? or(lt(years.year, after.year), and(eq(years.year, after.year), lt(years.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(years.year), desc(years.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      regionCode: row.regionCode,
      regionName: regionName(row.regionCode),
      year: row.year,
      policyProfile: row.policyProfile,
      status: row.status as YearSummary['status'],
      pending: row.pending,
      overdue: row.overdue,
      nextDueAt: row.nextDueAt?.toISOString() ?? null,
    })),
    nextCursor:
      rows.length > query.limit && last ? YEAR_CURSOR.encode({ year: last.year, id: last.id }) : null,
  };
}

/** The year's quarterly notices with their receipts, and which the caller may issue now. */
function quarterlyNoticesView(principal: Principal, state: YearState) {
  const office = actorFor(principal, ['supervisor']);
  const now = new Date().toISOString();
  const memberUnits = state.memberUnits ?? [...policyOf(state).rules.memberUnits];
  const mayIssue = (quarter: Quarter) =>
    capabilityProblem(principal, 'notify_member_units') ??
    (memberUnits.length === 0
      ? `the profile of ${state.regionCode} names no member units to notify`
      : issueNoticeProblem(state, { actor: office, quarter }, now));
  return {
    notices: quarterlyNotices(state).map((notice) => ({
      quarter: notice.quarter,
      noticeId: notice.noticeId,
      asOf: notice.asOf,
      issuedAt: notice.issuedAt,
      issuedBy: notice.issuedBy as unknown as Record<string, unknown>,
      counts: notice.counts,
      contentHash: notice.contentHash,
      acknowledgeBy: deadlineView(notice.acknowledgeBy),
      overdueSince: notice.overdueSince,
      units: notice.units.map(({ unit, receipt }) => ({
        unit,
        unitLabel: MEMBER_UNITS[unit],
        duties: dutiesOf(unit).map((code) => ({ code, label: MEMBER_UNIT_DUTIES[code] })),
        receipt: receipt ? { ...receipt, recordedBy: actorRecord(receipt.recordedBy) } : null,
      })),
    })),
    memberUnits,
    mayIssue: QUARTERS.map((quarter) => ({ quarter, problem: mayIssue(quarter) })),
    mayRecordReceipts:
      capabilityProblem(principal, 'notify_member_units') ??
      (state.status === 'closed'
        ? `the year ${state.yearId} is closed`
        : office.regionCode !== state.regionCode || !principal.roles.includes('supervisor')
          ? `receipts are recorded by the office of ${state.regionCode}`
          : null),
  };
}

/** Issues a quarter's notice on demand: one that ended before the year opened, or earlier than the year would. */
export async function issueQuarterlyNotice(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; idempotencyKey: string; body: IssueNoticeBody },
): Promise<NoticeReceipt> {
  // The year's validator decides (a retry with the same key must reach it, to get the same receipt).
  const row = await visibleYear(deps.db, principal, request.id);
  return updateYear(deps, principal, row, {
    capability: 'notify_member_units',
    update: issueQuarterlyNoticeUpdate as UpdateDefinition<NoticeReceipt, [unknown]>,
    args: request.body,
    roles: ['supervisor'],
    updateId: `quarterly-notice/${request.body.quarter}/${principal.userId}/${request.idempotencyKey}`,
  });
}

/** Records a member unit's receipt (签收) of a quarter's notice. */
export async function recordNoticeReceipt(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; quarter: Quarter; idempotencyKey: string; body: NoticeReceiptBody },
): Promise<NoticeReceipt> {
  const row = await visibleYear(deps.db, principal, request.id);
  refuseWithout(principal, 'notify_member_units');
  // The rest is the year's validator's (a retry with the same key must reach it, to get the same receipt).
  if (!noticeOf(row.state, request.quarter))
    throw new ProblemError(
      'notFound',
      404,
      `year ${request.id} has issued no notice for Q${request.quarter}`,
    );
  return updateYear(deps, principal, row, {
    capability: 'notify_member_units',
    update: recordNoticeReceiptUpdate as UpdateDefinition<NoticeReceipt, [unknown]>,
    args: { ...request.body, quarter: request.quarter },
    roles: ['supervisor'],
    updateId: `notice-receipt/${request.quarter}/${request.body.unit}/${principal.userId}/${request.idempotencyKey}`,
  });
}

/** A target with its labels, for people reading the plan. */
function targetView(target: PlanTarget) {
  return {
    ...target,
    measureLabel: PLAN_MEASURES[target.measure],
    dimensionLabel: DIMENSIONS[target.dimension],
    industryLabel: INDUSTRIES[target.industry],
  };
}

const actorRecord = (actor: Actor) => actor as unknown as Record<string, unknown>;

/** The work plan: every version, the one in force, and what the caller may do with it now. */
function planView(principal: Principal, state: YearState) {
  const pending = pendingPlanVersion(state);
  return {
    inForce: planInForce(state)?.version ?? null,
    pending: pending?.version ?? null,
    versions: planVersions(state).map((version) => ({
      ...version,
      statusLabel: PLAN_VERSION_STATUSES[version.status],
      targets: version.targets.map(targetView),
      submittedBy: actorRecord(version.submittedBy),
      review: version.review ? { ...version.review, by: actorRecord(version.review.by) } : null,
    })),
    mayI: {
      amend:
        capabilityProblem(principal, 'milestone_submission') ??
        amendmentProblem(state, actorFor(principal, ['supervisor'])),
      reviewAmendment:
        capabilityProblem(principal, 'milestone_review') ??
        (pending
          ? amendmentReviewProblem(state, pending.version, actorFor(principal, ['supervisor']))
          : 'no amendment of the work plan waits for approval'),
    },
  };
}

interface YearUpdate<Receipt> {
  capability: Capability;
  update: UpdateDefinition<Receipt, [unknown]>;
  /** The update's argument, less the actor. */
  args: Record<string, unknown>;
  roles: readonly Actor['role'][];
  /** Temporal applies an update id once: a retried request with the same key gets the same receipt. */
  updateId: string;
}

/** Carries a decision into the year; the workflow's validator decides whether it lands. */
async function updateYear<Receipt>(
  deps: YearServiceDeps,
  principal: Principal,
  row: YearRow,
  request: YearUpdate<Receipt>,
): Promise<Receipt> {
  refuseWithout(principal, request.capability);
  const actor = actorFor(principal, request.roles);
  try {
    return await deps.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
      deps.temporal.workflow.getHandle(yearWorkflowId(row.id)).executeUpdate(request.update, {
        args: [{ ...request.args, actor }],
        updateId: request.updateId,
      }),
    );
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === DECISION_REJECTED)
      throw new ProblemError('decisionRejected', 409, cause.message);
    if (row.status === 'closed')
      throw new ProblemError('decisionRejected', 409, `the year ${row.id} is closed`);
    throw error;
  }
}

async function milestoneOf(deps: YearServiceDeps, principal: Principal, id: string, kind: MilestoneKind) {
  const row = await visibleYear(deps.db, principal, id);
  const milestone = row.state.milestones.find((m) => m.kind === kind);
  if (!milestone) throw new ProblemError('notFound', 404, `year ${id} has no milestone ${kind}`);
  return { row, milestone };
}

export async function submitMilestone(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; kind: MilestoneKind; idempotencyKey: string; body: SubmissionBody },
): Promise<MilestoneReceipt> {
  const { row, milestone } = await milestoneOf(deps, principal, request.id, request.kind);
  return updateYear(deps, principal, row, {
    capability: 'milestone_submission',
    update: submitMilestoneUpdate as UpdateDefinition<MilestoneReceipt, [unknown]>,
    args: { ...request.body, kind: request.kind },
    roles: submitterRoles(milestone),
    updateId: `submission/${request.kind}/${principal.userId}/${request.idempotencyKey}`,
  });
}

export async function reviewMilestone(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; kind: MilestoneKind; idempotencyKey: string; body: ReviewBody },
): Promise<MilestoneReceipt> {
  const { row } = await milestoneOf(deps, principal, request.id, request.kind);
  return updateYear(deps, principal, row, {
    capability: 'milestone_review',
    update: reviewMilestoneUpdate as UpdateDefinition<MilestoneReceipt, [unknown]>,
    args: { ...request.body, kind: request.kind },
    roles: ['supervisor'],
    updateId: `review/${request.kind}/${principal.userId}/${request.idempotencyKey}`,
  });
}

/** Amends the work plan in force: a new version, waiting for the approval of the office it goes to. */
export async function amendWorkPlan(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; idempotencyKey: string; body: AmendmentBody },
): Promise<PlanReceipt> {
  const row = await visibleYear(deps.db, principal, request.id);
  return updateYear(deps, principal, row, {
    capability: 'milestone_submission',
    update: amendWorkPlanUpdate as UpdateDefinition<PlanReceipt, [unknown]>,
    args: request.body,
    roles: ['supervisor'],
    updateId: `plan-amendment/${principal.userId}/${request.idempotencyKey}`,
  });
}

/** Approves an amendment of the work plan, or returns it (the version in force stays). */
export async function reviewWorkPlanAmendment(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; version: number; idempotencyKey: string; body: AmendmentReviewBody },
): Promise<PlanReceipt> {
  const row = await visibleYear(deps.db, principal, request.id);
  refuseWithout(principal, 'milestone_review');
  if (!planVersions(row.state).some((version) => version.version === request.version))
    throw new ProblemError('notFound', 404, `year ${request.id} has no work plan version ${request.version}`);
  return updateYear(deps, principal, row, {
    capability: 'milestone_review',
    update: reviewWorkPlanAmendmentUpdate as UpdateDefinition<PlanReceipt, [unknown]>,
    args: { ...request.body, version: request.version },
    roles: ['supervisor'],
    updateId: `plan-review/${request.version}/${principal.userId}/${request.idempotencyKey}`,
  });
}

/** Records a notice or an interview (通报、约谈) of a region under the year's jurisdiction. */
export async function recordSupervisionAction(
  deps: YearServiceDeps,
  principal: Principal,
  request: {
    id: string;
    idempotencyKey: string;
    body: {
      kind: SupervisionActionKind;
      regionCode: string;
      heldOn: LocalDate;
      who: string;
      reason: string;
      commitments: string;
      followUpBy: LocalDate;
    };
  },
): Promise<SupervisionReceipt> {
  const row = await visibleYear(deps.db, principal, request.id);
  refuseWithout(principal, 'supervise');
  // Asked here first, so that a refusal never reaches the workflow; the validator asks again.
  const problem = supervisionActionProblem(
    row.state,
    { ...request.body, actor: actorFor(principal, ['supervisor']) },
    chinaDateOf(new Date()),
  );
  if (problem) throw new ProblemError('decisionRejected', 409, problem);
  return updateYear(deps, principal, row, {
    capability: 'supervise',
    update: recordSupervisionActionUpdate as UpdateDefinition<SupervisionReceipt, [unknown]>,
    args: request.body,
    roles: ['supervisor'],
    updateId: `supervision/${principal.userId}/${request.idempotencyKey}`,
  });
}

/** Records what a region did after a notice or interview. */
export async function recordSupervisionFollowUp(
  deps: YearServiceDeps,
  principal: Principal,
  request: { id: string; number: number; idempotencyKey: string; body: { note: string } },
): Promise<SupervisionReceipt> {
  const row = await visibleYear(deps.db, principal, request.id);
  refuseWithout(principal, 'supervise');
  if (!supervisionActions(row.state).some((action) => action.number === request.number))
    throw new ProblemError(
      'notFound',
      404,
      `year ${request.id} records no supervision action ${request.number}`,
    );
  const problem = followUpProblem(row.state, {
    ...request.body,
    number: request.number,
    actor: actorFor(principal, ['supervisor']),
  });
  if (problem) throw new ProblemError('decisionRejected', 409, problem);
  return updateYear(deps, principal, row, {
    capability: 'supervise',
    update: recordSupervisionFollowUpUpdate as UpdateDefinition<SupervisionReceipt, [unknown]>,
    args: { ...request.body, number: request.number },
    roles: ['supervisor'],
    updateId: `follow-up/${request.number}/${principal.userId}/${request.idempotencyKey}`,
  });
}
