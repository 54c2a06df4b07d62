/**
 * Batch urging (POST /v1/urgings/batch) against the real servers: each case urged as the single urging
 * urges it, a result per case (urged; refused — outside the jurisdiction, missing, closed — with the
 * reason), each case urged once however often the batch is retried, and bad input or a role that may
 * not urge refused as a whole with nothing urged.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { caseEvents } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { caseRecordedAs, fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { aFinding, creditCode } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
let contract: OpenApiContract;
const supervisor: Principal = {
  userId: 'office-urger',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};
const recent = () => addDays(chinaDateOf(new Date()), -5);
const findings: Record<'open1' | 'open2' | 'closed' | 'elsewhere', FindingInput> = {
  open1: aFinding({ findingDate: recent() }),
  open2: aFinding({ findingDate: recent() }),
  closed: aFinding({ findingDate: recent() }),
  // Nanjing: outside a Suzhou supervisor's jurisdiction.
  elsewhere: aFinding({
    findingDate: recent(),
    enterprise: { name: '南京某钢厂', creditCode: creditCode('320102', 515151), regionCode: '320102' },
  }),
};
const id: Record<keyof typeof findings, string> = { open1: '', open2: '', closed: '', elsewhere: '' };
const MISSING = 'RC-0000000000000000';

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  for (const [name, finding] of Object.entries(findings)) {
    const filed = await fileFinding(api.app, finding);
    expect(filed.statusCode).toBe(201);
    id[name as keyof typeof findings] = filed.json().id;
  }
  const officer = officerFor(findings.closed);
  for (const name of Object.keys(findings) as (keyof typeof findings)[])
    await caseRecordedAs(api.app, id[name], 'rectifying', officerFor(findings[name]));
  // The re-inspection passes: the case closes as rectified, and an urging can no longer land.
  const passed = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${id.closed}/reinspections`,
    headers: { ...(await bearer(officer)), 'idempotency-key': 'reinspection-pass-0001' },
    payload: { reason: '复查达标', evidence: [{ reference: '复查记录' }], result: 'pass' },
  });
  expect(passed.statusCode).toBe(200);
  await caseRecordedAs(api.app, id.closed, 'rectified', officer);
}, 90_000);
afterAll(async () => {
  await api?.close();
});

async function batch(body: object, key: string, who: Principal | null = supervisor) {
  const answer = await api.app.inject({
    method: 'POST',
    url: '/v1/urgings/batch',
    headers: { 'idempotency-key': key, ...(who ? await bearer(who) : {}) },
    payload: body,
  });
  expect(contract.problemWith('POST', '/v1/urgings/batch', answer)).toBeNull();
  return answer;
}

/** The urgings each case's ledger holds. */
async function urgings(caseIds: string[]) {
  const rows = await api.database.db
    .select({ caseId: caseEvents.caseId, sequence: caseEvents.sequence, actor: caseEvents.actor })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, caseIds), eq(caseEvents.type, 'urged')))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.sequence));
  return rows;
}

const note = { reason: '请加快整改进度，按期报送整改情况', evidence: [{ reference: '督办通知〔2026〕1号' }] };

type Result = {
  caseId: string;
  result: 'urged' | 'refused' | 'failed';
  receipt: { caseId: string; sequence: number; status: string } | null;
  problem: { type: string; status: number; detail: string } | null;
};

it('urges each case the caller may urge and says, per case, why the others were not', async () => {
  const caseIds = [id.open1, id.closed, id.elsewhere, MISSING, id.open2];
  const answer = await batch({ caseIds, ...note }, 'batch-urging-0001');
  expect(answer.statusCode).toBe(200);
  const { summary, results } = answer.json() as { summary: object; results: Result[] };
  expect(summary).toEqual({ urged: 2, refused: 3, failed: 0 });
  expect(results.map((r) => [r.caseId, r.result])).toEqual([
    [id.open1, 'urged'],
    [id.closed, 'refused'],
    [id.elsewhere, 'refused'],
    [MISSING, 'refused'],
    [id.open2, 'urged'],
  ]);
  expect(results[0]!.receipt).toMatchObject({ caseId: id.open1, status: 'rectifying' });
  expect(results[0]!.problem).toBeNull();
  // A closed case: the workflow's own reason, as the single urging answers it.
  expect(results[1]!.receipt).toBeNull();
  expect(results[1]!.problem).toMatchObject({ status: 409 });
  expect(['/problems/case-closed', '/problems/decision-rejected']).toContain(results[1]!.problem!.type);
  expect(results[1]!.problem!.detail).toMatch(/closed/);
  // Another jurisdiction's case reads exactly as a missing one.
  expect(results[2]!.problem).toEqual({
    type: '/problems/not-found',
    title: 'No such resource',
    status: 404,
    detail: `no case ${id.elsewhere}`,
  });
  expect(results[3]!.problem).toEqual({ ...results[2]!.problem, detail: `no case ${MISSING}` });

  const recorded = await urgings(Object.values(id));
  expect(recorded.map((r) => r.caseId).sort()).toEqual([id.open1, id.open2].sort());
  expect(recorded[0]!.actor).toEqual({
    userId: 'office-urger',
    role: 'supervisor',
    regionCode: '320500',
    department: null,
  });
});

