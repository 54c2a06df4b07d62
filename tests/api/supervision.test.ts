/**
 * Supervision (督查) over the API, against the real dev server and PostgreSQL: 安康市's counties this year —
 * 汉滨区 with a work plan approved through its year (exit target: 2 enterprises, 3 pieces of equipment,
 * 60 万吨/年), one exit this year, one case past its deadline and milestones lapsed before its year was
 * opened, so it lags for all three reasons; 汉阴县 with a case awaiting acceptance and no year, so it does
 * not lag — and who may read it.
 */
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf, dateDeadline } from '../../domain/calendar';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { OpenApiContract } from '../helpers/openapi';
import { bearer } from '../kit/tokens';

const CITY = '610900';
const HANBIN = '610902';
const HANYIN = '610921';
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
  // 汉滨区's year, its plan submitted by the county and approved by the city.
  const yearId = `YR-${HANBIN}-${YEAR}`;
  expect((await call('POST', '/v1/years', office(CITY), { regionCode: HANBIN, year: YEAR })).statusCode).toBe(
    201,
  );
  const submitted = await call(
    'POST',
    `/v1/years/${yearId}/milestones/work_plan/submissions`,
    office(HANBIN),
    {
      note: '汉滨区年度工作计划',
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
  expect(body).toMatchObject({ regionCode: CITY, regionName: '安康市', year: YEAR });
  const hanbin = body.regions.find((r: { regionCode: string }) => r.regionCode === HANBIN);
  expect(hanbin).toMatchObject({
    regionName: '汉滨区',
    casesOpen: 1,
    casesOverdue: 1,
    acceptancesPending: 0,
    exits: { equipment: 1, enterprises: 1, capacity: [{ capacityUnit: '万吨/年', value: 10 }] },
    yearId: `YR-${HANBIN}-${YEAR}`,
    planVersion: 1,
    exitTarget: { enterprises: 2, equipment: 3, capacity: [{ capacityUnit: '万吨/年', value: 60 }] },
    exitGap: { enterprises: 1, equipment: 2, capacity: [{ capacityUnit: '万吨/年', value: 50 }] },
  });
  // 安康's county milestones fall on 19 July and 30 December: opened in December, the July ones lapsed
  // before the year was opened and are overdue; the plan was submitted since.
  expect(hanbin.milestonesOverdue).toBe(today > `${YEAR}-12-30` ? 3 : 2);
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
