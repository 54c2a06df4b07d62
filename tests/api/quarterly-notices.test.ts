/**
 * The quarterly notice to member units (季度通报) over the API, against the real dev server and PostgreSQL:
 * 河源市's year before last, opened now, so every quarter has ended and none was issued by the year itself.
 * The city's office issues Q1 on demand: its lists are the cases of the city as the ledger stood at 24:00
 * CST on 31 March (a case filed later, or in another city, is not on it); one copy goes to each member unit
 * of the profile through the outbox, once; the notice is public; the receipts are recorded once each. And
 * every refusal: 409 or 400 or 404 naming what was wrong, with nothing issued or recorded.
 */
import { and, eq } from 'drizzle-orm';
import type { Principal } from '../../api/auth';
import { outbox, yearEvents } from '../../db/schema';
import { chinaDateOf } from '../../domain/calendar';
import { policyOf, currentPolicyKeyFor } from '../../domain/policy';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { backdatedExit, cst } from '../helpers/backdated-exits';
import { OpenApiContract } from '../helpers/openapi';
import { bearer } from '../kit/tokens';

// A city and year no other suite opens (a year's workflow id is one per region and year on the server).
const CITY = '441600'; // 河源市
const COUNTY = '441602'; // 源城区
const today = chinaDateOf(new Date());
const YEAR = Number(today.slice(0, 4)) - 2;
const yearId = `YR-${CITY}-${YEAR}`;
const office = (regionCode: string): Principal => ({
  userId: `qn-office-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});
const MEMBER_UNITS = [...policyOf(currentPolicyKeyFor(CITY)).rules.memberUnits];

let api: ApiHarness;
let contract: OpenApiContract;
let keys = 0;
const cases: Record<string, string> = {};

async function call(
  method: 'GET' | 'POST',
  url: string,
  as: Principal | null,
  payload?: unknown,
  key?: string,
) {
  const answer = await api.app.inject({
    method,
    url,
    headers: {
      ...(as ? await bearer(as) : {}),
      ...(method === 'POST' ? { 'idempotency-key': key ?? `notice-test-${process.pid}-${(keys += 1)}` } : {}),
    },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

const ledgerTypes = async () =>
  (await api.database.db.select().from(yearEvents).where(eq(yearEvents.yearId, yearId))).map((e) => e.type);

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  expect((await call('POST', '/v1/years', office(CITY), { regionCode: CITY, year: YEAR })).statusCode).toBe(
    201,
  );
  // Rectifying at the end of March; ordered to exit in March; filed in May; in another city.
  cases.rectifying = await backdatedExit(api.database.db, '通报整改', COUNTY, 'energy', [
    { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-02-10T10:00:00`) },
  ]);
  cases.exiting = await backdatedExit(api.database.db, '通报退出', COUNTY, 'technology', [
    { type: 'case_filed', status: 'filed', at: cst(`${YEAR}-01-05T10:00:00`) },
    { type: 'exit_ordered_at_once', status: 'exiting', at: cst(`${YEAR}-03-31T23:30:00`) },
  ]);
  cases.later = await backdatedExit(api.database.db, '通报四月', COUNTY, 'energy', [
    { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-04-01T00:00:01`) },
  ]);
  cases.elsewhere = await backdatedExit(api.database.db, '通报外市', '441500', 'energy', [
    { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-02-10T10:00:00`) },
  ]);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

it('offers every quarter to the office, none to anyone else', async () => {
  const view = (await call('GET', `/v1/years/${yearId}`, office(CITY))).json();
  expect(view.quarterlyNotices).toMatchObject({
    notices: [],
    memberUnits: MEMBER_UNITS,
    mayIssue: [1, 2, 3, 4].map((quarter) => ({ quarter, problem: null })),
    mayRecordReceipts: null,
  });
  const province = (await call('GET', `/v1/years/${yearId}`, office('440000'))).json();
  expect(province.quarterlyNotices.mayIssue[0].problem).toMatch(/by the office of 441600, not 440000/);
});

