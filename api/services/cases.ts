import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import { z } from 'zod';
import { deleteUnstartedCase, findCase, insertFiledCase } from '../../db/cases';
import { evidenceOf, openTasksOfCase, statusChangesOf } from '../../db/case-view';
import { searchCases, type CaseCursor } from '../../db/case-search';
import type { Database } from '../../db/client';
import type { CaseRow } from '../../db/schema';
import { capabilityProblem, caseScope, filingProblem, regionCovers } from '../../domain/authority';
import { firstDeadlineRequestOf, type CaseState } from '../../domain/case';
import { computeDeadline, startOfChinaDay } from '../../domain/calendar';
import { codesOf, type CaseStatus } from '../../domain/enums';
import type { Finding } from '../../domain/finding';
import { currentPolicyKeyFor, profileById } from '../../domain/policy';
import { bucketRange, radarBounds } from '../../domain/radar';
import { regionPrefix } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import { mapWithConcurrency } from '../../lib/concurrency';
import {
  CASE_WORKFLOW_TYPE,
  TASK_QUEUE,
  caseWorkflowId,
  getCaseStateQuery,
  type CaseInput,
} from '../../workflows/contract';
import { caseSearchAttributesAtStart } from '../../workflows/search-attributes';
import type { Principal } from '../auth';
import { visibleCase } from './case-access';
import { caseInputFor } from '../../domain/case-id';
import { ProblemError } from '../problem';
import { isServiceUnavailable } from '../availability';
import { DEFAULT_TEMPORAL_UI_URL } from '../../config';
import { deadlineView } from './deadlines';
import {
  BATCH_ROW_RESULTS,
  CASE_CURSOR,
  TIMER_KINDS,
  FileFindingBodySchema,
  type CasePageSchema,
  type CaseSearchQuerySchema,
  type CaseView,
  type FindingBatchResultSchema,
} from '../schemas/cases';

export interface CaseServiceDeps {
  db: Database;
  temporal: Client;
  /** The case workflows' task queue; tests give each suite its own. */
  taskQueue?: string;
  /**
   * A case worker on `taskQueue` runs in this process over `temporal`'s NativeConnection: ask the server
   * to hand each new case's first workflow task straight to it (eager start).
   */
  eagerStart?: boolean;
  /** How long GET waits for the workflow's live state before answering without it. */
  queryTimeoutMs?: number;
  /** The Temporal Web UI's address (`TEMPORAL_UI_URL`), for the link to a case's raw history. */
  temporalUiUrl?: string;
}

const START_TIMEOUT_MS = 10_000;

export interface FiledCase {
  created: boolean;
  case: CaseView;
}

/** Files a finding for the caller: their own department, inside their region (403 otherwise). */
export async function fileFindingAs(deps: CaseServiceDeps, principal: Principal, finding: Finding) {
  const problem = filingProblem(principal, finding);
  if (problem) throw new ProblemError('forbidden', 403, problem);
  return fileFinding(deps, finding);
}

/**
 * Files a finding: opens its case unless the same finding (department + document number) already has
 * one. The case id, and so the workflow id, is derived from the finding, so concurrent filings meet at
 * one row and one workflow. The row is written first and decides which request created the case (the
 * workflow's own writes cannot come before it); its workflow is started next, and the row is taken back
 * if Temporal cannot start it. A row left without a workflow (the API stopped in between) gets it on
 * the next filing of the same finding.
 */
export async function fileFinding(deps: CaseServiceDeps, filed: Finding): Promise<FiledCase> {
  const input: CaseInput = caseInputFor(filed, currentPolicyKeyFor(filed.enterprise.regionCode));
  const { caseId } = input;
  const inserted = await insertFiledCase(deps.db, input);
  if (inserted) {
    let started: boolean;
    try {
      ({ started } = await startCaseWorkflow(deps, input));
    } catch (error) {
      await deleteUnstartedCase(deps.db, caseId);
      throw error;
    }
    return { created: started, case: await caseView(deps, inserted, { live: false }) };
  }
  const row = await findCase(deps.db, caseId);
  if (!row) throw new Error(`case ${caseId} vanished right after it was filed`);
  if (row.stateVersion === 0)
    await startCaseWorkflow(deps, {
      caseId,
      finding: row.finding,
      policyProfile: row.policyProfile,
      policyVersion: row.policyVersion,
    });
  return { created: false, case: await caseView(deps, row, { live: false }) };
}

