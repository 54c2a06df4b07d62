/**
 * The Temporal Schedule that snapshots the published lists: quarterly by default (00:00 China Standard
 * Time on 1 January, April, July and October), or as `LIST_SNAPSHOT_CRON` says. The worker creates it,
 * or brings it up to date, each time it starts; a paused schedule stays paused.
 */
import type { Client, ScheduleOptions } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';
import {
  LIST_SNAPSHOT_WORKFLOW_TYPE,
  SCHEDULED_SNAPSHOT_WORKFLOW_ID,
  type ListSnapshotInput,
} from '../workflows/list-snapshot-contract';
import { ensureSchedule, ensureScheduleAtStart } from './ensure';

export const LIST_SNAPSHOT_SCHEDULE_ID = 'list-snapshots';

/** The cron fields are read in China Standard Time. */
export const LIST_SNAPSHOT_TIME_ZONE = 'Asia/Shanghai';

export interface ListSnapshotScheduleOptions {
  /** Five cron fields (minute hour day-of-month month day-of-week), e.g. `0 0 1 1,4,7,10 *`. */
  cron: string;
  /** Where the snapshot workflows run: the case workflows' task queue in production. */
  taskQueue: string;
  scheduleId?: string;
}

export function listSnapshotSchedule({
  cron,
  taskQueue,
  scheduleId = LIST_SNAPSHOT_SCHEDULE_ID,
}: ListSnapshotScheduleOptions): ScheduleOptions {
  const input: ListSnapshotInput = { trigger: 'schedule', requestedBy: null };
  return {
    scheduleId,
    spec: { cronExpressions: [cron], timezone: LIST_SNAPSHOT_TIME_ZONE },
    action: {
      type: 'startWorkflow',
      workflowType: LIST_SNAPSHOT_WORKFLOW_TYPE,
      // Temporal appends the action's time: one workflow id per scheduled instant.
      workflowId: SCHEDULED_SNAPSHOT_WORKFLOW_ID,
      taskQueue,
      args: [input],
    },
    policies: {
      // Never drop a scheduled snapshot: one that falls due while another runs waits for it.
      overlap: 'BUFFER_ONE',
      // A Temporal outage across the instant still takes that quarter's snapshot once it is back.
      catchupWindow: '30 days',
    },
  };
}

/** Creates the schedule, or updates its spec, action and policies when it exists. Safe to call at every start. */
export function ensureListSnapshotSchedule(
  client: Client,
  options: ListSnapshotScheduleOptions,
): Promise<'created' | 'updated'> {
  return ensureSchedule(client, listSnapshotSchedule(options));
}

/** For the worker: ensures the schedule at start (schedules/ensure.ts). */
export function ensureListSnapshotScheduleFor(
  config: Pick<Config, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE' | 'LIST_SNAPSHOT_CRON'>,
  taskQueue: string,
  logger: Logger,
): Promise<void> {
  return ensureScheduleAtStart(
    config,
    listSnapshotSchedule({ cron: config.LIST_SNAPSHOT_CRON, taskQueue }),
    { setting: `LIST_SNAPSHOT_CRON=${config.LIST_SNAPSHOT_CRON}`, message: 'list snapshot schedule ready' },
    logger,
  );
}
