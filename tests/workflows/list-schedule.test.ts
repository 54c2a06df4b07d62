/**
 * The quarterly Schedule that snapshots the published lists, on the real dev server (the time-skipping
 * test server has no schedules) with the real activity and PostgreSQL: created once and brought up to
 * date on every worker start, firing at 00:00 China Standard Time on 1 January, April, July and October;
 * triggering it takes a snapshot as of the action's time, under a workflow id derived from that time.
 */
import { randomBytes } from 'node:crypto';
import { ScheduleAlreadyRunning, type ScheduleHandle } from '@temporalio/client';
import { defineSearchAttributeKey } from '@temporalio/common';
import { eq, isNull } from 'drizzle-orm';
import { loadConfig } from '../../config';
import { listMemberships, listSnapshots } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import {
  LIST_SNAPSHOT_TIME_ZONE,
  ensureListSnapshotSchedule,
  listSnapshotSchedule,
} from '../../schedules/list-snapshots';
import type { ListSnapshotReceipt } from '../../workflows/list-snapshot-contract';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { recordHistoryIfAsked } from '../helpers/histories';
import { eventually } from '../kit/poll';

let api: ApiHarness;
const scheduleId = `list-snapshots-test-${randomBytes(4).toString('hex')}`;
const DEFAULT_CRON = loadConfig({}).LIST_SNAPSHOT_CRON;
let handle: ScheduleHandle;

beforeAll(async () => {
  api = await startApiHarness();
  handle = api.temporal.schedule.getHandle(scheduleId);
}, 60_000);
afterAll(async () => {
  await handle?.delete().catch(() => undefined);
  await api?.close();
});

/** An instant as China Standard Time wall-clock fields. */
function chinaClock(at: Date) {
  const local = new Date(at.getTime() + 8 * 3600_000);
  return {
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    time: local.toISOString().slice(11, 23),
  };
}

it('defaults to 00:00 China Standard Time on the first of January, April, July and October', () => {
  expect(DEFAULT_CRON).toBe('0 0 1 1,4,7,10 *');
  expect(listSnapshotSchedule({ cron: DEFAULT_CRON, taskQueue: 'q' }).spec).toEqual({
    cronExpressions: ['0 0 1 1,4,7,10 *'],
    timezone: 'Asia/Shanghai',
  });
  expect(() => loadConfig({ LIST_SNAPSHOT_CRON: 'quarterly' })).toThrow(
    /LIST_SNAPSHOT_CRON: must be five cron fields/,
  );
});

it('creates the schedule once and updates it on every later start, keeping a pause', async () => {
  const options = { cron: DEFAULT_CRON, taskQueue: api.taskQueue, scheduleId };
  expect(await ensureListSnapshotSchedule(api.temporal, options)).toBe('created');
  expect(await ensureListSnapshotSchedule(api.temporal, options)).toBe('updated');
  // It exists exactly once: a second create under the id is refused.
  await expect(api.temporal.schedule.create(listSnapshotSchedule(options))).rejects.toBeInstanceOf(
    ScheduleAlreadyRunning,
  );

  // A changed cron reaches the existing schedule; a pause set by an operator survives a restart.
  await ensureListSnapshotSchedule(api.temporal, { ...options, cron: '0 0 1 * *' });
  expect((await handle.describe()).spec.calendars?.[0]?.month).toEqual([
    { start: 'JANUARY', end: 'DECEMBER', step: 1 },
  ]);
  await handle.pause('maintenance');
  expect(await ensureListSnapshotSchedule(api.temporal, options)).toBe('updated');
  const paused = await handle.describe();
  expect(paused.state.paused).toBe(true);
  await handle.unpause();

  const described = await handle.describe();
  expect(described.spec.timezone).toBe(LIST_SNAPSHOT_TIME_ZONE);
  expect(described.spec.calendars).toHaveLength(1);
  expect(described.spec.calendars![0]).toMatchObject({
    second: [{ start: 0, end: 0, step: 1 }],
    minute: [{ start: 0, end: 0, step: 1 }],
    hour: [{ start: 0, end: 0, step: 1 }],
    dayOfMonth: [{ start: 1, end: 1, step: 1 }],
    month: ['JANUARY', 'APRIL', 'JULY', 'OCTOBER'].map((month) => ({ start: month, end: month, step: 1 })),
  });
  expect(described.action).toMatchObject({
    type: 'startWorkflow',
    workflowType: 'listSnapshotWorkflow',
    workflowId: 'list-snapshot/scheduled',
    taskQueue: api.taskQueue,
    args: [{ trigger: 'schedule', requestedBy: null }],
  });
  expect(described.policies).toMatchObject({ overlap: 'BUFFER_ONE', catchupWindow: 30 * 24 * 3600_000 });

  // The next actions: each at 00:00:00.000 China Standard Time on the first of a quarter, three months apart.
  const next = described.info.nextActionTimes.slice(0, 4).map(chinaClock);
  expect(next).toHaveLength(4);
  for (const action of next) {
    expect([1, 4, 7, 10]).toContain(action.month);
    expect(action.day).toBe(1);
    expect(action.time).toBe('00:00:00.000');
  }
  const months = next.map((action) => action.month);
  for (let i = 1; i < months.length; i += 1) expect((months[i]! - months[i - 1]! + 12) % 12).toBe(3);
});

