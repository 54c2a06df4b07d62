/**
 * A tip (举报), from receipt to its outcome (DOMAIN.md, "Tips"): the office triages it to a department
 * that owns its dimension (a tip about an illegal capacity swap: one that owns capacity swaps, with no
 * dimension; such a tip found true may close as swap_confirmed without a case — domain/tip.ts); the department verifies it within the policy's days, or the supervisor is told
 * it is overdue; a verified tip becomes a finding and opens its rectification case, an unfounded one is
 * closed with reasons. Deterministic workflow code: the clock is Temporal's, every side effect is an
 * activity, every human decision is an update whose validator asks domain/tip.ts.
 */
import {
  ParentClosePolicy,
  WorkflowIdReusePolicy,
  allHandlersFinished,
  condition,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import { surviveWorkerCancellation } from './local-activities';
import { caseInputFor } from '../domain/case-id';
import type { Finding } from '../domain/finding';
import {
  receivedTip,
  triageProblem,
  verificationProblem,
  type TipInput,
  type TipOutcome,
  type TipState,
  type TipStatus,
  type TipTriage,
  type TipVerification,
} from '../domain/tip';
import { CASE_WORKFLOW_TYPE, TASK_QUEUE, caseWorkflowId, type CaseInput } from './contract';
import { recording, type StepOptions } from './recording';
import { verificationOverdueNotices } from './tip-effects';
import { refuseIf, takeTurns } from './turns';
import type { rectificationCaseWorkflow } from './rectification-case';
import {
  getTipStateQuery,
  triageTipUpdate,
  verifyTipUpdate,
  type TipEventType,
  type TipReceipt,
} from './tip-contract';

const { recordTipStep, recordTipEvent, deliverEffect, deriveCaseId } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // A ledger write or a delivery must eventually land: retry without limit, backing off to ten minutes.
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

/**
 * Tips started since this patch record their steps as cases do: a hash-chained ledger entry and outbox
 * messages, delivered (recordTipStep, deliverEffect). Tips started before it keep recording through
 * recordTipEvent, with no outbox, so their histories replay and their ledger is never half-chained.
 */
export const TIP_LEDGER_PATCH = 'tip-ledger';

// The deadline is counted once, outside workflow code, and kept in history: a later holiday table never
// moves the deadline of a tip already triaged when it replays.
const { computeVerificationDeadline } = surviveWorkerCancellation(
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  }),
);

interface TipStepOptions extends StepOptions {
  openedCase?: CaseInput;
}