/**
 * How the API starts a case: with its first deadline and its search attributes as its first steps leave
 * them (`batchedFromStart`), joining a run of the same id that is still open. The benchmark's raw client
 * starts cases with the same options.
 */
export function caseStartOptions(identity: CaseInput, taskQueue: string = TASK_QUEUE) {
  const firstDeadline = computeDeadline(firstDeadlineRequestOf(identity));
  const input: CaseInput = { ...identity, firstDeadline, batchedFromStart: true };
  return {
    taskQueue,
    workflowId: caseWorkflowId(input.caseId),
    args: [input] as [CaseInput],
    typedSearchAttributes: caseSearchAttributesAtStart(input, firstDeadline),
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
  };
}

/**
 * How a start went: `started` unless a run with the case's id already existed and closed (joining the run
 * still open counts as started); `eagerly` when the server handed its first workflow task back with it.
 */
export interface CaseStarted {
  started: boolean;
  eagerly: boolean;
}

/**
 * Starts the case's workflow (`caseStartOptions`), eagerly where this process runs a case worker, or joins
 * the one running. On a namespace where the search attributes are not registered yet (no
 * worker has started on it) it starts without them, and the case's first step upserts them.
 */
export async function startCaseWorkflow(
  deps: Pick<CaseServiceDeps, 'temporal' | 'taskQueue' | 'eagerStart'>,
  identity: CaseInput,
): Promise<CaseStarted> {
  const options = {
    ...caseStartOptions(identity, deps.taskQueue),
    requestEagerStart: deps.eagerStart === true,
  };
  const start = (typedSearchAttributes: SearchAttributePair[]) =>
    // Bounded, so that a Temporal outage answers 503 in seconds rather than after every retry.
    deps.temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
      deps.temporal.workflow.start(CASE_WORKFLOW_TYPE, { ...options, typedSearchAttributes }),
    );
  try {
    const handle = await start(options.typedSearchAttributes).catch((error: unknown) => {
      if (!isUnregisteredSearchAttribute(error)) throw error;
      return start([]);
    });
    return { started: true, eagerly: handle.eagerlyStarted };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { started: false, eagerly: false };
    throw error;
  }
}

/** The server's answer to a start naming a search attribute the namespace does not have (INVALID_ARGUMENT). */
function isUnregisteredSearchAttribute(error: unknown): boolean {
  const cause = (error as { cause?: { code?: number; details?: string } } | null)?.cause;
  return cause?.code === 3 && /search attribute/i.test(cause.details ?? '');
}

/** One case as the caller may see it: state, every deadline, open tasks, evidence, live state. */
export async function getCase(deps: CaseServiceDeps, principal: Principal, id: string): Promise<CaseView> {
  const row = await visibleCase(deps.db, principal, id);
  const [view, openTasks, evidence, statusChanges] = await Promise.all([
    caseView(deps, row),
    openTasksOfCase(deps.db, id),
    evidenceOf(deps.db, id),
    statusChangesOf(deps.db, id),
  ]);
  return {
    ...view,
    openTasks: openTasks.map((task) => ({
      ...task,
      regionName: regionName(task.regionCode),
      dueAt: task.dueAt?.toISOString() ?? null,
    })),
    evidence: evidence.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() })),
    statusPath: statusChanges.map((entry) => ({
      status: entry.status,
      since: entry.occurredAt.toISOString(),
      sequence: entry.sequence,
      type: entry.type,
    })),
  } as CaseView;
}

type CaseSearchQuery = z.output<typeof CaseSearchQuerySchema>;
type CasePage = z.output<typeof CasePageSchema>;

