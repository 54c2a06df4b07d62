/**
 * Tips (举报) through the API, against the real dev server and PostgreSQL with a worker running the tip
 * workflow: public intake with a receipt number to follow it, anonymity that keeps no reporter anywhere,
 * idempotent submission, validation that stores nothing, the public rate limit, and the staff's list,
 * record, triage and verification with their tokens.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { asc, count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createActivities } from '../../activities';
import { buildApp } from '../../api/app';
import { createTokenVerifier, type Principal } from '../../api/auth';
import { newReceiptNumber } from '../../api/services/tips';
import { reconcileTips } from '../../audit/tip-reconcile';
import { loadConfig } from '../../config';
import { cases, tipEvents, tips } from '../../db/schema';
import { SYSTEM_ACTOR } from '../../domain/case';
import { chinaDateOf } from '../../domain/calendar';
import type { Department } from '../../domain/enums';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { receivedTip, verificationDeadline, type TipState } from '../../domain/tip';
import { TipInputSchema } from '../../domain/tip-schemas';
import { caseWorkflowId } from '../../workflows/contract';
import { tipWorkflowId, type TipEvent } from '../../workflows/tip-contract';
import { rateLimitedApp, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { bearer } from '../kit/tokens';
import { eventually } from '../kit/poll';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

let api: ApiHarness;
/** The same API on the same servers, with a public limit of 3 requests a minute. */
let limited: FastifyInstance;
const openedCases: string[] = [];

beforeAll(async () => {
  api = await startApiHarness();
  limited = await rateLimitedApp(api, 3);
}, 60_000);
afterAll(async () => {
  // The cases verified tips opened run on the released case queue, which no worker polls here.
  for (const caseId of openedCases)
    await api.temporal.workflow
      .getHandle(caseWorkflowId(caseId))
      .terminate('test finished')
      .catch(() => undefined);
  await limited?.close();
  await api?.close();
});

// ---- helpers

const REPORTER = { name: '举报人王五', contact: '13900001111' };
const RECEIPT =
  /^JB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

let serial = 0;
function aTip(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    enterpriseName: `某某钢铁有限公司${serial}`,
    regionCode: '320508',
    dimension: 'energy',
    industry: 'steel',
    description: `1号高炉能耗超过限额标准，仍在生产（${serial}）`,
    anonymous: false,
    reporter: REPORTER,
    ...overrides,
  };
}

const newKey = () => `tip-${randomUUID()}`;

