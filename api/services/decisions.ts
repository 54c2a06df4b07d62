/**
 * Carries a human decision into its case: the caller's token gives the actor, the case's region
 * decides whether the caller may see it at all, the workflow's validator decides whether it lands.
 */
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import type { Database } from '../../db/client';
import {
  DECISION_KINDS,
  capabilityProblem,
  decidingRole,
  type Actor,
  type DecisionKind,
} from '../../domain/authority';
import {
  decisionPresets,
  isOpen,
  nextRevisit,
  openingProblem,
  type CaseState,
  type Decision,
} from '../../domain/case';
import { currentPolicyKeyFor } from '../../domain/policy';
import { DECISION_REJECTED, DECISION_UPDATES, type DecisionReceipt } from '../../workflows/contract';
import type { Principal } from '../auth';
import { DECISION_ROUTES, type DecisionOptions } from '../schemas/decisions';
import { visibleCase } from './case-access';
import { liveState } from './cases';
import { ProblemError } from '../problem';
import { isClosedWorkflowError } from '../workflow-errors';

export interface DecisionServiceDeps {
  db: Database;
  temporal: Client;
  /** How long the list of decisions waits for the workflow's live state before using the read model's. */
  queryTimeoutMs?: number;
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
  const actor = actorFor(principal, kind);
  // One update per decision kind; its argument is the decision with the caller as actor.
  const update = DECISION_UPDATES[kind] as UpdateDefinition<DecisionReceipt, [unknown]>;
  try {
    return await deps.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
      deps.temporal.workflow.getHandle(row.workflowId).executeUpdate(update, {
        // A revisit that finds the capacity running again files a new case: under the region's current policy.
        args: [
          kind === 'revisit'
            ? { ...body, actor, policy: currentPolicyKeyFor(row.regionCode) }
            : { ...body, actor },
        ],
        // Temporal applies an update id once: a retried request with the same key gets the same receipt.
        updateId: `${kind}/${principal.userId}/${idempotencyKey}`,
      }),
    );
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === DECISION_REJECTED)
      throw new ProblemError('decisionRejected', 409, cause.message);
    if (isClosedWorkflowError(error)) throw new ProblemError('caseClosed', 409, closed(caseId));
    throw error;
  }
}

const closed = (caseId: string) => `case ${caseId} is closed`;

/** Why the case would refuse this caller's decision of this kind now, whatever it says; null if it would not. */
function caseProblem(
  state: CaseState | null,
  caseId: string,
  kind: DecisionKind,
  principal: Principal,
  now: number,
): string | null {
  if (!state) return `case ${caseId} has not started yet`;
  // A closed case's workflow has ended — unless it waits for its revisits (回头看): a decision answers 409
  // case-closed before any rule is asked.
  if (!isOpen(state.status) && !nextRevisit(state)) return closed(caseId);
  return openingProblem(state, kind, actorFor(principal, kind), now);
}

/** The caller as the actor of a decision of this kind: recorded in the one role that makes it. */
function actorFor(principal: Principal, kind: DecisionKind): Actor {
  return {
    userId: principal.userId,
    role: decidingRole(kind),
    regionCode: principal.regionCode,
    department: principal.department,
  };
}

/**
 * The decisions the caller may make on the case now, and why not the others: the same questions
 * `decide` and the workflow's validator ask (the role's capability, then the case's rules for this
 * actor), less those that read a decision's body. The workflow's live state is used, or the read
 * model's when Temporal does not answer in time.
 */
export async function decisionOptions(
  deps: DecisionServiceDeps,
  principal: Principal,
  caseId: string,
): Promise<DecisionOptions> {
  const row = await visibleCase(deps.db, principal, caseId);
  const live = await liveState(deps, row.workflowId);
  const state = live ?? row.state;
  const now = Date.now();
  const allowed: DecisionOptions['allowed'] = [];
  const refused: DecisionOptions['refused'] = [];
  for (const { kind, path } of DECISION_ROUTES) {
    const label = DECISION_KINDS[kind];
    const reason = capabilityProblem(principal, kind) ?? caseProblem(state, caseId, kind, principal, now);
    if (reason === null) allowed.push({ kind, path, label, presets: decisionPresets(state!, kind) });
    else refused.push({ kind, path, label, reason });
  }
  return {
    caseId,
    status: state?.status ?? (row.status as DecisionOptions['status']),
    sequence: state?.sequence ?? 0,
    live: live !== null,
    allowed,
    refused,
  };
}