it.each([
  ['a quarter that does not exist', { quarter: 5 }, { pointer: '/quarter', detail: 'must be 1, 2, 3 or 4' }],
  [
    'a field the body does not take',
    { quarter: 1, units: ['finance'] },
    { pointer: '/', detail: expect.stringMatching(/units/) },
  ],
])('refuses %s with 400', async (_, body, error) => {
  const answer = await call('POST', `/v1/years/${yearId}/quarterly-notices`, office(CITY), body);
  expect(answer.statusCode).toBe(400);
  expect(answer.json().errors).toEqual([error]);
  expect(await ledgerTypes()).not.toContain('quarterly_notice_issued');
});

it.each([
  ['the province’s office', office('440000'), 409, /by the office of 441600, not 440000/],
  [
    'a department officer',
    { userId: 'qn-officer', roles: ['department_officer'], regionCode: CITY, department: 'industry_it' },
    403,
    /quarterly notices are issued/,
  ],
  ['another city’s office', office('441500'), 404, /no year/],
] as [string, Principal, number, RegExp][])('refuses %s', async (_, as, status, detail) => {
  const answer = await call('POST', `/v1/years/${yearId}/quarterly-notices`, as, { quarter: 1 });
  expect(answer.statusCode).toBe(status);
  expect(answer.json().detail).toMatch(detail);
  expect(await ledgerTypes()).not.toContain('quarterly_notice_issued');
});

