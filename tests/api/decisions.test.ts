/**
 * Decisions through the API, against the real dev server and PostgreSQL: the bearer token is the
 * actor, jurisdiction hides other regions' cases (404), the role gates the decision (403), the case
 * refuses out-of-turn decisions (409 with its reason), and an idempotency key applies a retry once.
 */
import { asc, count, eq } from 'drizzle-orm';
import { mintToken, type Principal } from '../../api/auth';
import { loadConfig } from '../../config';
import { caseEvents } from '../../db/schema';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { authorizationFor, bearer } from '../kit/tokens';

let api: ApiHarness;
let caseId: string;
const config = loadConfig({});

beforeAll(async () => {
  api = await startApiHarness();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const filed = await fileFinding(api.app, aFinding({ findingDate: today }));
  caseId = (filed.json() as { id: string }).id;
  await eventually(
    async () => (await ledger()).length,
    (n) => n >= 2,
  );
});
afterAll(async () => {
  await api?.close();
});

const ledger = () =>
  api.database.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.sequence));

const principal = (overrides: Partial<Principal>): Principal => ({
  userId: 'u-officer',
  roles: ['department_officer'],
  regionCode: '320508',
  department: 'industry_it',
  ...overrides,
});

async function post(
  path: string,
  body: object,
  who: Principal | null,
  key = `key-${Math.random().toString(36).slice(2)}`,
) {
  const headers: Record<string, string> = { 'idempotency-key': key };
  if (who) headers.authorization = await authorizationFor(who);
  return api.app.inject({ method: 'POST', url: `/v1/cases/${caseId}/${path}`, payload: body, headers });
}

const request = { reason: '企业申请延期', evidence: [{ reference: '申请书' }], months: 3 };

it('takes a decision from the caller in the token and answers with the ledger entry; a retry with the same key applies once', async () => {
  const first = await post('extension-requests', request, principal({}), 'extension-request-0001');
  expect(first.statusCode).toBe(200);
  expect(first.json()).toMatchObject({ caseId, status: 'rectifying', sequence: 3 });
  const again = await post('extension-requests', request, principal({}), 'extension-request-0001');
  expect(again.statusCode).toBe(200);
  expect(again.json()).toEqual(first.json());
  const entries = await ledger();
  expect(entries.filter((e) => e.type === 'extension_requested')).toHaveLength(1);
  expect(entries.at(-1)!.actor).toEqual({
    userId: 'u-officer',
    role: 'department_officer',
    regionCode: '320508',
    department: 'industry_it',
  });
});

it('refuses what the case refuses with 409 and its reason, storing nothing', async () => {
  const before = (await ledger()).length;
  const answer = await post('extension-requests', request, principal({}));
  expect(answer.statusCode).toBe(409);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.json()).toMatchObject({
    type: '/problems/decision-rejected',
    detail: expect.stringMatching(/one application/),
  });
  expect((await ledger()).length).toBe(before);
});

it('answers 404 for a case outside the caller’s jurisdiction, 403 for the wrong role, 401 without a valid token', async () => {
  const decision = { reason: '同意', evidence: [], grant: true, months: 3 };
  const elsewhere = await post(
    'extension-decisions',
    decision,
    principal({ roles: ['supervisor'], regionCode: '320600', department: null }),
  );
  expect(elsewhere.statusCode).toBe(404);
  expect(elsewhere.json()).toMatchObject({ type: '/problems/not-found' });

  const wrongRole = await post('extension-decisions', decision, principal({}));
  expect(wrongRole.statusCode).toBe(403);
  expect(wrongRole.json()).toMatchObject({ type: '/problems/forbidden' });

  const anonymous = await post('extension-decisions', decision, null);
  expect(anonymous.statusCode).toBe(401);
  expect(anonymous.headers['www-authenticate']).toBe('Bearer');
  const forged = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/extension-decisions`,
    payload: decision,
    headers: {
      'idempotency-key': 'forged-token-0001',
      authorization: `Bearer ${await mintToken({ ...config, AUTH_JWT_SECRET: 'another-secret-of-at-least-32-characters' }, principal({ roles: ['supervisor'] }))}`,
    },
  });
  expect(forged.statusCode).toBe(401);

  const granted = await post(
    'extension-decisions',
    decision,
    principal({ userId: 'u-office', roles: ['supervisor'], regionCode: '320500', department: null }),
  );
  expect(granted.statusCode).toBe(200);
  expect((await ledger()).at(-1)).toMatchObject({
    type: 'extension_granted',
    actor: { userId: 'u-office', role: 'supervisor' },
  });
});

it('answers 400 naming the field for a malformed decision, a missing idempotency key, or an actor in the body', async () => {
  const before = (await ledger()).length;
  const bad = await post('reinspections', { reason: '', evidence: [], result: 'maybe' }, principal({}));
  expect(bad.statusCode).toBe(400);
  expect(
    bad
      .json()
      .errors.map((e: { pointer: string }) => e.pointer)
      .sort(),
  ).toEqual(['/reason', '/result']);
  const withActor = await post(
    'reinspections',
    { reason: '复查', evidence: [], result: 'pass', actor: { userId: 'x' } },
    principal({}),
  );
  expect(withActor.statusCode).toBe(400);
  const noKey = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/reinspections`,
    payload: { reason: '复查', evidence: [], result: 'pass' },
    headers: { authorization: await authorizationFor(principal({})) },
  });
  expect(noKey.statusCode).toBe(400);
  expect(noKey.json().errors[0].pointer).toMatch(/idempotency-key/);
  expect((await ledger()).length).toBe(before);
  const [row] = await api.database.db.select({ n: count() }).from(caseEvents);
  expect(row!.n).toBe(before);
});

