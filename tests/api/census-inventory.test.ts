/**
 * The census inventory (摸底排查, issue 15 item 3) over the API, against the real dev server and PostgreSQL:
 * 德钦县 (迪庆州, census due 15 May) imports next year's census on time — a bad row reported at its cell and
 * not stored, a row of another county refused, the same file again storing nothing twice — files the rows
 * as cases, linked, once; and imports this year's census after the deadline, so its rows wait for the county
 * government's consent (经属地政府同意): one consented and filed, one refused and never filed. The result is
 * public: the enterprise list, the equipment list, the capacity.
 */
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { censusCsv, censusRow } from '../kit/census';
import { aFinding, creditCode } from '../kit/findings';
import { bearer } from '../kit/tokens';

const COUNTY = '533422'; // 德钦县
const OTHER = '533423'; // 维西傈僳族自治县
const THIS_YEAR = Number(chinaDateOf(new Date()).slice(0, 4));
const NEXT_YEAR = THIS_YEAR + 1;
const officer: Principal = {
  userId: 'census-officer',
  roles: ['department_officer'],
  regionCode: COUNTY,
  department: 'industry_it',
};
const government: Principal = {
  userId: 'census-government',
  roles: ['government_approver'],
  regionCode: COUNTY,
  department: null,
};
const CSV = 'text/csv; charset=utf-8';

let api: ApiHarness;
let contract: OpenApiContract;

