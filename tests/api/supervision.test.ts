/**
 * Supervision (督查) over the API, against the real dev server and PostgreSQL: 汉中市's districts this year —
 * 汉台区 with a work plan approved through its year (exit target: 2 enterprises, 3 pieces of equipment,
 * 60 万吨/年), one exit this year, one case past its deadline and milestones lapsed before its year was
 * opened, so it lags for all three reasons; 南郑区 with a case awaiting acceptance and no year, so it does
 * not lag — and who may read it; then the city's notices and interviews (通报、约谈) and their follow-up.
 */
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf, dateDeadline } from '../../domain/calendar';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { OpenApiContract } from '../helpers/openapi';
import { bearer } from '../kit/tokens';

// Regions no other suite opens a year for: a year's workflow id is one per region and year on the server.
const CITY = '610700'; // 汉中市
const HANBIN = '610702'; // 汉台区
const HANYIN = '610703'; // 南郑区
const today = chinaDateOf(new Date());
const YEAR = Number(today.slice(0, 4));
const office = (regionCode: string): Principal => ({
  userId: `sv-office-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});

let api: ApiHarness;
let contract: OpenApiContract;
let keys = 0;

async function call(method: 'GET' | 'POST', url: string, as: Principal, payload?: unknown) {
  const answer = await api.app.inject({
    method,
    url,
    headers: {
      ...(await bearer(as)),
      ...(method === 'POST' ? { 'idempotency-key': `supervision-test-${process.pid}-${(keys += 1)}` } : {}),
    },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  // 汉台区's year, its plan submitted by the district and approved by the city.
  const yearId = `YR-${HANBIN}-${YEAR}`;
  expect((await call('POST', '/v1/years', office(CITY), { regionCode: HANBIN, year: YEAR })).statusCode).toBe(
    201,
  );
  const submitted = await call(
    'POST',
    `/v1/years/${yearId}/milestones/work_plan/submissions`,
    office(HANBIN),
    {
      note: '汉台区年度工作计划',
      evidence: [{ reference: '汉政发〔2026〕3号' }],
      targets: [
        {
          measure: 'exit',
          dimension: 'technology',
          industry: 'steel',
          enterprises: 2,
          equipment: 3,
          capacity: 60,
          unit: '万吨/年',
        },
        {
          measure: 'rectify',
          dimension: 'energy',
          industry: 'cement',
          enterprises: 5,
          equipment: 5,
          capacity: 100,
          unit: '万吨/年',
        },
      ],
    },
  );
  expect(submitted.statusCode).toBe(200);
  expect(
    (
      await call('POST', `/v1/years/${yearId}/milestones/work_plan/reviews`, office(CITY), {
        outcome: 'accepted',
        reason: '同意',
      })
    ).statusCode,
  ).toBe(200);
  // One exit this year; one case whose rectification deadline lapsed ten days ago; one awaiting acceptance.
  await backdatedExit(
    api.database.db,
    '督查退出',
    HANBIN,
    'technology',
    exitSteps(YEAR - 1, cst(`${YEAR}-02-20T10:00:00`), { dismantled: [cst(`${YEAR}-02-01T09:00:00`)] }),
  );
  const filedOn = addDays(today, -200);
  await backdatedExit(
    api.database.db,
    '督查逾期',
    HANBIN,
    'energy',
    [{ type: 'case_filed', status: 'rectifying', at: cst(`${filedOn}T10:00:00`) }],
    undefined,
    { deadline: dateDeadline(filedOn, addDays(today, -10)) },
  );
  await backdatedExit(
    api.database.db,
    '督查待验收',
    HANYIN,
    'technology',
    exitSteps(YEAR - 1, cst(`${YEAR}-03-20T10:00:00`), {
      dismantled: [cst(`${YEAR}-03-01T09:00:00`)],
    }).filter((step) => step.type !== 'acceptance_passed'),
  );
}, 120_000);
afterAll(async () => {
  await api?.close();
});

it('shows each county against its year, and which lag and why', async () => {
  const answer = await call('GET', `/v1/supervision/${CITY}/${YEAR}`, office(CITY));
  expect(answer.statusCode).toBe(200);
  const body = answer.json();
  expect(body).toMatchObject({ regionCode: CITY, regionName: '汉中市', year: YEAR });
  const hanbin = body.regions.find((r: { regionCode: string }) => r.regionCode === HANBIN);
  expect(hanbin).toMatchObject({
    regionName: '汉台区',
    casesOpen: 1,
    casesOverdue: 1,
    acceptancesPending: 0,
    exits: { equipment: 1, enterprises: 1, capacity: [{ capacityUnit: '万吨/年', value: 10 }] },
    yearId: `YR-${HANBIN}-${YEAR}`,
    planVersion: 1,
    exitTarget: { enterprises: 2, equipment: 3, capacity: [{ capacityUnit: '万吨/年', value: 60 }] },
    exitGap: { enterprises: 1, equipment: 2, capacity: [{ capacityUnit: '万吨/年', value: 50 }] },
  });
  // The milestones that lapsed before the year was opened, less the plan submitted since: as the year says.
  const year = (await call('GET', `/v1/years/YR-${HANBIN}-${YEAR}`, office(CITY))).json();
  expect(year.overdue).toBeGreaterThan(0);
  expect([hanbin.milestonesOverdue, hanbin.milestonesPending]).toEqual([year.overdue, year.pending]);
  expect(hanbin.lagging).toEqual(['cases_overdue', 'exits_behind_target', 'milestones_overdue']);
  const hanyin = body.regions.find((r: { regionCode: string }) => r.regionCode === HANYIN);
  expect(hanyin).toMatchObject({
    casesOpen: 1,
    casesOverdue: 0,
    acceptancesPending: 1,
    yearId: null,
    exitTarget: null,
    exitGap: null,
    lagging: [],
  });
});

it.each([
  [
    'a department officer',
    { userId: 'sv-officer', roles: ['department_officer'], regionCode: CITY, department: 'industry_it' },
    CITY,
    403,
  ],
  ['another city’s office', office('610800'), CITY, 403],
  ['a region the table lacks', office(CITY), '610999', 404],
] as [string, Principal, string, number][])('refuses %s', async (_, as, region, status) => {
  expect((await call('GET', `/v1/supervision/${region}/${YEAR}`, as)).statusCode).toBe(status);
});

describe('notices and interviews (通报、约谈)', () => {
  const cityYear = `YR-${CITY}-${YEAR}`;
  const interview = {
    kind: 'interview',
    regionCode: HANBIN,
    heldOn: today,
    who: '汉台区人民政府分管副区长',
    reason: '退出进度落后于工作方案目标，一件案件逾期',
    commitments: '12月底前完成剩余两条生产线的拆除',
    followUpBy: addDays(today, 30),
  };
  const url = `/v1/years/${cityYear}/supervision-actions`;

  beforeAll(async () => {
    expect((await call('POST', '/v1/years', office(CITY), { regionCode: CITY, year: YEAR })).statusCode).toBe(
      201,
    );
  });

  it.each([
    [
      'a region not directly under the city',
      { regionCode: '610821' },
      office(CITY),
      409,
      /not a region directly under 610700/,
    ],
    ['a day after today', { heldOn: addDays(today, 1) }, office(CITY), 409, /after today/],
    ['a follow-up not after the day', { followUpBy: today }, office(CITY), 409, /follow-up is due after/],
    ['the county’s office, which cannot see the city’s year', {}, office(HANBIN), 404, /no year/],
    ['an unknown kind', { kind: 'picnic' }, office(CITY), 400, /kind/],
  ] as [string, Record<string, unknown>, Principal, number, RegExp][])(
    'refuses %s, and records nothing',
    async (_, change, as, status, detail) => {
      const answer = await call('POST', url, as, { ...interview, ...change });
      expect(answer.statusCode).toBe(status);
      expect(JSON.stringify(answer.json())).toMatch(detail);
      const view = (await call('GET', `/v1/years/${cityYear}`, office(CITY))).json();
      expect(view.supervision.actions).toEqual([]);
    },
  );

  it('records an interview, tells the region, then records its follow-up once', async () => {
    const recorded = await call('POST', url, office(CITY), interview);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({ yearId: cityYear, number: 1, followedUp: false });
    let view = (await call('GET', `/v1/years/${cityYear}`, office(CITY))).json();
    expect(view.supervision).toMatchObject({
      mayI: { record: null },
      actions: [
        {
          number: 1,
          kind: 'interview',
          kindLabel: '约谈',
          regionName: '汉台区',
          commitments: interview.commitments,
          followUp: { lastDay: recorded.json().followUpLastDay },
          followedUp: null,
        },
      ],
    });
    const sent = await api.database.pool.query(
      `select kind, recipient from outbox where year_id = $1 and kind = 'supervision_notice'`,
      [cityYear],
    );
    expect(sent.rows).toEqual([
      {
        kind: 'supervision_notice',
        recipient: { role: 'supervisor', regionCode: HANBIN, departments: null },
      },
    ]);
    expect((await call('GET', `/v1/years/${cityYear}`, office(HANBIN))).statusCode).toBe(404);

    const followUp = `${url}/1/follow-ups`;
    const done = await call('POST', followUp, office(CITY), {
      note: '已拆除一条生产线，另一条12月20日前拆除',
    });
    expect(done.json()).toMatchObject({ number: 1, followedUp: true });
    expect((await call('POST', followUp, office(CITY), { note: '再次' })).json().detail).toMatch(
      /already recorded/,
    );
    expect((await call('POST', `${url}/9/follow-ups`, office(CITY), { note: 'x' })).statusCode).toBe(404);
    view = (await call('GET', `/v1/years/${cityYear}`, office(CITY))).json();
    expect(view.events.map((e: { type: string }) => e.type).slice(-2)).toEqual([
      'supervision_action_recorded',
      'supervision_follow_up_recorded',
    ]);
  });
});
