/**
 * A case's audit trail, for those who may read it (domain/authority.ts `read_audit`) inside their
 * jurisdiction: the ledger's timeline with its hash-chain check, the raw Temporal histories of every
 * run, and whether the two agree (audit/agreement.ts).
 */
import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { optionalTsToMs } from '@temporalio/common/lib/time';
import { temporal as proto } from '@temporalio/proto';
import { checkAgreement } from '../../audit/agreement';
import { checkChain, ledgerOf } from '../../db/audit';
import type { Database } from '../../db/client';
import { capabilityProblem } from '../../domain/authority';
import { regionName } from '../../domain/region-names';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import type { AuditCheck, CaseHistories, CaseTimeline } from '../schemas/audit';
import { visibleCase } from './case-access';

export interface AuditServiceDeps {
  db: Database;
  temporal: Client;
}

interface Run {
  runId: string;
  status: string;
  startTime: string;
  closeTime: string | null;
  /** Read from the namespace's archive: the namespace's retention has deleted the live run. */
  archived: boolean;
}

/**
 * Every run of the case's workflow, oldest first, with its history. A closed case past the namespace's
 * retention has no live run left: its runs are then read from the archive, where the cluster put them
 * when they closed (the frontend serves an archived run's history by its run id, as a live one's).
 */
async function runsOf(temporal: Client, workflowId: string) {
  const query = `WorkflowId = '${workflowId}'`;
  const runs: Run[] = [];
  for await (const run of temporal.workflow.list({ query }))
    runs.push({
      runId: run.runId,
      status: run.status.name,
      startTime: run.startTime.toISOString(),
      closeTime: run.closeTime?.toISOString() ?? null,
      archived: false,
    });
  if (runs.length === 0) runs.push(...(await archivedRunsOf(temporal, query)));
  const read = await Promise.all(
    runs.map(async (run) => ({
      ...run,
      history: await temporal.workflow.getHandle(workflowId, run.runId).fetchHistory(),
    })),
  );
  return read.sort((a, b) => a.startTime.localeCompare(b.startTime));
}

const INVALID_ARGUMENT = 3;
const FAILED_PRECONDITION = 9;

/** The archived visibility records of the query's runs; none where the server archives nothing. */
async function archivedRunsOf(temporal: Client, query: string): Promise<Run[]> {
  const runs: Run[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await temporal.workflowService
      .listArchivedWorkflowExecutions({ namespace: temporal.options.namespace, query, nextPageToken })
      .catch((error: { code?: number }) => {
        // The dev server, or a namespace without visibility archival.
        if (error.code === INVALID_ARGUMENT || error.code === FAILED_PRECONDITION) return null;
        throw error;
      });
    if (!page) return [];
    for (const execution of page.executions ?? [])
      runs.push({
        runId: execution.execution!.runId!,
        status: runStatusName(execution.status),
        startTime: timestampToIso(execution.startTime)!,
        closeTime: timestampToIso(execution.closeTime),
        archived: true,
      });
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return runs;
}

function runStatusName(status: proto.api.enums.v1.WorkflowExecutionStatus | null | undefined): string {
  return (proto.api.enums.v1.WorkflowExecutionStatus[status ?? 0] ?? 'UNSPECIFIED').replace(
    'WORKFLOW_EXECUTION_STATUS_',
    '',
  );
}

function timestampToIso(timestamp: { seconds?: unknown; nanos?: number | null } | null | undefined) {
  const ms = optionalTsToMs(timestamp as Parameters<typeof optionalTsToMs>[0]);
  return ms === undefined ? null : new Date(ms).toISOString();
}

/** The case, if the caller may audit it: 404 outside their region, 403 for a role that does not audit. */
async function auditedCase(deps: AuditServiceDeps, principal: Principal, id: string) {
  const row = await visibleCase(deps.db, principal, id);
  const refusal = capabilityProblem(principal, 'read_audit');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  return row;
}

export async function caseHistories(
  deps: AuditServiceDeps,
  principal: Principal,
  id: string,
): Promise<CaseHistories> {
  const row = await auditedCase(deps, principal, id);
  const runs = await runsOf(deps.temporal, row.workflowId);
  return {
    caseId: row.id,
    runs: runs.map(({ history, ...run }) => ({
      ...run,
      history: JSON.parse(historyToJSON(history)) as Record<string, unknown>,
    })),
  };
}

export async function auditCheck(
  deps: AuditServiceDeps,
  principal: Principal,
  id: string,
): Promise<AuditCheck> {
  const row = await auditedCase(deps, principal, id);
  const [runs, ledger] = await Promise.all([
    runsOf(deps.temporal, row.workflowId),
    ledgerOf(deps.db, row.id),
  ]);
  return {
    caseId: row.id,
    ...checkAgreement(
      row.id,
      ledger,
      runs.map((run) => run.history),
    ),
  };
}

export async function caseTimeline(
  deps: AuditServiceDeps,
  principal: Principal,
  id: string,
): Promise<CaseTimeline> {
  await auditedCase(deps, principal, id);
  const rows = await ledgerOf(deps.db, id);
  const chain = checkChain(rows);
  const problemsOf = (sequence: number) =>
    chain.breaks.filter((broken) => broken.sequence === sequence).map((broken) => broken.problem);
  return {
    caseId: id,
    entries: rows.map((entry) => ({
      sequence: entry.sequence,
      type: entry.type,
      status: entry.status,
      occurredAt: entry.occurredAt.toISOString(),
      actor: entry.actor ?? null,
      actorRegionName:
        typeof entry.actor?.regionCode === 'string' ? regionName(entry.actor.regionCode) : null,
      reason: entry.reason,
      evidence: entry.evidence,
      detail: entry.detail,
      prevHash: entry.prevHash,
      hash: entry.hash,
      chainIntact: problemsOf(entry.sequence).length === 0,
      chainProblems: problemsOf(entry.sequence),
    })),
    chain,
  };
}
