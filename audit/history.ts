/**
 * The one reader of a case's or a tip's Temporal history: the steps it recorded (each call of the
 * workflow's recording activity, with the ledger entry it must have written: an activity task's input,
 * or a local activity's result, which its marker keeps), the outbox deliveries it scheduled, and what was
 * still in flight when the history was read. The audit check
 * (agreement.ts) and the reconciliations (reconcile.ts, tip-reconcile.ts) read histories through here.
 */
import { defaultPayloadConverter } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import type {
  RecordCaseEventInput,
  RecordedCaseStep,
  RecordedCaseSteps,
} from '../activities/case-projection';
import type { RecordTipStepInput } from '../activities/tips';
import type { DeliverEffectInput, DeliverEffectsInput, DeliveredEffects } from '../activities/outbox';
import { ledgerContentOf, type LedgerContent, type LedgerSubject } from '../db/ledger';
import { CASE_ACTIVITIES } from '../workflows/contract';
import { TIP_ACTIVITIES } from '../workflows/tip-contract';

export type History = temporal.api.history.v1.IHistory;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** One step as the history recorded it. */
export interface HistoryStep {
  sequence: number;
  /** The status after the step. */
  status: string;
  /** Whether the ledger write completed (else it is scheduled, or being retried). */
  completed: boolean;
  /** The outbox messages the step wrote. */
  effectKeys: string[];
  /** The ledger entry the step must have written. */
  content: LedgerContent;
}

export type DeliveryOutcome = 'open' | 'completed' | 'failed';

export interface HistoryReading {
  steps: HistoryStep[];
  /** Deliveries scheduled, by outbox key, and whether each completed or failed for good. */
  deliveries: Map<string, DeliveryOutcome>;
  /** Activities scheduled and not closed, each as `activity <name> (event <id>)`. */
  openActivities: string[];
  /** A workflow task scheduled and not closed. */
  workflowTaskOpen: boolean;
  /** The last workflow task failed or timed out, and none is scheduled yet: it will be retried. */
  workflowTaskRetrying: boolean;
  /** Updates accepted and not completed, by update id. */
  openUpdates: string[];
  /** How the run closed, from its last event; null while it runs. */
  closeStatus: string | null;
  lastEventId: string;
}

const idOf = (value: unknown) => String(value ?? '');

/** How a run closed, from its last history event; null while it runs. */
function closeStatusOf(event: HistoryEvent | undefined): string | null {
  if (!event) return null;
  if (event.workflowExecutionCompletedEventAttributes) return 'COMPLETED';
  if (event.workflowExecutionFailedEventAttributes) return 'FAILED';
  if (event.workflowExecutionTerminatedEventAttributes) return 'TERMINATED';
  if (event.workflowExecutionTimedOutEventAttributes) return 'TIMED_OUT';
  if (event.workflowExecutionCanceledEventAttributes) return 'CANCELLED';
  if (event.workflowExecutionContinuedAsNewEventAttributes) return 'CONTINUED_AS_NEW';
  return null;
}

/** Reads one run's history of a case's workflow. */
export function readCaseHistory(caseId: string, history: History): HistoryReading {
  return readHistory(
    history,
    { caseId },
    [CASE_ACTIVITIES.recordCaseEvent],
    [CASE_ACTIVITIES.recordCaseStep],
  );
}

/** Reads one run's history of a tip's workflow, whichever way it recorded its steps. */
export function readTipHistory(tipId: string, history: History): HistoryReading {
  return readHistory(history, { tipId }, [TIP_ACTIVITIES.recordTipStep, TIP_ACTIVITIES.recordTipEvent]);
}

/** The local activity marker the SDK records: what ran, and its result. */
const LOCAL_ACTIVITY_MARKER = 'core_local_activity';