export async function tipWorkflow(input: TipInput): Promise<TipState> {
  // Decided once, at the start: a tip records the one way for its whole life.
  const onLedger = patched(TIP_LEDGER_PATCH);
  const now = () => new Date().toISOString();

  const state: TipState = receivedTip(input);
  setHandler(getTipStateQuery, () => state);

  // ---- recording: every accepted step goes to the tip's ledger and row (and the outbox), in order

  const { step, recordedBy, settled } = recording<TipState, TipEventType, TipStepOptions>(state, {
    write: ({ event, snapshot, effects, options }) => {
      const opened = options.openedCase ? { openedCase: options.openedCase } : {};
      return onLedger
        ? recordTipStep({ event, snapshot, effects, ...opened })
        : recordTipEvent({ event, snapshot, ...opened });
    },
    deliver: deliverEffect,
  });

  function moveTo(status: TipStatus): void {
    state.status = status;
  }

  function close(outcome: TipOutcome, reason: string): void {
    state.outcome = outcome;
    state.closedAt = now();
    state.closedReason = reason;
    state.timers = [];
    moveTo('closed');
  }

  const receipt = (sequence: number): TipReceipt => ({
    tipId: state.tipId,
    sequence,
    status: state.status,
    outcome: state.outcome,
    caseId: state.caseId,
  });

  // ---- one change at a time: a decision that awaits an activity is not overtaken half-applied

  const exclusively = takeTurns();

  // ---- human decisions: validated against domain rules, so a refusal never reaches history

  setHandler(
    triageTipUpdate,
    (triage: TipTriage) =>
      exclusively(async () => {
        refuseIf(triageProblem(state, triage)); // again in turn: another triage may have landed meanwhile
        const triagedAt = now();
        const due = await computeVerificationDeadline({
          triagedAt,
          policyProfile: state.policyProfile,
          policyVersion: state.policyVersion,
        });
        // A swap tip is triaged without a dimension (domain/tip.ts); every tip before categories had one.
        state.triage = {
          ...recordedBy(triage),
          at: triagedAt,
          department: triage.department,
          ...(triage.dimension !== undefined ? { dimension: triage.dimension } : {}),
        };
        state.verificationDue = due;
        state.timers = [{ name: 'tip verification due', dueAt: due.lapsesAt }];
        moveTo('verifying');
        const sequence = await step('tip_triaged', {
          actor: triage.actor,
          reason: triage.reason,
          detail: {
            department: triage.department,
            ...(triage.dimension !== undefined ? { dimension: triage.dimension } : {}),
            verificationDue: due,
          },
        });
        return receipt(sequence);
      }),
    { validator: (triage) => refuseIf(triageProblem(state, triage)) },
  );

  setHandler(
    verifyTipUpdate,
    (verification: TipVerification) =>
      exclusively(async () => {
        refuseIf(verificationProblem(state, verification));
        state.verification = { ...recordedBy(verification), result: verification.result };
        const byVerification = {
          actor: verification.actor,
          reason: verification.reason,
          evidence: verification.evidence,
        };
        if (verification.result === 'unfounded') {
          close('unfounded', verification.reason);
          return receipt(
            await step('tip_unfounded', { ...byVerification, detail: { outcome: 'unfounded' } }),
          );
        }
        if (!verification.finding) {
          // Only a swap tip gets here (verificationProblem): the swap is found true and its findings —
          // these reasons and evidence — recorded; no rectification case (domain/tip.ts).
          close('swap_confirmed', verification.reason);
          return receipt(
            await step('swap_confirmed', {
              ...byVerification,
              detail: { outcome: 'swap_confirmed', late: state.verificationOverdueAt !== null },
            }),
          );
        }
        state.finding = verification.finding!;
        state.timers = [];
        moveTo('verified');
        const sequence = await step('tip_verified', {
          ...byVerification,
          detail: { finding: verification.finding, late: state.verificationOverdueAt !== null },
        });
        // The main flow opens the case; the receipt names it.
        await condition(() => state.status === 'closed');
        return receipt(sequence);
      }),
    { validator: (verification) => refuseIf(verificationProblem(state, verification)) },
  );

  // ---- phases

  async function triage(): Promise<void> {
    await condition(() => state.status !== 'received');
  }

  async function verification(): Promise<void> {
    const due = state.verificationDue!;
    const decided = () => state.status !== 'verifying';
    const waitMs = Date.parse(due.lapsesAt) - Date.now();
    if (waitMs > 0 && (await condition(decided, waitMs))) return;
    if (decided()) return;
    await exclusively(async () => {
      if (decided()) return;
      log.info('tip verification overdue: notifying the supervisor', { tipId: state.tipId });
      state.verificationOverdueAt = now();
      state.timers = [];
      const triaged = state.triage!;
      await step('verification_overdue', {
        reason: `not verified within ${due.inputs.days} days of triage (last day ${due.lastDay})`,
        // Delivered through the outbox; a tip started before the outbox keeps only the detail below.
        ...(onLedger ? { effects: verificationOverdueNotices(state) } : {}),
        detail: {
          due: due.lapsesAt,
          lastDay: due.lastDay,
          // 督办: the office that triaged the tip and the department that owes the verification.
          notify: [
            { role: 'supervisor', regionCode: triaged.by.regionCode },
            { role: 'department_officer', regionCode: state.tip.regionCode, department: triaged.department },
          ],
        },
      });
    });
    await condition(decided);
  }

  async function derivedCaseInput(verified: Finding): Promise<CaseInput> {
    const { caseId, documentNumber } = await deriveCaseId({
      department: verified.department,
      documentNumber: verified.documentNumber,
    });
    return {
      caseId,
      finding: { ...verified, documentNumber },
      policyProfile: state.policyProfile,
      policyVersion: state.policyVersion,
    };
  }

  /** A verified tip's finding opens its case, or joins the case the same finding already opened. */
  async function openCase(): Promise<void> {
    const verified = state.finding!;
    // Tips on the ledger build the case's input as the API does, in workflow code (domain/case-id.ts is
    // pure); earlier tips asked the deriveCaseId activity, and replay that.
    const caseInput: CaseInput = onLedger ? caseInputFor(verified, state) : await derivedCaseInput(verified);
    const { caseId, finding } = caseInput;
    const { documentNumber } = finding;
    let outcome: TipOutcome = 'case_opened';
    try {
      await startChild<typeof rectificationCaseWorkflow>(CASE_WORKFLOW_TYPE, {
        workflowId: caseWorkflowId(caseId),
        taskQueue: TASK_QUEUE,
        args: [caseInput],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      // Filed already (through the API, or by another tip): this tip joins that case.
      outcome = 'linked_to_existing_case';
    }
    state.finding = finding;
    state.caseId = caseId;
    close(outcome, state.verification!.reason);
    await step(outcome, {
      detail: { caseId, workflowId: caseWorkflowId(caseId), documentNumber },
      ...(outcome === 'case_opened' ? { openedCase: caseInput } : {}),
    });
  }

  // ---- the process

  await step('tip_received', {
    detail: {
      receiptNumber: state.receiptNumber,
      receivedAt: state.receivedAt,
      anonymous: state.tip.anonymous,
      regionCode: state.tip.regionCode,
      // Tips before categories name none (and read as backward capacity): their detail stays as it was.
      ...(state.tip.category !== undefined ? { category: state.tip.category } : {}),
      dimension: state.tip.dimension ?? null,
    },
  });
  await triage();
  await verification();
  if (state.status === 'verified') await openCase();

  await condition(allHandlersFinished);
  await settled();
  return state;
}
