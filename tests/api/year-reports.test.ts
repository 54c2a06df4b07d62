/**
 * Reports up the chain (issue 15 item 6) over the API, against the real dev server and PostgreSQL: 安康's
 * year before last, opened now. 石泉县 has a work plan approved by the city, one exit accepted in February
 * and a case found in May; 宁陕县 has no plan and a case rectified in May. Each county's mid-year table is
 * drawn when it submits, as of then — planned beside actual — and the city's own table puts its counties
 * side by side, with where each stands with its own report. Tables never change, and are read only within
 * the jurisdiction and above it.
 */
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { OpenApiContract } from '../helpers/openapi';
import { bearer } from '../kit/tokens';

// A city and year no other suite opens (a year's workflow id is one per region and year on the server).
const CITY = '610900'; // 安康市
const SHIQUAN = '610922'; // 石泉县
const NINGSHAN = '610923'; // 宁陕县
const YEAR = Number(chinaDateOf(new Date()).slice(0, 4)) - 1;
const office = (regionCode: string): Principal => ({
  userId: `report-office-${regionCode}`,
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
      ...(method === 'POST' ? { 'idempotency-key': `report-test-${process.pid}-${(keys += 1)}` } : {}),
    },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

const submit = async (regionCode: string, kind: string) => {
  const answer = await call(
    'POST',
    `/v1/years/YR-${regionCode}-${YEAR}/milestones/${kind}/submissions`,
    office(regionCode),
    {
      note: `${regionCode} ${kind}`,
      evidence: [{ reference: `${regionCode}-${kind}.xlsx` }],
    },
  );
  expect(answer.statusCode).toBe(200);
  const year = (await call('GET', `/v1/years/YR-${regionCode}-${YEAR}`, office(regionCode))).json();
  return year.milestones.find((m: { kind: string }) => m.kind === kind).submissions.at(-1);
};

const none = { enterprises: 0, equipment: 0, capacity: 0 };
const figures = (
  overrides: Record<string, { enterprises: number; equipment: number; capacity: number }>,
) => ({
  planned_rectify: none,
  planned_exit: none,
  found: none,
  rectified: none,
  exited: none,
  accepted: none,
  ...overrides,
});

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  for (const regionCode of [SHIQUAN, NINGSHAN, CITY])
    expect((await call('POST', '/v1/years', office(CITY), { regionCode, year: YEAR })).statusCode).toBe(201);
  const plan = await call(
    'POST',
    `/v1/years/YR-${SHIQUAN}-${YEAR}/milestones/work_plan/submissions`,
    office(SHIQUAN),
    {
      note: '石泉县年度工作计划',
      evidence: [{ reference: '石政发〔1〕号' }],
      targets: [
        {
          measure: 'exit',
          dimension: 'energy',
          industry: 'steel',
          enterprises: 2,
          equipment: 3,
          capacity: 60,
          unit: '万吨/年',
        },
        {
          measure: 'rectify',
          dimension: 'energy',
          industry: 'steel',
          enterprises: 1,
          equipment: 1,
          capacity: 20,
          unit: '万吨/年',
        },
      ],
    },
  );
  expect(plan.statusCode).toBe(200);
  const approved = await call(
    'POST',
    `/v1/years/YR-${SHIQUAN}-${YEAR}/milestones/work_plan/reviews`,
    office(CITY),
    {
      outcome: 'accepted',
      reason: '同意',
    },
  );
  expect(approved.statusCode).toBe(200);
  // 石泉县: an exit accepted on 20 February (filed the year before), a case found in May.
  await backdatedExit(
    api.database.db,
    '报表退出',
    SHIQUAN,
    'energy',
    exitSteps(YEAR - 1, cst(`${YEAR}-02-20T10:00:00`), {
      dismantled: [cst(`${YEAR}-02-01T09:00:00`)],
    }),
  );
  await backdatedExit(api.database.db, '报表发现', SHIQUAN, 'energy', [
    { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-05-10T10:00:00`) },
  ]);
  // 宁陕县: found in February, rectified in May; and one found in August, after the mid-year.
  await backdatedExit(api.database.db, '报表整改', NINGSHAN, 'energy', [
    { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-02-03T10:00:00`) },
    { type: 'reinspection_passed', status: 'rectified', at: cst(`${YEAR}-05-06T10:00:00`) },
  ]);
  await backdatedExit(api.database.db, '报表八月', NINGSHAN, 'energy', [
    { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-08-03T10:00:00`) },
  ]);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('the mid-year table (半年退出情况统计表)', () => {
  let county: { report: { reportId: string; period: string; lines: number } };

  beforeAll(async () => {
    county = await submit(SHIQUAN, 'midyear_statistics');
  });

  it('is drawn for the county when it submits: its plan beside what happened by 30 June', async () => {
    expect(county.report).toMatchObject({
      reportId: expect.stringMatching(new RegExp(`^TJ-${SHIQUAN}-${YEAR}-midyear_statistics-\\d+$`)),
      period: 'mid_year',
      lines: 1,
    });
    const answer = await call('GET', `/v1/year-reports/${county.report.reportId}`, office(SHIQUAN));
    expect(answer.statusCode).toBe(200);
    const table = answer.json();
    expect(table).toMatchObject({
      regionCode: SHIQUAN,
      year: YEAR,
      milestone: 'midyear_statistics',
      title: `石泉县${YEAR}年半年退出情况统计表`,
    });
    const planned = { enterprises: 2, equipment: 3, capacity: 60 };
    const one = { enterprises: 1, equipment: 1, capacity: 10 };
    expect(table.lines).toEqual([
      {
        regionCode: SHIQUAN,
        regionName: '石泉县',
        industry: 'steel',
        dimension: 'energy',
        capacityUnit: '万吨/年',
        figures: figures({
          planned_exit: planned,
          planned_rectify: { enterprises: 1, equipment: 1, capacity: 20 },
          found: one,
          exited: one,
          accepted: one,
        }),
      },
    ]);
    expect(table.totals).toEqual([{ capacityUnit: '万吨/年', figures: table.lines[0].figures }]);
    expect(table.columns.map((c: { label: string }) => c.label)).toEqual([
      '计划限期整改',
      '计划依法依规退出',
      '排查发现（立案）',
      '整改达标',
      '退出',
      '验收通过',
    ]);
  });

  it('is the city’s own table, county by county, with where each county’s report stands', async () => {
    const city = await submit(CITY, 'midyear_statistics');
    const table = (await call('GET', `/v1/year-reports/${city.report.reportId}`, office(CITY))).json();
    const byRegion = Object.fromEntries(
      table.lines.map((line: { regionCode: string; figures: unknown }) => [line.regionCode, line.figures]),
    );
    const one = { enterprises: 1, equipment: 1, capacity: 10 };
    expect(byRegion).toEqual({
      [SHIQUAN]: figures({
        planned_exit: { enterprises: 2, equipment: 3, capacity: 60 },
        planned_rectify: { enterprises: 1, equipment: 1, capacity: 20 },
        found: one,
        exited: one,
        accepted: one,
      }),
      // The case found in August is after the mid-year: not counted.
      [NINGSHAN]: figures({ found: one, rectified: one }),
    });
    expect(table.totals[0].figures).toEqual(
      figures({
        planned_exit: { enterprises: 2, equipment: 3, capacity: 60 },
        planned_rectify: { enterprises: 1, equipment: 1, capacity: 20 },
        found: { enterprises: 2, equipment: 2, capacity: 20 },
        rectified: one,
        exited: one,
        accepted: one,
      }),
    );
    expect(table.regions).toEqual([
      {
        regionCode: SHIQUAN,
        regionName: '石泉县',
        planYearId: `YR-${SHIQUAN}-${YEAR}`,
        planVersion: 1,
        milestoneStatus: 'submitted',
        overdue: true,
        reportId: county.report.reportId,
      },
      {
        regionCode: NINGSHAN,
        regionName: '宁陕县',
        planYearId: `YR-${NINGSHAN}-${YEAR}`,
        planVersion: null,
        milestoneStatus: 'open',
        overdue: true,
        reportId: null,
      },
    ]);
  });

  it('is read within the jurisdiction and above it only', async () => {
    const id = county.report.reportId;
    expect((await call('GET', `/v1/year-reports/${id}`, office('610000'))).statusCode).toBe(200);
    const neighbour = await call('GET', `/v1/year-reports/${id}`, office(NINGSHAN));
    expect([neighbour.statusCode, neighbour.json().detail]).toEqual([404, `no report ${id}`]);
    const malformed = await call('GET', '/v1/year-reports/TJ-610922-midyear', office(CITY));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ pointer: '/id', detail: expect.stringMatching(/report id/) }]);
  });

  it('never changes once drawn', async () => {
    await expect(
      api.database.pool.query(`update year_reports set lines = '[]'::jsonb where id = $1`, [
        county.report.reportId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      api.database.pool.query(`delete from year_reports where id = $1`, [county.report.reportId]),
    ).rejects.toThrow(/append-only/);
  });
});
