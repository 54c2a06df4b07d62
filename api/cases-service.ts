import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { findCase, insertFiledCase } from '../db/cases';
import type { Database } from '../db/client';
import type { CaseRow } from '../db/schema';
import type { CaseStatus } from '../domain/enums';
import type { Finding } from '../domain/finding';
import { CURRENT_POLICY_VERSION } from '../domain/policy';
import {
  CASE_WORKFLOW_TYPE,
  TASK_QUEUE,
  caseWorkflowId,
  getCaseStateQuery,
  type CaseInput,
  type CaseState,
} from '../workflows/contract';
import { caseIdFor, normalizeDocumentNumber } from './case-id';
import { ProblemError } from './problem';
import type { CaseView } from './schemas';

export interface CaseServiceDeps {
  db: Database;
  temporal: Client;
  /** The case workflows' task queue; tests give each suite its own. */
  taskQueue?: string;
  /** How long GET waits for the workflow's live state before answering without it. */
  queryTimeoutMs?: number;
}

const START_TIMEOUT_MS = 10_000;

export interface FiledCase {
  created: boolean;
  case: CaseView;
}

/**
 * Files a finding: starts its case workflow unless the same finding (department + document number)
 * already has one. The workflow id is derived from the finding, so concurrent filings meet at one
 * workflow; the row insert tells which request created it.
 */
export async function fileFinding(deps: CaseServiceDeps, filed: Finding): Promise<FiledCase> {
  const finding: Finding = { ...filed, documentNumber: normalizeDocumentNumber(filed.documentNumber) };
  const caseId = caseIdFor(finding.department, finding.documentNumber);
  const existing = await findCase(deps.db, caseId);
  if (existing) return { created: false, case: await caseView(deps, existing, { live: false }) };

  const input: CaseInput = { caseId, finding, policyVersion: CURRENT_POLICY_VERSION };
  try {
    // Bounded, so that a Temporal outage answers 503 in seconds rather than after every retry.
    await deps.temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
      deps.temporal.workflow.start(CASE_WORKFLOW_TYPE, {
        taskQueue: deps.taskQueue ?? TASK_QUEUE,
        workflowId: caseWorkflowId(caseId),
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  } catch (error) {
    // A closed run with this id: the case exists even if its row is not (yet) in the read model.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  const created = await insertFiledCase(deps.db, input);
  const row = await findCase(deps.db, caseId);
  if (!row) throw new Error(`case ${caseId} vanished right after it was filed`);
  return { created, case: await caseView(deps, row, { live: false }) };
}

export async function getCase(deps: CaseServiceDeps, id: string): Promise<CaseView> {
  const row = await findCase(deps.db, id);
  if (!row) throw new ProblemError('notFound', 404, `no case ${id}`);
  return caseView(deps, row);
}

/** The read-model row, with the workflow's live state unless asked not to wait for a query. */
async function caseView(
  deps: CaseServiceDeps,
  row: CaseRow,
  { live: withLive = true } = {},
): Promise<CaseView> {
  const live = withLive ? await liveState(deps, row.workflowId) : null;
  return {
    id: row.id,
    workflowId: row.workflowId,
    status: row.status as CaseStatus,
    policyVersion: row.policyVersion,
    finding: row.finding,
    deadline: row.deadline ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    live: live && {
      status: live.status,
      sequence: live.sequence,
      escalatedAt: live.escalatedAt,
      deadline: live.deadline,
    },
  };
}

async function liveState(deps: CaseServiceDeps, workflowId: string): Promise<CaseState | null> {
  const timeoutMs = deps.queryTimeoutMs ?? 3_000;
  try {
    return await deps.temporal.withDeadline(Date.now() + timeoutMs, () =>
      deps.temporal.workflow.getHandle(workflowId).query(getCaseStateQuery),
    );
  } catch {
    return null;
  }
}
