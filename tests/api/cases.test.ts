/**
 * Who may file and read cases, the case search and the case view, and batch filing — against the
 * real dev server and PostgreSQL.
 */
import { count, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { MAX_BATCH_FINDINGS } from '../../api/schemas/cases';
import { cases } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding, creditCode } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';
import { eventually } from '../kit/poll';

let api: ApiHarness;
const today = chinaDateOf(new Date());
const daysAgo = (n: number) => addDays(today, -n);

/** A county of its own (Suzhou's Wuzhong district, 320506) so this suite's searches see only its cases. */
const COUNTY = '320506';
const OTHER_COUNTY = '320507';
const inCounty = (overrides: Partial<FindingInput> = {}, serial = Math.floor(Math.random() * 1e8)) =>
  aFinding({
    enterprise: {
      name: `吴中测试钢铁${serial}有限公司`,
      creditCode: creditCode(COUNTY, serial),
      regionCode: COUNTY,
    },
    ...overrides,
  });

const who = (overrides: Partial<Principal>): Principal => ({
  userId: 'someone',
  roles: ['supervisor'],
  regionCode: COUNTY,
  department: null,
  ...overrides,
});

async function get(url: string, principal: Principal | null) {
  return api.app.inject({ url, headers: principal ? await bearer(principal) : {} });
}

async function caseCount(): Promise<number> {
  const [row] = await api.database.db.select({ n: count() }).from(cases);
  return row!.n;
}

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

describe('filing needs the finding’s own department, inside its region', () => {
  it.each<[string, Principal | null, number, string]>([
    ['no token', null, 401, '/problems/unauthorized'],
    [
      'another department',
      officerFor({ ...inCounty(), department: 'environment_bureau' }),
      403,
      '/problems/forbidden',
    ],
    ['another county', { ...officerFor(inCounty()), regionCode: OTHER_COUNTY }, 403, '/problems/forbidden'],
    ['a supervisor', who({}), 403, '/problems/forbidden'],
  ])('%s: %d, and nothing is started or stored', async (_what, principal, status, type) => {
    const finding = inCounty();
    const before = await caseCount();
    const answer = principal
      ? await fileFinding(api.app, finding, principal)
      : await api.app.inject({ method: 'POST', url: '/v1/findings', payload: finding });
    expect(answer.statusCode).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.json()).toMatchObject({ type, status });
    expect(await caseCount()).toBe(before);
  });

  it('a city officer of the department may file for its counties', async () => {
    const finding = inCounty();
    const answer = await fileFinding(api.app, finding, { ...officerFor(finding), regionCode: '320500' });
    expect(answer.statusCode).toBe(201);
  });

  it('an unauthenticated malformed body is 401, not a validation answer', async () => {
    const answer = await api.app.inject({ method: 'POST', url: '/v1/findings', payload: { bad: true } });
    expect(answer.statusCode).toBe(401);
  });
});

