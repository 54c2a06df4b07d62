/**
 * Tips (举报) through the API: the public's intake and follow-up by receipt number, and the staff's list,
 * record, triage and verification. The tip workflow (workflows/tip.ts) decides; this file names the tip,
 * checks who may see or act on it, and reads the read model (tips, tip_events).
 *
 * Two identifiers, kept apart on purpose:
 * - the tip id (`TIP-` + 20 hex digits) is derived from the submission's idempotency key and its content,
 *   so a retried submission reaches the same workflow (`tip/<tipId>`), even when two retries race;
 *   staff use it, and it grants nothing without a token;
 * - the receipt number (`JB-XXXX-XXXX-XXXX-XXXX`, 80 random bits in Crockford base 32) is what the
 *   reporter follows the tip with, without a token. It is drawn at random on the first submission and
 *   read back from the workflow's input on a retry, so it cannot be derived from anything else and
 *   cannot be guessed from other receipts.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { decodeFromPayloadsAtIndex } from '@temporalio/common/lib/internal-non-workflow';
import type { Database } from '../../db/client';
import { canonicalJson } from '../../db/ledger';
import type { TipRow } from '../../db/schema';
import { tipChainOf, tipLedgerOf } from '../../db/tip-ledger';
import { findTip, findTipByReceipt, insertReceivedTip, tipsInScope } from '../../db/tips';
import { deadlineView } from './deadlines';
import {
  canSeeTip,
  capabilityProblem,
  decidingRole,
  tipInJurisdiction,
  tipScope,
} from '../../domain/authority';
import { currentPolicyKeyFor } from '../../domain/policy';
import { regionName } from '../../domain/region-names';
import {
  TIP_ACTIONS,
  TIP_CATEGORIES,
  TIP_OUTCOMES,
  TIP_STATUSES,
  receivedTip,
  tipCategoryOf,
  triageShapeProblem,
  verificationShapeProblem,
  type TipCategory,
  type Tip,
  type TipAction,
  type TipInput,
  type TipOutcome,
  type TipStatus,
  type TipTriage,
  type TipVerification,
} from '../../domain/tip';
import {
  DECISION_REJECTED,
  TASK_QUEUE,
  TIP_WORKFLOW_TYPE,
  tipWorkflowId,
  triageTipUpdate,
  verifyTipUpdate,
  type TipReceipt,
} from '../../workflows/tip-contract';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import { isClosedWorkflowError } from '../workflow-errors';
import {
  TIP_CURSOR,
  type PublicTipView,
  type TipEventView,
  type TipListView,
  type TipRecordView,
  type TipSummaryView,
} from '../schemas/tips';

export interface TipServiceDeps {
  db: Database;
  temporal: Client;
  /** The workflows' task queue; tests give each suite its own. */
  taskQueue?: string;
}

const START_TIMEOUT_MS = 10_000;
const UPDATE_TIMEOUT_MS = 15_000;

