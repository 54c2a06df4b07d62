/**
 * The bureau's year (workflows/year.ts) on the time-skipping server with the real activities and
 * PostgreSQL: an 安康 county's 2027 — the plan returned once and accepted by the city, reminders a week
 * before 19 July, the mid-year table lapsing with nothing submitted (督办 to the city's office), the
 * census submitted in time and not overdue, the summary by 30 December; its quarterly notices to the
 * member units issued by the year at each quarter's end, Q1 signed for by every unit, Q2 by none by its
 * day (the office told, a late receipt marked late); the year closed once Q4's receipts lapsed — and a
 * 云南 safety city's year, whose dates differ; a year opened after some milestones lapsed.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import { outbox, yearEvents, years } from '../../db/schema';
import { expectChained } from '../helpers/ledger';
import { currentPolicyKeyFor, policyOf } from '../../domain/policy';
import type { MemberUnit } from '../../domain/policy-types';
import { dayPeriodDeadline } from '../../domain/calendar';
import { ACKNOWLEDGEMENT_DAYS, quartersDue } from '../../domain/quarterly-notice';
import { yearIdOf, type YearInput, type YearState } from '../../domain/year-state';
import type { bureauYearWorkflow } from '../../workflows/year';
import {
  TASK_QUEUE,
  amendWorkPlanUpdate,
  issueQuarterlyNoticeUpdate,
  recordNoticeReceiptUpdate,
  getYearStateQuery,
  reviewMilestoneUpdate,
  reviewWorkPlanAmendmentUpdate,
  submitMilestoneUpdate,
  yearWorkflowId,
} from '../../workflows/year-contract';
import type { PlanTarget } from '../../domain/work-plan';
import { evidence, officer, supervisor } from '../helpers/actors';
import { recordHistoryIfAsked } from '../helpers/histories';
import { skipTo, startCaseWorker, type TestDatabase, terminateWhenIdle } from '../helpers/servers';
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

// 安康 county's year, run by the first test and closed by the last (time runs on in between).
const yearId = yearIdOf(COUNTY, 2027);
let handle: WorkflowHandle<typeof bureauYearWorkflow>;
const state = () => handle.query(getYearStateQuery);
const MEMBER_UNITS = [...policyOf(currentPolicyKeyFor(COUNTY)).rules.memberUnits];
const office = supervisor(COUNTY);

it('runs an 安康 county’s 2027: the plan returned, approved and amended, two quarterly notices, reminded, overdue to the city', async () => {
  handle = await startYear(COUNTY, 2027);
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

  // 24:00 CST on 31 March: the year issues Q1's notice by itself, to each member unit of the profile.
  await skipTo(env, '2027-04-01T02:00:00Z');
  const q1 = await eventually(state, (s: YearState) => s.quarterlyNotices?.length === 1, 'the Q1 notice');
  expect(q1.memberUnits).toEqual(MEMBER_UNITS);
  expect(q1.quarterlyNotices![0]).toMatchObject({
    quarter: 1,
    noticeId: `TB-${COUNTY}-2027-Q1`,
    asOf: '2027-03-31T16:00:00.000Z',
    issuedBy: { role: 'system' },
    acknowledgeBy: { lastDay: dayPeriodDeadline('2027-04-01', ACKNOWLEDGEMENT_DAYS).lastDay },
    units: MEMBER_UNITS.map((unit) => ({ unit, receipt: null })),
  });
  // Issued once: not again by hand, nor Q2 before it ends; each unit signs once, and only the county's office records it.
  const issue = (quarter: 1 | 2) =>
    handle.executeUpdate(issueQuarterlyNoticeUpdate, { args: [{ actor: office, quarter }] });
  expect(await refusal(issue(1))).toMatch(/Q1 2027 is already issued/);
  expect(await refusal(issue(2))).toMatch(/Q2 2027 ends at 2027-06-30T16:00:00.000Z/);
  const sign = (quarter: 1 | 2, unit: MemberUnit, actor = office, receivedOn = '2027-04-01') =>
    handle.executeUpdate(recordNoticeReceiptUpdate, {
      args: [{ actor, quarter, unit, signer: `${unit} 收文员`, receivedOn, note: '' }],
    });
  expect(await refusal(sign(1, 'finance', supervisor(CITY)))).toMatch(/by the office of 610902, not 610900/);
  for (const unit of MEMBER_UNITS) await sign(1, unit);
  expect(await refusal(sign(1, 'finance'))).toMatch(/receipt of finance for Q1 is already recorded/);

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
  // Q2's notice went out on 1 July; nobody signed for it by its last day: the county's office was told.
  expect(lapsed.quarterlyNotices!.map((n) => [n.quarter, n.asOf, n.overdueSince])).toEqual([
    [1, '2027-03-31T16:00:00.000Z', null],
    [2, '2027-06-30T16:00:00.000Z', lapsed.quarterlyNotices![1]!.acknowledgeBy.lapsesAt],
  ]);
  expect(await sign(2, 'finance', office, '2027-07-20')).toMatchObject({
    quarter: 2,
    awaitingReceipt: MEMBER_UNITS.slice(1),
  });
  expect(
    (await state()).quarterlyNotices![1]!.units.find((u) => u.unit === 'finance')!.receipt,
  ).toMatchObject({ late: true });
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
  // The mid-year table carries its table, drawn as of its submission (the summary, its attachments only).
  const submitted = (await state()).milestones;
  expect(submitted.find((m) => m.kind === 'midyear_statistics')!.submissions[0]!.report).toMatchObject({
    reportId: expect.stringMatching(/^TJ-610902-2027-midyear_statistics-\d+$/),
    period: 'mid_year',
  });
  expect(submitted.find((m) => m.kind === 'summary')!.submissions[0]!.report).toBeUndefined();
  for (const kind of ['census', 'midyear_statistics', 'summary'] as const)
    await handle.executeUpdate(reviewMilestoneUpdate, {
      args: [{ kind, actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
    });
  // Every milestone done, but the year stays open for the notices of its last two quarters (the last test).
  expect(await state()).toMatchObject({ status: 'running' });
  expect(quartersDue(await state())).toEqual([3, 4]);
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
  await terminateWhenIdle(handle);
});

it('closes the 安康 county’s year once its Q4 notice is out and its receipts’ deadline lapses', async () => {
  await skipTo(env, '2028-01-20T02:00:00Z');
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
    'quarterly_notice_issued',
    ...MEMBER_UNITS.map(() => 'quarterly_notice_received'),
    'quarterly_notice_issued',
    'milestone_reminder',
    'milestone_reminder',
    'milestone_submitted',
    'quarterly_notice_unacknowledged',
    'milestone_overdue',
    'quarterly_notice_received',
    'milestone_submitted',
    'milestone_submitted',
    'milestone_accepted',
    'milestone_accepted',
    'milestone_accepted',
    'quarterly_notice_issued',
    'quarterly_notice_unacknowledged',
    'quarterly_notice_issued',
    'quarterly_notice_unacknowledged',
    'year_closed',
  ]);
  expect(entries.find((e) => e.type === 'milestone_overdue')?.detail).toMatchObject({
    milestone: 'midyear_statistics',
    to: CITY,
  });
  // The ledger's chain holds: each hash covers its content and the one before.
  expectChained(entries);
  const [row] = await database.db.select().from(years).where(eq(years.id, yearId));
  expect(row).toMatchObject({
    status: 'closed',
    pending: 0,
    overdue: 0,
    nextDueAt: null,
    stateVersion: entries.length,
  });
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
  // Each quarter's notice reached each member unit once.
  const copies = (await database.db.select().from(outbox).where(eq(outbox.yearId, yearId))).filter(
    (row) => row.kind === 'quarterly_notice',
  );
  expect(
    copies.map((row) => `Q${String(row.payload.quarter)} → ${String(row.recipient?.memberUnit)}`).sort(),
  ).toEqual([1, 2, 3, 4].flatMap((quarter) => MEMBER_UNITS.map((unit) => `Q${quarter} → ${unit}`)).sort());
  await recordHistoryIfAsked('year-ankang-county-reports', await handle.fetchHistory());
});
