/**
 * A county's whole year under the 安康市 profile (issue 15's test), on the time-skipping server with the real
 * activities and PostgreSQL: 岚皋县's 2027 — the work plan approved by the city; the census imported (a bad
 * row rejected at its cell) and its rows filed as cases; two quarterly notices delivered to every member
 * unit exactly once; the mid-year table and the census lapsing (督办 to the city), then submitted with its table and
 * accepted; a row added to the census after its deadline, counted only with the county government's
 * consent, and filed; the county interviewed by the city (约谈) and the follow-up recorded; the summary
 * accepted by the city; the announcement published and corrected once; the year closed. And 云南 safety's
 * dates for the same year, which differ. The census service runs on the skipped clock as the API would.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import { eq, like } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { decideConsent, fileCensus, importCensus } from '../../api/services/census-inventory';
import { cases, outbox, quarterlyNotices } from '../../db/schema';
import { announcementKeyOf } from '../../domain/announcement';
import { currentPolicyKeyFor, policyOf } from '../../domain/policy';
import { yearIdOf, type YearInput, type YearState } from '../../domain/year-state';
import type { bureauYearWorkflow } from '../../workflows/year';
import {
  ANNOUNCEMENT_WORKFLOW_TYPE,
  announcementWorkflowId,
  decideAnnouncementUpdate,
  draftAnnouncementUpdate,
} from '../../workflows/announcement-contract';
import {
  TASK_QUEUE,
  getYearStateQuery,
  recordSupervisionActionUpdate,
  recordSupervisionFollowUpUpdate,
  reviewMilestoneUpdate,
  submitMilestoneUpdate,
  yearWorkflowId,
} from '../../workflows/year-contract';
import { evidence, supervisor } from '../helpers/actors';
import { skipTo, startCaseWorker, type TestDatabase, terminateWhenIdle } from '../helpers/servers';
import { censusCsv, censusRow } from '../kit/census';
import { aFinding, creditCode } from '../kit/findings';
import { eventually } from '../kit/poll';

const COUNTY = '610925'; // 岚皋县
const CITY = '610900'; // 安康市
const YEAR = 2027;
const officer: Principal = {
  userId: 'lg-officer',
  roles: ['department_officer'],
  regionCode: COUNTY,
  department: 'industry_it',
};
const government: Principal = {
  userId: 'lg-government',
  roles: ['government_approver'],
  regionCode: COUNTY,
  department: null,
};
const MEMBER_UNITS = [...policyOf(currentPolicyKeyFor(COUNTY)).rules.memberUnits];
const SERIES = `岚工信〔${process.pid}〕`;

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

const now = async () => new Date(await env.currentTimeMs());
const startYear = (regionCode: string): Promise<WorkflowHandle<typeof bureauYearWorkflow>> => {
  const input: YearInput = {
    yearId: yearIdOf(regionCode, YEAR),
    regionCode,
    year: YEAR,
    ...currentPolicyKeyFor(regionCode),
    openedBy: supervisor(CITY),
  };
  return env.client.workflow.start('bureauYearWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: yearWorkflowId(input.yearId),
    args: [input],
  });
};
const row = (name: string, overrides: Parameters<typeof aFinding>[0] = {}) =>
  aFinding(
    {
      documentNumber: `${SERIES}${name}`,
      enterprise: {
        name: `岚皋某${name}厂`,
        creditCode: creditCode(COUNTY, name.length * 100 + 7),
        regionCode: COUNTY,
      },
      // Validated on the real clock, as the API would: a day already past there.
      findingDate: '2026-11-20',
      ...overrides,
    },
    { regionCode: COUNTY },
  );
const censusCases = () =>
  database.db
    .select()
    .from(cases)
    .where(like(cases.documentNumber, `${SERIES}%`));
const copies = async (yearId: string) =>
  (await database.db.select().from(outbox).where(eq(outbox.yearId, yearId)))
    .filter((message) => message.kind === 'quarterly_notice')
    .map((message) => `Q${String(message.payload.quarter)} → ${String(message.recipient?.memberUnit)}`)
    .sort();
const everyUnit = (...quarters: number[]) =>
  quarters.flatMap((quarter) => MEMBER_UNITS.map((unit) => `Q${quarter} → ${unit}`)).sort();

it('runs 岚皋县’s 2027 under the 安康 profile, from its plan to its announcement', async () => {
  const county = await startYear(COUNTY);
  const city = await startYear(CITY);
  const countyYear = yearIdOf(COUNTY, YEAR);
  const state = () => county.query(getYearStateQuery);
  await eventually(state, (s: YearState) => s.sequence >= 1, 'the county’s year opened');
  await eventually(
    () => city.query(getYearStateQuery),
    (s: YearState) => s.sequence >= 1,
    'the city’s year opened',
  );

  // The plan: submitted with its targets, approved by the city.
  await county.executeUpdate(submitMilestoneUpdate, {
    args: [
      {
        kind: 'work_plan',
        actor: supervisor(COUNTY),
        note: '岚皋县2027年度工作计划',
        evidence: evidence('岚政发〔2027〕1号'),
        targets: [
          {
            measure: 'rectify',
            dimension: 'energy',
            industry: 'steel',
            enterprises: 2,
            equipment: 2,
            capacity: 120,
            unit: '万吨/年',
          },
        ],
      },
    ],
  });
  await county.executeUpdate(reviewMilestoneUpdate, {
    args: [{ kind: 'work_plan', actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
  });

  // The census: two good rows stored, a bad one rejected at its cell; the good ones filed as cases.
  const bad = { ...row('坏行'), enterprise: { name: '岚皋某坏行厂', creditCode: 'BAD', regionCode: COUNTY } };
  const imported = await importCensus(
    database.db,
    officer,
    { regionCode: COUNTY, year: YEAR },
    censusCsv([row('甲'), row('乙'), bad].map(censusRow)),
    'text/csv',
    await now(),
  );
  expect(imported).toMatchObject({ late: false, summary: { rows: 3, stored: 2, rejected: 1 } });
  expect(imported.rows[2]!.errors.map((e) => e.cell)).toContain('D4');
  const deps = { db: database.db, temporal: env.client, taskQueue: TASK_QUEUE };
  expect(
    (await fileCensus(deps, officer, { regionCode: COUNTY, year: YEAR }, { limit: 1000 }, console)).summary,
  ).toEqual({
    created: 2,
    existing: 0,
    failed: 0,
    notYours: 0,
  });
  await eventually(
    censusCases,
    (rows) => rows.filter((r) => r.status === 'rectifying').length === 2,
    'two cases rectifying',
  );

  // Q1 and Q2: the year issues each notice at the quarter's end, one copy to every member unit, once.
  await skipTo(env, '2027-07-01T02:00:00Z');
  await eventually(state, (s: YearState) => s.quarterlyNotices?.length === 2, 'two quarterly notices');
  expect(
    await eventually(
      () => copies(countyYear),
      (c) => c.length === 2 * MEMBER_UNITS.length,
      'the copies',
    ),
  ).toEqual(everyUnit(1, 2));
  const [q1] = await database.db
    .select()
    .from(quarterlyNotices)
    .where(eq(quarterlyNotices.id, `TB-${COUNTY}-${YEAR}-Q1`));
  expect(q1!.counts).toEqual({ to_rectify: 2, to_exit: 0 });

  // 19 July lapses with the mid-year table unsubmitted: 督办 to the city.
  await skipTo(env, '2027-07-20T02:00:00Z');
  const lapsed = await eventually(
    state,
    (s: YearState) => s.milestones.find((m) => m.kind === 'midyear_statistics')!.overdueSince !== null,
    'the mid-year table overdue',
  );
  expect(lapsed.milestones.find((m) => m.kind === 'midyear_statistics')!.reviewRegion).toBe(CITY);
  // 督办 to the city for each milestone of 19 July still unsubmitted: the census and the mid-year table.
  const notices = await eventually(
    async () =>
      (await database.db.select().from(outbox).where(eq(outbox.yearId, countyYear))).filter(
        (message) => message.kind === 'supervisor_notice',
      ),
    (rows) => rows.length === 2,
    'the 督办 notices',
  );
  expect(notices.map((m) => [m.payload.milestone, m.recipient]).sort()).toEqual([
    ['census', { role: 'supervisor', regionCode: CITY, departments: null }],
    ['midyear_statistics', { role: 'supervisor', regionCode: CITY, departments: null }],
  ]);

  // A row added after the census deadline waits for the county government's consent, then is filed.
  const late = await importCensus(
    database.db,
    officer,
    { regionCode: COUNTY, year: YEAR },
    censusCsv([censusRow(row('丙'))]),
    'text/csv',
    await now(),
  );
  expect(late).toMatchObject({ late: true, summary: { stored: 1 } });
  const lateId = late.rows[0]!.entryId!;
  expect(
    (await fileCensus(deps, officer, { regionCode: COUNTY, year: YEAR }, { limit: 1000 }, console)).results,
  ).toEqual([]);
  expect(
    await decideConsent(
      database.db,
      government,
      lateId,
      { outcome: 'consented', reason: '核实后同意补报', documentNumber: '岚政函〔2027〕5号' },
      await now(),
    ),
  ).toMatchObject({ status: 'confirmed' });
  expect(
    (await fileCensus(deps, officer, { regionCode: COUNTY, year: YEAR }, { limit: 1000 }, console)).summary
      .created,
  ).toBe(1);

  // The county lags: the city interviews it, and records the follow-up.
  await city.executeUpdate(recordSupervisionActionUpdate, {
    args: [
      {
        actor: supervisor(CITY),
        kind: 'interview',
        regionCode: COUNTY,
        heldOn: '2027-07-20',
        who: '岚皋县人民政府分管副县长',
        reason: '半年统计表逾期未报',
        commitments: '一周内补报',
        followUpBy: '2027-08-20',
      },
    ],
  });
  await city.executeUpdate(recordSupervisionFollowUpUpdate, {
    args: [{ actor: supervisor(CITY), number: 1, note: '已补报半年统计表' }],
  });

  // The mid-year table, late, with its table; the census; both accepted by the city.
  for (const kind of ['midyear_statistics', 'census'] as const)
    await county.executeUpdate(submitMilestoneUpdate, {
      args: [{ kind, actor: supervisor(COUNTY), note: kind, evidence: evidence(`${kind}.xlsx`) }],
    });
  const midyear = (await state()).milestones.find((m) => m.kind === 'midyear_statistics')!;
  expect(midyear.submissions[0]!.report).toMatchObject({ period: 'mid_year', lines: 1 });
  for (const kind of ['midyear_statistics', 'census'] as const)
    await county.executeUpdate(reviewMilestoneUpdate, {
      args: [{ kind, actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
    });

  // The year-end summary by 30 December, accepted by the city.
  await skipTo(env, '2027-12-01T02:00:00Z');
  await county.executeUpdate(submitMilestoneUpdate, {
    args: [
      { kind: 'summary', actor: supervisor(COUNTY), note: '年度工作总结', evidence: evidence('总结.pdf') },
    ],
  });
  expect(
    await county.executeUpdate(reviewMilestoneUpdate, {
      args: [{ kind: 'summary', actor: supervisor(CITY), outcome: 'accepted', reason: '同意' }],
    }),
  ).toMatchObject({ milestoneStatus: 'done', yearStatus: 'running' });

  // The announcement, published and corrected once.
  await skipTo(env, '2028-01-05T02:00:00Z');
  const key = announcementKeyOf(COUNTY, YEAR);
  const run = await env.client.workflow.start(ANNOUNCEMENT_WORKFLOW_TYPE, {
    taskQueue: TASK_QUEUE,
    workflowId: announcementWorkflowId(key),
    args: [{ key, regionCode: COUNTY, year: YEAR }],
  });
  const approver = { ...supervisor(COUNTY), userId: 'approver-610925' };
  for (const [version, draft] of [
    [1, { cutoff: '2027-12-31' }],
    [2, { cutoff: '2027-12-31', correction: '更正一处企业名称' }],
  ] as const) {
    await run.executeUpdate(draftAnnouncementUpdate, { args: [{ actor: supervisor(COUNTY), ...draft }] });
    expect(
      await run.executeUpdate(decideAnnouncementUpdate, {
        args: [{ version, actor: approver, outcome: 'approved', reason: '同意发布' }],
      }),
    ).toMatchObject({ version, status: 'published' });
  }

  // Q3 and Q4 went out too, each to every unit once; once Q4's receipts lapse, the year closes.
  await skipTo(env, '2028-01-20T02:00:00Z');
  const closed = await eventually(state, (s: YearState) => s.status === 'closed', 'the year closed');
  expect(closed.quarterlyNotices!.map((n) => n.quarter)).toEqual([1, 2, 3, 4]);
  expect(await copies(countyYear)).toEqual(everyUnit(1, 2, 3, 4));
  expect(closed.milestones.map((m) => [m.kind, m.status])).toEqual([
    ['work_plan', 'done'],
    ['census', 'done'],
    ['midyear_statistics', 'done'],
    ['summary', 'done'],
  ]);
  expect((await censusCases()).map((c) => c.documentNumber).sort()).toEqual(
    [`${SERIES}丙`, `${SERIES}乙`, `${SERIES}甲`].sort(),
  );
});

it('follows 云南 safety’s dates for the same year, which differ', async () => {
  const handle = await startYear('530300'); // 曲靖市
  const opened = await eventually(
    () => handle.query(getYearStateQuery),
    (s: YearState) => s.sequence >= 1,
    'opened',
  );
  expect(opened.policyProfile).toBe('yunnan-safety');
  expect(opened.milestones.map((m) => [m.kind, m.deadline.lastDay, m.reviewRegion])).toEqual([
    ['work_plan', '2027-04-30', '530000'],
    ['census', '2027-06-30', '530000'],
    ['enforcement', '2027-09-30', '530000'],
    ['summary', '2027-12-31', '530000'],
  ]);
  await terminateWhenIdle(handle);
});
