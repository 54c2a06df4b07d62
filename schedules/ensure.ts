/** Creating a Temporal Schedule, or bringing an existing one up to date, at every worker start. */
import { ScheduleAlreadyRunning, type Client, type ScheduleOptions } from '@temporalio/client';

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