function submit(body: object, key: string | null = newKey(), app = api.app) {
  return app.inject({
    method: 'POST',
    url: '/v1/tips',
    payload: body,
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}

const follow = (receiptNumber: string, app = api.app) => app.inject({ url: `/v1/tips/${receiptNumber}` });

const supervisor = (regionCode = '320500'): Principal => ({
  userId: `supervisor-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});
const officer = (department: Department = 'industry_it', regionCode = '320508'): Principal => ({
  userId: `officer-${department}-${regionCode}`,
  roles: ['department_officer'],
  regionCode,
  department,
});

async function decide(
  tipId: string,
  path: 'triage' | 'verification',
  body: object,
  who: Principal | null,
  key: string | null = newKey(),
) {
  return api.app.inject({
    method: 'POST',
    url: `/v1/tips/${tipId}/${path}`,
    payload: body,
    headers: { ...(who ? await bearer(who) : {}), ...(key ? { 'idempotency-key': key } : {}) },
  });
}

const energyTriage = { reason: '能耗问题，交工信局核查', department: 'industry_it', dimension: 'energy' };

async function rowOf(receiptNumber: string) {
  const [row] = await api.database.db.select().from(tips).where(eq(tips.receiptNumber, receiptNumber));
  if (!row) throw new Error(`no tips row for ${receiptNumber}`);
  return row;
}

const eventsOf = (tipId: string) =>
  api.database.db.select().from(tipEvents).where(eq(tipEvents.tipId, tipId)).orderBy(asc(tipEvents.sequence));

async function tipRows(): Promise<number> {
  const [row] = await api.database.db.select({ n: count() }).from(tips);
  return row!.n;
}

/** A tip filed through the API and triaged to industry_it for energy: its id and receipt number. */
async function triagedTip(overrides: Record<string, unknown> = {}) {
  const filed = await submit(aTip(overrides));
  expect(filed.statusCode).toBe(201);
  const receiptNumber = (filed.json() as { receiptNumber: string }).receiptNumber;
  const tipId = (await rowOf(receiptNumber)).id;
  const triaged = await decide(tipId, 'triage', energyTriage, supervisor());
  expect(triaged.statusCode).toBe(200);
  return { tipId, receiptNumber };
}

// ---- public intake and follow-up

it('takes a tip without a token and answers 201 with an unguessable receipt number and a Location to follow it', async () => {
  const answer = await submit(aTip());
  expect(answer.statusCode).toBe(201);
  const view = answer.json() as Record<string, unknown>;
  expect(view).toEqual({
    receiptNumber: expect.stringMatching(RECEIPT),
    category: 'backward_capacity',
    categoryLabel: '落后产能',
    status: 'received',
    statusLabel: '已受理（待分办）',
    receivedAt: expect.any(String),
    outcome: null,
    outcomeLabel: null,
    closedAt: null,
    closedReason: null,
    caseOpened: false,
  });
  expect(answer.headers.location).toBe(`/v1/tips/${view.receiptNumber as string}`);

  // Receipt numbers are random, not counted: two tips in a row share no prefix beyond JB-.
  const next = (await submit(aTip())).json() as { receiptNumber: string };
  expect(next.receiptNumber).toMatch(RECEIPT);
  expect(next.receiptNumber.slice(0, 7)).not.toBe((view.receiptNumber as string).slice(0, 7));
  // The receipt is not the tip's id, and the workflow id does not carry it.
  const row = await rowOf(view.receiptNumber as string);
  expect(row.id).toMatch(/^TIP-[0-9A-F]{20}$/);
  expect(row.id).not.toContain((view.receiptNumber as string).slice(3));

  const followed = await follow(view.receiptNumber as string);
  expect(followed.statusCode).toBe(200);
  expect(followed.json()).toEqual(view);
  // Read aloud or typed in lower case, it still finds the tip.
  expect((await follow((view.receiptNumber as string).toLowerCase())).json()).toEqual(view);

  const unknown = await follow('JB-0000-0000-0000-0000');
  expect(unknown.statusCode).toBe(404);
  expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(unknown.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
  expect((await follow('not-a-receipt')).json()).toMatchObject({ type: '/problems/validation', status: 400 });
});

it('shows the reporter nothing of the reporter or of who handled the tip', async () => {
  const { receiptNumber } = await triagedTip();
  const view = (await follow(receiptNumber)).json() as Record<string, unknown>;
  expect(view.status).toBe('verifying');
  const shown = JSON.stringify(view);
  for (const secret of [REPORTER.name, REPORTER.contact, 'reporter', 'supervisor', 'actor', 'userId'])
    expect(shown).not.toContain(secret);
});

it('keeps the receipt number out of the request logs of its follow-up', async () => {
  const lines: string[] = [];
  const logged = await buildApp({
    db: api.database.db,
    pool: api.database.pool,
    temporal: api.temporal,
    logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
    taskQueue: api.taskQueue,
    verifier: createTokenVerifier(loadConfig({})),
  });
  try {
    const filed = await submit(aTip(), newKey(), logged);
    const { receiptNumber } = filed.json() as { receiptNumber: string };
    expect((await follow(receiptNumber, logged)).statusCode).toBe(200);
    const followUp = lines.filter((line) => line.includes('/v1/tips/:receiptNumber'));
    expect(followUp.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes(receiptNumber))).toEqual([]);
  } finally {
    await logged.close();
  }
});

it('keeps no reporter details of an anonymous tip: not in PostgreSQL, not in the workflow history, not in any view', async () => {
  const answer = await submit(aTip({ anonymous: true, reporter: REPORTER }));
  expect(answer.statusCode).toBe(201);
  const { receiptNumber } = answer.json() as { receiptNumber: string };
  const row = await rowOf(receiptNumber);
  // Wait for the workflow's own first write, so that both writers' rows are checked.
  const events = await eventually(
    () => eventsOf(row.id),
    (rows) => rows.length >= 1,
    'the tip_received event',
  );
  const stored = JSON.stringify([await rowOf(receiptNumber), events]);
  expect(stored).toContain(receiptNumber);
  expect(stored).not.toContain(REPORTER.name);
  expect(stored).not.toContain(REPORTER.contact);
  expect(stored).not.toContain('reporter');
  expect(row.anonymous).toBe(true);

  const history = await api.temporal.workflow.getHandle(tipWorkflowId(row.id)).fetchHistory();
  const payloads = JSON.stringify(
    history.events!.flatMap((event) =>
      [
        event.workflowExecutionStartedEventAttributes?.input,
        event.activityTaskScheduledEventAttributes?.input,
      ].flatMap((input) => (input?.payloads ?? []).map((p) => Buffer.from(p.data!).toString('utf8'))),
    ),
  );
  expect(payloads).toContain(receiptNumber);
  expect(payloads).not.toContain(REPORTER.contact);
  expect(payloads).not.toContain(REPORTER.name);

  expect(JSON.stringify((await follow(receiptNumber)).json())).not.toContain(REPORTER.contact);
  const record = await api.app.inject({
    url: `/v1/tips/${row.id}/record`,
    headers: await bearer(supervisor()),
  });
  expect(record.statusCode).toBe(200);
  expect(record.json()).toMatchObject({ anonymous: true, tip: { anonymous: true } });
  expect(record.json()).not.toHaveProperty('tip.reporter');
});

it('files a retried submission once: the same key and tip answer the same receipt, even when the retries race', async () => {
  const tip = aTip();
  const key = newKey();
  const before = await tipRows();
  const first = await submit(tip, key);
  expect(first.statusCode).toBe(201);
  const again = await submit(tip, key);
  expect(again.statusCode).toBe(200);
  expect(again.json()).toEqual(first.json());
  expect(again.headers.location).toBe(first.headers.location);

  const racing = aTip();
  const racingKey = newKey();
  const answers = await Promise.all([
    submit(racing, racingKey),
    submit(racing, racingKey),
    submit(racing, racingKey),
  ]);
  expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
  expect(new Set(answers.map((a) => (a.json() as { receiptNumber: string }).receiptNumber)).size).toBe(1);
  expect(await tipRows()).toBe(before + 2);

  // The same key with other content is another submission: another tip, another receipt.
  const other = await submit({ ...tip, description: `${tip.description}（补充）` }, key);
  expect(other.statusCode).toBe(201);
  expect((other.json() as { receiptNumber: string }).receiptNumber).not.toBe(
    (first.json() as { receiptNumber: string }).receiptNumber,
  );
  expect(await tipRows()).toBe(before + 3);
});

it('refuses an invalid tip with a 400 problem naming each field, storing nothing and starting nothing', async () => {
  const tipWorkflows = () =>
    api.temporal.workflow
      .count(`TaskQueue = '${api.taskQueue}' AND WorkflowType = 'tipWorkflow'`)
      .then((c) => c.count);
  // Visibility lags: wait until it has caught up with every tip filed so far.
  const rowsBefore = await tipRows();
  await eventually(tipWorkflows, (n) => n === rowsBefore, 'visibility to show every tip so far');

  const invalid: [object, string | null, string[]][] = [
    [aTip({ description: '' }), newKey(), ['/description']],
    [aTip({ regionCode: '999999', dimension: 'gossip' }), newKey(), ['/regionCode', '/dimension']],
    [aTip({ anonymous: false, reporter: undefined }), newKey(), ['/reporter']],
    [aTip({ reporter: { name: '张三' } }), newKey(), ['/reporter/contact']],
    [{ ...aTip(), secretField: 1 }, newKey(), ['/']],
    [aTip(), null, ['/idempotency-key']],
    [aTip(), 'short', ['/idempotency-key']],
  ];
  for (const [body, key, pointers] of invalid) {
    const answer = await submit(body, key);
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = answer.json() as { type: string; errors: { pointer: string }[] };
    expect(problem.type).toBe('/problems/validation');
    expect(problem.errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(pointers));
  }
  const malformed = await api.app.inject({
    method: 'POST',
    url: '/v1/tips',
    payload: '{"enterpriseName":',
    headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
  });
  expect(malformed.statusCode).toBe(400);
  expect(malformed.json()).toMatchObject({ type: '/problems/bad-request' });

  expect(await tipRows()).toBe(rowsBefore);
  // One valid tip afterwards: once visibility shows it, it shows anything started before it too.
  expect((await submit(aTip())).statusCode).toBe(201);
  expect(await eventually(tipWorkflows, (n) => n >= rowsBefore + 1, 'the valid tip to be visible')).toBe(
    rowsBefore + 1,
  );
  expect(await tipRows()).toBe(rowsBefore + 1);
});

it('limits each public endpoint per address: past the limit it answers 429 with a problem and files nothing', async () => {
  for (let i = 0; i < 3; i += 1)
    expect((await follow('JB-0000-0000-0000-0000', limited)).statusCode).toBe(404);
  const refused = await follow('JB-0000-0000-0000-0000', limited);
  expect(refused.statusCode).toBe(429);
  expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(refused.headers['retry-after']).toBeDefined();
  expect(refused.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 });

  // Intake has a limit of its own.
  for (let i = 0; i < 3; i += 1) expect((await submit(aTip(), newKey(), limited)).statusCode).toBe(201);
  const before = await tipRows();
  const tooMany = await submit(aTip(), newKey(), limited);
  expect(tooMany.statusCode).toBe(429);
  expect(tooMany.json()).toMatchObject({ type: '/problems/too-many-requests', status: 429 });
  expect(await tipRows()).toBe(before);
  // Staff endpoints are not public and not limited this way.
  for (let i = 0; i < 4; i += 1)
    expect((await limited.inject({ url: '/v1/tips', headers: await bearer(supervisor()) })).statusCode).toBe(
      200,
    );
});

it('answers 503 and files nothing while Temporal is unreachable', async () => {
  // Port 9 (discard) on loopback: nothing listens there.
  const connection = Connection.lazy({ address: '127.0.0.1:9', connectTimeout: 500, interceptors: [] });
  const down = await buildApp({
    db: api.database.db,
    pool: api.database.pool,
    temporal: new Client({ connection }),
    logger: pino({ level: 'silent' }),
    taskQueue: api.taskQueue,
    verifier: createTokenVerifier(loadConfig({})),
  });
  try {
    const before = await tipRows();
    const answer = await submit(aTip(), newKey(), down);
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
    expect(await tipRows()).toBe(before);
  } finally {
    await down.close();
    await connection.close().catch(() => undefined);
  }
});

// ---- staff

it('lets the city’s supervisor triage a tip, once per idempotency key; other roles 403, other cities 404, no token 401', async () => {
  const filed = await submit(aTip());
  const { receiptNumber } = filed.json() as { receiptNumber: string };
  const tipId = (await rowOf(receiptNumber)).id;

  const anonymousCaller = await decide(tipId, 'triage', energyTriage, null);
  expect(anonymousCaller.statusCode).toBe(401);
  expect(anonymousCaller.headers['www-authenticate']).toBe('Bearer');
  expect(anonymousCaller.json()).toMatchObject({ type: '/problems/unauthorized' });

  const byOfficer = await decide(tipId, 'triage', energyTriage, officer());
  expect(byOfficer.statusCode).toBe(403);
  expect(byOfficer.json()).toMatchObject({
    type: '/problems/forbidden',
    detail: 'a tip triage is made by a supervisor',
  });

  const otherCity = await decide(tipId, 'triage', energyTriage, supervisor('320600'));
  expect(otherCity.statusCode).toBe(404);
  expect(otherCity.json()).toMatchObject({ type: '/problems/not-found' });

  const unknownTip = await decide('TIP-0123456789ABCDEF0123', 'triage', energyTriage, supervisor());
  expect(unknownTip.statusCode).toBe(404);

  const wrongOwner = await decide(
    tipId,
    'triage',
    { ...energyTriage, department: 'market_regulation' },
    supervisor(),
  );
  expect(wrongOwner.statusCode).toBe(400);
  expect(wrongOwner.json()).toMatchObject({ errors: [{ pointer: '/department' }] });
  const noKey = await decide(tipId, 'triage', energyTriage, supervisor(), null);
  expect(noKey.statusCode).toBe(400);
  expect(noKey.json()).toMatchObject({ errors: [{ pointer: '/idempotency-key' }] });

  const key = newKey();
  const triaged = await decide(tipId, 'triage', energyTriage, supervisor(), key);
  expect(triaged.statusCode).toBe(200);
  expect(triaged.json()).toEqual({ tipId, sequence: 2, status: 'verifying', outcome: null, caseId: null });
  const retried = await decide(tipId, 'triage', energyTriage, supervisor(), key);
  expect(retried.statusCode).toBe(200);
  expect(retried.json()).toEqual(triaged.json());

  const again = await decide(tipId, 'triage', energyTriage, supervisor());
  expect(again.statusCode).toBe(409);
  expect(again.json()).toMatchObject({
    type: '/problems/decision-rejected',
    detail: expect.stringContaining('the tip was already triaged'),
  });

  const events = await eventually(
    () => eventsOf(tipId),
    (rows) => rows.length >= 2,
    'the triage event',
  );
  expect(events.map((e) => e.type)).toEqual(['tip_received', 'tip_triaged']);
  expect(events[1]).toMatchObject({
    actor: { userId: 'supervisor-320500', role: 'supervisor', regionCode: '320500', department: null },
    reason: energyTriage.reason,
  });
  const row = await eventually(
    () => rowOf(receiptNumber),
    (r) => r.status === 'verifying',
    'the row to be verifying',
  );
  expect(row).toMatchObject({ department: 'industry_it', dimension: 'energy' });
  expect((await follow(receiptNumber)).json()).toMatchObject({ status: 'verifying', statusLabel: '核查中' });
});

it('opens a case when the assigned department verifies the tip, and the reporter sees that a case was opened', async () => {
  const { tipId, receiptNumber } = await triagedTip();
  const finding = aFinding({ source: 'tip', findingDate: chinaDateOf(new Date()) });
  const verification = {
    reason: '现场核查属实：高炉单位产品能耗超过限额',
    evidence: [{ reference: '姑工信核〔2024〕1号 核查笔录' }],
    result: 'verified',
    finding,
  };

  const bySupervisor = await decide(tipId, 'verification', verification, supervisor());
  expect(bySupervisor.statusCode).toBe(403);
  const otherDepartment = await decide(tipId, 'verification', verification, officer('market_regulation'));
  expect(otherDepartment.statusCode).toBe(409);
  expect(otherDepartment.json()).toMatchObject({
    type: '/problems/decision-rejected',
    detail: 'the tip was assigned to industry_it, not market_regulation',
  });
  const noFinding = await decide(tipId, 'verification', { ...verification, finding: undefined }, officer());
  expect(noFinding.statusCode).toBe(400);
  expect(noFinding.json()).toMatchObject({ errors: [{ pointer: '/finding' }] });

  const verified = await decide(tipId, 'verification', verification, officer());
  expect(verified.statusCode).toBe(200);
  const receipt = verified.json() as { caseId: string };
  expect(receipt).toEqual({
    tipId,
    sequence: 3,
    status: 'closed',
    outcome: 'case_opened',
    caseId: expect.stringMatching(/^RC-/),
  });
  openedCases.push(receipt.caseId);

  // The case exists: its workflow was started, and its row carries the tip's finding.
  const description = await api.temporal.workflow.getHandle(caseWorkflowId(receipt.caseId)).describe();
  expect(description.type).toBe('rectificationCaseWorkflow');
  const caseRow = await eventually(
    () => api.database.db.select().from(cases).where(eq(cases.id, receipt.caseId)),
    (rows) => rows.length === 1,
    'the case row',
  );
  expect(caseRow[0]).toMatchObject({ department: 'industry_it', dimension: 'energy', regionCode: '320508' });
  expect(caseRow[0]!.finding.source).toBe('tip');

  const view = await eventually(
    async () => (await follow(receiptNumber)).json() as Record<string, unknown>,
    (v) => v.status === 'closed',
    'the public view to show the tip closed',
  );
  expect(view).toMatchObject({
    status: 'closed',
    outcome: 'case_opened',
    outcomeLabel: '核查属实，已立案',
    caseOpened: true,
    closedReason: verification.reason,
    closedAt: expect.any(String),
  });
  expect(JSON.stringify(view)).not.toContain(receipt.caseId);

  const record = await api.app.inject({ url: `/v1/tips/${tipId}/record`, headers: await bearer(officer()) });
  expect(record.statusCode).toBe(200);
  const body = record.json() as { events: { type: string; actor: { userId: string } }[] };
  expect(body).toMatchObject({
    status: 'closed',
    outcome: 'case_opened',
    caseId: receipt.caseId,
    tip: { reporter: REPORTER },
    triage: { department: 'industry_it', by: { userId: 'supervisor-320500' } },
    verification: { result: 'verified', by: { userId: 'officer-industry_it-320508' } },
    finding: { source: 'tip' },
  });
  expect(body.events.map((e) => [e.type, e.actor.userId])).toEqual([
    ['tip_received', 'system'],
    ['tip_triaged', 'supervisor-320500'],
    ['tip_verified', 'officer-industry_it-320508'],
    ['case_opened', 'system'],
  ]);
});

it('closes an unfounded tip with its reasons, visible to the reporter; a retried verification answers the same receipt', async () => {
  const { tipId, receiptNumber } = await triagedTip();
  const reason = '现场核查：该高炉已于2023年拆除，举报情况不属实';
  const unfounded = {
    reason,
    evidence: [{ reference: '拆除验收意见书', description: '2023年拆除' }],
    result: 'unfounded',
  };
  const key = newKey();
  const answer = await decide(tipId, 'verification', unfounded, officer(), key);
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({ tipId, sequence: 3, status: 'closed', outcome: 'unfounded', caseId: null });

  const retried = await decide(tipId, 'verification', unfounded, officer(), key);
  expect(retried.statusCode).toBe(200);
  expect(retried.json()).toEqual(answer.json());
  const another = await decide(tipId, 'verification', unfounded, officer());
  expect(another.statusCode).toBe(409);
  expect(another.json()).toMatchObject({ type: '/problems/decision-rejected' });

  const view = await eventually(
    async () => (await follow(receiptNumber)).json() as Record<string, unknown>,
    (v) => v.status === 'closed',
    'the public view to show the tip closed',
  );
  expect(view).toMatchObject({
    status: 'closed',
    statusLabel: '已办结',
    outcome: 'unfounded',
    outcomeLabel: '查无实据，予以办结',
    closedReason: reason,
    caseOpened: false,
  });
  const events = await eventsOf(tipId);
  expect(events.map((e) => e.type)).toEqual(['tip_received', 'tip_triaged', 'tip_unfounded']);
  expect(events[2]).toMatchObject({ reason, evidence: unfounded.evidence });
});

// ---- tips about illegal capacity swaps (产能违规置换; 000 五（四）, 003 四（四）)

const swapTriage = { reason: '产能违规置换，交工信局核查', department: 'industry_it' };

/** A swap tip filed in 广陵区 (Yangzhou, 321002): its id and receipt number, and what the public saw. */
async function aSwapTip() {
  const filed = await submit(
    aTip({ regionCode: '321002', category: 'illegal_capacity_swap', dimension: undefined }),
  );
  expect(filed.statusCode).toBe(201);
  const view = filed.json() as { receiptNumber: string };
  return { tipId: (await rowOf(view.receiptNumber)).id, receiptNumber: view.receiptNumber, view };
}

it('takes a tip about an illegal capacity swap, and triages it to a department that owns capacity swaps; any other department or a dimension is a 400 naming the field, and changes nothing', async () => {
  const { tipId, receiptNumber, view } = await aSwapTip();
  expect(view).toMatchObject({
    category: 'illegal_capacity_swap',
    categoryLabel: '产能违规置换',
    status: 'received',
  });
  // A tip that names no category is about backward capacity, as every tip filed before categories.
  const plain = (await submit(aTip({ regionCode: '321002' }))).json() as { receiptNumber: string };
  expect(plain).toMatchObject({ category: 'backward_capacity', categoryLabel: '落后产能' });
  expect((await rowOf(plain.receiptNumber)).category).toBe('backward_capacity');
  // A swap is not one of the five standards: the public may not name a dimension for it.
  const withDimension = await submit(aTip({ regionCode: '321002', category: 'illegal_capacity_swap' }));
  expect(withDimension.statusCode).toBe(400);
  expect(withDimension.json()).toMatchObject({ errors: [{ pointer: '/dimension' }] });
  expect((await submit(aTip({ category: 'pollution' }))).statusCode).toBe(400);

  const yangzhou = supervisor('321000');
  const plainId = (await rowOf(plain.receiptNumber)).id;
  for (const id of [tipId, plainId])
    await eventually(
      () => eventsOf(id),
      (rows) => rows.length === 1,
      'the tip received',
    );
  const refusals = [
    // The environment bureau owns capacity swaps under no profile.
    [{ ...swapTriage, department: 'environment_bureau' }, '/department', 'capacity swaps'],
    // A swap tip takes no dimension, even with a department that owns it.
    [{ ...swapTriage, dimension: 'energy' }, '/dimension', 'without a dimension'],
  ] as const;
  for (const [body, pointer, words] of refusals) {
    const refused = await decide(tipId, 'triage', body, yangzhou);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      type: '/problems/validation',
      errors: [{ pointer, detail: expect.stringContaining(words) }],
    });
  }
  // A backward-capacity tip is still triaged with its dimension.
  const noDimension = await decide(plainId, 'triage', swapTriage, yangzhou);
  expect(noDimension.statusCode).toBe(400);
  expect(noDimension.json()).toMatchObject({ errors: [{ pointer: '/dimension' }] });
  // Nothing changed: the tips are received, with their one event each.
  expect((await eventsOf(tipId)).map((e) => e.type)).toEqual(['tip_received']);
  expect((await eventsOf(plainId)).map((e) => e.type)).toEqual(['tip_received']);
  expect(await rowOf(receiptNumber)).toMatchObject({ status: 'received', department: null, dimension: null });

  const triaged = await decide(tipId, 'triage', swapTriage, yangzhou);
  expect(triaged.statusCode).toBe(200);
  expect(triaged.json()).toEqual({ tipId, sequence: 2, status: 'verifying', outcome: null, caseId: null });
  const events = await eventually(
    () => eventsOf(tipId),
    (rows) => rows.length >= 2,
    'the triage event',
  );
  expect(events[0]!.detail).toMatchObject({ category: 'illegal_capacity_swap', dimension: null });
  expect(events[1]!.detail).toEqual({ department: 'industry_it', verificationDue: expect.any(Object) });
  expect(await rowOf(receiptNumber)).toMatchObject({
    status: 'verifying',
    category: 'illegal_capacity_swap',
    department: 'industry_it',
    dimension: null,
  });

  const record = await api.app.inject({
    url: `/v1/tips/${tipId}/record`,
    headers: await bearer(officer('industry_it', '321002')),
  });
  expect(record.statusCode).toBe(200);
  const body = record.json() as { triage: Record<string, unknown> };
  expect(body).toMatchObject({
    category: 'illegal_capacity_swap',
    dimension: null,
    tip: { category: 'illegal_capacity_swap' },
    triage: { department: 'industry_it' },
  });
  expect(body.triage).not.toHaveProperty('dimension');

  // The list filters by category.
  type Page = { items: { id: string; category: string }[] };
  const listed = async (query: string) =>
    (
      (await api.app.inject({ url: `/v1/tips${query}`, headers: await bearer(yangzhou) })).json() as Page
    ).items.map((t) => [t.id, t.category]);
  expect(await listed('?category=illegal_capacity_swap')).toContainEqual([tipId, 'illegal_capacity_swap']);
  expect(await listed('?category=illegal_capacity_swap')).not.toContainEqual([plainId, 'backward_capacity']);
  expect(await listed('?category=backward_capacity')).toContainEqual([plainId, 'backward_capacity']);
  expect(await listed('?category=backward_capacity')).not.toContainEqual([tipId, 'illegal_capacity_swap']);
  const badCategory = await api.app.inject({
    url: '/v1/tips?category=pollution',
    headers: await bearer(yangzhou),
  });
  expect(badCategory.statusCode).toBe(400);
  expect(badCategory.json()).toMatchObject({ errors: [{ pointer: '/category' }] });
});

it('closes a swap tip found true without a finding as swap_confirmed, no case; with a finding in a dimension the department owns it opens a case', async () => {
  const yangzhou = supervisor('321000');
  const by = officer('industry_it', '321002');
  const verified = {
    reason: '现场核查属实：该企业以已拆除设备产能违规置换新建高炉',
    evidence: [{ reference: '扬工信核〔2024〕3号 核查笔录' }],
    result: 'verified',
  };

  const confirmed = await aSwapTip();
  expect((await decide(confirmed.tipId, 'triage', swapTriage, yangzhou)).statusCode).toBe(200);
  // Only the assigned department verifies it.
  const other = await decide(
    confirmed.tipId,
    'verification',
    verified,
    officer('development_reform', '321002'),
  );
  expect(other.statusCode).toBe(409);
  const answer = await decide(confirmed.tipId, 'verification', verified, by);
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({
    tipId: confirmed.tipId,
    sequence: 3,
    status: 'closed',
    outcome: 'swap_confirmed',
    caseId: null,
  });
  const view = await eventually(
    async () => (await follow(confirmed.receiptNumber)).json() as Record<string, unknown>,
    (v) => v.status === 'closed',
    'the public view to show the swap tip closed',
  );
  expect(view).toMatchObject({
    category: 'illegal_capacity_swap',
    outcome: 'swap_confirmed',
    outcomeLabel: '核查属实（产能违规置换），由主管部门依职责处理',
    caseOpened: false,
    closedReason: verified.reason,
  });
  const events = await eventsOf(confirmed.tipId);
  expect(events.map((e) => e.type)).toEqual(['tip_received', 'tip_triaged', 'swap_confirmed']);
  expect(events[2]).toMatchObject({ reason: verified.reason, evidence: verified.evidence });

  // The capacity swapped in also fails a standard the department owns: its finding opens a case.
  const withFinding = await aSwapTip();
  expect((await decide(withFinding.tipId, 'triage', swapTriage, yangzhou)).statusCode).toBe(200);
  const finding = aFinding(
    { source: 'tip', dimension: 'technology', findingDate: chinaDateOf(new Date()) },
    { regionCode: '321002' },
  );
  const notOwned = await decide(
    withFinding.tipId,
    'verification',
    { ...verified, finding: { ...finding, dimension: 'quality' } },
    by,
  );
  expect(notOwned.statusCode).toBe(400);
  const opened = await decide(withFinding.tipId, 'verification', { ...verified, finding }, by);
  expect(opened.statusCode).toBe(200);
  const receipt = opened.json() as { outcome: string; caseId: string };
  expect(receipt).toMatchObject({ outcome: 'case_opened', caseId: expect.stringMatching(/^RC-/) });
  openedCases.push(receipt.caseId);
});

it('lists the tips of the caller’s region newest first, by status and page by page; a department sees its own', async () => {
  // Wuxi (320200): four tips in Xishan district, one in Xuzhou that Wuxi never sees.
  const filed: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const answer = await submit(aTip({ regionCode: '320205' }));
    filed.push((answer.json() as { receiptNumber: string }).receiptNumber);
  }
  await submit(aTip({ regionCode: '320302' }));
  const wuxi = supervisor('320200');
  const ids = await Promise.all(filed.map(async (receipt) => (await rowOf(receipt)).id));
  for (const tipId of ids.slice(0, 2))
    expect((await decide(tipId, 'triage', energyTriage, wuxi)).statusCode).toBe(200);
  await eventually(
    () => Promise.all(filed.slice(0, 2).map(rowOf)),
    (rows) => rows.every((r) => r.status === 'verifying'),
    'both triages in the read model',
  );

  type Page = { items: { id: string; receivedAt: string; status: string }[]; nextCursor: string | null };
  const list = async (who: Principal | null, query = '') =>
    api.app.inject({ url: `/v1/tips${query}`, headers: who ? await bearer(who) : {} });

  const all = (await list(wuxi)).json() as Page;
  expect(all.items.map((t) => t.id).sort()).toEqual([...ids].sort());
  expect(all.nextCursor).toBeNull();
  const order = all.items.map((t) => [t.receivedAt, t.id].join(' '));
  expect(order).toEqual([...order].sort().reverse());
  expect(JSON.stringify(all)).not.toContain(REPORTER.contact);

  const verifying = (await list(wuxi, '?status=verifying')).json() as Page;
  expect(verifying.items.map((t) => t.id).sort()).toEqual(ids.slice(0, 2).sort());
  const received = (await list(wuxi, '?status=received')).json() as Page;
  expect(received.items.map((t) => t.id).sort()).toEqual(ids.slice(2).sort());

  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = (await list(wuxi, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json() as Page;
    seen.push(...page.items.map((t) => t.id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 10);
  expect(pages).toBe(2);
  expect(seen).toEqual(all.items.map((t) => t.id));

  // The county's industry & IT officers see the tips triaged to them, market regulation none.
  const industry = (await list(officer('industry_it', '320205'))).json() as Page;
  expect(industry.items.map((t) => t.id).sort()).toEqual(ids.slice(0, 2).sort());
  expect(((await list(officer('market_regulation', '320205'))).json() as Page).items).toEqual([]);

  expect((await list(null)).statusCode).toBe(401);
  const approver: Principal = { ...supervisor('320200'), userId: 'gov', roles: ['government_approver'] };
  expect((await list(approver)).statusCode).toBe(403);
  const badCursor = await list(wuxi, '?cursor=bm90LWEtY3Vyc29y');
  expect(badCursor.statusCode).toBe(400);
  expect(badCursor.json()).toMatchObject({ errors: [{ pointer: '/cursor' }] });
  expect((await list(wuxi, '?status=lost')).statusCode).toBe(400);
});

it('shows the staff one tip with its reporter and history; other regions and departments 404, other roles 403', async () => {
  const { tipId } = await triagedTip();
  const record = async (who: Principal | null) =>
    api.app.inject({ url: `/v1/tips/${tipId}/record`, headers: who ? await bearer(who) : {} });

  const shown = await record(supervisor());
  expect(shown.statusCode).toBe(200);
  expect(shown.json()).toMatchObject({
    id: tipId,
    status: 'verifying',
    tip: { reporter: REPORTER, anonymous: false },
    triage: { department: 'industry_it', dimension: 'energy', reason: energyTriage.reason },
    verificationDue: { rule: expect.any(String), lapsesAt: expect.any(String) },
    events: [{ type: 'tip_received' }, { type: 'tip_triaged' }],
  });
  expect((await record(officer())).statusCode).toBe(200);
  expect((await record(officer('market_regulation'))).statusCode).toBe(404);
  expect((await record(supervisor('320600'))).statusCode).toBe(404);
  expect(
    (await record({ ...supervisor(), userId: 'inspector', roles: ['acceptance_inspector'] })).statusCode,
  ).toBe(403);
  expect((await record(null)).statusCode).toBe(401);
});

it('shows a tip recorded before the ledger with the unchained events it was recorded with', async () => {
  // Written as tips started before the 'tip-ledger' patch still write their steps (recordTipEvent).
  const { recordTipEvent } = createActivities({ db: api.database.db, logger: pino({ level: 'silent' }) });
  const tipId = `TIP-${randomBytes(10).toString('hex').toUpperCase()}`;
  const received = receivedTip(
    TipInputSchema.parse({
      tipId,
      receiptNumber: newReceiptNumber(),
      receivedAt: '2024-09-01T02:00:00.000Z',
      policyVersion: CURRENT_POLICY_VERSION,
      tip: aTip(),
    }),
  );
  const triagedAt = '2024-09-02T02:00:00.000Z';
  const actor = {
    userId: 'supervisor-320500',
    role: 'supervisor' as const,
    regionCode: '320500',
    department: null,
  };
  const triaged: TipState = {
    ...received,
    status: 'verifying',
    triage: {
      by: actor,
      at: triagedAt,
      reason: energyTriage.reason,
      evidence: [],
      sequence: 2,
      department: 'industry_it',
      dimension: 'energy',
    },
    verificationDue: verificationDeadline(triagedAt, { policyVersion: CURRENT_POLICY_VERSION }),
    sequence: 2,
  };
  const event = (sequence: number, type: TipEvent['type'], occurredAt: string): TipEvent => ({
    sequence,
    type,
    occurredAt,
    actor: sequence === 1 ? SYSTEM_ACTOR : actor,
    reason: sequence === 1 ? null : energyTriage.reason,
    evidence: [],
    detail: { n: sequence },
  });
  await recordTipEvent({
    event: event(1, 'tip_received', received.receivedAt),
    snapshot: { ...received, sequence: 1 },
  });
  await recordTipEvent({ event: event(2, 'tip_triaged', triagedAt), snapshot: triaged });

  const record = await api.app.inject({
    url: `/v1/tips/${tipId}/record`,
    headers: await bearer(supervisor()),
  });
  expect(record.statusCode).toBe(200);
  expect(record.json()).toMatchObject({
    id: tipId,
    status: 'verifying',
    events: [
      { sequence: 1, type: 'tip_received', status: 'received', occurredAt: received.receivedAt },
      { sequence: 2, type: 'tip_triaged', status: 'verifying', reason: energyTriage.reason, actor },
    ],
  });
});

it('shows in a tip’s record its ledger’s hash chain, recomputed and intact', async () => {
  const { tipId } = await triagedTip();
  const record = await eventually(
    async () =>
      (
        await api.app.inject({ url: `/v1/tips/${tipId}/record`, headers: await bearer(supervisor()) })
      ).json() as {
        events: { sequence: number; prevHash: string | null; hash: string | null }[];
        chain: { entries: number; intact: boolean; chained: boolean; breaks: unknown[] };
      },
    (body) => body.events.length === 2,
    'the triage to be recorded',
  );
  expect(record.chain).toEqual({ entries: 2, intact: true, chained: true, breaks: [] });
  expect(record.events[0]!.prevHash).toBe('');
  expect(record.events[1]!.prevHash).toBe(record.events[0]!.hash);
  expect(record.events[1]!.hash).toMatch(/^[0-9a-f]{64}$/);
});

it('reconciles a triaged tip to zero, and names a read model that disagrees with its history', async () => {
  const { tipId } = await triagedTip();
  await eventually(
    () => eventsOf(tipId),
    (rows) => rows.length === 2,
    'the triage in the ledger',
  );
  const check = () =>
    reconcileTips(
      { db: api.database.db, temporal: api.temporal },
      { tipIds: [tipId], settleTimeoutMs: 10_000, pollMs: 300 },
    );
  const clean = await check();
  expect(clean).toMatchObject({ checked: 1, ledgerEntries: 2, unsettled: 0, mismatches: [] });

  await api.database.db.update(tips).set({ status: 'received' }).where(eq(tips.id, tipId));
  expect((await check()).mismatches).toEqual([
    { tipId, what: 'read-model.status', expected: 'verifying', found: 'received' },
  ]);
});

it('documents the tips API in OpenAPI', async () => {
  const answer = await api.app.inject({ url: '/docs/json' });
  expect(answer.statusCode).toBe(200);
  const docs = answer.json() as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, unknown> };
  };
  expect(Object.keys(docs.paths)).toEqual(
    expect.arrayContaining([
      '/v1/tips',
      '/v1/tips/{receiptNumber}',
      '/v1/tips/{id}/record',
      '/v1/tips/{id}/triage',
      '/v1/tips/{id}/verification',
    ]),
  );
  expect(Object.keys(docs.components.schemas)).toEqual(
    expect.arrayContaining([
      'TipSubmission',
      'PublicTip',
      'TipList',
      'TipRecord',
      'TipTriage',
      'TipVerification',
    ]),
  );
  expect(JSON.stringify(docs.components.schemas.PublicTip)).toContain('verifying (核查中)');
});

it('names the tip’s region beside its code in the staff list and the record (GB/T 2260)', async () => {
  // A county no other test here lists: 320481 溧阳市 (Changzhou).
  const receipt = ((await submit(aTip({ regionCode: '320481' }))).json() as { receiptNumber: string })
    .receiptNumber;
  const tipId = (await rowOf(receipt)).id;
  const liyang = supervisor('320481');
  const listed = (await api.app.inject({ url: '/v1/tips', headers: await bearer(liyang) })).json() as {
    items: { id: string; regionCode: string; regionName: string | null }[];
  };
  expect(listed.items.find((t) => t.id === tipId)).toMatchObject({
    regionCode: '320481',
    regionName: '溧阳市',
  });
  const record = await eventually(
    async () => api.app.inject({ url: `/v1/tips/${tipId}/record`, headers: await bearer(liyang) }),
    (answer) => answer.statusCode === 200,
    'the tip’s record',
  );
  expect(record.json()).toMatchObject({ id: tipId, regionCode: '320481', regionName: '溧阳市' });
});
