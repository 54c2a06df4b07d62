/**
 * The public lists through the API, against the real dev server and PostgreSQL: filing puts a case on
 * the yellow list (and an environment case on the emission list) for anyone to read, by region and page
 * by page; snapshots are taken on demand by a supervisor or an administrator, once per idempotency key,
 * each with exactly what changed since the one before; snapshots cannot be edited; public reads are
 * rate limited; every error is a problem body.
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Principal } from '../../api/auth';
import { listMemberships, listSnapshots } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { onDemandSnapshotWorkflowId } from '../../workflows/list-snapshot-contract';
import { fileFinding, rateLimitedApp, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding, creditCode } from '../kit/findings';
import { bearer } from '../kit/tokens';
import { recordHistoryIfAsked } from '../helpers/histories';
import { eventually } from '../kit/poll';

let api: ApiHarness;
const ids: Record<string, string> = {};

const recent = (daysAgo: number) => addDays(chinaDateOf(new Date()), -daysAgo);

const FINDINGS = {
  gusu: () =>
    aFinding({
      findingDate: recent(30),
      enterprise: { name: '姑苏某钢铁有限公司', creditCode: creditCode('320508', 501), regionCode: '320508' },
    }),
  huqiu: () =>
    aFinding({
      findingDate: recent(20),
      enterprise: { name: '虎丘某水泥有限公司', creditCode: creditCode('320505', 502), regionCode: '320505' },
    }),
  xuzhou: () =>
    aFinding({
      findingDate: recent(10),
      enterprise: { name: '徐州某焦化有限公司', creditCode: creditCode('320302', 503), regionCode: '320302' },
    }),
  gusuEnvironment: () =>
    aFinding({
      department: 'environment_bureau',
      dimension: 'environment',
      rectificationMonths: 3,
      legalBasis: { law: '中华人民共和国环境保护法', standard: 'GB 28662-2012' },
      findingDate: recent(5),
      enterprise: { name: '姑苏某冶炼有限公司', creditCode: creditCode('320508', 504), regionCode: '320508' },
    }),
  gusuLater: () =>
    aFinding({
      findingDate: recent(3),
      enterprise: { name: '姑苏某玻璃有限公司', creditCode: creditCode('320508', 505), regionCode: '320508' },
    }),
  xuzhouLater: () =>
    aFinding({
      findingDate: recent(2),
      enterprise: { name: '徐州某电石有限公司', creditCode: creditCode('320302', 506), regionCode: '320302' },
    }),
};
type Name = keyof typeof FINDINGS;

async function file(...names: Name[]): Promise<void> {
  for (const name of names) {
    const finding: FindingInput = FINDINGS[name]();
    const answer = await fileFinding(api.app, finding);
    expect(answer.statusCode).toBe(201);
    ids[name] = (answer.json() as { id: string }).id;
  }
  // The case workflows' projection writes the memberships: wait for them in PostgreSQL, not the API.
  await eventually(
    () => api.database.db.select().from(listMemberships).where(isNull(listMemberships.leftAt)),
    (rows) => names.every((name) => rows.some((row) => row.caseId === ids[name] && row.list === 'yellow')),
    `yellow memberships of ${names.join(', ')}`,
  );
}

beforeAll(async () => {
  api = await startApiHarness();
  await file('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment');
}, 60_000);
afterAll(async () => {
  await api?.close();
});

const supervisor: Principal = {
  userId: 'supervisor-320500',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};
const administrator: Principal = {
  userId: 'admin-1',
  roles: ['administrator'],
  regionCode: '320000',
  department: null,
};

type Entry = {
  list: string;
  caseId: string;
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  enteredAt: string;
};
type Page = { list: string; label: string; region: string | null; items: Entry[]; nextCursor: string | null };
type Changes = { added: Entry[]; removed: Entry[] };
type Snapshot = {
  version: number;
  takenAt: string;
  trigger: string;
  previousVersion: number | null;
  region: string | null;
  list: string | null;
  entries: Entry[];
  diff: Record<'yellow' | 'red' | 'emission_exceeding' | 'emission_serious', Changes>;
};
type Receipt = {
  version: number;
  takenAt: string;
  trigger: string;
  requestedBy: string | null;
  previousVersion: number | null;
  counts: Record<string, { entries: number; added: number; removed: number }>;
};

const get = (url: string, app: FastifyInstance = api.app) => app.inject({ method: 'GET', url });
const caseIds = (entries: Entry[]) => entries.map((entry) => entry.caseId).sort();
const idsOf = (...names: Name[]) => names.map((name) => ids[name]!).sort();

async function snapshot(who: Principal | null, key?: string) {
  return api.app.inject({
    method: 'POST',
    url: '/v1/list-snapshots',
    headers: { ...(who ? await bearer(who) : {}), ...(key ? { 'idempotency-key': key } : {}) },
  });
}

function expectProblem(
  answer: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  type: string,
) {
  expect(answer.statusCode).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.json()).toMatchObject({
    type,
    status,
    title: expect.any(String),
    requestId: expect.any(String),
  });
}

describe('the current lists (public, no token)', () => {
  it('shows a case on the yellow list as soon as it is filed, with its enterprise, and an environment case on the emission list too', async () => {
    const yellow = await get('/v1/lists/yellow');
    expect(yellow.statusCode).toBe(200);
    const page = yellow.json() as Page;
    expect(page).toMatchObject({ list: 'yellow', label: '黄牌（限期整改）', region: null, nextCursor: null });
    expect(caseIds(page.items)).toEqual(idsOf('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment'));
    expect(page.items.find((entry) => entry.caseId === ids.xuzhou)).toEqual({
      list: 'yellow',
      caseId: ids.xuzhou,
      enterpriseName: '徐州某焦化有限公司',
      creditCode: creditCode('320302', 503),
      regionCode: '320302',
      regionName: '鼓楼区',
      enteredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const emission = (await get('/v1/lists/emission_exceeding')).json() as Page;
    expect(caseIds(emission.items)).toEqual(idsOf('gusuEnvironment'));
    expect(((await get('/v1/lists/red')).json() as Page).items).toEqual([]);
  });

  it('narrows a list to a province, a city or a county by region code prefix', async () => {
    const inRegion = async (region: string) =>
      caseIds(((await get(`/v1/lists/yellow?region=${region}`)).json() as Page).items);
    expect(await inRegion('320000')).toEqual(idsOf('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment'));
    expect(await inRegion('320500')).toEqual(idsOf('gusu', 'huqiu', 'gusuEnvironment'));
    expect(await inRegion('320508')).toEqual(idsOf('gusu', 'gusuEnvironment'));
    expect(await inRegion('320300')).toEqual(idsOf('xuzhou'));
    expect(await inRegion('310000')).toEqual([]);
  });

  it('names each entry’s region and the queried region beside their codes (GB/T 2260)', async () => {
    const page = (await get('/v1/lists/yellow?region=320500')).json() as Page & { regionName: string | null };
    expect(page).toMatchObject({ region: '320500', regionName: '苏州市' });
    expect(page.items.find((entry) => entry.caseId === ids.gusu)).toMatchObject({
      regionCode: '320508',
      regionName: '姑苏区',
    });
    expect(((await get('/v1/lists/yellow')).json() as { regionName: string | null }).regionName).toBeNull();
  });

  it('pages with a cursor, longest on the list first, without repeats or gaps', async () => {
    const seen: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const answer = await get(`/v1/lists/yellow?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.statusCode).toBe(200);
      const page = answer.json() as Page;
      expect(page.items).toHaveLength(1);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(caseIds(seen)).toEqual(idsOf('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment'));
    const entered = seen.map((entry) => Date.parse(entry.enteredAt));
    expect(entered).toEqual([...entered].sort((a, b) => a - b));
  });

  it('answers 400 problems for an unknown list, a bad region and a cursor it never gave out', async () => {
    const unknown = await get('/v1/lists/purple');
    expectProblem(unknown, 400, '/problems/validation');
    expect(unknown.json()).toMatchObject({ errors: [{ pointer: '/list' }] });
    for (const region of ['999999', '3205', 'abcdef']) {
      const bad = await get(`/v1/lists/yellow?region=${region}`);
      expectProblem(bad, 400, '/problems/validation');
      expect(bad.json()).toMatchObject({ errors: [{ pointer: '/region' }] });
    }
    const cursor = await get('/v1/lists/yellow?cursor=not-a-cursor');
    expectProblem(cursor, 400, '/problems/validation');
    expect(cursor.json()).toMatchObject({ errors: [{ pointer: '/cursor' }] });
  });
});

describe('snapshots', () => {
  let first: Receipt;

  it('refuses to take one without a token (401), for a role that does not publish lists (403), or without an idempotency key (400)', async () => {
    const anonymous = await snapshot(null, 'snapshot-anonymous-1');
    expectProblem(anonymous, 401, '/problems/unauthorized');
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');

    const officer: Principal = {
      userId: 'officer-1',
      roles: ['department_officer', 'auditor'],
      regionCode: '320508',
      department: 'industry_it',
    };
    expectProblem(await snapshot(officer, 'snapshot-officer-1'), 403, '/problems/forbidden');

    const keyless = await snapshot(supervisor);
    expectProblem(keyless, 400, '/problems/validation');
    expect(keyless.json()).toMatchObject({ errors: [{ pointer: '/idempotency-key' }] });

    expect(await api.database.db.select().from(listSnapshots)).toEqual([]);
  });

  it('takes one on demand for a supervisor: version 1, everything on the lists added', async () => {
    const answer = await snapshot(supervisor, 'snapshot-first-0001');
    expect(answer.statusCode).toBe(201);
    first = answer.json() as Receipt;
    expect(answer.headers.location).toBe(`/v1/list-snapshots/${first.version}`);
    expect(first).toMatchObject({
      version: 1,
      trigger: 'on_demand',
      requestedBy: 'supervisor-320500',
      previousVersion: null,
    });
    expect(first.counts).toEqual({
      yellow: { entries: 4, added: 4, removed: 0 },
      red: { entries: 0, added: 0, removed: 0 },
      emission_exceeding: { entries: 1, added: 1, removed: 0 },
      emission_serious: { entries: 0, added: 0, removed: 0 },
    });

    const published = (await get('/v1/list-snapshots/1')).json() as Snapshot;
    expect(published.takenAt).toBe(first.takenAt);
    expect(caseIds(published.entries.filter((e) => e.list === 'yellow'))).toEqual(
      idsOf('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment'),
    );
    expect(caseIds(published.diff.yellow.added)).toEqual(idsOf('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment'));

    const history = await api.temporal.workflow
      .getHandle(onDemandSnapshotWorkflowId('snapshot-first-0001'))
      .fetchHistory();
    await recordHistoryIfAsked('list-snapshot-on-demand', history);
  });

  it('answers the same version for the same idempotency key, even from another caller, and stores one', async () => {
    const again = await snapshot(administrator, 'snapshot-first-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first);
    expect(await api.database.db.select().from(listSnapshots)).toHaveLength(1);
  });

  it('keeps one version when two requests with a new key race', async () => {
    const [one, two] = await Promise.all([
      snapshot(supervisor, 'snapshot-race-0001'),
      snapshot(supervisor, 'snapshot-race-0001'),
    ]);
    expect((one.json() as Receipt).version).toBe(2);
    expect((two.json() as Receipt).version).toBe(2);
    const rows = await api.database.db.select().from(listSnapshots);
    expect(rows.map((row) => row.version).sort()).toEqual([1, 2]);
    // Nothing changed on the lists in between: an empty diff.
    expect((await get('/v1/list-snapshots/2')).json()).toMatchObject({
      previousVersion: 1,
      diff: {
        yellow: { added: [], removed: [] },
        emission_exceeding: { added: [], removed: [] },
      },
    });
  });

  it('shows exactly the cases filed since the previous version as added', async () => {
    await file('gusuLater', 'xuzhouLater');
    const answer = await snapshot(administrator, 'snapshot-third-0001');
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ version: 3, previousVersion: 2, requestedBy: 'admin-1' });

    const third = (await get('/v1/list-snapshots/3')).json() as Snapshot;
    expect(caseIds(third.diff.yellow.added)).toEqual(idsOf('gusuLater', 'xuzhouLater'));
    expect(third.diff.yellow.removed).toEqual([]);
    expect(third.diff.emission_exceeding).toEqual({ added: [], removed: [] });
    expect(third.diff.red).toEqual({ added: [], removed: [] });
    expect(caseIds(third.entries.filter((e) => e.list === 'yellow'))).toEqual(
      idsOf('gusu', 'huqiu', 'xuzhou', 'gusuEnvironment', 'gusuLater', 'xuzhouLater'),
    );
    expect(Date.parse(third.takenAt)).toBeGreaterThanOrEqual(Date.parse(first.takenAt));
  });

  it('shows a case that left the yellow list (a passing re-inspection) as removed', async () => {
    const reinspection = await api.app.inject({
      method: 'POST',
      url: `/v1/cases/${ids.gusu}/reinspections`,
      payload: { reason: '复查达标', evidence: [{ reference: '复查报告' }], result: 'pass' },
      headers: {
        ...(await bearer({
          userId: 'officer-industry_it-320508',
          roles: ['department_officer'],
          regionCode: '320508',
          department: 'industry_it',
        })),
        'idempotency-key': 'reinspection-gusu-0001',
      },
    });
    expect(reinspection.statusCode).toBe(200);
    await eventually(
      () =>
        api.database.db
          .select()
          .from(listMemberships)
          .where(and(eq(listMemberships.caseId, ids.gusu!), isNotNull(listMemberships.leftAt))),
      (rows) => rows.length === 1,
      'the rectified case leaving the yellow list',
    );
    expect(caseIds(((await get('/v1/lists/yellow')).json() as Page).items)).not.toContain(ids.gusu);

    const answer = await snapshot(supervisor, 'snapshot-fourth-0001');
    expect(answer.statusCode).toBe(201);
    const fourth = (await get(`/v1/list-snapshots/${(answer.json() as Receipt).version}`)).json() as Snapshot;
    expect(fourth.version).toBe(4);
    expect(caseIds(fourth.diff.yellow.removed)).toEqual(idsOf('gusu'));
    expect(fourth.diff.yellow.added).toEqual([]);
  });

  it('narrows one snapshot’s entries and diff to a region and a list', async () => {
    const xuzhou = (await get('/v1/list-snapshots/3?region=320300')).json() as Snapshot;
    expect(xuzhou.region).toBe('320300');
    expect(caseIds(xuzhou.entries)).toEqual(idsOf('xuzhou', 'xuzhouLater'));
    expect(caseIds(xuzhou.diff.yellow.added)).toEqual(idsOf('xuzhouLater'));

    const emission = (
      await get('/v1/list-snapshots/3?region=320508&list=emission_exceeding')
    ).json() as Snapshot;
    expect(emission.entries.map((e) => [e.list, e.caseId])).toEqual([
      ['emission_exceeding', ids.gusuEnvironment],
    ]);
    expect(emission.diff.yellow).toEqual({ added: [], removed: [] });
  });

  it('names the entries’ regions in a snapshot, its diff and the region filter', async () => {
    const snapshot = (await get('/v1/list-snapshots/1?region=320508')).json() as Snapshot & {
      regionName: string | null;
      entries: (Entry & { regionName: string | null })[];
    };
    expect(snapshot).toMatchObject({ region: '320508', regionName: '姑苏区' });
    expect(snapshot.entries.length).toBeGreaterThan(0);
    for (const entry of [...snapshot.entries, ...snapshot.diff.yellow.added])
      expect(entry).toMatchObject({ regionCode: '320508', regionName: '姑苏区' });
  });

  it('lists the versions newest first, page by page', async () => {
    const versions: number[] = [];
    let cursor: string | null = null;
    do {
      const answer = await get(`/v1/list-snapshots?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.statusCode).toBe(200);
      const page = answer.json() as {
        items: { version: number; trigger: string }[];
        nextCursor: string | null;
      };
      versions.push(...page.items.map((item) => item.version));
      cursor = page.nextCursor;
    } while (cursor && versions.length < 10);
    expect(versions).toEqual([4, 3, 2, 1]);
    const newest = (await get('/v1/list-snapshots?limit=1')).json() as {
      items: { version: number; trigger: string; counts: Receipt['counts'] }[];
    };
    expect(newest.items[0]).toMatchObject({
      version: 4,
      trigger: 'on_demand',
      counts: { yellow: { entries: 5, added: 0, removed: 1 } },
    });
  });

  it('answers 404 for a version never taken and 400 for one that is not a version', async () => {
    expectProblem(await get('/v1/list-snapshots/99'), 404, '/problems/not-found');
    expectProblem(await get('/v1/list-snapshots/first'), 400, '/problems/validation');
    expectProblem(await get('/v1/list-snapshots/1?list=purple'), 400, '/problems/validation');
  });

  it('cannot be edited or deleted: the table refuses UPDATE and DELETE', async () => {
    await expect(
      api.database.pool.query(`update list_snapshots set taken_at = now() where version = 1`),
    ).rejects.toThrow(/list_snapshots is append-only: UPDATE refused/);
    await expect(api.database.pool.query(`delete from list_snapshots where version = 1`)).rejects.toThrow(
      /list_snapshots is append-only: DELETE refused/,
    );
    await expect(api.database.pool.query(`truncate list_snapshots`)).rejects.toThrow(/append-only/);
    expect(await api.database.db.select().from(listSnapshots)).toHaveLength(4);
  });
});

it('limits public reads per address: past the limit, a 429 problem', async () => {
  const limited = await rateLimitedApp(api, 3);
  try {
    for (let i = 0; i < 3; i += 1) expect((await get('/v1/lists/red', limited)).statusCode).toBe(200);
    const refused = await get('/v1/lists/red', limited);
    expectProblem(refused, 429, '/problems/too-many-requests');
    expect(refused.headers['retry-after']).toBeDefined();
    // Each public endpoint has its own allowance.
    expect((await get('/v1/list-snapshots', limited)).statusCode).toBe(200);
  } finally {
    await limited.close();
  }
});

it('documents the list codes with their Chinese names in the OpenAPI document', async () => {
  const answer = await get('/docs/json');
  if (answer.statusCode !== 200)
    throw new Error(`/docs/json: ${answer.statusCode} ${answer.body.slice(0, 2000)}`);
  const doc = answer.json() as {
    paths: Record<
      string,
      Record<string, { parameters?: { name: string; schema: { enum?: string[]; description?: string } }[] }>
    >;
  };
  const list = doc.paths['/v1/lists/{list}']!.get!.parameters!.find((p) => p.name === 'list')!;
  expect(list.schema.enum).toEqual(['yellow', 'red', 'emission_exceeding', 'emission_serious']);
  expect(JSON.stringify(list)).toContain('yellow (黄牌（限期整改）)');
  expect(doc.paths['/v1/list-snapshots']!.post).toBeDefined();
  expect(doc.paths['/v1/list-snapshots/{version}']!.get).toBeDefined();
});