describe('the timeline', () => {
  const get = async (who: Principal) =>
    api.app.inject({
      url: `/v1/cases/${caseId}/timeline`,
      headers: { authorization: await authorizationFor(who) },
    });
  const auditor = principal({
    userId: 'u-audit',
    roles: ['auditor'],
    regionCode: '320000',
    department: null,
  });

  it('gives an auditor every step with its actor and reason, and an intact chain', async () => {
    const answer = await get(auditor);
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.entries.map((e: { type: string }) => e.type)).toEqual([
      'case_filed',
      'deadline_set',
      'extension_requested',
      'extension_granted',
    ]);
    expect(body.entries[2]).toMatchObject({ actor: { userId: 'u-officer' }, reason: '企业申请延期' });
    expect(body.chain).toEqual({ entries: 4, intact: true, breaks: [] });
  });

  it('answers 404 outside the auditor’s region and 403 to a role that does not audit', async () => {
    expect((await get({ ...auditor, regionCode: '320600' })).statusCode).toBe(404);
    expect((await get(principal({}))).statusCode).toBe(403);
  });

  it('gives an auditor the raw Temporal history of each run of the case', async () => {
    const answer = await api.app.inject({
      url: `/v1/cases/${caseId}/history`,
      headers: { authorization: await authorizationFor(auditor) },
    });
    expect(answer.statusCode).toBe(200);
    const { runs } = answer.json() as {
      runs: { status: string; history: { events: { eventType: string }[] } }[];
    };
    expect(runs).toHaveLength(1);
    expect(runs[0]!.status).toBe('RUNNING');
    const types = runs[0]!.history.events.map((e) => e.eventType);
    expect(types[0]).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_STARTED');
    // The two decisions the case accepted; the refused ones are not there.
    expect(types.filter((t) => t === 'EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED')).toHaveLength(2);
    const officerAsks = await api.app.inject({
      url: `/v1/cases/${caseId}/history`,
      headers: { authorization: await authorizationFor(principal({})) },
    });
    expect(officerAsks.statusCode).toBe(403);
  });

  const check = async () =>
    api.app.inject({ url: `/v1/cases/${caseId}/audit-check`, headers: await bearer(auditor) });

  it('checks that the ledger and the Temporal history agree, entry by entry', async () => {
    const answer = await check();
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      caseId,
      agrees: true,
      chain: { entries: 4, intact: true, breaks: [] },
      runs: 1,
      ledgerEntries: 4,
      historySteps: 4,
      pending: [],
      mismatches: [],
    });
    expect(
      (await api.app.inject({ url: `/v1/cases/${caseId}/audit-check`, headers: await bearer(principal({})) }))
        .statusCode,
    ).toBe(403);
  });

  it('shows tampering: an entry edited behind the trigger’s back breaks the chain', async () => {
    await api.database.pool.query('alter table case_events disable trigger case_events_append_only');
    await api.database.pool.query(
      `update case_events set reason = 'edited' where case_id = $1 and sequence = 3`,
      [caseId],
    );
    await api.database.pool.query('alter table case_events enable trigger case_events_append_only');
    const body = (await get(auditor)).json();
    expect(body.chain.intact).toBe(false);
    expect(body.chain.breaks).toEqual([{ sequence: 3, problem: 'content does not match its hash' }]);
    const agreement = (await check()).json();
    expect(agreement.agrees).toBe(false);
    expect(agreement.mismatches).toEqual([
      { sequence: 3, problem: 'the ledger entry differs from the step in history' },
    ]);
  });

  it('shows a ledger entry removed, or one that no history records', async () => {
    const { pool } = api.database;
    await pool.query('alter table case_events disable trigger case_events_append_only');
    try {
      await pool.query('delete from case_events where case_id = $1 and sequence = 4', [caseId]);
      await pool.query(
        `insert into case_events (case_id, sequence, type, status, occurred_at, detail)
         values ($1, 99, 'case_closed', 'closed', now(), '{}')`,
        [caseId],
      );
    } finally {
      await pool.query('alter table case_events enable trigger case_events_append_only');
    }
    const agreement = (await check()).json();
    expect(agreement).toMatchObject({ agrees: false, ledgerEntries: 4, historySteps: 4 });
    expect(agreement.mismatches).toEqual([
      { sequence: 3, problem: 'the ledger entry differs from the step in history' },
      { sequence: 4, problem: 'written according to history, missing from the ledger' },
      { sequence: 99, problem: 'in the ledger, but no run’s history records it' },
    ]);
  });
});
