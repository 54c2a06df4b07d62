/**
 * The yearly Schedule that opens the bureau's year, on the real dev server (the time-skipping server has
 * no schedules): 00:00 China Standard Time on 1 January by default, created once and updated on every
 * worker start keeping a pause; triggered, it runs the opener for the year of the moment it runs.
 */
import { randomBytes } from 'node:crypto';
import type { ScheduleHandle } from '@temporalio/client';
import { loadConfig } from '../../config';
import { bureauYearSchedule, ensureBureauYearSchedule } from '../../schedules/bureau-years';
import type { YearOpenerResult } from '../../workflows/year-contract';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { eventually } from '../kit/poll';

let api: ApiHarness;
const scheduleId = `bureau-years-test-${randomBytes(4).toString('hex')}`;
const DEFAULT_CRON = loadConfig({}).BUREAU_YEAR_CRON;
let handle: ScheduleHandle;

beforeAll(async () => {
  api = await startApiHarness();
  handle = api.temporal.schedule.getHandle(scheduleId);
}, 60_000);
afterAll(async () => {
  await handle?.delete().catch(() => undefined);
  await api?.close();
});

it('defaults to 00:00 China Standard Time on 1 January', () => {
  expect(DEFAULT_CRON).toBe('0 0 1 1 *');
  expect(bureauYearSchedule({ cron: DEFAULT_CRON, taskQueue: 'q' }).spec).toEqual({
    cronExpressions: ['0 0 1 1 *'],
    timezone: 'Asia/Shanghai',
  });
  expect(() => loadConfig({ BUREAU_YEAR_CRON: 'yearly' })).toThrow(
    /BUREAU_YEAR_CRON: must be five cron fields/,
  );
});

it('is created once, updated after, keeps a pause, and opens the year when triggered', async () => {
  const options = { cron: DEFAULT_CRON, taskQueue: api.taskQueue, scheduleId };
  expect(await ensureBureauYearSchedule(api.temporal, options)).toBe('created');
  await handle.pause('maintenance');
  expect(await ensureBureauYearSchedule(api.temporal, options)).toBe('updated');
  expect((await handle.describe()).state.paused).toBe(true);
  await handle.unpause();

  await handle.trigger();
  const described = await eventually(
    () => handle.describe(),
    (schedule) => schedule.info.recentActions.length > 0,
    'the triggered action',
  );
  const started = described.info.recentActions[0]!.action;
  const result: YearOpenerResult = await api.temporal.workflow
    .getHandle(started.workflow.workflowId, started.workflow.firstExecutionRunId)
    .result();
  const chinaYear = Number(
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()),
  );
  // A fresh database had no years last year: nothing to open, and the run says which year it was for.
  expect(result).toEqual({ year: chinaYear, opened: [], alreadyOpen: [] });
});
