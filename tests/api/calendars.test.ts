/**
 * The bureau's year over the API: GET /v1/calendars/{regionCode}/{year} gives what a jurisdiction owes by
 * when under its profile, public and matching the OpenAPI document; the profile versions carry the same
 * milestones with their sources.
 */
import { startApiHarness, type ApiHarness } from '../helpers/api';
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

async function get(url: string) {
  const answer = await api.app.inject({ url });
  expect(contract.problemWith('GET', url, answer)).toBeNull();
  return answer;
}

it('gives an 安康 county’s year, each milestone with its last day, its office and its words', async () => {
  const answer = await get('/v1/calendars/610902/2024');
  expect(answer.statusCode).toBe(200);
  const calendar = answer.json();
  expect(calendar).toMatchObject({
    regionCode: '610902',
    regionName: '汉滨区',
    year: 2024,
    policyProfile: 'ankang',
    policyProfileName: { zh: '安康市' },
  });
  expect(calendar.milestones.map((m: { kind: string }) => m.kind)).toEqual([
    'work_plan',
    'census',
    'midyear_statistics',
    'summary',
  ]);
  expect(calendar.milestones[3]).toMatchObject({
    label: '年度工作总结及佐证材料',
    owedBy: 'county',
    reportsTo: 'level_above',
    reviewRegion: '610900',
    reviewRegionName: '安康市',
    opensOn: '2024-01-01',
    remindOn: ['2024-12-23'],
    deadline: {
      lastDay: '2024-12-30',
      lapsesAt: '2024-12-30T16:00:00.000Z',
      inputs: { on: '2024-12-30' },
      days: { lastDay: { date: '2024-12-30' } },
    },
    source: { document: 'ankang-2024-50', article: '四（三）' },
  });
});

it('moves a last day past the Spring Festival, and names the notice', async () => {
  const answer = await get('/v1/calendars/610900/2024');
  const report = answer.json().milestones.find((m: { kind: string }) => m.kind === 'aggregate_report');
  expect(report.deadline).toMatchObject({
    nominalLastDay: '2025-01-31',
    lastDay: '2025-02-05',
    restDays: { movedOver: ['2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'] },
  });
  expect(report.deadline.days.notices.length).toBeGreaterThan(0);
  expect(report.reviewRegionName).toBe('陕西省');
});

it('gives another locality’s dates under its own profile: 云南 safety, from the province', async () => {
  const province = (await get('/v1/calendars/530000/2019')).json();
  expect(province.policyProfile).toBe('yunnan-safety');
  expect(
    province.milestones.map((m: { kind: string; deadline: { lastDay: string } }) => [
      m.kind,
      m.deadline.lastDay,
    ]),
  ).toEqual([
    ['acceptance', '2019-12-20'],
    ['supervision', '2019-12-31'],
  ]);
});

it.each([
  ['/v1/calendars/610902/2016', 400, /year.*2017 or later/],
  ['/v1/calendars/610902/2024.5', 400, /whole year/],
  ['/v1/calendars/61090/2024', 400, /region code/],
  ['/v1/calendars/320599/2024', 404, /no region 320599/],
])('refuses %s with %i', async (url, status, detail) => {
  const answer = await get(url);
  expect(answer.statusCode).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.stringify(answer.json())).toMatch(detail);
});

it('shows the same milestones in the profile version, with their sources', async () => {
  const answer = await get('/v1/policies/ankang/versions/2024.1');
  expect(answer.statusCode).toBe(200);
  const { rules, timings, provenance } = answer.json();
  expect(timings.milestoneReminderDays).toEqual([7]);
  expect(rules.yearMilestones).toContainEqual(
    expect.objectContaining({
      kind: 'work_plan',
      owedBy: 'county',
      reportsTo: 'level_above',
      due: { month: 7, day: 19 },
      source: expect.objectContaining({ document: 'ankang-2024-50' }),
    }),
  );
  expect(provenance).toContainEqual(
    expect.objectContaining({ rule: 'rules.yearMilestones', profile: 'ankang', setHere: true }),
  );
});