/** A page of the cases the caller may see that match the query. */
export async function listCases(
  deps: CaseServiceDeps,
  principal: Principal,
  query: CaseSearchQuery,
): Promise<CasePage> {
  if (query.region && !regionCovers(principal.regionCode, query.region))
    throw new ProblemError('forbidden', 403, `region ${query.region} is outside your jurisdiction`, [
      { pointer: '/region', detail: `must lie inside ${principal.regionCode}` },
    ]);
  const now = new Date();
  const rows = await searchCases(deps.db, {
    regionPrefix: regionPrefix(query.region ?? principal.regionCode),
    owned: caseScope(principal).owned,
    industry: query.industry,
    dimension: query.dimension,
    statuses: query.status,
    dueBefore: query.dueBefore ? instantOf(query.dueBefore) : undefined,
    dueAfter: query.dueAfter ? instantOf(query.dueAfter) : undefined,
    overdueAt: query.overdue ? now : undefined,
    ...(query.bucket ? { due: bucketRange(query.bucket, radarBounds(now)), openOnly: true } : {}),
    enterprise: query.enterprise,
    sort: query.sort,
    limit: query.limit + 1,
    after: query.cursor ? (CASE_CURSOR.decode(query.cursor) as CaseCursor) : undefined,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorKey: _cursorKey, ...row }) => ({
      ...row,
      regionName: regionName(row.regionCode),
      status: row.status as CaseStatus,
      outcome: row.outcome as CaseView['outcome'],
      dueAt: row.dueAt?.toISOString() ?? null,
      overdue: row.dueAt !== null && row.dueAt <= now,
      updatedAt: row.updatedAt.toISOString(),
    })),
    nextCursor:
      rows.length > query.limit && last ? CASE_CURSOR.encode({ key: last.cursorKey, id: last.id }) : null,
  };
}

/** A date means its 00:00 China Standard Time. */
function instantOf(value: string): Date {
  return new Date(value.length === 10 ? startOfChinaDay(value) : value);
}