function readHistory(
  history: History,
  subject: LedgerSubject,
  recordingActivities: readonly string[],
  localRecordingActivities: readonly string[] = [],
): HistoryReading {
  const steps: HistoryStep[] = [];
  const deliveries = new Map<string, DeliveryOutcome>();
  const activities = new Map<string, { name: string; step?: HistoryStep; deliveryKeys?: string[] }>();
  const closedActivities = new Set<string>();
  const openWorkflowTasks = new Set<string>();
  const openUpdates = new Set<string>();
  let lastWorkflowTaskFailed = false;
  let lastEventId = '';
  for (const event of history.events ?? []) {
    const id = idOf(event.eventId);
    lastEventId = id;
    const scheduled = event.activityTaskScheduledEventAttributes;
    if (scheduled) {
      const name = scheduled.activityType?.name ?? '';
      const payload = scheduled.input?.payloads?.[0];
      const entry: { name: string; step?: HistoryStep; deliveryKeys?: string[] } = { name };
      if (recordingActivities.includes(name) && payload) {
        const input = defaultPayloadConverter.fromPayload<RecordCaseEventInput | RecordTipStepInput>(payload);
        entry.step = {
          sequence: input.event.sequence,
          status: input.snapshot.status,
          completed: false,
          effectKeys: (input.effects ?? []).map((effect) => effect.key),
          content: ledgerContentOf(subject, input.event, input.snapshot.status),
        };
        steps.push(entry.step);
      }
      if (name === CASE_ACTIVITIES.deliverEffect && payload)
        entry.deliveryKeys = [defaultPayloadConverter.fromPayload<DeliverEffectInput>(payload).key];
      if (name === CASE_ACTIVITIES.deliverEffects && payload)
        entry.deliveryKeys = defaultPayloadConverter.fromPayload<DeliverEffectsInput>(payload).keys;
      for (const key of entry.deliveryKeys ?? []) deliveries.set(key, 'open');
      activities.set(id, entry);
    }
    const marker = event.markerRecordedEventAttributes;
    if (marker?.markerName === LOCAL_ACTIVITY_MARKER) {
      const data = marker.details?.data?.payloads?.[0];
      const result = marker.details?.result?.payloads?.[0];
      const ran = data
        ? defaultPayloadConverter.fromPayload<{
            activity_type?: string;
            activity_id?: string;
            backoff?: unknown;
          }>(data)
        : {};
      // A local delivery: its result names the messages delivered. One that failed and waits on a timer to
      // be tried again (backoff) is in flight until a later marker of the same activity id completes it.
      if (ran.activity_type === CASE_ACTIVITIES.deliverEffects) {
        const localId = `local ${ran.activity_id ?? ''}`;
        if (result) {
          for (const key of defaultPayloadConverter.fromPayload<DeliveredEffects>(result).delivered)
            deliveries.set(key, 'completed');
          closedActivities.add(localId);
        } else if (ran.backoff) {
          activities.set(localId, { name: `${CASE_ACTIVITIES.deliverEffects} (local, waiting to retry)` });
          closedActivities.delete(localId);
        }
      }
      // Written: a local activity's marker is recorded once it has completed (or failed for good).
      const writtenStep = (recorded: RecordedCaseStep) =>
        steps.push({
          sequence: recorded.event.sequence,
          status: recorded.status,
          completed: true,
          effectKeys: recorded.effectKeys,
          content: ledgerContentOf(subject, recorded.event, recorded.status),
        });
      if (localRecordingActivities.includes(ran.activity_type ?? '') && result)
        writtenStep(defaultPayloadConverter.fromPayload<RecordedCaseStep>(result));
      // Several steps written at once, and their messages delivered then, or left to a delivery of their own.
      if (ran.activity_type === CASE_ACTIVITIES.recordCaseSteps && result) {
        const recorded = defaultPayloadConverter.fromPayload<RecordedCaseSteps>(result);
        recorded.steps.forEach(writtenStep);
        for (const key of recorded.delivered) deliveries.set(key, 'completed');
        for (const key of recorded.undelivered) if (!deliveries.has(key)) deliveries.set(key, 'open');
      }
    }
    const completed = event.activityTaskCompletedEventAttributes?.scheduledEventId;
    const failed =
      event.activityTaskFailedEventAttributes?.scheduledEventId ??
      event.activityTaskTimedOutEventAttributes?.scheduledEventId ??
      event.activityTaskCanceledEventAttributes?.scheduledEventId;
    for (const [closedId, outcome] of [
      [completed, 'completed'],
      [failed, 'failed'],
    ] as const) {
      if (closedId == null) continue;
      closedActivities.add(idOf(closedId));
      const activity = activities.get(idOf(closedId));
      if (activity?.step && outcome === 'completed') activity.step.completed = true;
      for (const key of activity?.deliveryKeys ?? []) deliveries.set(key, outcome);
    }
    if (event.workflowTaskScheduledEventAttributes) {
      openWorkflowTasks.add(id);
      lastWorkflowTaskFailed = false;
    }
    const workflowTaskClosed =
      event.workflowTaskCompletedEventAttributes?.scheduledEventId ??
      event.workflowTaskFailedEventAttributes?.scheduledEventId ??
      event.workflowTaskTimedOutEventAttributes?.scheduledEventId;
    if (workflowTaskClosed != null) openWorkflowTasks.delete(idOf(workflowTaskClosed));
    if (event.workflowTaskFailedEventAttributes || event.workflowTaskTimedOutEventAttributes)
      lastWorkflowTaskFailed = true;
    const accepted = event.workflowExecutionUpdateAcceptedEventAttributes?.protocolInstanceId;
    if (accepted) openUpdates.add(accepted);
    const updateDone = event.workflowExecutionUpdateCompletedEventAttributes?.meta?.updateId;
    if (updateDone) openUpdates.delete(updateDone);
  }
  return {
    steps,
    deliveries,
    openActivities: [...activities]
      .filter(([id]) => !closedActivities.has(id))
      .map(([id, activity]) => `activity ${activity.name} (event ${id})`),
    workflowTaskOpen: openWorkflowTasks.size > 0,
    workflowTaskRetrying: lastWorkflowTaskFailed && openWorkflowTasks.size === 0,
    openUpdates: [...openUpdates],
    closeStatus: closeStatusOf(history.events?.at(-1)),
    lastEventId,
  };
}

/** The step with the highest sequence whose write completed, if any. */
export function lastWrittenStep(steps: readonly HistoryStep[]): HistoryStep | undefined {
  return steps
    .filter((step) => step.completed)
    .reduce<HistoryStep | undefined>(
      (latest, step) => (!latest || step.sequence > latest.sequence ? step : latest),
      undefined,
    );
}
