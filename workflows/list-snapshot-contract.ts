/**
 * The list snapshot workflow's contract with its callers (the API's on-demand route and the Temporal
 * Schedule): type, ids, input, result and task queue. Released names never change.
 */
import type { PublishedList } from '../domain/enums';
import type { ListCounts, ListSnapshotTrigger } from '../domain/lists';

export const LIST_SNAPSHOT_WORKFLOW_TYPE = 'listSnapshotWorkflow';

/** The activity the list snapshot workflow schedules, by the name its histories hold. */
export const LIST_SNAPSHOT_ACTIVITIES = { takeListSnapshot: 'takeListSnapshot' } as const;

/**
 * Snapshots run on a task queue of their own beside the case workflows' queue (`caseTaskQueue`), polled
 * by a worker of their own: someone waits for an on-demand snapshot, and on the shared queue its workflow
 * and activity tasks waited behind every case's (seconds while a batch of findings starts its cases). A
 * snapshot started on the case queue, as before, still runs there: its worker registers the workflow too.
 */
export function listSnapshotTaskQueue(caseTaskQueue: string): string {
  return `${caseTaskQueue}.list-snapshots`;
}

/** An on-demand snapshot's workflow id: the caller's idempotency key, so a retry reaches one snapshot. */
export function onDemandSnapshotWorkflowId(idempotencyKey: string): string {
  return `list-snapshot/on-demand/${idempotencyKey}`;
}

/** The Schedule's workflow id; Temporal appends each action's time (`…-2027-01-01T00:00:00Z`). */
export const SCHEDULED_SNAPSHOT_WORKFLOW_ID = 'list-snapshot/scheduled';

export interface ListSnapshotInput {
  trigger: ListSnapshotTrigger;
  /** The user who asked for it; null for the schedule. */
  requestedBy: string | null;
}

export interface ListSnapshotReceipt {
  version: number;
  /** The as-of instant of the snapshot's entries (ISO-8601). */
  takenAt: string;
  trigger: ListSnapshotTrigger;
  requestedBy: string | null;
  previousVersion: number | null;
  counts: ListCounts;
  /** False when this idempotency key had already taken the snapshot. */
  created: boolean;
}

export type { ListSnapshotTrigger, PublishedList };
