/**
 * The rectification case (整改案件): one finding's life, from filing to its outcome (DOMAIN.md,
 * "The life of a case"). Deterministic workflow code: the clock is Temporal's, every side effect
 * is an activity, every human decision is an update whose validator asks domain/case.ts.
 */
import {
  ParentClosePolicy,
  WorkflowIdReusePolicy,
  allHandlersFinished,
  condition,
  log,
  deprecatePatch,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  WorkflowExecutionAlreadyStartedError,
  type RetryPolicy,
  type UpdateDefinition,
} from '@temporalio/common';
import type { Activities } from '../activities';
import { surviveWorkerCancellation } from './local-activities';
import type { DecisionKind } from '../domain/authority';
import { chinaDateOf, type Deadline, type DeadlineRequest } from '../domain/calendar';
import {
  decisionProblem,
  filedCaseState,
  firstDeadlineRequestOf,
  exitComplete,
  haltedForMajorHazard,
  nextRevisit,
  revisitFinding,
  isOpen,
  openTasksOf,
  sealingComplete,
  type CaseState,
  type ExitState,
  type Decision,
  type EvidenceRef,
} from '../domain/case';
import type { Actor, GovernmentDecision } from '../domain/decisions';
import type { CaseOutcome, CaseStatus } from '../domain/enums';
import { applyListMoves, listMoves, type ListMoment } from '../domain/lists';
import { policyOf, rectificationMonthsFor, type ListingMoment } from '../domain/policy';
import { caseInputFor } from '../domain/case-id';
import {
  CASE_WORKFLOW_TYPE,
  DECISION_UPDATES,
  TASK_QUEUE,
  caseWorkflowId,
  getCaseStateQuery,
  type CaseEventType,
  type CaseInput,
  type DecisionReceipt,
} from './contract';
import * as effects from './effects';
import { recording, type StepOptions } from './recording';
import {
  caseSearchAttributesOf,
  currentSearchAttributeValues,
  searchAttributeValuesOf,
} from './search-attributes';
import { refuseIf, takeTurns } from './turns';

/**
 * Every case runs the full lifecycle. The walking skeleton that came before this patch is retired (no
 * deployment holds a skeleton case); the patch stays deprecated until every case started with its
 * marker has closed, then the call goes (the SDK's patching-api sample, steps 2 and 3).
 */
export const FULL_LIFECYCLE_PATCH = 'full-lifecycle';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Cases started since this patch write each step with a local activity (recordCaseStep), inside the
 * workflow task, and deliver each step's messages in one activity task (deliverEffects): a new case costs
 * the server a third of the tasks. Cases started before it keep recordCaseEvent and one deliverEffect per
 * message, so their histories replay.
 */
export const LEAN_RECORDING_PATCH = 'lean-recording';

// A ledger write or a delivery must eventually land: retry without limit, backing off to ten minutes.
const UNTIL_IT_LANDS: RetryPolicy = {
  initialInterval: '1 second',
  maximumInterval: '10 minutes',
  backoffCoefficient: 2,
};

const { recordCaseEvent, deliverEffect, deliverEffects } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: UNTIL_IT_LANDS,
});

/**
 * Cases started since this patch (all of them also lean) deliver each step's messages with a local
 * activity too: on the happy path a new case takes the server one workflow task to its deadline timer.
 * A channel that stays down is retried by the SDK with timers once a minute of local retries has passed.
 */
export const LOCAL_DELIVERIES_PATCH = 'local-deliveries';

/**
 * Cases started since this patch keep their search attributes (status, region, dimension, due date) up
 * to date with each step, for the Temporal UI's list: one event on the step's workflow task when they
 * change, no task of its own.
 */
export const SEARCH_ATTRIBUTES_PATCH = 'search-attributes';