async function call(
  method: 'GET' | 'POST',
  url: string,
  as: Principal | null,
  payload?: unknown,
  type?: string,
) {
  const answer = await api.app.inject({
    method,
    url,
    headers: { ...(as ? await bearer(as) : {}), ...(type ? { 'content-type': type } : {}) },
    ...(payload !== undefined ? { payload: payload as string } : {}),
  });
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

const row = (name: string, equipment: string, overrides: Parameters<typeof aFinding>[0] = {}) =>
  aFinding(
    {
      documentNumber: `德工信〔${process.pid}〕${name}`,
      enterprise: {
        name,
        creditCode: creditCode(COUNTY, name.length * 1000 + equipment.length),
        regionCode: COUNTY,
      },
      capacity: { equipment, value: 30, unit: '万吨/年' },
      legalBasis: { law: '产业结构调整指导目录（2024年本）', standard: '淘汰类 第一条第（一）款' },
      ...overrides,
    },
    { regionCode: COUNTY },
  );

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('next year’s census, on time', () => {
  const url = `/v1/census/${COUNTY}/${NEXT_YEAR}`;
  const enterprise = '德钦某水泥厂';
  const good = [
    row(enterprise, '1号窑'),
    row(enterprise, '2号窑', { documentNumber: `德工信〔${process.pid}〕二号窑` }),
  ];
  const bad = {
    ...row('德钦某坏行', '3号窑'),
    enterprise: { name: '德钦某坏行', creditCode: 'NOT-A-CODE', regionCode: COUNTY },
  };
  const elsewhere = aFinding(
    {
      documentNumber: `德工信〔${process.pid}〕外县`,
      enterprise: { name: '外县厂', creditCode: creditCode(OTHER, 7), regionCode: OTHER },
    },
    { regionCode: OTHER },
  );
  const asOfficer = { ...officer, regionCode: '533400' }; // the city's officer may file in both counties
  const file = censusCsv([...good, bad, elsewhere].map(censusRow));

  it('stores the valid rows, numbered, and reports the others at their cells', async () => {
    const answer = await call('POST', `${url}/imports`, asOfficer, file, CSV);
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body).toMatchObject({
      regionCode: COUNTY,
      year: NEXT_YEAR,
      late: false,
      summary: { rows: 4, stored: 2, alreadyInInventory: 0, rejected: 2 },
    });
    expect(body.deadline.nominalLastDay).toBe(`${NEXT_YEAR}-05-15`);
    expect(
      body.rows.map((r: { row: number; result: string; entryId: string | null }) => [
        r.row,
        r.result,
        r.entryId,
      ]),
    ).toEqual([
      [2, 'stored', `PC-${COUNTY}-${NEXT_YEAR}-1`],
      [3, 'stored', `PC-${COUNTY}-${NEXT_YEAR}-2`],
      [4, 'rejected', null],
      [5, 'rejected', null],
    ]);
    expect(body.rows[2].errors.map((e: { cell: string | null }) => e.cell)).toContain('D4');
    expect(body.rows[3].errors).toEqual([
      expect.objectContaining({
        cell: 'E5',
        field: 'enterprise.regionCode',
        message: expect.stringMatching(/outside 533422/),
      }),
    ]);

    const again = (await call('POST', `${url}/imports`, asOfficer, file, CSV)).json();
    expect(again.summary).toEqual({ rows: 4, stored: 0, alreadyInInventory: 2, rejected: 2 });
    const inventory = (await call('GET', url, officer)).json();
    expect(
      inventory.items.map((e: { id: string; status: string; late: boolean }) => [e.id, e.status, e.late]),
    ).toEqual([
      [`PC-${COUNTY}-${NEXT_YEAR}-1`, 'confirmed', false],
      [`PC-${COUNTY}-${NEXT_YEAR}-2`, 'confirmed', false],
    ]);
    expect(inventory.counts).toEqual({ awaiting_consent: 0, refused: 0, confirmed: 2, filed: 0 });
  });

  it('files the confirmed rows as cases, each linked, once', async () => {
    // One row a request: the first leaves one, the second none.
    const first = await call('POST', `${url}/filings?limit=1`, officer);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      remaining: 1,
      summary: { created: 1, existing: 0, failed: 0, notYours: 0 },
    });
    const filed = await call('POST', `${url}/filings`, officer);
    expect(filed.json()).toMatchObject({
      remaining: 0,
      summary: { created: 1, existing: 0, failed: 0, notYours: 0 },
    });
    // Another department's officer has nothing of its own to file.
    const other = await call('POST', `${url}/filings`, { ...officer, department: 'environment_bureau' });
    expect(other.json()).toMatchObject({ remaining: 0, results: [] });
    const inventory = (await call('GET', url, officer)).json();
    expect(inventory.counts).toEqual({ awaiting_consent: 0, refused: 0, confirmed: 0, filed: 2 });
    for (const entry of inventory.items) {
      expect(entry.caseId).toMatch(/^RC-/);
      expect((await call('GET', `/v1/cases/${entry.caseId}`, officer)).statusCode).toBe(200);
    }
    expect((await call('POST', `${url}/filings`, officer)).json()).toEqual({
      remaining: 0,
      summary: { created: 0, existing: 0, failed: 0, notYours: 0 },
      results: [],
    });
  });

  it('publishes the result: the enterprise, its two pieces of equipment, the capacity', async () => {
    const answer = await call('GET', `/v1/census-results/${COUNTY}/${NEXT_YEAR}`, null);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      title: `德钦县${NEXT_YEAR}年落后产能摸底排查结果`,
      enterprises: [
        { enterpriseName: enterprise, equipment: 2, capacity: [{ capacityUnit: '万吨/年', value: 60 }] },
      ],
      equipment: [
        { equipment: '1号窑', standard: '淘汰类 第一条第（一）款', capacityValue: 30 },
        { equipment: '2号窑', capacityValue: 30 },
      ],
      totals: [{ capacityUnit: '万吨/年', equipment: 2, value: 60 }],
    });
  });

  it('never changes a row’s content, nor deletes it', async () => {
    await expect(
      api.database.pool.query(`update census_entries set late = true where id = $1`, [
        `PC-${COUNTY}-${NEXT_YEAR}-1`,
      ]),
    ).rejects.toThrow(/never changes/);
    await expect(
      api.database.pool.query(`delete from census_entries where id = $1`, [`PC-${COUNTY}-${NEXT_YEAR}-1`]),
    ).rejects.toThrow(/never deleted/);
  });
});