describe('the first quarter’s notice', () => {
  let receipt: { noticeId: string; sequence: number; awaitingReceipt: string[] };
  const key = `notice-q1-${process.pid}`;

  beforeAll(async () => {
    const answer = await call(
      'POST',
      `/v1/years/${yearId}/quarterly-notices`,
      office(CITY),
      { quarter: 1 },
      key,
    );
    expect(answer.statusCode).toBe(200);
    receipt = answer.json();
  });

  it('is issued once: a retry answers the same, a second issue is refused', async () => {
    expect(receipt).toMatchObject({
      yearId,
      quarter: 1,
      noticeId: `TB-${CITY}-${YEAR}-Q1`,
      awaitingReceipt: MEMBER_UNITS,
    });
    const retried = await call(
      'POST',
      `/v1/years/${yearId}/quarterly-notices`,
      office(CITY),
      { quarter: 1 },
      key,
    );
    expect(retried.json()).toEqual(receipt);
    const again = await call('POST', `/v1/years/${yearId}/quarterly-notices`, office(CITY), { quarter: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/Q1 .* is already issued/);
    expect((await ledgerTypes()).filter((type) => type === 'quarterly_notice_issued')).toHaveLength(1);
  });

  it('lists the city’s cases as the ledger stood at the quarter’s end, and is public', async () => {
    const list = await call('GET', `/v1/quarterly-notices?regionCode=${CITY}&year=${YEAR}`, null);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: receipt.noticeId,
        quarter: 1,
        asOf: `${YEAR}-03-31T16:00:00.000Z`,
        counts: { to_rectify: 1, to_exit: 1 },
        title: `河源市${YEAR}年第1季度落后产能企业名单通报`,
      }),
    ]);
    const document = await call('GET', `/v1/quarterly-notices/${receipt.noticeId}`, null);
    expect(document.statusCode).toBe(200);
    const body = document.json();
    expect(
      body.entries.map((e: { list: string; caseId: string; status: string }) => [e.list, e.caseId, e.status]),
    ).toEqual([
      ['to_exit', cases.exiting, 'exiting'],
      ['to_rectify', cases.rectifying, 'rectifying'],
    ]);
    expect(body.memberUnits.map((m: { unit: string }) => m.unit)).toEqual(MEMBER_UNITS);
    expect(body.memberUnits.find((m: { unit: string }) => m.unit === 'peoples_bank')).toEqual({
      unit: 'peoples_bank',
      label: '中国人民银行分支机构',
      duties: [{ code: 'differential_credit', label: '执行差别化信贷政策，严控融资授信' }],
    });
    expect(body.dutiesSource).toMatch(/迪庆州 五（六）（七）/);
  });

  it('sends one copy to each member unit, with what it must do', async () => {
    const copies = await api.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.yearId, yearId), eq(outbox.kind, 'quarterly_notice')));
    expect(
      copies
        .map((copy) => copy.recipient)
        .sort((a, b) => String(a?.memberUnit).localeCompare(String(b?.memberUnit))),
    ).toEqual([...MEMBER_UNITS].sort().map((memberUnit) => ({ memberUnit, regionCode: CITY })));
    expect(new Set(copies.map((copy) => copy.channel))).toEqual(new Set(['member_unit']));
    const grid = copies.find((copy) => copy.recipient?.memberUnit === 'grid_company')!;
    expect(grid.payload).toMatchObject({
      quarter: 1,
      noticeId: receipt.noticeId,
      duties: ['differential_pricing'],
    });
  });

  it('records each unit’s receipt once, and refuses what is wrong', async () => {
    const url = `/v1/years/${yearId}/quarterly-notices/1/receipts`;
    const signed = { unit: 'finance', signer: '河源市财政局 张三', receivedOn: today, note: '已收悉' };
    const refusals: [unknown, Principal, number, RegExp][] = [
      [{ ...signed, receivedOn: '2099-01-01' }, office(CITY), 409, /after today/],
      [{ ...signed, receivedOn: `${YEAR}-01-01` }, office(CITY), 409, /before the notice was issued/],
      [{ ...signed, unit: 'commerce' }, office(CITY), 409, /did not go to commerce/],
      [signed, office('440000'), 409, /by the office of 441600/],
    ];
    for (const [body, as, status, detail] of refusals) {
      const answer = await call('POST', url, as, body);
      expect([answer.statusCode, answer.json().detail]).toEqual([status, expect.stringMatching(detail)]);
    }
    const police = await call('POST', url, office(CITY), { ...signed, unit: 'police' });
    expect(police.statusCode).toBe(400);
    expect(police.json().errors).toEqual([{ pointer: '/unit', detail: expect.stringMatching(/finance/) }]);
    const missing = await call(
      'POST',
      `/v1/years/${yearId}/quarterly-notices/2/receipts`,
      office(CITY),
      signed,
    );
    expect(missing.statusCode).toBe(404);
    expect(await ledgerTypes()).not.toContain('quarterly_notice_received');

    const first = await call('POST', url, office(CITY), signed);
    expect(first.statusCode).toBe(200);
    expect(first.json().awaitingReceipt).toEqual(MEMBER_UNITS.filter((unit) => unit !== 'finance'));
    const twice = await call('POST', url, office(CITY), signed);
    expect([twice.statusCode, twice.json().detail]).toEqual([409, expect.stringMatching(/already recorded/)]);

    const view = (await call('GET', `/v1/years/${yearId}`, office(CITY))).json();
    const notice = view.quarterlyNotices.notices[0];
    expect(notice).toMatchObject({ quarter: 1, noticeId: receipt.noticeId, overdueSince: null });
    expect(notice.units.find((u: { unit: string }) => u.unit === 'finance').receipt).toMatchObject({
      signer: '河源市财政局 张三',
      receivedOn: today,
      late: false,
    });
    expect(view.quarterlyNotices.mayIssue[0].problem).toMatch(/already issued/);
    expect(
      view.events
        .filter((e: { type: string }) => e.type.startsWith('quarterly_notice'))
        .map((e: { type: string; detail: Record<string, unknown> }) => [e.type, e.detail.unit ?? null]),
    ).toEqual([
      ['quarterly_notice_issued', null],
      ['quarterly_notice_received', 'finance'],
    ]);
  });
});

it('answers 404 for a notice never issued, and 400 for an id of the wrong form', async () => {
  expect((await call('GET', `/v1/quarterly-notices/TB-${CITY}-${YEAR}-Q4`, null)).statusCode).toBe(404);
  const wrong = await call('GET', '/v1/quarterly-notices/TB-441600-Q1', null);
  expect(wrong.statusCode).toBe(400);
  expect(wrong.json().errors).toEqual([{ pointer: '/id', detail: expect.stringMatching(/notice id/) }]);
});