/**
 * Cases started since this patch take one patch marker instead of four (the three above are implied) and
 * write the steps they take together: a filing and its deadline in one local activity, which also
 * delivers the messages; the search attributes are upserted once per write, from its last step. The first
 * deadline comes with the input when the API filed the case (`firstDeadline`), else from computeDeadline.
 */
export const BATCHED_RECORDING_PATCH = 'batched-recording';

/**
 * Cases the API starts since then (`batchedFromStart` in their input) record batched with no marker at
 * all: a patch marker costs an event, and the SDK upserts the `TemporalChangeVersion` search attribute with
 * it. The API starts them with their search attributes as the first steps leave them, so a step upserts
 * only what it changes. During a roll an older worker may run such a case's first task: it writes the
 * marker and upserts as before, and the marker, present on replay, keeps the case in that form.
 */
function recordsBatchedFromStart(input: CaseInput): { batched: boolean; unmarked: boolean } {
  if (input.batchedFromStart !== true) return { batched: patched(BATCHED_RECORDING_PATCH), unmarked: false };
  const markedByAnOlderWorker = workflowInfo().unsafe.isReplaying && patched(BATCHED_RECORDING_PATCH);
  return { batched: true, unmarked: !markedByAnOlderWorker };
}

const {
  recordCaseStep,
  recordCaseSteps,
  deliverEffects: deliverEffectsLocally,
} = surviveWorkerCancellation(
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '30 seconds',
    retry: UNTIL_IT_LANDS,
  }),
);

const { computeDeadline } = surviveWorkerCancellation(
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  }),
);

interface Alarm {
  /** Unique for what it is about, so a moved deadline gets fresh alarms and none fires twice. */
  key: string;
  name: string;
  dueAt: string;
  /** A reminder already past when its phase starts is skipped; a deadline fires at once. */
  skipIfPast?: boolean;
  fire: () => Promise<unknown>;
}

