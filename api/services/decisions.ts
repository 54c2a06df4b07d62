/**
 * Carries a human decision into its case: the caller's token gives the actor, the case's region
 * decides whether the caller may see it at all, the workflow's validator decides whether it lands.
 */
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import type { Database } from '../../db/client';
import { capabilityProblem, decidingRole, type DecisionKind } from '../../domain/authority';
import type { Decision } from '../../domain/case';
import { DECISION_REJECTED, DECISION_UPDATES, type DecisionReceipt } from '../../workflows/contract';
import type { Principal } from '../auth';
import { visibleCase } from './case-access';
import { ProblemError } from '../problem';
import { isClosedWorkflowError } from '../workflow-errors';

export interface DecisionServiceDeps {
  db: Database;
  temporal: Client;
}

const UPDATE_TIMEOUT_MS = 15_000;

type DecisionBody<K extends DecisionKind> = Omit<Extract<Decision, { kind: K }>['decision'], 'actor'>;

export async function decide<K extends DecisionKind>(
  deps: DecisionServiceDeps,
  principal: Principal,
  {
    caseId,
    kind,
    body,
    idempotencyKey,
  }: { caseId: string; kind: K; body: DecisionBody<K>; idempotencyKey: string },
): Promise<DecisionReceipt> {
  const row = await visibleCase(deps.db, principal, caseId);
  const refusal = capabilityProblem(principal, kind);
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const actor = {
    userId: principal.userId,
    role: decidingRole(kind),
    regionCode: principal.regionCode,
    department: principal.department,
  };
  // One update per decision kind; its argument is the decision with the caller as actor.
  const update = DECISION_UPDATES[kind] as UpdateDefinition<DecisionReceipt, [unknown]>;
  try {
    return await deps.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
      deps.temporal.workflow.getHandle(row.workflowId).executeUpdate(update, {
        args: [{ ...body, actor }],
        // Temporal applies an update id once: a retried request with the same key gets the same receipt.
        updateId: `${kind}/${principal.userId}/${idempotencyKey}`,
      }),
    );
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === DECISION_REJECTED)
      throw new ProblemError('decisionRejected', 409, cause.message);
    if (isClosedWorkflowError(error)) throw new ProblemError('caseClosed', 409, `case ${caseId} is closed`);
    throw error;
  }
}