/** The read-model row, with the workflow's live state unless asked not to wait for a query. */
async function caseView(
  deps: CaseServiceDeps,
  row: CaseRow,
  { live: withLive = true } = {},
): Promise<CaseView> {
  const live = withLive ? await liveState(deps, row.workflowId) : null;
  const state = row.state;
  return {
    id: row.id,
    workflowId: row.workflowId,
    status: row.status as CaseStatus,
    outcome: (row.outcome as CaseView['outcome']) ?? null,
    policyProfile: row.policyProfile,
    policyProfileName: profileById(row.policyProfile)?.name.zh ?? row.policyProfile,
    policyVersion: row.policyVersion,
    finding: row.finding,
    regionName: regionName(row.finding.enterprise.regionCode),
    deadline: deadlineView(row.deadline),
    deadlines: {
      rectification: deadlineView(row.deadline),
      governmentDecision: deadlineView(state?.governmentDecisionDue),
      exit: deadlineView(state?.exitDeadline),
      dismantling: deadlineView(state?.dismantlingDeadline),
    },
    dueAt: row.dueAt?.toISOString() ?? null,
    escalatedAt: state?.escalatedAt ?? null,
    // The workflow sets its timers after it records a step, so the live state has the current ones.
    timers: (live?.timers ?? state?.timers ?? []).map((timer) => ({ ...timer, ...timerKindOf(timer.name) })),
    lists: state?.lists ?? [],
    openTasks: (state?.openTasks ?? []).map((task) => ({ ...task, regionName: regionName(task.regionCode) })),
    revisitOf: state?.revisitOf ?? null,
    revisits: (live?.revisits ?? state?.revisits ?? []).map((revisit) => ({
      months: revisit.months,
      due: deadlineView(revisit.due),
      overdueAt: revisit.overdueAt,
      result: revisit.result && {
        result: revisit.result.result,
        at: revisit.result.at,
        by: revisit.result.by.userId,
        sequence: revisit.result.sequence,
        newCaseId: revisit.result.newCaseId,
      },
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    live: live && {
      status: live.status,
      sequence: live.sequence,
      escalatedAt: live.escalatedAt,
      deadline: deadlineView(live.deadline),
    },
    temporalUiUrl: temporalUiLink(deps, row.workflowId),
  };
}

/**
 * The case's workflow runs in the Temporal Web UI: its list of runs filtered to this workflow id, so that
 * every run (a case may continue as new) is one click from its raw history.
 */
function temporalUiLink(deps: CaseServiceDeps, workflowId: string): string {
  const base = deps.temporalUiUrl ?? DEFAULT_TEMPORAL_UI_URL;
  const namespace = encodeURIComponent(deps.temporal.options.namespace);
  return `${base}/namespaces/${namespace}/workflows?query=${encodeURIComponent(`WorkflowId="${workflowId}"`)}`;
}

/**
 * What a running timer fires, from the name the case workflow gives it (workflows/rectification-case.ts:
 * `deadline reminder, N days before`, `rectification deadline`, `reminder to the government`,
 * `government decision due`, `exit deadline`, `dismantling deadline`).
 */
export function timerKindOf(name: string): { kind: TimerKind; daysBefore: number | null } {
  const reminder = /^deadline reminder, (\d+) days before$/.exec(name);
  if (reminder) return { kind: 'deadline_reminder', daysBefore: Number(reminder[1]) };
  const named: Record<string, TimerKind> = {
    'rectification deadline': 'rectification_deadline',
    'reminder to the government': 'government_reminder',
    'government decision due': 'government_decision_due',
    'exit deadline': 'exit_deadline',
    'dismantling deadline': 'dismantling_deadline',
  };
  return { kind: named[name] ?? 'other', daysBefore: null };
}
type TimerKind = (typeof TIMER_KINDS)[number];

/** The workflow's current state from a query, or null when Temporal does not answer in time. */
export async function liveState(
  deps: Pick<CaseServiceDeps, 'temporal' | 'queryTimeoutMs'>,
  workflowId: string,
): Promise<CaseState | null> {
  const timeoutMs = deps.queryTimeoutMs ?? 3_000;
  try {
    return await deps.temporal.withDeadline(Date.now() + timeoutMs, () =>
      deps.temporal.workflow.getHandle(workflowId).query(getCaseStateQuery),
    );
  } catch {
    return null;
  }
}

type BatchRow = z.output<typeof FindingBatchResultSchema>['results'][number];
type BatchResult = z.output<typeof FindingBatchResultSchema>;

/** Rows filed at once: enough to keep Temporal busy, few enough not to starve other requests. */
const BATCH_CONCURRENCY = 16;

/**
 * Files a batch (a county's census list) row by row: each valid row the caller may file is filed (or
 * found already filed); each other row says why not. Filing is idempotent, so the batch can be resent.
 */
export async function fileBatch(
  deps: CaseServiceDeps,
  principal: Principal,
  rows: readonly unknown[],
  log: { error(details: object, message: string): void },
): Promise<BatchResult> {
  const refusal = capabilityProblem(principal, 'file_finding');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const fileRow = async (row: unknown, index: number): Promise<BatchRow> => {
    const parsed = FileFindingBodySchema.safeParse(row);
    if (!parsed.success)
      return {
        index,
        result: 'invalid',
        caseId: null,
        detail: `${parsed.error.issues.length} invalid field(s)`,
        errors: parsed.error.issues.map((issue) => ({
          pointer: `/findings/${index}${issue.path.map((part) => `/${String(part)}`).join('')}`,
          detail: issue.message,
        })),
      };
    const problem = filingProblem(principal, parsed.data);
    if (problem) return { index, result: 'forbidden', caseId: null, detail: problem };
    try {
      const { created, case: filed } = await fileFinding(deps, parsed.data);
      return { index, result: created ? 'created' : 'existing', caseId: filed.id, detail: null };
    } catch (error) {
      log.error({ err: error, index }, 'batch row not filed');
      return {
        index,
        result: 'failed',
        caseId: null,
        detail: isServiceUnavailable(error)
          ? 'Temporal or PostgreSQL did not answer; send the batch again (filed rows are not filed twice)'
          : 'an unexpected error, logged with this request id; send the batch again',
      };
    }
  };
  const results = await mapWithConcurrency(rows, BATCH_CONCURRENCY, fileRow);
  const summary = Object.fromEntries(
    codesOf(BATCH_ROW_RESULTS).map((code) => [code, results.filter((row) => row.result === code).length]),
  ) as BatchResult['summary'];
  return { summary, results };
}
