/**
 * The Temporal Schedule that opens the bureau's year: at 00:00 China Standard Time on 1 January by
 * default, or as `BUREAU_YEAR_CRON` says, it starts workflows/year-opener.ts. The worker creates it, or
 * brings it up to date, each time it starts; a paused schedule stays paused.
 */
import type { Client, ScheduleOptions } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';
import {
  SCHEDULED_YEAR_OPENER_WORKFLOW_ID,
  YEAR_OPENER_WORKFLOW_TYPE,
  type YearOpenerInput,
} from '../workflows/year-contract';
import { ensureSchedule, ensureScheduleAtStart } from './ensure';

export const BUREAU_YEAR_SCHEDULE_ID = 'bureau-years';
export const BUREAU_YEAR_TIME_ZONE = 'Asia/Shanghai';

export interface BureauYearScheduleOptions {
  cron: string;
  taskQueue: string;
  scheduleId?: string;
}

export function bureauYearSchedule({
  cron,
  taskQueue,
  scheduleId = BUREAU_YEAR_SCHEDULE_ID,
}: BureauYearScheduleOptions): ScheduleOptions {
  // No year: the opener takes the year of the moment it runs, in China Standard Time.
  const input: YearOpenerInput = {};
  return {
    scheduleId,
    spec: { cronExpressions: [cron], timezone: BUREAU_YEAR_TIME_ZONE },
    action: {
      type: 'startWorkflow',
      workflowType: YEAR_OPENER_WORKFLOW_TYPE,
      workflowId: SCHEDULED_YEAR_OPENER_WORKFLOW_ID,
      taskQueue,
      args: [input],
    },
    policies: {
      overlap: 'BUFFER_ONE',
      // A Temporal outage across New Year still opens the year once it is back.
      catchupWindow: '30 days',
    },
  };
}

export function ensureBureauYearSchedule(
  client: Client,
  options: BureauYearScheduleOptions,
): Promise<'created' | 'updated'> {
  return ensureSchedule(client, bureauYearSchedule(options));
}

/** For the worker: ensures the schedule at start (schedules/ensure.ts). */
export function ensureBureauYearScheduleFor(
  config: Pick<Config, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE' | 'BUREAU_YEAR_CRON'>,
  taskQueue: string,
  logger: Logger,
): Promise<void> {
  return ensureScheduleAtStart(
    config,
    bureauYearSchedule({ cron: config.BUREAU_YEAR_CRON, taskQueue }),
    { setting: `BUREAU_YEAR_CRON=${config.BUREAU_YEAR_CRON}`, message: 'bureau year schedule ready' },
    logger,
  );
}