// ---- identifiers

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `JB-` and 80 random bits as 16 Crockford base-32 characters in groups of four (no I, L, O, U). */
export function newReceiptNumber(): string {
  let chars = '';
  let value = 0;
  let bits = 0;
  for (const byte of randomBytes(10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      chars += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return `JB-${chars.match(/.{4}/g)!.join('-')}`;
}

/**
 * The tip id of a submission: the idempotency key and the tip as parsed (an anonymous tip without its
 * reporter) name it. The same key with other content is another submission, and so another tip: one
 * reporter's key can never swallow another reporter's tip.
 */
export function tipIdFor(idempotencyKey: string, tip: Tip): string {
  const digest = createHash('sha256')
    .update(`tip-intake\n${idempotencyKey}\n${canonicalJson(tip)}`)
    .digest('hex');
  return `TIP-${digest.slice(0, 20).toUpperCase()}`;
}

// ---- public intake and follow-up

export interface SubmittedTip {
  /** False when this submission was made before (same key, same tip): nothing new was started. */
  created: boolean;
  view: PublicTipView;
}

/** Takes a tip from the public: starts its workflow unless this submission already did. */
export async function submitTip(
  deps: TipServiceDeps,
  tip: Tip,
  idempotencyKey: string,
): Promise<SubmittedTip> {
  const tipId = tipIdFor(idempotencyKey, tip);
  const existing = await findTip(deps.db, tipId);
  if (existing) return { created: false, view: publicView(existing) };

  const proposed: TipInput = {
    tipId,
    receiptNumber: newReceiptNumber(),
    receivedAt: new Date().toISOString(),
    ...currentPolicyKeyFor(tip.regionCode),
    tip,
  };
  const workflowId = tipWorkflowId(tipId);
  try {
    // Bounded, so that a Temporal outage answers 503 in seconds rather than after every retry.
    await deps.temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
      deps.temporal.workflow.start(TIP_WORKFLOW_TYPE, {
        taskQueue: deps.taskQueue ?? TASK_QUEUE,
        workflowId,
        args: [proposed],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  } catch (error) {
    // A closed run with this id: the tip exists even if its row is not (yet) in the read model.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  // A concurrent retry may have started the workflow first, with a receipt of its own: the workflow's
  // input is the one truth, and it decides which request created the tip.
  const started = await startedInput(deps, workflowId);
  await insertReceivedTip(deps.db, receivedTip(started));
  const row = await findTip(deps.db, tipId);
  if (!row) throw new Error(`tip ${tipId} vanished right after it was received`);
  return { created: started.receiptNumber === proposed.receiptNumber, view: publicView(row) };
}

/** What the reporter sees by their receipt number: never the reporter, never who handled the tip. */
export async function followTip(deps: TipServiceDeps, receiptNumber: string): Promise<PublicTipView> {
  const row = await findTipByReceipt(deps.db, receiptNumber);
  if (!row) throw new ProblemError('notFound', 404, `no tip with receipt number ${receiptNumber}`);
  return publicView(row);
}

function publicView(row: TipRow): PublicTipView {
  const status = row.status as TipStatus;
  const outcome = (row.outcome as TipOutcome | null) ?? null;
  const category = row.category as TipCategory;
  return {
    receiptNumber: row.receiptNumber,
    category,
    categoryLabel: TIP_CATEGORIES[category],
    status,
    statusLabel: TIP_STATUSES[status],
    receivedAt: row.receivedAt.toISOString(),
    outcome,
    outcomeLabel: outcome ? TIP_OUTCOMES[outcome] : null,
    closedAt: status === 'closed' ? (row.state?.closedAt ?? null) : null,
    closedReason: status === 'closed' ? row.closedReason : null,
    caseOpened: outcome === 'case_opened' || outcome === 'linked_to_existing_case',
  };
}

/** The input the tip's workflow was started with: the first event of its history. */
async function startedInput(deps: TipServiceDeps, workflowId: string): Promise<TipInput> {
  const { temporal } = deps;
  const response = await temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
    temporal.workflowService.getWorkflowExecutionHistory({
      namespace: temporal.options.namespace,
      execution: { workflowId },
      maximumPageSize: 1,
    }),
  );
  const started = response.history?.events?.[0]?.workflowExecutionStartedEventAttributes;
  if (!started) throw new Error(`workflow ${workflowId} has no start event`);
  return decodeFromPayloadsAtIndex<TipInput>(
    temporal.options.loadedDataConverter,
    0,
    started.input?.payloads,
  );
}

// ---- staff: reading tips (who may: domain/authority.ts)

export interface TipListQuery {
  status?: TipStatus;
  category?: TipCategory;
  limit: number;
  cursor?: string;
}

/** The tips of the caller's region (and, for a department officer, department), newest first. */
export async function listTips(
  deps: TipServiceDeps,
  principal: Principal,
  query: TipListQuery,
): Promise<TipListView> {
  const problem = capabilityProblem(principal, 'read_tips');
  if (problem) throw new ProblemError('forbidden', 403, problem);
  const scope = tipScope(principal);
  const after = query.cursor ? TIP_CURSOR.decode(query.cursor) : undefined;
  const rows = await tipsInScope(deps.db, {
    scope,
    status: query.status,
    category: query.category,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit).map(summaryView);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor:
      rows.length > query.limit && last
        ? TIP_CURSOR.encode({ receivedAt: last.receivedAt, id: last.id })
        : null,
  };
}

function summaryView(row: TipRow): TipSummaryView {
  return {
    id: row.id,
    receiptNumber: row.receiptNumber,
    status: row.status as TipStatus,
    outcome: (row.outcome as TipOutcome | null) ?? null,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode),
    enterpriseName: row.state?.tip.enterpriseName ?? '',
    category: row.category as TipCategory,
    dimension: row.dimension,
    department: row.department,
    anonymous: row.anonymous,
    receivedAt: row.receivedAt.toISOString(),
    verificationDueAt: row.verificationDueAt?.toISOString() ?? null,
    caseId: row.caseId,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One tip for the staff: as filed (with a named reporter), its decisions, and every event. */
export async function tipRecord(
  deps: TipServiceDeps,
  principal: Principal,
  tipId: string,
): Promise<TipRecordView> {
  const row = await findTip(deps.db, tipId);
  if (!row || !tipInJurisdiction(principal, row)) throw new ProblemError('notFound', 404, `no tip ${tipId}`);
  const problem = capabilityProblem(principal, 'read_tips');
  if (problem) throw new ProblemError('forbidden', 403, problem);
  // Another department's tip reads as absent, as another region's does.
  if (!canSeeTip(principal, row)) throw new ProblemError('notFound', 404, `no tip ${tipId}`);
  const events = await tipLedgerOf(deps.db, tipId);
  const state = row.state!;
  return {
    ...summaryView(row),
    policyProfile: state.policyProfile,
    policyVersion: state.policyVersion,
    tip: state.tip,
    triage: state.triage,
    verificationDue: deadlineView(state.verificationDue),
    verificationOverdueAt: state.verificationOverdueAt,
    verification: state.verification,
    finding: state.finding,
    closedAt: state.closedAt,
    closedReason: state.closedReason,
    events: events.map((event): TipEventView => ({
      sequence: event.sequence,
      type: event.type,
      status: event.status,
      occurredAt: event.occurredAt.toISOString(),
      actor: event.actor,
      reason: event.reason,
      evidence: event.evidence,
      detail: event.detail,
      recordedAt: event.recordedAt.toISOString(),
      prevHash: event.prevHash,
      hash: event.hash,
    })),
    chain: tipChainOf(events),
  };
}

// ---- staff: the two decisions

type DecisionBody<A extends TipAction> = Omit<A extends 'triage' ? TipTriage : TipVerification, 'actor'>;

const TIP_UPDATES = { triage: triageTipUpdate, verification: verifyTipUpdate } as const;

/**
 * Carries the office's triage or the department's verification into the tip: the caller's token is the
 * actor; a tip outside the caller's region answers as absent; the role must be the action's; the
 * workflow's validator decides whether the decision lands, and its reason is the 409's detail.
 */
export async function decideTip<A extends TipAction>(
  deps: TipServiceDeps,
  principal: Principal,
  {
    tipId,
    action,
    body,
    idempotencyKey,
  }: { tipId: string; action: A; body: DecisionBody<A>; idempotencyKey: string },
): Promise<TipReceipt> {
  const row = await findTip(deps.db, tipId);
  // Out of jurisdiction reads as absent, so tip ids cannot be probed.
  if (!row || !tipInJurisdiction(principal, row)) throw new ProblemError('notFound', 404, `no tip ${tipId}`);
  const refusal = capabilityProblem(principal, TIP_ACTIONS[action]);
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  // The fields the tip's category asks for (a dimension, a finding): a 400 naming the field. The workflow
  // asks the same rule again; a tip without a state yet reads as backward capacity, as its row does.
  const category = row.state ? tipCategoryOf(row.state.tip) : (row.category as TipCategory);
  const shape =
    action === 'triage'
      ? triageShapeProblem(category, body as DecisionBody<'triage'>)
      : verificationShapeProblem(category, body as DecisionBody<'verification'>);
  if (shape)
    throw new ProblemError('validation', 400, `1 invalid field(s) in the body: ${shape.message}`, [
      { pointer: `/${shape.field}`, detail: shape.message },
    ]);
  const actor = {
    userId: principal.userId,
    role: decidingRole(TIP_ACTIONS[action]),
    regionCode: principal.regionCode,
    department: principal.department,
  };
  const update = TIP_UPDATES[action] as UpdateDefinition<TipReceipt, [unknown]>;
  try {
    return await deps.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
      deps.temporal.workflow.getHandle(tipWorkflowId(tipId)).executeUpdate(update, {
        args: [{ ...body, actor }],
        // Temporal applies an update id once: a retried request with the same key gets the same receipt.
        updateId: `tip-${action}/${principal.userId}/${idempotencyKey}`,
      }),
    );
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === DECISION_REJECTED)
      throw new ProblemError('decisionRejected', 409, cause.message);
    if (isClosedWorkflowError(error))
      throw new ProblemError('decisionRejected', 409, `tip ${tipId} is closed; it takes no more decisions`);
    throw error;
  }
}