it('urges each case once however the batch is retried with its key: whole, or only some cases', async () => {
  const caseIds = [id.open1, id.closed, id.open2];
  const first = (await batch({ caseIds, ...note }, 'batch-urging-0002')).json() as { results: Result[] };
  const before = await urgings([id.open1, id.open2]);

  const again = await batch({ caseIds, ...note }, 'batch-urging-0002');
  expect(again.statusCode).toBe(200);
  expect((again.json() as { results: Result[] }).results).toEqual(first.results);
  // Only the refused one again (as the console's "retry the failed ones" sends it), then one urged one.
  const refusedOnly = await batch({ caseIds: [id.closed], ...note }, 'batch-urging-0002');
  expect((refusedOnly.json() as { results: Result[] }).results).toEqual([first.results[1]]);
  const oneAgain = await batch({ caseIds: [id.open2], ...note }, 'batch-urging-0002');
  expect((oneAgain.json() as { results: Result[] }).results).toEqual([first.results[2]]);
  expect(await urgings([id.open1, id.open2])).toEqual(before);

  // Each case's key is the batch's key and its id: the single urging with that key is the same urging.
  const single = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${id.open1}/urgings`,
    headers: { ...(await bearer(supervisor)), 'idempotency-key': `batch-urging-0002:${id.open1}` },
    payload: note,
  });
  expect(single.statusCode).toBe(200);
  expect(single.json()).toEqual(first.results[0]!.receipt);
  expect(await urgings([id.open1, id.open2])).toEqual(before);

  // Another key is another batch: it urges again.
  const next = (await batch({ caseIds: [id.open1], ...note }, 'batch-urging-0003')).json() as {
    results: Result[];
  };
  expect(next.results[0]!.result).toBe('urged');
  expect(next.results[0]!.receipt!.sequence).toBeGreaterThan(first.results[0]!.receipt!.sequence);
  expect(await urgings([id.open1])).toHaveLength(before.filter((r) => r.caseId === id.open1).length + 1);
});

it('refuses bad input as a whole with 400, each bad field named, urging nothing', async () => {
  const before = await urgings([id.open1, id.open2]);
  const cases = [
    [{ caseIds: [], ...note }, '/caseIds'],
    [{ caseIds: Array.from({ length: 101 }, () => id.open1), ...note }, '/caseIds'],
    [{ caseIds: [id.open1, id.open2, id.open1], ...note }, '/caseIds/2'],
    [{ caseIds: [id.open1, 'RC-123'], ...note }, '/caseIds/1'],
    [{ caseIds: [id.open1] }, '/reason'],
    [{ caseIds: [id.open1], reason: '   ' }, '/reason'],
    [{ caseIds: [id.open1], ...note, urgent: true }, '/'],
    [{ ...note }, '/caseIds'],
  ] as const;
  for (const [body, pointer] of cases) {
    const answer = await batch(body, 'batch-urging-bad-input');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().type).toBe('/problems/validation');
    expect(answer.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  }
  const badKey = await batch({ caseIds: [id.open1], ...note }, 'short');
  expect(badKey.statusCode).toBe(400);
  expect(await urgings([id.open1, id.open2])).toEqual(before);
});

it.each([
  ['a department officer', { roles: ['department_officer'], department: 'industry_it' }],
  ['a government approver', { roles: ['government_approver'] }],
  ['an auditor', { roles: ['auditor'] }],
  ['an administrator', { roles: ['administrator'] }],
] as [string, Partial<Principal>][])('refuses %s with 403, urging nothing', async (_name, overrides) => {
  const before = await urgings([id.open1, id.open2]);
  const who: Principal = { ...supervisor, userId: 'not-a-supervisor', department: null, ...overrides };
  const refused = await batch({ caseIds: [id.open1, id.open2], ...note }, 'batch-urging-forbidden', who);
  expect(refused.statusCode).toBe(403);
  expect(refused.json().detail).toBe('an urging is made by a supervisor');
  expect(await urgings([id.open1, id.open2])).toEqual(before);
});

it('answers 401 without a token, before reading the body', async () => {
  const answer = await batch({ nonsense: true }, 'batch-urging-anonymous', null);
  expect(answer.statusCode).toBe(401);
});
