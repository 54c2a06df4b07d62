/** "My inbox": open tasks by role, jurisdiction and department, soonest due first, page by page. */
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { caseRecordedAs, fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding, creditCode } from '../kit/findings';
import { eventually } from '../kit/poll';
import { authorizationFor } from '../kit/tokens';

let api: ApiHarness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startApiHarness();
  // Recent findings, so that their six months are still running whenever the suite runs.
  const daysAgo = (n: number) => addDays(chinaDateOf(new Date()), -n);
  const findings = {
    gusuEarly: aFinding({ findingDate: daysAgo(40) }),
    gusuLate: aFinding({ findingDate: daysAgo(10) }),
    xuzhou: aFinding({
      findingDate: daysAgo(20),
      enterprise: { name: '徐州某水泥厂', creditCode: creditCode('320302', 77), regionCode: '320302' },
    }),
  };
  for (const [name, finding] of Object.entries(findings)) {
    const filed = await fileFinding(api.app, finding);
    ids[name] = (filed.json() as { id: string }).id;
  }
  // Each case's re-inspection task is written with its deadline_set step: wait until every case's row
  // says rectifying, so that no test reads an inbox while a case is still being recorded.
  for (const id of Object.values(ids))
    await caseRecordedAs(api.app, id, 'rectifying', officer({ regionCode: '320000' }));
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const officer = (overrides: Partial<Principal> = {}): Principal => ({
  userId: 'u1',
  roles: ['department_officer'],
  regionCode: '320508',
  department: 'industry_it',
  ...overrides,
});

async function inbox(who: Principal, query = '') {
  const answer = await api.app.inject({
    url: `/v1/tasks${query}`,
    headers: { authorization: await authorizationFor(who) },
  });
  return answer;
}

type Page = { items: { caseId: string; kind: string; dueAt: string }[]; nextCursor: string | null };

it('lists the re-inspections a county department may report, soonest due first', async () => {
  const page = await eventually(
    async () => (await inbox(officer())).json() as Page,
    (p) => p.items.length === 2,
  );
  expect(page.items.map((t) => [t.caseId, t.kind])).toEqual([
    [ids.gusuEarly, 'reinspection'],
    [ids.gusuLate, 'reinspection'],
  ]);
  expect(Date.parse(page.items[0]!.dueAt)).toBeLessThan(Date.parse(page.items[1]!.dueAt));
  expect(page.nextCursor).toBeNull();
});

it('shows a province its whole region, another department nothing, another county nothing', async () => {
  const province = (await (await inbox(officer({ regionCode: '320000' }))).json()) as Page;
  expect(province.items.map((t) => t.caseId).sort()).toEqual(
    [ids.gusuEarly, ids.gusuLate, ids.xuzhou].sort(),
  );
  expect(((await inbox(officer({ department: 'environment_bureau' }))).json() as Page).items).toEqual([]);
  expect(((await inbox(officer({ regionCode: '320505' }))).json() as Page).items).toEqual([]);
  expect(((await inbox(officer({ roles: ['supervisor'], department: null }))).json() as Page).items).toEqual(
    [],
  );
});

it('pages with a cursor, without repeats or gaps', async () => {
  const province = officer({ regionCode: '320000' });
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const answer = await inbox(province, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    expect(answer.statusCode).toBe(200);
    const page = answer.json() as Page;
    expect(page.items.length).toBeLessThanOrEqual(1);
    seen.push(...page.items.map((t) => t.caseId));
    cursor = page.nextCursor;
  } while (cursor);
  expect(seen).toHaveLength(3);
  expect(new Set(seen).size).toBe(3);
});

it('answers 401 without a token and 400 for a cursor it never gave out', async () => {
  expect((await api.app.inject({ url: '/v1/tasks' })).statusCode).toBe(401);
  const bad = await inbox(officer(), '?cursor=not-a-cursor');
  expect(bad.statusCode).toBe(400);
  expect(bad.json()).toMatchObject({ type: '/problems/validation', errors: [{ pointer: '/cursor' }] });
  expect((await inbox(officer(), '?limit=0')).statusCode).toBe(400);
});

it('names each task’s region beside its code (GB/T 2260, from domain/region-names.ts)', async () => {
  const page = (await (await inbox(officer({ regionCode: '320000' }))).json()) as {
    items: { caseId: string; regionCode: string; regionName: string | null }[];
  };
  const byCase = new Map(page.items.map((t) => [t.caseId, t]));
  expect(byCase.get(ids.gusuEarly!)).toMatchObject({ regionCode: '320508', regionName: '姑苏区' });
  expect(byCase.get(ids.gusuLate!)).toMatchObject({ regionCode: '320508', regionName: '姑苏区' });
  expect(byCase.get(ids.xuzhou!)).toMatchObject({ regionCode: '320302', regionName: '鼓楼区' });
});