it('takes a snapshot when triggered, as of the action time, under a workflow id derived from it', async () => {
  const filed = await fileFinding(api.app, aFinding({ findingDate: addDays(chinaDateOf(new Date()), -7) }));
  expect(filed.statusCode).toBe(201);
  const caseId = (filed.json() as { id: string }).id;
  const membership = (
    await eventually(
      () => api.database.db.select().from(listMemberships).where(isNull(listMemberships.leftAt)),
      (rows) => rows.some((row) => row.caseId === caseId),
      'the case on the yellow list',
    )
  ).find((row) => row.caseId === caseId);
  // A triggered action's nominal time is in whole seconds: trigger in a later second than the entry.
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, membership!.enteredAt.getTime() + 1000 - Date.now())),
  );

  await handle.trigger();
  const described = await eventually(
    () => handle.describe(),
    (d) => d.info.recentActions.length > 0,
    'the triggered action',
  );
  const action = described.info.recentActions[0]!;
  const workflowId = action.action.workflow.workflowId;
  expect(workflowId.startsWith('list-snapshot/scheduled-')).toBe(true);
  expect(workflowId).toBe(`list-snapshot/scheduled-${action.scheduledAt.toISOString().slice(0, 19)}Z`);

  const workflow = api.temporal.workflow.getHandle(workflowId);
  const receipt = (await workflow.result()) as ListSnapshotReceipt;
  expect(receipt).toMatchObject({
    version: 1,
    trigger: 'schedule',
    requestedBy: null,
    previousVersion: null,
    created: true,
  });
  expect(receipt.counts.yellow).toEqual({ entries: 1, added: 1, removed: 0 });

  // As of the action's nominal time, which Temporal gives the workflow as TemporalScheduledStartTime.
  const scheduledAt = (await workflow.describe()).typedSearchAttributes.get(
    defineSearchAttributeKey('TemporalScheduledStartTime', 'DATETIME'),
  );
  expect(scheduledAt).toBeInstanceOf(Date);
  expect(receipt.takenAt).toBe(scheduledAt!.toISOString());

  const [row] = await api.database.db.select().from(listSnapshots).where(eq(listSnapshots.version, 1));
  expect(row).toMatchObject({ trigger: 'schedule', requestedBy: null, idempotencyKey: workflowId });
  expect(row!.entries.map((entry) => [entry.list, entry.caseId])).toEqual([['yellow', caseId]]);

  await recordHistoryIfAsked('list-snapshot-scheduled', await workflow.fetchHistory());
});
