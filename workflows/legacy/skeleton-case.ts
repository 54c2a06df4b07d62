/**
 * FROZEN. The walking skeleton's case workflow, exactly as released (commit 528e046): cases started
 * before the `full-lifecycle` patch replay and continue here. Never edit the order of its commands;
 * see README "Versioning running cases".
 */
import { condition, log, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { addDays, addMonthsClamped, startOfChinaDay, type Deadline } from '../../domain/calendar';
import type { CaseStatus } from '../../domain/enums';
import type { Finding } from '../../domain/finding';
import { rectificationMonthsFor } from '../../domain/policy';
import { getCaseStateQuery, type CaseEvent, type CaseEventType, type CaseInput } from '../contract';

/** The state the skeleton kept; a subset of today's CaseState. */
export interface SkeletonCaseState {
  caseId: string;
  status: CaseStatus;
  policyVersion: string;
  finding: Finding;
  deadline: Deadline | null;
  escalatedAt: string | null;
  sequence: number;
}

/**
 * The skeleton's deadline rule, pinned: month-end clamp and lapse at 24:00 CST, no rest-day rule.
 * Pinned so that replaying a skeleton case rebuilds exactly the state it had.
 */
function skeletonDeadline(from: string, months: number): Deadline {
  const { date: lastDay, clamped } = addMonthsClamped(from, months);
  const lapsesAt = startOfChinaDay(addDays(lastDay, 1));
  return {
    lastDay,
    lapsesAt,
    rule: 'civil-code-201-203',
    inputs: { from, months, holidayTableVersion: 'none' },
    clampedToMonthEnd: clamped,
    nominalLastDay: lastDay,
    restDays: { movedOver: [], yearsNotInTable: [], sources: [] },
    explanation: `${months} month(s) counted from ${from} end on ${lastDay}; lapses at ${lapsesAt} (rest-day rule not applied: walking skeleton)`,
  };
}

const { recordCaseEvent } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export async function skeletonCase(input: CaseInput): Promise<SkeletonCaseState> {
  const months = rectificationMonthsFor(
    input.finding.dimension,
    input.finding.rectificationMonths,
    input.policyVersion,
  );
  const state: SkeletonCaseState = {
    caseId: input.caseId,
    status: 'filed',
    policyVersion: input.policyVersion,
    finding: input.finding,
    deadline: months === null ? null : skeletonDeadline(input.finding.findingDate, months),
    escalatedAt: null,
    sequence: 0,
  };
  // The query's type is today's CaseState; a skeleton case answers with the fields it has.
  setHandler(getCaseStateQuery, () => state as never);

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

  await condition(() => false);
  return state;
}
