/**
 * Every decision endpoint applies a retried request once: one case is walked through its whole life
 * through the API, each decision sent, then resent with the same Idempotency-Key (one after the other,
 * and racing), and each must answer the same receipt and leave exactly one ledger entry.
 */
import { count, eq } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { caseEvents } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { caseRecordedAs, fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
let caseId: string;
const finding = aFinding({ findingDate: addDays(chinaDateOf(new Date()), -3) });

const officer = officerFor(finding);
const staff = (role: Principal['roles'][number], regionCode: string): Principal => ({
  userId: `${role}-${regionCode}`,
  roles: [role],
  regionCode,
  department: null,
});
const because = (reference: string) => ({ reason: `依据${reference}`, evidence: [{ reference }] });

async function ledgerSize(): Promise<number> {
  const [row] = await api.database.db
    .select({ n: count() })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId));
  return row!.n;
}

async function status(): Promise<string> {
  const answer = await api.app.inject({ url: `/v1/cases/${caseId}`, headers: await bearer(officer) });
  return answer.json().live?.status ?? answer.json().status;
}

beforeAll(async () => {
  api = await startApiHarness();
  caseId = (await fileFinding(api.app, finding)).json().id;
  // The read model, not the live state: its row is written with the ledger entry of the step, so the
  // ledger counts below start from every entry filing makes (case_filed, deadline_set).
  await caseRecordedAs(api.app, caseId, 'rectifying', officer);
}, 60_000);
afterAll(async () => {
  await api?.close();
});

it('scopes a key to its caller: another user’s same key is another request', async () => {
  const send = async (who: Principal) =>
    api.app.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/urgings`,
      headers: { ...(await bearer(who)), 'idempotency-key': 'shared-key-0001' },
      payload: because('督办'),
    });
  const before = await ledgerSize();
  const one = await send(staff('supervisor', '320500'));
  const other = await send(staff('supervisor', '320000'));
  expect([one.statusCode, other.statusCode]).toEqual([200, 200]);
  expect(other.json().sequence).not.toBe(one.json().sequence);
  expect(await ledgerSize()).toBe(before + 2);
});

const steps: [string, string, Principal, object, string][] = [
  [
    'an extension request',
    'extension-requests',
    officer,
    { ...because('延期申请'), months: 2 },
    'rectifying',
  ],
  ['urging', 'urgings', staff('supervisor', '320500'), because('督办通知'), 'rectifying'],
  [
    'an extension decision',
    'extension-decisions',
    staff('supervisor', '320500'),
    { ...because('批复'), grant: true, months: 2 },
    'rectifying',
  ],
  [
    'a re-inspection',
    'reinspections',
    officer,
    { ...because('复查报告'), result: 'fail' },
    'awaiting_government_decision',
  ],
  [
    'a government decision',
    'government-decisions',
    staff('government_approver', '320500'),
    {
      ...because('政府批复'),
      decision: 'approve_exit',
      exitOrder: { measure: 'shutdown', scope: 'equipment' },
    },
    'exiting',
  ],
  [
    'exit evidence',
    'exit-evidence',
    officer,
    { ...because('拆除照片'), item: 'dismantled' },
    'awaiting_acceptance',
  ],
  [
    'a county acceptance opinion',
    'acceptance-opinions',
    staff('acceptance_inspector', '320508'),
    { ...because('县级验收意见'), level: 'county', result: 'pass' },
    'awaiting_acceptance',
  ],
  [
    'a city acceptance opinion',
    'acceptance-opinions',
    staff('acceptance_inspector', '320500'),
    { ...because('市级验收意见'), level: 'city', result: 'pass' },
    'exited',
  ],
];

it.each(steps)('applies %s once, however often it is retried', async (_what, path, who, body, after) => {
  const key = `retry-${path}-${Date.now()}`;
  const send = async () =>
    api.app.inject({
      method: 'POST',
      url: `/v1/cases/${caseId}/${path}`,
      headers: { ...(await bearer(who)), 'idempotency-key': key },
      payload: body,
    });
  const before = await ledgerSize();
  const first = await send();
  expect(first.statusCode).toBe(200);
  const again = await send();
  const racing = await Promise.all([send(), send(), send()]);
  for (const retry of [again, ...racing]) {
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
  }
  expect(await ledgerSize()).toBe(before + 1);
  expect(await status()).toBe(after);

  // A new key is a new request: the case judges it afresh (most decisions are not repeatable).
  const fresh = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/${path}`,
    headers: { ...(await bearer(who)), 'idempotency-key': `${key}-other` },
    payload: body,
  });
  if (path === 'urgings') {
    expect(fresh.statusCode).toBe(200);
    expect(await ledgerSize()).toBe(before + 2);
  } else {
    expect(fresh.statusCode).toBe(409);
    expect(await ledgerSize()).toBe(before + 1);
  }
});

it('requires the key', async () => {
  const answer = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/urgings`,
    headers: await bearer(staff('supervisor', '320500')),
    payload: because('督办'),
  });
  expect(answer.statusCode).toBe(400);
  expect(answer.json().errors).toEqual([expect.objectContaining({ pointer: '/idempotency-key' })]);
});
