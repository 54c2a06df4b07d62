/**
 * The announcement workflow (workflows/announcement.ts) on the time-skipping server with the real
 * activities and PostgreSQL: a run serves a draft and its decision, waits a day with nothing to do and
 * ends; a correction a year later is a new run that reads what the first recorded, so it is refused
 * without saying what it corrects, and its ledger goes on from the first run's. Publishing completes the
 * year's announcement milestone, once.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import { announcementEvents, announcements, yearEvents } from '../../db/schema';
import { expectChained } from '../helpers/ledger';
import { announcementKeyOf } from '../../domain/announcement';
import {
  ANNOUNCEMENT_WORKFLOW_TYPE,
  TASK_QUEUE,
  announcementWorkflowId,
  decideAnnouncementUpdate,
  draftAnnouncementUpdate,
  getAnnouncementStateQuery,
} from '../../workflows/announcement-contract';
import type { yearAnnouncementWorkflow } from '../../workflows/announcement';
import { supervisor } from '../helpers/actors';
import { currentPolicyKeyFor } from '../../domain/policy';
import { yearIdOf, type YearInput } from '../../domain/year-state';
import { getYearStateQuery, yearWorkflowId } from '../../workflows/year-contract';
import { eventually } from '../kit/poll';
import { recordHistoryIfAsked } from '../helpers/histories';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { skipTo, startCaseWorker, type TestDatabase, terminateWhenIdle } from '../helpers/servers';

const CITY = '441600'; // 河源市
const YEAR = 2026;
const KEY = announcementKeyOf(CITY, YEAR);

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let stop: () => Promise<void>;

beforeAll(async () => {
  // Monday 11 January 2027, 10:00 China Standard Time.
  ({ env, database, stop } = await startCaseWorker('2027-01-11 02:00:00', TASK_QUEUE));
  await backdatedExit(
    database.db,
    '河源公告',
    '441602',
    'technology',
    exitSteps(YEAR - 1, cst(`${YEAR}-03-20T10:00:00`), { dismantled: [cst(`${YEAR}-03-01T09:00:00`)] }),
  );
}, 120_000);

afterAll(async () => {
  await stop?.();
});

const startRun = () =>
  env.client.workflow.start<typeof yearAnnouncementWorkflow>(ANNOUNCEMENT_WORKFLOW_TYPE, {
    taskQueue: TASK_QUEUE,
    workflowId: announcementWorkflowId(KEY),
    args: [{ key: KEY, regionCode: CITY, year: YEAR }],
  });

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) =>
      error instanceof WorkflowUpdateFailedError ? String(error.cause?.message) : String(error),
  );

it('ends a day after its last decision; a correction a year later goes on from what it recorded', async () => {
  const first = await startRun();
  const drafter = supervisor(CITY);
  const approver = { ...supervisor(CITY), userId: 'approver-441600' };
  expect(
    await first.executeUpdate(draftAnnouncementUpdate, { args: [{ actor: drafter, cutoff: '2027-01-10' }] }),
  ).toMatchObject({ id: `${KEY}-1`, version: 1, status: 'draft', sequence: 1 });
  expect(
    await refusal(
      first.executeUpdate(decideAnnouncementUpdate, {
        args: [{ version: 1, actor: drafter, outcome: 'approved', reason: '同意' }],
      }),
    ),
  ).toMatch(/another person of the office approves it/);
  await first.executeUpdate(decideAnnouncementUpdate, {
    args: [{ version: 1, actor: approver, outcome: 'approved', reason: '同意' }],
  });
  // Nothing waits: a day later the run has ended, with the version published.
  const ended = await first.result();
  expect(ended.versions.map((v) => [v.version, v.status, v.rows])).toEqual([[1, 'published', 1]]);

  // A year on, a correction: a new run reads the published version first.
  await skipTo(env, '2028-01-10T02:00:00Z');
  const second = await startRun();
  expect(
    await refusal(
      second.executeUpdate(draftAnnouncementUpdate, { args: [{ actor: drafter, cutoff: '2027-06-30' }] }),
    ),
  ).toMatch(/version 1 is published: a new version is a correction/);
  expect(
    await second.executeUpdate(draftAnnouncementUpdate, {
      args: [{ actor: drafter, cutoff: '2027-06-30', correction: '补充一家企业' }],
    }),
  ).toMatchObject({ version: 2, status: 'draft', sequence: 3 });
  expect((await second.query(getAnnouncementStateQuery)).versions.map((v) => v.corrects)).toEqual([null, 1]);

  // One ledger across both runs, chained.
  const entries = await database.db
    .select()
    .from(announcementEvents)
    .where(eq(announcementEvents.announcementKey, KEY))
    .orderBy(asc(announcementEvents.sequence));
  expect(entries.map((e) => e.type)).toEqual([
    'announcement_drafted',
    'announcement_published',
    'announcement_drafted',
  ]);
  expectChained(entries);
  const rows = await database.db.select().from(announcements).where(eq(announcements.announcementKey, KEY));
  expect(rows.map((r) => [r.version, r.status, r.corrects]).sort()).toEqual([
    [1, 'published', null],
    [2, 'draft', 1],
  ]);
});

it('completes the year’s announcement milestone when a version is published, and only the first time', async () => {
  // 唐山市 (the national profile: a city owes the announcement by 1 February), its 2026 opened now.
  const city = '130200';
  const key = announcementKeyOf(city, YEAR);
  const yearInput: YearInput = {
    yearId: yearIdOf(city, YEAR),
    regionCode: city,
    year: YEAR,
    ...currentPolicyKeyFor(city),
    openedBy: supervisor(city),
  };
  const year = await env.client.workflow.start('bureauYearWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: yearWorkflowId(yearInput.yearId),
    args: [yearInput],
  });
  const milestone = async () =>
    (await year.query(getYearStateQuery)).milestones.find((m) => m.kind === 'announcement');
  expect(await eventually(milestone, (m) => m?.status === 'open', 'the year opened')).toMatchObject({
    reviewRegion: null,
  });
  const run = await env.client.workflow.start<typeof yearAnnouncementWorkflow>(ANNOUNCEMENT_WORKFLOW_TYPE, {
    taskQueue: TASK_QUEUE,
    workflowId: announcementWorkflowId(key),
    args: [{ key, regionCode: city, year: YEAR }],
  });
  const approve = async (draft: { cutoff: string; correction?: string }, version: number) => {
    await run.executeUpdate(draftAnnouncementUpdate, { args: [{ actor: supervisor(city), ...draft }] });
    await run.executeUpdate(decideAnnouncementUpdate, {
      args: [
        {
          version,
          actor: { ...supervisor(city), userId: 'approver-130200' },
          outcome: 'approved',
          reason: '同意',
        },
      ],
    });
  };
  await approve({ cutoff: '2027-12-31' }, 1);
  const done = await eventually(milestone, (m) => m?.status === 'done', 'the announcement milestone done');
  expect(done!.submissions).toEqual([
    expect.objectContaining({
      by: expect.objectContaining({ userId: 'approver-130200' }),
      evidence: [{ reference: `${key}-1`, description: '年度社会公告' }],
    }),
  ]);
  // A correction is published too; the milestone keeps its one submission.
  await approve({ cutoff: '2027-12-31', correction: '更正产能数值' }, 2);
  await eventually(
    () => run.query(getAnnouncementStateQuery),
    (s) => s.versions.filter((v) => v.status === 'published').length === 2,
    'the correction published',
  );
  const entries = await eventually(
    () =>
      database.db
        .select()
        .from(yearEvents)
        .where(eq(yearEvents.yearId, yearInput.yearId))
        .orderBy(asc(yearEvents.sequence)),
    (rows) => rows.some((e) => e.type === 'milestone_submitted'),
    'the submission in the year’s ledger',
  );
  expect(
    entries
      .filter((e) => e.type === 'milestone_submitted')
      .map((e) => [e.detail.milestone, e.detail.announcementId]),
  ).toEqual([['announcement', `${key}-1`]]);
  expect((await milestone())!.submissions).toHaveLength(1);
  await recordHistoryIfAsked('year-announcement-milestone', await year.fetchHistory());
  await terminateWhenIdle(year);
});
