/**
 * The deadline radar (GET /v1/cases/radar): open cases by region × dimension × days-left bucket, read
 * by supervisors and administrators inside their jurisdiction — against the real servers.
 */
import { inArray } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { cases } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { radarBounds, radarBucket } from '../../domain/radar';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding, creditCode } from '../kit/findings';
import { eventually } from '../kit/poll';
import { bearer } from '../kit/tokens';

let api: ApiHarness;
const daysAgo = (n: number) => addDays(chinaDateOf(new Date()), -n);
const GUSU = '320508';
const XIANGCHENG = '320507';

/** An environment finding in Xiangcheng whose one-month period began `n` days ago. */
const environment = (n: number, serial: number): FindingInput =>
  aFinding({
    department: 'environment_bureau',
    dimension: 'environment',
    rectificationMonths: 1,
    findingDate: daysAgo(n),
    enterprise: { name: '相城某印染厂', creditCode: creditCode(XIANGCHENG, serial), regionCode: XIANGCHENG },
  });

const ids: Record<string, string> = {};
let dueAt: Map<string, Date | null>;

beforeAll(async () => {
  api = await startApiHarness();
  const findings: Record<string, FindingInput> = {
    // Six months from ten and twelve days ago: more than thirty days left.
    energyA: aFinding({ findingDate: daysAgo(10) }),
    energyB: aFinding({ findingDate: daysAgo(12) }),
    // Eliminated technology exits within three months of its finding: long lapsed.
    technology: aFinding({
      findingDate: daysAgo(200),
      dimension: 'technology',
      department: 'development_reform',
    }),
    // One month from 28 and 10 days ago: a few days left, and about three weeks left.
    soon: environment(28, 880_001),
    weeks: environment(10, 880_002),
  };
  for (const [name, finding] of Object.entries(findings)) {
    const answer = await fileFinding(api.app, finding);
    expect(answer.statusCode).toBe(201);
    ids[name] = answer.json().id;
  }
  // Wait until every case is recorded waiting on its deadline.
  const rows = await eventually(
    () =>
      api.database.db
        .select({ id: cases.id, status: cases.status, dueAt: cases.dueAt })
        .from(cases)
        .where(inArray(cases.id, Object.values(ids))),
    (rows) => rows.length === 5 && rows.every((row) => row.status !== 'filed' && row.dueAt !== null),
  );
  dueAt = new Map(rows.map((row) => [row.id, row.dueAt]));
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const who = (overrides: Partial<Principal> = {}): Principal => ({
  userId: 'office',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
  ...overrides,
});

async function radar(query = '', principal: Principal = who()) {
  return api.app.inject({ url: `/v1/cases/radar${query}`, headers: await bearer(principal) });
}

type Row = {
  regionCode: string;
  regionName: string | null;
  dimension: string;
  bucket: string;
  cases: number;
};
type Body = {
  regionCode: string;
  asOf: string;
  rows: Row[];
  totals: { bucket: string; cases: number }[];
  total: number;
  buckets: { bucket: string; label: string }[];
};

/** The bucket of a filed case, by the domain rule, as of the answer's instant. */
const bucketOf = (name: string, asOf: string) =>
  radarBucket(dueAt.get(ids[name]!)!, radarBounds(new Date(asOf)));

it('counts the city’s open cases by county, dimension and days left', async () => {
  const answer = await radar();
  expect(answer.statusCode).toBe(200);
  const body = answer.json() as Body;
  expect(body.regionCode).toBe('320500');
  // The unambiguous ones, whatever the date: six months ahead, and long lapsed.
  expect(bucketOf('energyA', body.asOf)).toBe('later');
  expect(bucketOf('energyB', body.asOf)).toBe('later');
  expect(bucketOf('technology', body.asOf)).toBe('overdue');
  // A month from 28 days ago is a few days away (moved past rest days, at most into the next weeks).
  expect(['within_7', 'within_30']).toContain(bucketOf('soon', body.asOf));
  expect(bucketOf('weeks', body.asOf)).toBe('within_30');

  const expected = new Map<string, number>();
  const add = (region: string, dimension: string, name: string) => {
    const key = `${region}/${dimension}/${bucketOf(name, body.asOf)}`;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  };
  add(GUSU, 'energy', 'energyA');
  add(GUSU, 'energy', 'energyB');
  add(GUSU, 'technology', 'technology');
  add(XIANGCHENG, 'environment', 'soon');
  add(XIANGCHENG, 'environment', 'weeks');
  expect(
    new Map(body.rows.map((row) => [`${row.regionCode}/${row.dimension}/${row.bucket}`, row.cases])),
  ).toEqual(expected);
  expect(body.rows.find((row) => row.regionCode === GUSU)?.regionName).toBe('姑苏区');
  expect(body.rows.find((row) => row.regionCode === XIANGCHENG)?.regionName).toBe('相城区');
  expect(body.total).toBe(5);
  const totals = Object.fromEntries(body.totals.map((t) => [t.bucket, t.cases]));
  expect(totals.later).toBe(2);
  expect(totals.overdue).toBe(1);
  expect(totals.no_deadline).toBe(0);
  expect(totals.within_7! + totals.within_30!).toBe(2);
  expect(body.buckets.map((b) => b.label)).toEqual([
    '已逾期',
    '7日内到期',
    '30日内到期',
    '30日后到期',
    '无期限',
  ]);
});

it('narrows to a county inside the jurisdiction, and to a dimension', async () => {
  const county = (await radar(`?region=${XIANGCHENG}`)).json() as Body;
  expect(county.total).toBe(2);
  expect(new Set(county.rows.map((row) => row.regionCode))).toEqual(new Set([XIANGCHENG]));

  const energy = (await radar('?dimension=energy')).json() as Body;
  expect(energy.rows).toEqual([
    { regionCode: GUSU, regionName: '姑苏区', dimension: 'energy', bucket: 'later', cases: 2 },
  ]);

  const administrator = await radar('', who({ roles: ['administrator'], regionCode: '320000' }));
  expect(administrator.statusCode).toBe(200);
  expect((administrator.json() as Body).total).toBe(5);
});

it('refuses a region outside the caller’s jurisdiction with 403', async () => {
  const county = who({ regionCode: GUSU });
  expect((await radar(`?region=${XIANGCHENG}`, county)).statusCode).toBe(403);
  expect((await radar('?region=320500', county)).statusCode).toBe(403);
  expect((await radar('?region=320300')).statusCode).toBe(403);
  // Its own county it reads: only Gusu's three cases.
  expect(((await radar('', county)).json() as Body).total).toBe(3);
});

it.each([
  ['department officer', who({ roles: ['department_officer'], department: 'industry_it' })],
  ['government approver', who({ roles: ['government_approver'] })],
  ['auditor', who({ roles: ['auditor'] })],
  ['acceptance inspector', who({ roles: ['acceptance_inspector'] })],
])('refuses a %s with 403', async (_, principal) => {
  const answer = await radar('', principal);
  expect(answer.statusCode).toBe(403);
  expect(answer.json().detail).toBe('the deadline radar is read by supervisors and administrators');
});

it('answers 401 without a token and 400 for a bad query', async () => {
  expect((await api.app.inject({ url: '/v1/cases/radar' })).statusCode).toBe(401);
  expect((await radar('?region=abc')).statusCode).toBe(400);
  expect((await radar('?dimension=weather')).statusCode).toBe(400);
});
