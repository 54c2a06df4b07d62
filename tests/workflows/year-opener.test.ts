/**
 * Opening the bureau's year on 1 January (workflows/year-opener.ts) on the time-skipping server with the
 * real activities and PostgreSQL: every jurisdiction that had a year the year before gets the new one,
 * under its profile's current version, opened by the system; one already open is left as it is.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { currentPolicyKeyFor } from '../../domain/policy';
import { yearIdOf, type YearState } from '../../domain/year-state';
import {
  TASK_QUEUE,
  getYearStateQuery,
  yearWorkflowId,
  type YearOpenerResult,
} from '../../workflows/year-contract';
import { supervisor } from '../helpers/actors';
import { recordHistoryIfAsked } from '../helpers/histories';
import { startCaseWorker } from '../helpers/servers';
import { eventually } from '../kit/poll';

let env: TestWorkflowEnvironment;
let stop: () => Promise<void>;

beforeAll(async () => {
  // Thursday 31 December 2026, 10:00 China Standard Time.
  ({ env, stop } = await startCaseWorker('2026-12-31 02:00:00', TASK_QUEUE));
}, 120_000);

afterAll(async () => {
  await stop?.();
});

it('opens next year for each jurisdiction that had this one, once', async () => {
  for (const regionCode of ['610902', '530100']) {
    const handle = await env.client.workflow.start('bureauYearWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: yearWorkflowId(yearIdOf(regionCode, 2026)),
      args: [
        {
          yearId: yearIdOf(regionCode, 2026),
          regionCode,
          year: 2026,
          ...currentPolicyKeyFor(regionCode),
          openedBy: supervisor(regionCode),
        },
      ],
    });
    await eventually(
      () => handle.query(getYearStateQuery),
      (s: YearState) => s.sequence >= 1,
      `${regionCode} 2026`,
    );
  }
  // 汉阴县 opened 2027 by hand already.
  await env.client.workflow.start('bureauYearWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: yearWorkflowId(yearIdOf('610902', 2027)),
    args: [
      {
        yearId: yearIdOf('610902', 2027),
        regionCode: '610902',
        year: 2027,
        ...currentPolicyKeyFor('610902'),
        openedBy: supervisor('610900'),
      },
    ],
  });

  const first: YearOpenerResult = await env.client.workflow.execute('openBureauYearsWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: 'open-bureau-years-test-1',
    args: [{ year: 2027 }],
  });
  expect(first).toEqual({ year: 2027, opened: ['YR-530100-2027'], alreadyOpen: ['YR-610902-2027'] });
  const opened = await eventually(
    () => env.client.workflow.getHandle(yearWorkflowId('YR-530100-2027')).query(getYearStateQuery),
    (s: YearState) => s.sequence >= 1,
    'the year opened by the opener',
  );
  expect(opened).toMatchObject({
    policyProfile: 'yunnan-safety',
    openedBy: { userId: 'system', role: 'system' },
    status: 'running',
  });
  expect(opened.milestones.map((m) => m.kind)).toEqual(['work_plan', 'census', 'enforcement', 'summary']);

  const again: YearOpenerResult = await env.client.workflow.execute('openBureauYearsWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: 'open-bureau-years-test-2',
    args: [{ year: 2027 }],
  });
  expect(again).toEqual({ year: 2027, opened: [], alreadyOpen: ['YR-530100-2027', 'YR-610902-2027'] });
  await recordHistoryIfAsked(
    'year-opener',
    await env.client.workflow.getHandle('open-bureau-years-test-1').fetchHistory(),
  );
});
