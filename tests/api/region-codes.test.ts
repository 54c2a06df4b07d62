/**
 * Region codes against the region table (domain/region-names.ts `regionCodeProblem`, one rule): a well-formed
 * code that is not a region is a 400 naming the field wherever a request carries one — the finding's
 * enterprise, a census list's rows, a tip, the `region` query parameters — and changes nothing; development
 * zones are regions under their city, whose officers see their cases.
 */
import { count } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { cases, tips } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding, creditCode } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';
import { eventually } from '../kit/poll';

let api: ApiHarness;
const recent = addDays(chinaDateOf(new Date()), -5);

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

const NOT_A_REGION = '320599'; // well-formed: Jiangsu, Suzhou, county 99 — which does not exist
const ANKANG = '610900';
const GAOXIN = '610971'; // 安康高新区, the project's code (docs/api.md#development-zones)
const HENGKOU = '610972'; // 恒口示范区
const HANBIN = '610902'; // 汉滨区, a county of 安康市

let serial = Math.floor(Math.random() * 1e7);
function inRegion(regionCode: string, overrides: Partial<FindingInput> = {}): FindingInput {
  serial += 1;
  return aFinding({
    enterprise: { name: `测试钢铁${serial}有限公司`, creditCode: creditCode('320508', serial), regionCode },
    findingDate: recent,
    ...overrides,
  });
}

const supervisor = (regionCode: string): Principal => ({
  userId: `supervisor-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});

async function rows(table: typeof cases | typeof tips): Promise<number> {
  const [row] = await api.database.db.select({ n: count() }).from(table);
  return row!.n;
}

async function get(url: string, principal: Principal | null) {
  return api.app.inject({ url, headers: principal ? await bearer(principal) : {} });
}

function expectRegionProblem(answer: { statusCode: number; json(): unknown }, pointer: string) {
  expect(answer.statusCode).toBe(400);
  expect(answer.json()).toMatchObject({
    type: '/problems/validation',
    status: 400,
    errors: [{ pointer, detail: expect.stringContaining(`${NOT_A_REGION} is not a region`) }],
  });
}

describe('a region code that does not exist is a 400 naming the field, and changes nothing', () => {
  it('in a finding: /enterprise/regionCode', async () => {
    const finding = inRegion(NOT_A_REGION);
    const before = await rows(cases);
    // the officer's own region covers the code, so only the table can refuse it
    const answer = await fileFinding(api.app, finding, { ...officerFor(finding), regionCode: '320500' });
    expectRegionProblem(answer, '/enterprise/regionCode');
    expect(await rows(cases)).toBe(before);
  });

  it('in a census list: that row invalid, pointed to, nothing filed for it', async () => {
    const finding = inRegion(NOT_A_REGION);
    const before = await rows(cases);
    const answer = await api.app.inject({
      method: 'POST',
      url: '/v1/findings/batch',
      headers: await bearer({ ...officerFor(finding), regionCode: '320500' }),
      payload: { findings: [finding] },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().summary).toEqual({ created: 0, existing: 0, invalid: 1, forbidden: 0, failed: 0 });
    expect(answer.json().results[0]).toMatchObject({
      index: 0,
      result: 'invalid',
      errors: [
        {
          pointer: '/findings/0/enterprise/regionCode',
          detail: expect.stringContaining(`${NOT_A_REGION} is not a region`),
        },
      ],
    });
    expect(await rows(cases)).toBe(before);
  });

  it('in a tip: /regionCode', async () => {
    const before = await rows(tips);
    const answer = await api.app.inject({
      method: 'POST',
      url: '/v1/tips',
      headers: { 'idempotency-key': `tip-region-${serial}` },
      payload: {
        enterpriseName: '某某钢铁有限公司',
        regionCode: NOT_A_REGION,
        description: '1号高炉仍在生产',
        anonymous: true,
      },
    });
    expectRegionProblem(answer, '/regionCode');
    expect(await rows(tips)).toBe(before);
  });

  it.each([
    ['the case search', '/v1/cases?region=', supervisor('320500')],
    ['the radar', '/v1/cases/radar?region=', supervisor('320500')],
    ['the statistics', '/v1/statistics/exits?year=2025&region=', supervisor('320500')],
    ['a public list', '/v1/lists/yellow?region=', null],
    ['a list snapshot', '/v1/list-snapshots/1?region=', null],
    ['the radar’s workbook', '/v1/cases/radar/export?region=', supervisor('320500')],
  ])('in %s: /region', async (_what, url, principal) => {
    const answer = await get(`${url}${NOT_A_REGION}`, principal);
    expectRegionProblem(answer, '/region');
  });
});

describe('development zones are regions under their city', () => {
  it('files a case in 安康高新区, which 安康市’s supervisor sees and 汉滨区’s does not', async () => {
    const finding = inRegion(GAOXIN);
    const filed = await fileFinding(api.app, finding);
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ regionName: '安康高新区' });
    const caseId = filed.json().id as string;

    // 安康市's department officer (the finding's department) sees it too
    const cityOfficer = { ...officerFor(finding), regionCode: ANKANG };
    expect((await get(`/v1/cases/${caseId}`, cityOfficer)).statusCode).toBe(200);
    const view = await get(`/v1/cases/${caseId}`, supervisor(ANKANG));
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ id: caseId, regionName: '安康高新区' });
    const search = await eventually(
      async () =>
        (await get(`/v1/cases?enterprise=${finding.enterprise.creditCode}`, supervisor(ANKANG))).json(),
      (body) => body.items?.length === 1,
    );
    expect(search.items[0]).toMatchObject({ id: caseId, regionCode: GAOXIN, regionName: '安康高新区' });
    const byZone = await get(
      `/v1/cases?region=${GAOXIN}&enterprise=${finding.enterprise.creditCode}`,
      supervisor(ANKANG),
    );
    expect(byZone.json().items).toHaveLength(1);

    // A county of the same city, and the other zone, do not see it (another jurisdiction's case reads as missing).
    expect((await get(`/v1/cases/${caseId}`, supervisor(HANBIN))).statusCode).toBe(404);
    expect((await get(`/v1/cases/${caseId}`, supervisor(HENGKOU))).statusCode).toBe(404);
    expect(
      (await get(`/v1/cases?enterprise=${finding.enterprise.creditCode}`, supervisor(HANBIN))).json().items,
    ).toEqual([]);
  });

  it('lists them among the city’s children and describes them', async () => {
    const ankang = await api.app.inject({ url: `/v1/regions/${ANKANG}` });
    expect(ankang.json().children).toEqual(
      expect.arrayContaining([
        { code: GAOXIN, name: '安康高新区' },
        { code: HENGKOU, name: '恒口示范区' },
      ]),
    );
    const zone = await api.app.inject({ url: `/v1/regions/${HENGKOU}` });
    expect(zone.statusCode).toBe(200);
    expect(zone.json()).toEqual({
      code: HENGKOU,
      name: '恒口示范区',
      level: 'county',
      kind: 'development_zone',
      path: [
        { code: '610000', name: '陕西省' },
        { code: ANKANG, name: '安康市' },
        { code: HENGKOU, name: '恒口示范区' },
      ],
      children: [],
    });
    const diqing = await api.app.inject({ url: '/v1/regions/533400' });
    expect(diqing.json().children).toContainEqual({ code: '533471', name: '香格里拉工业园区' });
  });
});
