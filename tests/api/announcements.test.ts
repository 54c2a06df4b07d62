/**
 * The yearly announcement over the API, against the real dev server and PostgreSQL: 安康市's office draws
 * up last year's announcement from the year-end statistics (two exits written into last year's ledger, one
 * of them by the technology standard), another person of the office approves it, the public reads it as
 * JSON and as a workbook; a draft is invisible to the public; a correction is a new version that says what
 * it corrects and leaves the first readable; every refusal is a problem body that changes nothing; each
 * answer matches the OpenAPI document.
 */
import { Workbook } from 'exceljs';
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { announcementWorkflowId } from '../../workflows/announcement-contract';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { recordHistoryIfAsked } from '../helpers/histories';
import { backdatedExit, cst, exitSteps } from '../helpers/backdated-exits';
import { OpenApiContract } from '../helpers/openapi';
import { bearer } from '../kit/tokens';

const CITY = '610900';
const COUNTY = '610902';
const today = chinaDateOf(new Date());
const YEAR = Number(today.slice(0, 4)) - 1;
const KEY = `GG-${CITY}-${YEAR}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const office = (userId: string, regionCode = CITY): Principal => ({
  userId,
  roles: ['supervisor'],
  regionCode,
  department: null,
});
const drafter = office('gg-drafter');
const approver = office('gg-approver');

let api: ApiHarness;
let contract: OpenApiContract;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  // Last year, in 汉滨区: a technology exit in May and an energy exit in September; one the year before.
  await backdatedExit(
    api.database.db,
    '公告技术',
    COUNTY,
    'technology',
    exitSteps(YEAR - 1, cst(`${YEAR}-05-20T10:00:00`), { dismantled: [cst(`${YEAR}-05-01T09:00:00`)] }),
  );
  await backdatedExit(
    api.database.db,
    '公告能耗',
    COUNTY,
    'energy',
    exitSteps(YEAR - 1, cst(`${YEAR}-09-20T10:00:00`), {
      order: { measure: 'shutdown', scope: 'equipment' },
      sealedAt: cst(`${YEAR}-08-01T09:00:00`),
      dismantled: [cst(`${YEAR}-09-01T09:00:00`)],
    }),
  );
  await backdatedExit(
    api.database.db,
    '公告前年',
    COUNTY,
    'technology',
    exitSteps(YEAR - 2, cst(`${YEAR - 1}-06-20T10:00:00`), {
      dismantled: [cst(`${YEAR - 1}-06-01T09:00:00`)],
    }),
  );
}, 120_000);
afterAll(async () => {
  await api?.close();
});

let keys = 0;
async function call(method: 'GET' | 'POST', url: string, as: Principal | null, payload?: unknown) {
  const answer = await api.app.inject({
    method,
    url,
    headers: {
      ...(as ? await bearer(as) : {}),
      ...(method === 'POST' ? { 'idempotency-key': `announcement-test-${process.pid}-${(keys += 1)}` } : {}),
    },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

const draft = (body: Record<string, unknown>, as = drafter) =>
  call('POST', '/v1/announcements', as, { regionCode: CITY, year: YEAR, ...body });
const decide = (version: number, outcome: 'approved' | 'discarded', as: Principal) =>
  call('POST', `/v1/announcements/${KEY}/versions/${version}/decisions`, as, { outcome, reason: '同意公告' });
const view = async (as: Principal = drafter) => {
  const answer = await call('GET', `/v1/announcements/${KEY}`, as);
  expect([answer.statusCode, answer.json().detail]).toEqual([200, undefined]);
  return answer.json();
};

it.each([
  [
    'a cut-off before the year’s end',
    { cutoff: `${YEAR}-12-30` },
    drafter,
    409,
    /cut-off is .*-12-31 or later/,
  ],
  ['a cut-off after today', { cutoff: '2999-01-01' }, drafter, 409, /after today/],
  ['a correction of nothing', { cutoff: today, correction: '更正' }, drafter, 409, /corrects nothing/],
  [
    'a county’s office',
    { cutoff: today },
    office('gg-county', COUNTY),
    403,
    /outside the caller’s jurisdiction/,
  ],
  [
    'an auditor',
    { cutoff: today },
    { userId: 'gg-auditor', roles: ['auditor'], regionCode: CITY, department: null } as Principal,
    403,
    /drawn up by supervisors/,
  ],
  ['a date that is not one', { cutoff: `${YEAR}-13-01` }, drafter, 400, /cutoff/],
])('refuses %s, and draws up nothing', async (_, body, as, status, detail) => {
  const answer = await draft(body, as);
  expect(answer.statusCode).toBe(status);
  expect(JSON.stringify(answer.json())).toMatch(detail);
  expect((await view()).versions).toEqual([]);
});

it('is drawn up, approved by another person of the office, published, then corrected once', async () => {
  const drafted = await draft({ cutoff: today });
  expect(drafted.statusCode).toBe(200);
  expect(drafted.json()).toMatchObject({ key: KEY, id: `${KEY}-1`, version: 1, status: 'draft' });
  let announcement = await view();
  expect(announcement).toMatchObject({
    published: null,
    mayI: { draft: expect.stringMatching(/waits for approval/) },
  });
  expect(announcement.versions[0]).toMatchObject({
    version: 1,
    cutoff: today,
    rows: 2,
    enterprises: 2,
    totals: [{ capacityUnit: '万吨/年', cases: 2, capacityValue: 20 }],
    mayI: { approve: expect.stringMatching(/another person of the office approves it/), discard: null },
  });
  // A draft is not public, and a second draft waits for the first.
  expect((await call('GET', `/v1/published-announcements/${KEY}-1`, null)).statusCode).toBe(404);
  expect((await draft({ cutoff: today })).json().detail).toMatch(/version 1 of the announcement waits/);
  // The drafter may not approve it; another person of the office does.
  expect((await decide(1, 'approved', drafter)).statusCode).toBe(409);
  const published = await decide(1, 'approved', approver);
  expect(published.json()).toMatchObject({ version: 1, status: 'published' });

  const first = (await call('GET', `/v1/published-announcements/${KEY}-1`, null)).json();
  expect(first).toMatchObject({
    regionName: '安康市',
    year: YEAR,
    version: 1,
    correctedBy: null,
    corrects: null,
  });
  expect(first.title).toContain(`安康市${YEAR}年度依法依规退出落后产能情况公告`);
  expect(
    first.rows.map((r: { enterpriseName: string; dimension: string }) => [r.enterpriseName, r.dimension]),
  ).toEqual(
    expect.arrayContaining([
      ['虎丘某公告技术厂', 'technology'],
      ['虎丘某公告能耗厂', 'energy'],
    ]),
  );
  expect(first.rows).toHaveLength(2);

  // As a workbook: the sheet 公告, its title, one row per exit.
  const file = await api.app.inject({
    method: 'GET',
    url: `/v1/published-announcements/${KEY}-1?format=xlsx`,
  });
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe(XLSX);
  const workbook = new Workbook();
  await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('公告')!;
  expect(String(sheet.getRow(1).getCell(1).value)).toContain('第 1 版');
  expect(sheet.getRow(3).getCell(2).value).toMatch(/^虎丘某公告/);

  // A correction says what it corrects; the first stays readable and names it.
  expect((await draft({ cutoff: today })).json().detail).toMatch(/says what it corrects/);
  const correcting = await draft({ cutoff: today, correction: '更正能耗企业的退出日期' });
  expect(correcting.json()).toMatchObject({ version: 2, status: 'draft' });
  await decide(2, 'approved', approver);
  announcement = await view(approver);
  expect(announcement.published).toBe(2);
  expect(
    announcement.versions.map((v: { version: number; status: string; corrects: number | null }) => [
      v.version,
      v.status,
      v.corrects,
    ]),
  ).toEqual([
    [1, 'published', null],
    [2, 'published', 1],
  ]);
  expect(announcement.events.map((e: { type: string }) => e.type)).toEqual([
    'announcement_drafted',
    'announcement_published',
    'announcement_drafted',
    'announcement_published',
  ]);
  expect(announcement.chain.intact).toBe(true);
  expect((await call('GET', `/v1/published-announcements/${KEY}-1`, null)).json().correctedBy).toBe(2);
  // The run that drew up and published the correction, for the replay test.
  await recordHistoryIfAsked(
    'announcement-until-idle',
    await api.temporal.workflow.getHandle(announcementWorkflowId(KEY)).fetchHistory(),
  );
  const list = (
    await call('GET', `/v1/published-announcements?regionCode=${CITY}&year=${YEAR}`, null)
  ).json();
  expect(
    list.items.map((item: { id: string; correctedBy: number | null }) => [item.id, item.correctedBy]),
  ).toEqual([
    [`${KEY}-1`, 2],
    [`${KEY}-2`, null],
  ]);

  // A discarded draft never reaches the public.
  await draft({ cutoff: today, correction: '再次更正' });
  expect((await decide(3, 'discarded', drafter)).json()).toMatchObject({ status: 'discarded' });
  expect((await call('GET', `/v1/published-announcements/${KEY}-3`, null)).statusCode).toBe(404);
  // Another county's office does not see the city's announcement.
  expect((await call('GET', `/v1/announcements/${KEY}`, office('gg-other', '610921'))).statusCode).toBe(404);
});

it('keeps what was published as it was published: the table refuses a change', async () => {
  await expect(
    api.database.pool.query(`update announcements set rows = '[]'::jsonb where id = $1`, [`${KEY}-1`]),
  ).rejects.toThrow(/never changes/);
  await expect(
    api.database.pool.query(`delete from announcements where id = $1`, [`${KEY}-1`]),
  ).rejects.toThrow(/never deleted/);
});
