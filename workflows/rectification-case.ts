/**
 * The rectification case (整改案件): one finding's life, from filing to its outcome.
 * Deterministic workflow code: the clock is Temporal's, every side effect is an activity.
 */
import { condition, log, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { periodDeadline } from '../domain/calendar';
import { rectificationMonthsFor } from '../domain/policy';
import {
  getCaseStateQuery,
  type CaseEvent,
  type CaseEventType,
  type CaseInput,
  type CaseState,
} from './contract';
import type { CaseStatus } from '../domain/enums';

const { recordCaseEvent } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // A projection write must eventually land: retry without limit, backing off to one minute.
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export async function rectificationCaseWorkflow(input: CaseInput): Promise<CaseState> {
  const months = rectificationMonthsFor(
    input.finding.dimension,
    input.finding.rectificationMonths,
    input.policyVersion,
  );
  const state: CaseState = {
    caseId: input.caseId,
    status: 'filed',
    policyVersion: input.policyVersion,
    finding: input.finding,
    deadline: months === null ? null : periodDeadline(input.finding.findingDate, months),
    escalatedAt: null,
    sequence: 0,
  };
  setHandler(getCaseStateQuery, () => state);

  async function transition(status: CaseStatus, type: CaseEventType, detail: Record<string, unknown> = {}) {
    state.status = status;
    state.sequence += 1;
    const event: CaseEvent = { sequence: state.sequence, type, occurredAt: new Date().toISOString(), detail };
    await recordCaseEvent({ event, snapshot: state });
  }

  async function rectification(): Promise<void> {
    const deadline = state.deadline!;
    await transition('rectifying', 'deadline_set', { deadline });
    const remainingMs = Date.parse(deadline.lapsesAt) - Date.now();
    if (remainingMs > 0) await condition(() => state.status !== 'rectifying', remainingMs);
  }

  async function escalation() {
    state.escalatedAt = new Date().toISOString();
    log.info('rectification deadline lapsed: escalating to the government', { caseId: state.caseId });
    await transition('awaiting_government_decision', 'deadline_lapsed', {
      lapsesAt: state.deadline?.lapsesAt,
    });
  }

  await transition('filed', 'case_filed', { finding: input.finding, policyVersion: input.policyVersion });
  if (state.deadline) {
    await rectification();
    await escalation();
  } else {
    await transition('exiting', 'exit_ordered_at_once', {
      reason: 'eliminated equipment exits at once (立即关停)',
    });
  }

  // The decisions that move a case on (government decision, exit, acceptance) arrive as updates;
  // until they are handled the case stays open in its current state.
  await condition(() => false);
  return state;
}