describe('this year’s census, after the deadline', () => {
  const url = `/v1/census/${COUNTY}/${THIS_YEAR}`;
  const consented = `PC-${COUNTY}-${THIS_YEAR}-1`;
  const refused = `PC-${COUNTY}-${THIS_YEAR}-2`;

  beforeAll(async () => {
    const file = censusCsv([row('德钦某补报甲', '1号炉'), row('德钦某补报乙', '1号炉')].map(censusRow));
    const answer = await call('POST', `${url}/imports`, officer, file, CSV);
    expect(answer.json()).toMatchObject({ late: true, summary: { stored: 2 } });
  });

  it('keeps the late rows out until the county government consents', async () => {
    expect((await call('GET', url, officer)).json().counts).toEqual({
      awaiting_consent: 2,
      refused: 0,
      confirmed: 0,
      filed: 0,
    });
    expect((await call('POST', `${url}/filings`, officer)).json().results).toEqual([]);
    expect((await call('GET', `/v1/census-results/${COUNTY}/${THIS_YEAR}`, null)).json().equipment).toEqual(
      [],
    );
  });

  it.each([
    ['the officer', officer, 403, /consented to by government approvers/],
    ['the city’s government', { ...government, regionCode: '533400' }, 409, /its own government, not 533400/],
    ['another county’s government', { ...government, regionCode: OTHER }, 404, /no census row/],
  ] as [string, Principal, number, RegExp][])('refuses %s', async (_, as, status, detail) => {
    const answer = await call('POST', `/v1/census-entries/${consented}/consent`, as, {
      outcome: 'consented',
      reason: '补报',
      documentNumber: '德政函〔1〕号',
    });
    expect([answer.statusCode, answer.json().detail]).toEqual([status, expect.stringMatching(detail)]);
  });

  it('records the government’s decision once; consented rows count, refused ones never do', async () => {
    const yes = await call('POST', `/v1/census-entries/${consented}/consent`, government, {
      outcome: 'consented',
      reason: '经核实属实，同意补报',
      documentNumber: '德政函〔2〕号',
    });
    expect(yes.statusCode).toBe(200);
    expect(yes.json()).toMatchObject({
      status: 'confirmed',
      consent: { outcome: 'consented', documentNumber: '德政函〔2〕号' },
    });
    const twice = await call('POST', `/v1/census-entries/${consented}/consent`, government, {
      outcome: 'refused',
      reason: '改主意',
      documentNumber: '德政函〔3〕号',
    });
    expect([twice.statusCode, twice.json().detail]).toEqual([409, expect.stringMatching(/already decided/)]);
    const no = await call('POST', `/v1/census-entries/${refused}/consent`, government, {
      outcome: 'refused',
      reason: '不属于落后产能',
      documentNumber: '德政函〔4〕号',
    });
    expect(no.json().status).toBe('refused');

    const filed = (await call('POST', `${url}/filings`, officer)).json();
    expect(filed.results.map((r: { entryId: string; result: string }) => [r.entryId, r.result])).toEqual([
      [consented, 'created'],
    ]);
    expect((await call('GET', url, officer)).json().counts).toEqual({
      awaiting_consent: 0,
      refused: 1,
      confirmed: 0,
      filed: 1,
    });
    const result = (await call('GET', `/v1/census-results/${COUNTY}/${THIS_YEAR}`, null)).json();
    expect(result.enterprises.map((e: { enterpriseName: string }) => e.enterpriseName)).toEqual([
      '德钦某补报甲',
    ]);
  });
});

it.each([
  ['a county outside the caller’s', { ...officer, regionCode: OTHER }, COUNTY, 403],
  ['a region the table does not name', officer, '533499', 404],
  [
    'a supervisor, who files no findings',
    { ...officer, roles: ['supervisor'], department: null },
    COUNTY,
    403,
  ],
] as [string, Principal, string, number][])('refuses an import for %s', async (_, as, region, status) => {
  const answer = await call(
    'POST',
    `/v1/census/${region}/${NEXT_YEAR}/imports`,
    as,
    censusCsv([censusRow(row('德钦某拒绝', '1号'))]),
    CSV,
  );
  expect(answer.statusCode).toBe(status);
});