describe('one case', () => {
  let caseId: string;
  const finding = inCounty({ findingDate: daysAgo(5) });
  beforeAll(async () => {
    caseId = (await fileFinding(api.app, finding)).json().id;
  });

  it('shows its state, every deadline with its explanation, its open tasks and lists', async () => {
    const view = await eventually(
      async () => (await get(`/v1/cases/${caseId}`, who({}))).json(),
      (body) => body.status === 'rectifying' && body.openTasks.length > 0,
    );
    expect(view).toMatchObject({ id: caseId, status: 'rectifying', outcome: null, escalatedAt: null });
    expect(view.deadlines.rectification).toEqual(view.deadline);
    expect(view.deadline.explanation).toMatch(/24:00 China Standard Time/);
    expect(view.deadlines).toMatchObject({ governmentDecision: null, exit: null, dismantling: null });
    expect(view.dueAt).toBe(view.deadline.lapsesAt);
    expect(view.openTasks).toEqual([
      expect.objectContaining({
        kind: 'reinspection',
        role: 'department_officer',
        dueAt: view.deadline.lapsesAt,
      }),
    ]);
    expect(view.lists).toEqual([expect.objectContaining({ list: 'yellow', leftAt: null })]);
    expect(view.timers.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['rectification deadline']),
    );
    expect(view.evidence).toEqual([]);
  });

  it('lists the evidence each decision recorded, with who recorded it', async () => {
    const officer = officerFor(finding);
    const answer = await api.app.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/extension-requests`,
      headers: { ...(await bearer(officer)), 'idempotency-key': `ext-${caseId}` },
      payload: {
        reason: '设备改造需要时间',
        evidence: [{ reference: '延期申请书', description: '企业盖章' }],
        months: 2,
      },
    });
    expect(answer.statusCode).toBe(200);
    const view = (await get(`/v1/cases/${caseId}`, who({}))).json();
    expect(view.evidence).toEqual([
      expect.objectContaining({
        type: 'extension_requested',
        reason: '设备改造需要时间',
        items: [{ reference: '延期申请书', description: '企业盖章' }],
        actor: expect.objectContaining({ userId: officer.userId, role: 'department_officer' }),
      }),
    ]);
    expect(view.openTasks.map((t: { kind: string }) => t.kind).sort()).toEqual([
      'extension_decision',
      'reinspection',
    ]);
  });

  it.each<[string, Principal]>([
    ['another county', who({ regionCode: OTHER_COUNTY })],
    ['another city', who({ regionCode: '320300' })],
    [
      'a department that does not own the dimension',
      officerFor({ ...finding, department: 'environment_bureau' }),
    ],
  ])('is 404 to %s, exactly as a missing case', async (_what, principal) => {
    const hidden = await get(`/v1/cases/${caseId}`, principal);
    const missing = await get('/v1/cases/RC-0000000000000000', principal);
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (body: { detail: string; requestId?: string; instance?: string }) => ({
      ...body,
      detail: body.detail.replace(/RC-\w+/, 'RC-…'),
      requestId: undefined,
      instance: undefined,
    });
    expect(strip(hidden.json())).toEqual(strip(missing.json()));
  });

  it('is 401 without a token', async () => {
    const answer = await get(`/v1/cases/${caseId}`, null);
    expect(answer.statusCode).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
  });
});

describe('search', () => {
  const serial = 900_000_000 + Math.floor(Math.random() * 1e6);
  const filed: Record<string, { id: string; finding: FindingInput }> = {};
  beforeAll(async () => {
    const findings: Record<string, FindingInput> = {
      energyOld: inCounty({ findingDate: daysAgo(60) }, serial + 1),
      energyNew: inCounty({ findingDate: daysAgo(2) }, serial + 2),
      cement: inCounty({ findingDate: daysAgo(30), industry: 'cement' }, serial + 3),
      environment: inCounty(
        {
          findingDate: daysAgo(20),
          dimension: 'environment',
          department: 'environment_bureau',
          rectificationMonths: 3,
        },
        serial + 4,
      ),
      lapsed: inCounty({ findingDate: '2024-08-31' }, serial + 5),
      // Eliminated technology exits at once, within three months of its finding: long past for this one.
      technology: inCounty(
        { findingDate: daysAgo(200), dimension: 'technology', department: 'development_reform' },
        serial + 6,
      ),
      elsewhere: aFinding({
        findingDate: daysAgo(10),
        enterprise: {
          name: '相城某厂',
          creditCode: creditCode(OTHER_COUNTY, serial + 7),
          regionCode: OTHER_COUNTY,
        },
      }),
    };
    for (const [name, finding] of Object.entries(findings)) {
      const answer = await fileFinding(api.app, finding);
      expect(answer.statusCode).toBe(201);
      filed[name] = { id: answer.json().id, finding };
    }
    // Wait until every case has taken its first steps (deadline set, or escalated, or exiting).
    const ids = Object.values(filed).map((c) => c.id);
    await eventually(
      () => api.database.db.select({ status: cases.status }).from(cases).where(inArray(cases.id, ids)),
      (rows) => rows.length === ids.length && rows.every((row) => row.status !== 'filed'),
    );
    await eventually(
      () =>
        api.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, filed.lapsed!.id)),
      ([row]) => row?.status === 'awaiting_government_decision',
    );
  }, 60_000);

  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
  const mine = (body: { items: { id: string }[] }) =>
    ids(body).filter((id) => Object.values(filed).some((c) => c.id === id));
  const search = async (query: string, principal: Principal = who({})) => {
    const answer = await get(`/v1/cases?${query}`, principal);
    expect(answer.statusCode).toBe(200);
    return answer.json();
  };

  it('sorts by the deadline each case waits on, soonest first, cases waiting on none last', async () => {
    const body = await search(`enterprise=${encodeURIComponent(String(serial).slice(0, 6))}&limit=200`);
    const items = body.items.filter((item: { id: string }) => mine({ items: [item] }).length > 0);
    const due = items.map((item: { dueAt: string | null }) => item.dueAt);
    const dated = due.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(
      due.indexOf(null) === -1 || due.slice(due.indexOf(null)).every((d: string | null) => d === null),
    ).toBe(true);
  });

  it('filters by industry, dimension, status, region, overdue and enterprise', async () => {
    expect(mine(await search('industry=cement'))).toEqual([filed.cement!.id]);
    expect(mine(await search('dimension=environment'))).toEqual([filed.environment!.id]);
    expect(mine(await search('status=exiting'))).toEqual([filed.technology!.id]);
    expect(mine(await search('status=awaiting_government_decision,exiting')).sort()).toEqual(
      [filed.lapsed!.id, filed.technology!.id].sort(),
    );
    // The lapsed energy case escalated and now waits on the government, within its 30 days; the
    // technology case's exit deadline has passed.
    expect(mine(await search('overdue=true'))).toEqual([filed.technology!.id]);
    expect(mine(await search(`enterprise=${filed.energyOld!.finding.enterprise.creditCode}`))).toEqual([
      filed.energyOld!.id,
    ]);
    expect(mine(await search(`enterprise=${encodeURIComponent(`测试钢铁${serial + 2}`)}`))).toEqual([
      filed.energyNew!.id,
    ]);
    const city = await search(`region=${OTHER_COUNTY}`, who({ regionCode: '320500' }));
    expect(mine(city)).toEqual([filed.elsewhere!.id]);
    // Two characters are the shortest fragment: the character-pair index serves them, at the end or inside a name.
    for (const fragment of ['某厂', '城某'])
      expect(
        mine(await search(`enterprise=${encodeURIComponent(fragment)}`, who({ regionCode: '320500' }))),
      ).toEqual([filed.elsewhere!.id]);
  });

  it('filters by deadline window', async () => {
    const old = filed.energyOld!.finding.findingDate;
    // energyOld's deadline is six months (plus rest days) after a finding 60 days ago; energyNew's 58 days later.
    const body = await search(
      `dueBefore=${addDays(old, 200)}&dueAfter=${addDays(old, 150)}&dimension=energy`,
    );
    expect(mine(body)).toContain(filed.energyOld!.id);
    expect(mine(body)).not.toContain(filed.energyNew!.id);
  });

  it('stays inside the caller’s jurisdiction, and a department inside its dimensions', async () => {
    expect(mine(await search('limit=200'))).not.toContain(filed.elsewhere!.id);
    const department = await search('limit=200', officerFor({ ...filed.environment!.finding }));
    expect(mine(department)).toEqual([filed.environment!.id]);
    const outside = await get(`/v1/cases?region=${OTHER_COUNTY}`, who({}));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().errors).toEqual([expect.objectContaining({ pointer: '/region' })]);
  });

  it('pages with a cursor through every case exactly once', async () => {
    const all = await search('limit=200');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await search(
        `limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids(all));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages by most recent change too', async () => {
    const all = await search('sort=recent&limit=200');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await search(
        `sort=recent&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids(all));
  });

  it.each([
    ['status=nonsense', '/status/0'],
    ['industry=tea', '/industry'],
    ['limit=0', '/limit'],
    ['dueBefore=yesterday', '/dueBefore'],
    ['region=12', '/region'],
    ['cursor=not-a-cursor', '/cursor'],
    ['colour=red', '/'],
  ])('answers %s with a 400 naming %s', async (query, pointer) => {
    const answer = await get(`/v1/cases?${query}`, who({}));
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});

describe('batch filing', () => {
  it('files each valid row, says why for each other row, and files nothing twice when resent', async () => {
    const good = [
      inCounty(),
      inCounty(),
      inCounty({ dimension: 'technology', department: 'development_reform' }),
    ];
    const officer = officerFor(good[0]!);
    const rows: unknown[] = [
      good[0],
      { ...good[1]!, enterprise: { ...good[1]!.enterprise, creditCode: '91320506000000000X' } },
      good[1],
      good[2], // another department's finding: this officer may not file it
      {
        ...inCounty(),
        enterprise: {
          ...inCounty().enterprise,
          regionCode: OTHER_COUNTY,
          creditCode: creditCode(OTHER_COUNTY, 5),
        },
      },
      'not an object',
      good[0], // the same finding twice in one batch
    ];
    const send = async () =>
      api.app.inject({
        method: 'POST',
        url: '/v1/findings/batch',
        headers: await bearer(officer),
        payload: { findings: rows },
      });
    const before = await caseCount();
    const first = await send();
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.results.map((r: { result: string }) => r.result)).toEqual([
      expect.stringMatching(/^(created|existing)$/),
      'invalid',
      'created',
      'forbidden',
      'forbidden',
      'invalid',
      expect.stringMatching(/^(created|existing)$/),
    ]);
    expect([body.results[0].result, body.results[6].result].sort()).toEqual(['created', 'existing']);
    expect(body.results[0].caseId).toBe(body.results[6].caseId);
    expect(body.results[1].errors).toEqual([
      expect.objectContaining({ pointer: '/findings/1/enterprise/creditCode' }),
    ]);
    expect(body.results[3].detail).toMatch(/development_reform/);
    expect(body.summary).toEqual({ created: 2, existing: 1, invalid: 2, forbidden: 2, failed: 0 });
    expect(await caseCount()).toBe(before + 2);

    const again = (await send()).json();
    expect(again.summary).toEqual({ created: 0, existing: 3, invalid: 2, forbidden: 2, failed: 0 });
    expect(await caseCount()).toBe(before + 2);
    const stored = await api.database.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.id, body.results[2].caseId));
    expect(stored).toHaveLength(1);
  });

  it('refuses an empty batch or one over the limit with 400, and filing without a token with 401', async () => {
    const officer = officerFor(inCounty());
    const post = async (payload: object, principal: Principal | null = officer) =>
      api.app.inject({
        method: 'POST',
        url: '/v1/findings/batch',
        headers: principal ? await bearer(principal) : {},
        payload,
      });
    expect((await post({ findings: [] })).statusCode).toBe(400);
    const tooMany = Array.from({ length: MAX_BATCH_FINDINGS + 1 }, () => ({}));
    expect((await post({ findings: tooMany })).statusCode).toBe(400);
    expect((await post({ rows: [] })).statusCode).toBe(400);
    expect((await post({ findings: [inCounty()] }, null)).statusCode).toBe(401);
  });

  it('answers a row nested thousands of levels deep as an invalid row, not a server error', async () => {
    const officer = officerFor(inCounty());
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const answer = await api.app.inject({
      method: 'POST',
      url: '/v1/findings/batch',
      headers: { ...(await bearer(officer)), 'content-type': 'application/json' },
      payload: `{"findings":[{"department":"industry_it","dimension":${deep}}]}`,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().summary).toEqual({ created: 0, existing: 0, invalid: 1, forbidden: 0, failed: 0 });
  });

  it('files a county’s census list of 300 in one request', async () => {
    const list = Array.from({ length: 300 }, () => inCounty({ findingDate: daysAgo(3) }));
    const before = await caseCount();
    const answer = await api.app.inject({
      method: 'POST',
      url: '/v1/findings/batch',
      headers: await bearer(officerFor(list[0]!)),
      payload: { findings: list },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().summary).toEqual({ created: 300, existing: 0, invalid: 0, forbidden: 0, failed: 0 });
    expect(await caseCount()).toBe(before + 300);
  }, 120_000);
});

describe('region names beside region codes (GB/T 2260, from domain/region-names.ts)', () => {
  it('names the enterprise’s region on the case view and on its search item, and each open task’s region', async () => {
    const finding = inCounty({ findingDate: daysAgo(2) });
    const filed = await fileFinding(api.app, finding);
    expect(filed.statusCode).toBe(201);
    // The case view has no top-level regionCode: its regionName names finding.enterprise.regionCode,
    // and the finding stays as filed.
    expect(filed.json()).toMatchObject({
      regionName: '吴中区',
      finding: { enterprise: { regionCode: COUNTY } },
    });
    expect(filed.json().finding.enterprise).not.toHaveProperty('regionName');
    const caseId = filed.json().id as string;

    const view = await eventually(
      async () => (await get(`/v1/cases/${caseId}`, who({}))).json(),
      (body) => body.status === 'rectifying' && body.openTasks.length > 0,
    );
    expect(view.regionName).toBe('吴中区');
    expect(view.openTasks.length).toBeGreaterThan(0);
    for (const task of view.openTasks as { regionCode: string; regionName: string | null }[])
      expect(task).toMatchObject({ regionCode: COUNTY, regionName: '吴中区' });

    const search = await get(`/v1/cases?enterprise=${finding.enterprise.creditCode}`, who({}));
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual([
      expect.objectContaining({ id: caseId, regionCode: COUNTY, regionName: '吴中区' }),
    ]);
  });
});
