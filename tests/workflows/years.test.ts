/**
 * The bureau's year (workflows/year.ts) on the time-skipping server with the real activities and
 * PostgreSQL: an 安康 county's 2027 — the plan returned once and accepted by the city, reminders a week
 * before 19 July, the mid-year table lapsing with nothing submitted (督办 to the city's office), the
 * census submitted in time and not overdue, the summary by 30 December, the year closed — and a 云南
 * safety city's year, whose dates differ; a year opened after some milestones lapsed.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import { outbox, yearEvents, years } from '../../db/schema';
import { ledgerContentOfRow, ledgerHash } from '../../db/ledger';
import { currentPolicyKeyFor } from '../../domain/policy';
import { yearIdOf, type YearInput, type YearState } from '../../domain/year-state';
import type { bureauYearWorkflow } from '../../workflows/year';
import {
  TASK_QUEUE,
  amendWorkPlanUpdate,
  getYearStateQuery,
  reviewMilestoneUpdate,
  reviewWorkPlanAmendmentUpdate,
  submitMilestoneUpdate,
  yearWorkflowId,
} from '../../workflows/year-contract';
import type { PlanTarget } from '../../domain/work-plan';
import { evidence, officer, supervisor } from '../helpers/actors';
import { recordHistoryIfAsked } from '../helpers/histories';
import { skipTo, startCaseWorker, type TestDatabase } from '../helpers/servers';
import { eventually } from '../kit/poll';

const COUNTY = '610902'; // 汉滨区
const CITY = '610900'; // 安康市

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let stop: () => Promise<void>;

beforeAll(async () => {
  // Monday 4 January 2027, 10:00 China Standard Time.
  ({ env, database, stop } = await startCaseWorker('2027-01-04 02:00:00', TASK_QUEUE));
}, 120_000);

afterAll(async () => {
  await stop?.();
});

async function startYear(
  regionCode: string,
  year: number,
): Promise<WorkflowHandle<typeof bureauYearWorkflow>> {
  const input: YearInput = {
    yearId: yearIdOf(regionCode, year),
    regionCode,
    year,
    ...currentPolicyKeyFor(regionCode),
    openedBy: supervisor(regionCode),
  };
  return env.client.workflow.start('bureauYearWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: yearWorkflowId(input.yearId),
    args: [input],
  });
}

const ledger = (yearId: string) =>
  database.db
    .select()
    .from(yearEvents)
    .where(eq(yearEvents.yearId, yearId))
    .orderBy(asc(yearEvents.sequence));

const messages = async (yearId: string) =>
  (await database.db.select().from(outbox).where(eq(outbox.yearId, yearId))).map((row) => ({
    kind: row.kind,
    to: row.recipient,
    milestone: row.payload.milestone,
  }));

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) =>
      error instanceof WorkflowUpdateFailedError ? String(error.cause?.message) : String(error),
  );

const target = (overrides: Partial<PlanTarget> = {}): PlanTarget => ({
  measure: 'exit',
  dimension: 'energy',
  industry: 'cement',
  enterprises: 2,
  equipment: 3,
  capacity: 60,
  unit: '万吨/年',
  ...overrides,
});

it('runs an 安康 county’s 2027: the plan returned, approved and amended, reminded, overdue to the city, closed', async () => {
  const handle = await startYear(COUNTY, 2027);
  const yearId = yearIdOf(COUNTY, 2027);
  const state = () => handle.query(getYearStateQuery);
  const opened = await eventually(state, (s: YearState) => s.sequence >= 1, 'the year opened');
  expect(opened).toMatchObject({ policyProfile: 'ankang', policyVersion: '2024.1', status: 'running' });
  expect(opened.milestones.map((m) => [m.kind, m.deadline.lastDay, m.reviewRegion, m.status])).toEqual([
    ['work_plan', '2027-07-19', CITY, 'open'],
    ['census', '2027-07-19', CITY, 'open'],
    ['midyear_statistics', '2027-07-19', CITY, 'open'],
    ['summary', '2027-12-30', CITY, 'open'],
  ]);

  // Who may do what: the county's office submits, the city's office reviews.
  expect(
    await refusal(
      handle.executeUpdate(submitMilestoneUpdate, {
        args: [
          { kind: 'work_plan', actor: officer('industry_it', COUNTY), note: '方案', evidence: evidence('a') },
        ],
      }),
    ),
  ).toMatch(/work_plan is submitted by supervisors of 610902/);
  expect(
    await refusal(
      handle.executeUpdate(submitMilestoneUpdate, {
        args: [{ kind: 'work_plan', actor: supervisor('610921'), note: '方案', evidence: evidence('a') }],
      }),
    ),
  ).toMatch(/jurisdiction that owes it, 610902/);
  expect(
    await refusal(
      handle.executeUpdate(reviewMilestoneUpdate, {
        args: [{ kind: 'work_plan', actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
      }),
    ),
  ).toMatch(/no submission waiting/);

  const plan = {
    kind: 'work_plan' as const,
    actor: supervisor(COUNTY),
    note: '汉滨区2027年度工作计划',
    evidence: evidence('汉政发〔2027〕3号'),
  };
  // The plan is its targets: without them, or with a line twice, it is refused.
  expect(await refusal(handle.executeUpdate(submitMilestoneUpdate, { args: [plan] }))).toMatch(
    /submitted with its targets/,
  );
  expect(
    await refusal(
      handle.executeUpdate(submitMilestoneUpdate, { args: [{ ...plan, targets: [target(), target()] }] }),
    ),
  ).toMatch(/target 2 repeats target 1/);
  expect(
    await refusal(
      handle.executeUpdate(submitMilestoneUpdate, {
        args: [
          {
            kind: 'census',
            actor: supervisor(COUNTY),
            note: '摸排',
            evidence: evidence('b'),
            targets: [target()],
          },
        ],
      }),
    ),
  ).toMatch(/only the work plan carries targets/);
  expect(
    await handle.executeUpdate(submitMilestoneUpdate, { args: [{ ...plan, targets: [target()] }] }),
  ).toMatchObject({
    kind: 'work_plan',
    milestoneStatus: 'submitted',
  });
  expect(
    await refusal(
      handle.executeUpdate(reviewMilestoneUpdate, {
        args: [{ kind: 'work_plan', actor: supervisor(COUNTY), outcome: 'accepted', reason: '自己审' }],
      }),
    ),
  ).toMatch(/reviewed by the office of 610900/);
  await handle.executeUpdate(reviewMilestoneUpdate, {
    args: [{ kind: 'work_plan', actor: supervisor(CITY), outcome: 'returned', reason: '缺少产能目标' }],
  });
  const secondTargets = [
    target(),
    target({ measure: 'rectify', dimension: 'environment', enterprises: 4, equipment: 4, capacity: 120 }),
  ];
  await handle.executeUpdate(submitMilestoneUpdate, {
    args: [{ ...plan, note: '补充产能目标后重报', targets: secondTargets }],
  });
  expect(
    await handle.executeUpdate(reviewMilestoneUpdate, {
      args: [{ kind: 'work_plan', actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
    }),
  ).toMatchObject({ milestoneStatus: 'done', yearStatus: 'running' });
  expect((await state()).plan!.map((v) => [v.version, v.status, v.amends, v.review?.outcome])).toEqual([
    [1, 'returned', null, 'returned'],
    [2, 'approved', null, 'accepted'],
  ]);

  // Amended: only by the county's office; approved only by the city's; returned, the version in force stays.
  const amendment = {
    actor: supervisor(COUNTY),
    targets: [target({ enterprises: 3, equipment: 5, capacity: 90 })],
    reason: '新增一家水泥企业',
    evidence: evidence('汉政发〔2027〕20号'),
  };
  expect(
    await refusal(
      handle.executeUpdate(amendWorkPlanUpdate, { args: [{ ...amendment, actor: supervisor(CITY) }] }),
    ),
  ).toMatch(/amended by the jurisdiction whose plan it is, 610902/);
  expect(await handle.executeUpdate(amendWorkPlanUpdate, { args: [amendment] })).toMatchObject({
    version: 3,
    versionStatus: 'submitted',
    inForce: 2,
  });
  expect(await refusal(handle.executeUpdate(amendWorkPlanUpdate, { args: [amendment] }))).toMatch(
    /version 3 of the work plan waits for approval/,
  );
  const decide = (version: number, actor: ReturnType<typeof supervisor>, outcome: 'accepted' | 'returned') =>
    handle.executeUpdate(reviewWorkPlanAmendmentUpdate, {
      args: [{ version, actor, outcome, reason: outcome === 'accepted' ? '同意修订' : '理由不足' }],
    });
  expect(await refusal(decide(3, supervisor(COUNTY), 'accepted'))).toMatch(
    /approved by the office of 610900/,
  );
  expect(await refusal(decide(2, supervisor(CITY), 'accepted'))).toMatch(/version 2 is the first plan/);
  expect(await decide(3, supervisor(CITY), 'returned')).toMatchObject({
    versionStatus: 'returned',
    inForce: 2,
  });
  await handle.executeUpdate(amendWorkPlanUpdate, {
    args: [{ ...amendment, reason: '新增一家水泥企业，附名单' }],
  });
  expect(await decide(4, supervisor(CITY), 'accepted')).toMatchObject({
    versionStatus: 'approved',
    inForce: 4,
  });
  expect((await state()).plan!.map((v) => [v.version, v.status, v.amends])).toEqual([
    [1, 'returned', null],
    [2, 'superseded', null],
    [3, 'returned', 2],
    [4, 'approved', 2],
  ]);

  // A week before 19 July: reminders for what is still open, none for the plan.
  await skipTo(env, '2027-07-12T02:00:00Z');
  await eventually(
    state,
    (s: YearState) => s.milestones.filter((m) => m.reminded.length > 0).length === 2,
    'the reminders of 12 July',
  );
  expect((await state()).milestones.find((m) => m.kind === 'work_plan')!.reminded).toEqual([]);

  await handle.executeUpdate(submitMilestoneUpdate, {
    args: [
      {
        kind: 'census',
        actor: supervisor(COUNTY),
        note: '摸排计划报告',
        evidence: evidence('汉政发〔2027〕9号'),
      },
    ],
  });

  // 19 July lapses at 24:00 CST with the mid-year table not submitted: 督办 to the city's office.
  await skipTo(env, '2027-07-19T16:00:30Z');
  const lapsed = await eventually(
    state,
    (s: YearState) => s.milestones.some((m) => m.overdueSince !== null),
    'the mid-year table overdue',
  );
  expect(lapsed.milestones.map((m) => [m.kind, m.status, m.overdueSince])).toEqual([
    ['work_plan', 'done', null],
    ['census', 'submitted', null],
    ['midyear_statistics', 'open', '2027-07-19T16:00:00.000Z'],
    ['summary', 'open', null],
  ]);
  const sent = await eventually(
    () => messages(yearId),
    (rows) => rows.some((m) => m.kind === 'supervisor_notice'),
    'the 督办 notice',
  );
  expect(sent.filter((m) => m.kind === 'supervisor_notice')).toEqual([
    {
      kind: 'supervisor_notice',
      to: { role: 'supervisor', regionCode: CITY, departments: null },
      milestone: 'midyear_statistics',
    },
  ]);
  expect(
    sent
      .filter((m) => m.kind === 'milestone_reminder')
      .map((m) => m.milestone)
      .sort(),
  ).toEqual(['census', 'midyear_statistics']);

  // Late, then accepted; the census accepted; the summary by 30 December; the year closes.
  for (const kind of ['midyear_statistics', 'summary'] as const)
    await handle.executeUpdate(submitMilestoneUpdate, {
      args: [{ kind, actor: supervisor(COUNTY), note: kind, evidence: evidence(`${kind}.pdf`) }],
    });
  for (const kind of ['census', 'midyear_statistics', 'summary'] as const)
    await handle.executeUpdate(reviewMilestoneUpdate, {
      args: [{ kind, actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
    });
  // (Not handle.result(): awaiting it lets the time-skipping server run its clock on.)
  const closed = await eventually(state, (s: YearState) => s.status === 'closed', 'the year closed');
  expect(closed.closedAt).not.toBeNull();

  // The state says closed before its last step is written: wait for the ledger's last entry.
  const entries = await eventually(
    () => ledger(yearId),
    (rows) => rows.at(-1)?.type === 'year_closed',
    'the year_closed entry written',
  );
  expect(entries.map((e) => e.type)).toEqual([
    'year_opened',
    'milestone_submitted',
    'milestone_returned',
    'milestone_submitted',
    'milestone_accepted',
    'plan_amendment_submitted',
    'plan_amendment_returned',
    'plan_amendment_submitted',
    'plan_amendment_approved',
    'milestone_reminder',
    'milestone_reminder',
    'milestone_submitted',
    'milestone_overdue',
    'milestone_submitted',
    'milestone_submitted',
    'milestone_accepted',
    'milestone_accepted',
    'milestone_accepted',
    'year_closed',
  ]);
  expect(entries.find((e) => e.type === 'milestone_overdue')?.detail).toMatchObject({
    milestone: 'midyear_statistics',
    to: CITY,
  });
  // The ledger's chain holds: each hash covers its content and the one before.
  let previous = '';
  for (const entry of entries) {
    expect(entry.prevHash).toBe(previous);
    expect(entry.hash).toBe(ledgerHash(ledgerContentOfRow(entry), previous));
    previous = entry.hash;
  }
  const [row] = await database.db.select().from(years).where(eq(years.id, yearId));
  expect(row).toMatchObject({ status: 'closed', pending: 0, overdue: 0, nextDueAt: null, stateVersion: 19 });
  // Each submission and amendment reached the city's office once; each return, the county's.
  expect(
    (await messages(yearId))
      .filter((m) => m.milestone === 'work_plan')
      .map((m) => `${m.kind} → ${m.to?.regionCode}`)
      .sort(),
  ).toEqual([
    `milestone_returned → ${COUNTY}`,
    `milestone_returned → ${COUNTY}`,
    `milestone_submitted → ${CITY}`,
    `milestone_submitted → ${CITY}`,
    `milestone_submitted → ${CITY}`,
    `milestone_submitted → ${CITY}`,
  ]);
  await recordHistoryIfAsked('year-ankang-county-plan', await handle.fetchHistory());
});

it('follows 云南 safety’s dates for a city, and reports its lapses to the province', async () => {
  const handle = await startYear('530100', 2027);
  const opened = await eventually(
    () => handle.query(getYearStateQuery),
    (s: YearState) => s.sequence >= 1,
    'the year opened',
  );
  expect(opened.policyProfile).toBe('yunnan-safety');
  expect(opened.milestones.map((m) => [m.kind, m.deadline.lastDay, m.reviewRegion])).toEqual([
    ['work_plan', '2027-04-30', '530000'],
    ['census', '2027-06-30', '530000'],
    ['enforcement', '2027-09-30', '530000'],
    ['summary', '2027-12-31', '530000'],
  ]);
  // Left running: the time-skipping server's sleep (skipTo, next test) only advances with a timer pending.
});

it('opens a year already under way: what lapsed before is overdue without a 督办, what is ahead runs', async () => {
  // Wednesday 1 September 2027: the milestones of 19 July have lapsed, the summary's 30 December is ahead.
  await skipTo(env, '2027-09-01T02:00:00Z');
  const county = '610921'; // 汉阴县
  const handle = await startYear(county, 2027);
  const opened = await eventually(
    () => handle.query(getYearStateQuery),
    (s: YearState) => s.sequence >= 1,
    'the year opened',
  );
  expect(opened.milestones.map((m) => m.kind)).toEqual([
    'work_plan',
    'census',
    'midyear_statistics',
    'summary',
  ]);
  // As the year opened: the three of 19 July overdue at once, the summary (30 December) ahead.
  const [entry] = await eventually(
    () => ledger(yearIdOf(county, 2027)),
    (rows) => rows.length > 0,
    'the ledger',
  );
  expect(entry!.type).toBe('year_opened');
  expect(entry!.detail).toMatchObject({ overdueAtOpening: ['work_plan', 'census', 'midyear_statistics'] });
  // No 督办 for a lapse from before the year was opened.
  const notices = await messages(yearIdOf(county, 2027));
  expect(notices.filter((m) => m.kind === 'supervisor_notice' && m.milestone !== 'summary')).toEqual([]);
  await handle.terminate('test over');
});
