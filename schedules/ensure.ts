/** Creating a Temporal Schedule, or bringing an existing one up to date, at every worker start. */
import { Client, Connection, ScheduleAlreadyRunning, type ScheduleOptions } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';

/** Creates the schedule, or updates its spec, action and policies when it exists; a paused one stays paused. */
export async function ensureSchedule(
  client: Client,
  schedule: ScheduleOptions,
): Promise<'created' | 'updated'> {
  try {
    await client.schedule.create(schedule);
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  await client.schedule.getHandle(schedule.scheduleId).update((current) => ({
    spec: schedule.spec,
    action: schedule.action,
    policies: schedule.policies,
    state: { paused: current.state.paused, note: current.state.note },
  }));
  return 'updated';
}

/**
 * For the worker: connects a client, ensures the schedule, logs what it did, disconnects. A schedule the
 * server refuses (a bad cron, say) fails the start, naming the setting that made it.
 */
export async function ensureScheduleAtStart(
  config: Pick<Config, 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE'>,
  schedule: ScheduleOptions,
  { setting, message }: { setting: string; message: string },
  logger: Logger,
): Promise<void> {
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const outcome = await ensureSchedule(client, schedule).catch((error: unknown) => {
      throw new Error(
        `${schedule.scheduleId} schedule (${setting}): ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    });
    logger.info(
      {
        scheduleId: schedule.scheduleId,
        cron: schedule.spec.cronExpressions,
        timeZone: schedule.spec.timezone,
        outcome,
      },
      message,
    );
  } finally {
    await connection.close();
  }
}
