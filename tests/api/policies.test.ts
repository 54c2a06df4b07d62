/**
 * The policy profiles over the API: GET /v1/policies and one version with every rule's source, and a case
 * filed under the profile of its enterprise's region — against the real dev server and PostgreSQL. Every
 * answer matches the OpenAPI document.
 */
import { count, eq } from 'drizzle-orm';
import { cases } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { aFinding } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
let contract: OpenApiContract;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
});
afterAll(async () => {
  await api?.close();
});

async function get(url: string) {
  const answer = await api.app.inject({ url });
  expect(contract.problemWith('GET', url, answer)).toBeNull();
  return answer;
}

const recent = addDays(chinaDateOf(new Date()), -10);
const inRegion = (regionCode: string, overrides: Partial<FindingInput> = {}) =>
  aFinding({ findingDate: recent, ...overrides }, { series: `政策${regionCode}`, regionCode });

describe('the profiles, without a token', () => {
  it('lists the national default and the five localities, each with its document and versions', async () => {
    const answer = await get('/v1/policies');
    expect(answer.statusCode).toBe(200);
    const items = answer.json().items as {
      id: string;
      regionCode: string | null;
      document: { documentNumber: string | null };
      currentVersion: string;
    }[];
    expect(items.map((p) => [p.id, p.regionCode, p.currentVersion])).toEqual([
      ['national', null, '2024.2'],
      ['yunnan-safety', '530000', '2019.1'],
      ['diqing', '533400', '2019.1'],
      ['ningxia', '640000', '2017.1'],
      ['heyuan', '441600', '2020.1'],
      ['ankang', '610900', '2024.1'],
    ]);
    expect(items.find((p) => p.id === 'diqing')!.document.documentNumber).toBe('迪政办发〔2019〕41号');
    expect(items.find((p) => p.id === 'ankang')!.document.documentNumber).toBe('安工信字〔2024〕50号');
  });

  it('resolves a version over the one it inherits, saying where each rule comes from', async () => {
    const answer = await get('/v1/policies/diqing/versions/2019.1');
    expect(answer.statusCode).toBe(200);
    const view = answer.json();
    expect(view.inherits).toEqual({ profile: 'yunnan-safety', version: '2019.1' });
    expect(view.dimensions.energy.owners).toEqual([
      'industry_it',
      'development_reform',
      'environment_bureau',
    ]);
    expect(view.dimensions.quality.licence).toEqual({ measure: 'revoke', when: 'rectification_failed' });
    const provenance = (rule: string) => view.provenance.find((p: { rule: string }) => p.rule === rule);
    expect(provenance('energy.waterPricing')).toMatchObject({
      profile: 'diqing',
      setHere: true,
      source: { document: 'diqing-2019-41', article: '四（二）2' },
    });
    // Set by the province's safety document, inherited here.
    expect(provenance('safety.majorHazardHalt')).toMatchObject({
      profile: 'yunnan-safety',
      setHere: false,
      source: { document: 'yunnan-safety-2019-14', article: '三（三）' },
    });
    expect(provenance('timings.exitMonths')).toMatchObject({ profile: 'national', version: '2024.1' });
  });

  it('answers a profile that does not exist with 400 naming id, another profile’s version with 404', async () => {
    const unknown = await get('/v1/policies/shanghai/versions/2019.1');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ pointer: '/id' })]);
    const noSuchVersion = await get('/v1/policies/diqing/versions/2024.2');
    expect(noSuchVersion.statusCode).toBe(404);
    const notAVersion = await get('/v1/policies/diqing/versions/latest');
    expect(notAVersion.statusCode).toBe(400);
    expect(notAVersion.json().errors).toEqual([expect.objectContaining({ pointer: '/version' })]);
  });
});

describe('a case runs under the profile of its enterprise’s region', () => {
  it('files a 香格里拉 case under 迪庆州 2019.1 and says so in the case view', async () => {
    // 迪政办发〔2019〕41号 三（一）: the environment bureau shares the energy dimension in 迪庆州.
    const finding = inRegion('533401', { department: 'environment_bureau' });
    const filed = await fileFinding(api.app, finding);
    expect(filed.statusCode).toBe(201);
    const view = filed.json();
    expect(view).toMatchObject({
      policyProfile: 'diqing',
      policyProfileName: '迪庆藏族自治州',
      policyVersion: '2019.1',
    });
    const [row] = await api.database.db.select().from(cases).where(eq(cases.id, view.id));
    expect(row).toMatchObject({ policyProfile: 'diqing', policyVersion: '2019.1' });
  });

  it('files a 姑苏区 case under the national default 2024.2', async () => {
    const filed = await fileFinding(api.app, inRegion('320508'));
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ policyProfile: 'national', policyVersion: '2024.2' });
  });

  it.each<[string, FindingInput, string]>([
    [
      'the environment bureau files energy outside 迪庆州',
      inRegion('320508', { department: 'environment_bureau' }),
      '/department',
    ],
    [
      'a major accident hazard on an energy finding',
      inRegion('530102', { majorAccidentHazard: true }),
      '/majorAccidentHazard',
    ],
  ])('%s: 400 naming the field, nothing stored', async (_what, finding, pointer) => {
    const [before] = await api.database.db.select({ n: count() }).from(cases);
    const answer = await api.app.inject({
      method: 'POST',
      url: '/v1/findings',
      payload: finding,
      headers: await bearer(officerFor(finding)),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer })]));
    const [after] = await api.database.db.select({ n: count() }).from(cases);
    expect(after!.n).toBe(before!.n);
  });

  it('accepts the hazard flag on a safety finding in 云南', async () => {
    const finding = inRegion('530102', {
      department: 'emergency_management',
      dimension: 'safety',
      rectificationMonths: 1,
      majorAccidentHazard: true,
      legalBasis: { law: '中华人民共和国安全生产法' },
    });
    const filed = await fileFinding(api.app, finding);
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      policyProfile: 'yunnan-safety',
      finding: { majorAccidentHazard: true },
    });
  });
});