export async function rectificationCaseWorkflow(input: CaseInput): Promise<CaseState> {
  // Decided once, at the start: a case records the one way for its whole life.
  const { batched, unmarked } = recordsBatchedFromStart(input);
  if (!batched) deprecatePatch(FULL_LIFECYCLE_PATCH);
  const lean = batched || patched(LEAN_RECORDING_PATCH);
  const localDeliveries = batched || (lean && patched(LOCAL_DELIVERIES_PATCH));
  const searchable = batched || (localDeliveries && patched(SEARCH_ATTRIBUTES_PATCH));

  const policy = policyOf(input);
  const dimension = policy.dimensions[input.finding.dimension];
  const now = () => new Date().toISOString();
  const today = () => chinaDateOf(new Date());

  const state: CaseState = filedCaseState(input, now());
  setHandler(getCaseStateQuery, () => state);

  // ---- recording: every accepted step goes to the ledger, the read model and the outbox, in order

  const { step, recordedBy, settled } = recording<CaseState, CaseEventType>(state, {
    write: ({ event, snapshot, effects }) =>
      lean ? recordCaseStep({ event, snapshot, effects }) : recordCaseEvent({ event, snapshot, effects }),
    deliver: deliverEffect,
    ...(lean ? { deliverAll: localDeliveries ? deliverEffectsLocally : deliverEffects } : {}),
    ...(batched
      ? {
          writeBatch: (steps) => {
            indexCase(steps.at(-1)!.snapshot);
            return recordCaseSteps({
              steps: steps.map(({ event, snapshot, effects }) => ({ event, snapshot, effects })),
            });
          },
        }
      : {}),
    // The task inbox is derived from the state: current in every snapshot; so are the search attributes.
    beforeSnapshot: () => {
      state.openTasks = openTasksOf(state);
      if (searchable && !batched) indexCase(state);
    },
  });

  let indexed = unmarked ? currentSearchAttributeValues(workflowInfo().typedSearchAttributes) : '';
  function indexCase(current: CaseState): void {
    const attributes = caseSearchAttributesOf(current);
    const values = searchAttributeValuesOf(attributes);
    if (values === indexed) return;
    indexed = values;
    upsertSearchAttributes(attributes);
  }

  function moveTo(status: CaseStatus): void {
    state.status = status;
    state.statusSince = { at: now(), sequence: state.sequence + 1 };
  }

  const byDecision = (decision: { actor: Actor; reason: string; evidence: EvidenceRef[] }) => ({
    actor: decision.actor,
    reason: decision.reason,
    evidence: decision.evidence,
  });

  // ---- one change at a time: decisions and alarms take turns, so none sees another half-applied

  const exclusively = takeTurns();

  // ---- human decisions: validated against domain rules, so a refusal never reaches history

  function onDecision<K extends DecisionKind>(
    kind: K,
    apply: (decision: Extract<Decision, { kind: K }>['decision']) => Promise<number>,
  ): void {
    const update = DECISION_UPDATES[kind] as unknown as UpdateDefinition<
      DecisionReceipt,
      [Extract<Decision, { kind: K }>['decision']]
    >;
    setHandler(
      update,
      (decision) =>
        exclusively(async () => {
          // Checked again in turn: a decision accepted while another was being applied may no longer fit.
          refuseIf(decisionProblem(state, { kind, decision } as Decision, Date.now()));
          const sequence = await apply(decision as never);
          return { caseId: state.caseId, sequence, status: state.status };
        }),
      {
        validator: (decision) => refuseIf(decisionProblem(state, { kind, decision } as Decision, Date.now())),
      },
    );
  }

  onDecision('extension_request', (request) => {
    state.extension.requested = { ...recordedBy(request), months: request.months };
    return step('extension_requested', { ...byDecision(request), detail: { months: request.months } });
  });

  onDecision('extension_decision', async (decision) => {
    if (!decision.grant) {
      state.extension.decided = { ...recordedBy(decision), granted: false, months: null };
      return step('extension_refused', byDecision(decision));
    }
    const months = decision.months!;
    const previous = state.deadline!;
    const extended = await deadlineFor({ extend: previous, months });
    state.extension.decided = { ...recordedBy(decision), granted: true, months };
    state.deadline = extended;
    return step('extension_granted', {
      ...byDecision(decision),
      detail: { months, previousDeadline: previous, deadline: state.deadline },
    });
  });

  onDecision('reinspection', async (report) => {
    if (report.result === 'pass') {
      state.reinspection = { ...recordedBy(report), result: report.result };
      return close('rectified', 'reinspection_passed', byDecision(report));
    }
    await escalate('reinspection_failed');
    state.reinspection = { ...recordedBy(report), result: report.result };
    return step('reinspection_failed', {
      ...byDecision(report),
      effects: rectificationFailedEffects(state.escalatedAt!),
    });
  });

  onDecision('government_decision', (decision) => governmentDecided(decision));

  onDecision('exit_evidence', async (evidence) => {
    const exit = state.exit!;
    const withItem: ExitState = {
      ...exit,
      evidence: [...exit.evidence, { ...recordedBy(evidence), item: evidence.item }],
    };
    const sealedNow =
      !exit.sealedAt && !exit.dismantledAt && evidence.item !== 'dismantled' && sealingComplete(withItem);
    const dismantlingDeadline = sealedNow
      ? await deadlineFor({ from: today(), months: policy.timings.dismantlingMonths })
      : null;
    const entry = { ...recordedBy(evidence), item: evidence.item };
    exit.evidence.push(entry);
    if (evidence.item === 'dismantled') exit.dismantledAt = entry.at;
    if (sealedNow) {
      exit.sealedAt = entry.at;
      state.dismantlingDeadline = dismantlingDeadline;
    }
    const completedNow = exitComplete(exit);
    if (completedNow) {
      exit.completedAt = entry.at;
      moveTo('awaiting_acceptance');
    }
    return step('exit_evidence_recorded', {
      ...byDecision(evidence),
      detail: {
        item: evidence.item,
        sealed: sealedNow,
        dismantlingDeadline: sealedNow ? state.dismantlingDeadline : undefined,
        exitCompleted: completedNow,
      },
    });
  });

  onDecision('acceptance', (opinion) => {
    const signed = { ...recordedBy(opinion), result: opinion.result };
    state.acceptance[opinion.level] = signed;
    const detail = { level: opinion.level, result: opinion.result };
    if (opinion.result === 'fail') {
      // A failed acceptance voids the earlier pass: the exit is redone and accepted again from the county.
      state.acceptance = { county: null, city: null, failures: state.acceptance.failures + 1 };
      state.exit!.completedAt = null;
      state.exit!.dismantledAt = null;
      moveTo('exiting');
      return step('acceptance_failed', { ...byDecision(opinion), detail });
    }
    if (opinion.level === 'city')
      return close('exited', 'acceptance_passed', { ...byDecision(opinion), detail });
    return step('acceptance_passed', { ...byDecision(opinion), detail });
  });

  onDecision('revisit', async (revisit) => {
    const pending = nextRevisit(state)!;
    let newCaseId: string | null = null;
    let linked = false;
    if (revisit.result === 'running_again') {
      // A new case of its own, under the region's current policy (the API says which), linked to this one.
      const input = {
        ...caseInputFor(revisitFinding(state, revisit), revisit.policy ?? state),
        revisitOf: state.caseId,
      };
      newCaseId = input.caseId;
      try {
        await startChild<typeof rectificationCaseWorkflow>(CASE_WORKFLOW_TYPE, {
          workflowId: caseWorkflowId(input.caseId),
          taskQueue: TASK_QUEUE,
          args: [input],
          parentClosePolicy: ParentClosePolicy.ABANDON,
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        // The same finding was filed already: the revisit links to that case.
        linked = true;
      }
    }
    pending.result = { ...recordedBy(revisit), result: revisit.result, newCaseId };
    return step('revisit_recorded', {
      ...byDecision(revisit),
      detail: { months: pending.months, result: revisit.result, newCaseId, linkedToExistingCase: linked },
    });
  });

  onDecision('urging', (urging) =>
    step('urged', {
      ...byDecision(urging),
      effects: [effects.urgingNotice(state, state.sequence + 1, urging.reason)],
    }),
  );

  // ---- transitions the process makes on its own

  /** Moves the case on the published lists as domain/lists.ts says for this moment. */
  function onLists(moment: ListMoment, at: string): void {
    applyListMoves(state.lists, listMoves(moment, dimension), at);
  }

  /** The credit platform's and the financial regulator's notices the policy sends at this moment. */
  function listingEffects(moment: ListingMoment, at: string) {
    return [
      ...(policy.rules.creditPublication.includes(moment)
        ? [effects.creditPublication(state, moment, at)]
        : []),
      ...(policy.rules.differentialCredit.includes(moment)
        ? [effects.differentialCreditNotice(state, moment, at)]
        : []),
    ];
  }

  /** What the licence registries are told when the capacity must exit (立即关停, or the government's order). */
  function exitOrderedEffects(at: string) {
    return [
      ...(dimension.licence?.when === 'exit_ordered'
        ? [effects.licenceMeasure(state, dimension.licence.measure, at)]
        : []),
      ...(dimension.dischargePermitRefused ? [effects.dischargePermitRefusal(state, at)] : []),
      ...listingEffects('exit_listed', at),
    ];
  }

  /** What the licence registry is told when the rectification fails, where the policy acts then. */
  function rectificationFailedEffects(at: string) {
    return dimension.licence?.when === 'rectification_failed'
      ? [effects.licenceMeasure(state, dimension.licence.measure, at)]
      : [];
  }

  /** Deadlines are computed by a local activity, so each is kept in history exactly as it was set. */
  function deadlineFor(request: DeadlineRequest): Promise<Deadline> {
    return computeDeadline(request);
  }

  async function escalate(reason: 'deadline_lapsed' | 'reinspection_failed'): Promise<void> {
    const due = await deadlineFor({ from: today(), days: policy.timings.governmentDecisionDays });
    state.escalatedAt = now();
    state.escalation = reason;
    state.governmentDecisionDue = due;
    onLists({ moment: 'escalated' }, state.escalatedAt);
    moveTo('awaiting_government_decision');
  }

  async function governmentDecided(decision: GovernmentDecision): Promise<number> {
    const terms: Record<string, unknown> = { ...decision };
    for (const who of ['actor', 'reason', 'evidence']) delete terms[who];
    const decided = () => {
      state.governmentDecision = { ...recordedBy(decision), ...terms, decision: decision.decision };
      state.governmentDecisionDue = null;
    };
    switch (decision.decision) {
      case 'approve_exit': {
        const exitDeadline = await deadlineFor({
          from: today(),
          months: decision.exitOrder.exitMonths ?? policy.timings.exitMonths,
          ...(dimension.exitByYearEnd ? { withinYear: true } : {}),
        });
        decided();
        orderExit(decision.exitOrder, false, exitDeadline);
        return step('exit_approved', {
          ...byDecision(decision),
          detail: { exitOrder: decision.exitOrder, exitDeadline: state.exitDeadline },
          effects: exitOrderedEffects(state.exit!.orderedAt),
        });
      }
      case 'reject_new_deadline': {
        const deadline = await deadlineFor({ from: today(), months: decision.rectificationMonths });
        decided();
        state.deadline = deadline;
        onLists({ moment: 'new_deadline' }, now());
        moveTo('rectifying');
        return step('new_deadline_set', { ...byDecision(decision), detail: { deadline: state.deadline } });
      }
      case 'reject_close':
        decided();
        state.outcomeReason = decision.outcome;
        return close('closed', 'closed_by_government', {
          ...byDecision(decision),
          detail: { outcome: decision.outcome },
        });
    }
  }

  function orderExit(order: ExitState['order'], atOnce: boolean, exitDeadline: Deadline): void {
    state.exit = {
      order,
      orderedAt: now(),
      atOnce,
      evidence: [],
      sealedAt: null,
      dismantledAt: null,
      completedAt: null,
    };
    state.exitDeadline = exitDeadline;
    moveTo('exiting');
  }

  function close(outcome: CaseOutcome, type: CaseEventType, options: StepOptions): Promise<number> {
    const at = now();
    state.outcome = outcome;
    moveTo(outcome);
    onLists({ moment: 'closed', outcome, hadRectificationPeriod: state.deadline !== null }, at);
    const closing = [
      ...(dimension.electricityPricing ? [effects.pricingStop(state, at)] : []),
      ...(dimension.waterPricing ? [effects.waterPricingStop(state, at)] : []),
    ];
    return step(type, { ...options, detail: { ...options.detail, outcome }, effects: closing });
  }

  // ---- timers: each phase waits for its decisions and fires its alarms when they come due

  async function inPhase(
    status: CaseStatus,
    alarmsOf: () => Alarm[],
    active = () => state.status === status,
  ): Promise<void> {
    const fired = new Set<string>();
    while (active()) {
      const nowMs = Date.now();
      const pending = alarmsOf()
        .filter((a) => !fired.has(a.key) && !(a.skipIfPast && Date.parse(a.dueAt) <= nowMs))
        .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
      state.timers = pending.map(({ name, dueAt }) => ({ name, dueAt }));
      const next = pending[0];
      const seen = state.sequence;
      const moved = () => state.status !== status || state.sequence !== seen;
      if (!next) {
        await condition(moved);
        continue;
      }
      const waitMs = Date.parse(next.dueAt) - Date.now();
      if (waitMs > 0 && (await condition(moved, waitMs))) continue;
      fired.add(next.key);
      // In turn with the decisions, and only if a decision that landed meanwhile left it due.
      await exclusively(async () => {
        if (state.status === status && alarmsOf().some((a) => a.key === next.key)) await next.fire();
      });
    }
    state.timers = [];
  }

  const deadlineAlarm = (name: string, deadline: Deadline, fire: () => Promise<unknown>): Alarm => ({
    key: `${name}@${deadline.lapsesAt}`,
    name,
    dueAt: deadline.lapsesAt,
    fire,
  });

  async function rectification(): Promise<void> {
    await inPhase('rectifying', () => {
      const deadline = state.deadline!;
      const reminders = policy.timings.reminderDaysBeforeDeadline.map((days): Alarm => ({
        key: `reminder-${days}d@${deadline.lapsesAt}`,
        name: `deadline reminder, ${days} days before`,
        dueAt: new Date(Date.parse(deadline.lapsesAt) - days * DAY_MS).toISOString(),
        skipIfPast: true,
        fire: () =>
          step('deadline_reminder_sent', {
            detail: { daysBefore: days, lapsesAt: deadline.lapsesAt },
            effects: [effects.deadlineReminder(state, days, deadline)],
          }),
      }));
      return [
        ...reminders,
        deadlineAlarm('rectification deadline', deadline, async () => {
          log.info('rectification deadline lapsed: escalating to the government', { caseId: state.caseId });
          await escalate('deadline_lapsed');
          return step('deadline_lapsed', {
            detail: { lapsesAt: deadline.lapsesAt },
            effects: rectificationFailedEffects(state.escalatedAt!),
          });
        }),
      ];
    });
  }

  async function governmentDecision(): Promise<void> {
    await inPhase('awaiting_government_decision', () => {
      const escalatedAt = state.escalatedAt!;
      const due = state.governmentDecisionDue!;
      return [
        {
          key: `government-reminder@${escalatedAt}`,
          name: 'reminder to the government',
          dueAt: new Date(
            Date.parse(escalatedAt) + policy.timings.governmentReminderAfterDays * DAY_MS,
          ).toISOString(),
          skipIfPast: true,
          fire: () => step('government_reminder_sent', { effects: [effects.governmentReminder(state)] }),
        },
        deadlineAlarm('government decision due', due, () =>
          step('government_decision_overdue', {
            detail: { due: due.lapsesAt },
            effects: [effects.supervisorNotice(state, 'government_decision', escalatedAt)],
          }),
        ),
      ];
    });
  }

  async function exit(): Promise<void> {
    await inPhase('exiting', () => {
      const exiting = state.exit!;
      const alarms: Alarm[] = [];
      const missed = (name: 'exit-deadline' | 'dismantling-deadline', deadline: Deadline) =>
        deadlineAlarm(name.replace('-', ' '), deadline, () => {
          state.creditReports.push(name);
          return step(name === 'exit-deadline' ? 'exit_deadline_missed' : 'dismantling_deadline_missed', {
            detail: { lapsesAt: deadline.lapsesAt },
            effects: [
              effects.creditReport(state, name, deadline),
              effects.supervisorNotice(state, name, deadline.lapsesAt),
              ...(name === 'exit-deadline' ? listingEffects('exit_deadline_missed', deadline.lapsesAt) : []),
            ],
          });
        });
      const stopped = exiting.sealedAt !== null || exiting.dismantledAt !== null;
      if (!stopped && state.exitDeadline && !state.creditReports.includes('exit-deadline'))
        alarms.push(missed('exit-deadline', state.exitDeadline));
      if (
        exiting.sealedAt &&
        !exiting.dismantledAt &&
        state.dismantlingDeadline &&
        !state.creditReports.includes('dismantling-deadline')
      )
        alarms.push(missed('dismantling-deadline', state.dismantlingDeadline));
      return alarms;
    });
  }

  async function acceptance(): Promise<void> {
    await inPhase('awaiting_acceptance', () => []);
  }

  /** 回头看: revisits of the closed capacity on the policy's schedule, each 督办 when its day passes unrecorded. */
  async function revisits(): Promise<void> {
    const closedOn = chinaDateOf(new Date(state.statusSince.at));
    const scheduled = [];
    for (const months of policy.rules.revisitMonths)
      scheduled.push({
        months,
        due: await deadlineFor({ from: closedOn, months }),
        overdueAt: null,
        result: null,
      });
    state.revisits = scheduled;
    await step('revisits_scheduled', {
      detail: { closedOn, revisits: scheduled.map(({ months, due }) => ({ months, due })) },
    });
    await inPhase(
      state.status,
      () =>
        state.revisits
          .filter((revisit) => revisit.result === null && revisit.overdueAt === null)
          .map((revisit) =>
            deadlineAlarm(`revisit ${revisit.months} months after closing`, revisit.due, () => {
              revisit.overdueAt = now();
              return step('revisit_overdue', {
                detail: { months: revisit.months, due: revisit.due.lapsesAt },
                effects: [
                  effects.supervisorNotice(state, `revisit-${revisit.months}m`, revisit.due.lapsesAt),
                ],
              });
            }),
          ),
      () => nextRevisit(state) !== null,
    );
  }

  // ---- the process

  const months = rectificationMonthsFor(input.finding.dimension, input.finding.rectificationMonths, input);
  const filedAt = now();
  const filingEffects = [
    ...(dimension.electricityPricing ? [effects.pricingStart(state)] : []),
    ...(dimension.waterPricing ? [effects.waterPricingStart(state)] : []),
    ...(months !== null ? listingEffects('rectification_listed', filedAt) : []),
  ];
  onLists({ moment: 'filed', rectificationPeriod: months !== null }, filedAt);
  // Batched: the deadline first (the API's, when it filed the case), so that the filing and its deadline
  // (or exit order) go in one write.
  const firstDeadline = batched
    ? (input.firstDeadline ?? (await deadlineFor(firstDeadlineRequestOf(input))))
    : null;
  const filed = step('case_filed', {
    detail: {
      finding: input.finding,
      ...(input.policyProfile ? { policyProfile: input.policyProfile } : {}),
      policyVersion: input.policyVersion,
      firstMeasure: haltedForMajorHazard(state) ? 'halt_for_major_hazard' : dimension.firstMeasure,
    },
    effects: filingEffects,
  });
  if (!batched) await filed;

  if (months === null) {
    const exitDeadline =
      firstDeadline ??
      (await deadlineFor({
        from: input.finding.findingDate,
        months: policy.timings.exitMonths,
      }));
    orderExit(
      { measure: 'shutdown', scope: 'equipment', equipment: input.finding.capacity.equipment },
      true,
      exitDeadline,
    );
    await Promise.all([
      filed,
      step('exit_ordered_at_once', {
        reason: 'eliminated equipment exits at once (立即关停)',
        detail: { exitDeadline: state.exitDeadline },
        effects: exitOrderedEffects(state.exit!.orderedAt),
      }),
    ]);
  } else {
    state.deadline = firstDeadline ?? (await deadlineFor({ from: input.finding.findingDate, months }));
    moveTo('rectifying');
    await Promise.all([filed, step('deadline_set', { detail: { deadline: state.deadline } })]);
  }

  while (isOpen(state.status)) {
    if (state.status === 'rectifying') await rectification();
    else if (state.status === 'awaiting_government_decision') await governmentDecision();
    else if (state.status === 'exiting') await exit();
    else await acceptance();
  }

  const revisited = state.outcome === 'exited' || state.outcome === 'rectified';
  if (revisited && policy.rules.revisitMonths.length > 0) await revisits();

  await condition(allHandlersFinished);
  await settled();
  return state;
}
