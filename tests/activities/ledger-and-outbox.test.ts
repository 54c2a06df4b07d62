/**
 * The activities against a real PostgreSQL: a step written twice or out of order leaves exactly one
 * ledger entry per event with an intact hash chain; the ledger refuses edits; an outbox message is
 * delivered once however often its delivery runs, and every attempt is in the delivery log.
 */
import { asc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { createActivities } from '../../activities';
import type { DeliveryAdapter } from '../../activities/adapters';
import { ledgerContentOfRow, ledgerHash } from '../../db/ledger';
import { caseEvents, cases, deliveries, outbox, tasks } from '../../db/schema';
import type { CaseState } from '../../domain/case';
import { FindingSchema } from '../../domain/finding';
import { SYSTEM_ACTOR, filedCaseState } from '../../domain/case';
import type { CaseEvent, Effect } from '../../workflows/contract';
import { officer } from '../helpers/actors';
import { aFinding } from '../kit/findings';
import { createTestDatabase, type TestDatabase } from '../helpers/servers';

let database: TestDatabase;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

function snapshotOf(caseId: string, sequence: number, overrides: Partial<CaseState> = {}): CaseState {
  return {
    ...filedCaseState(
      { caseId, finding: FindingSchema.parse(aFinding()), policyVersion: '2024.1' },
      '2025-03-03T02:00:00.000Z',
    ),
    status: 'rectifying',
    sequence,
    ...overrides,
  };
}

function eventOf(sequence: number, type: CaseEvent['type'] = 'deadline_set'): CaseEvent {
  return {
    sequence,
    type,
    occurredAt: `2025-03-03T02:00:0${sequence}.000Z`,
    actor: sequence === 2 ? officer() : SYSTEM_ACTOR,
    reason: sequence === 2 ? '复查' : null,
    evidence: sequence === 2 ? [{ reference: 'doc-1' }] : [],
    detail: { n: sequence, nested: { b: 1, a: [1, 2] } },
  };
}

it('writes each event once, in a hash chain, however often and in whatever order the writes run', async () => {
  const { recordCaseEvent } = createActivities({ db: database.db, logger });
  const caseId = 'RC-LEDGER0000000001';
  const task = {
    id: `${caseId}:reinspection:1`,
    kind: 'reinspection' as const,
    role: 'department_officer' as const,
    regionCode: '320508',
    departments: ['industry_it' as const],
    dueAt: '2025-09-04T16:00:00.000Z',
  };
  const step = (n: number) => ({
    event: eventOf(n),
    snapshot: snapshotOf(caseId, n, { openTasks: n < 3 ? [task] : [] }),
  });

  await recordCaseEvent(step(1));
  // Entry 3 before entry 2: refused (retryable) until its predecessor is written.
  await expect(recordCaseEvent(step(3))).rejects.toThrow(/entry 2 .* not written yet/);
  await Promise.all([recordCaseEvent(step(2)), recordCaseEvent(step(2))]);
  await recordCaseEvent(step(3));
  await recordCaseEvent(step(1)); // a late retry of the first step changes nothing

  const rows = await database.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.sequence));
  expect(rows.map((r) => r.sequence)).toEqual([1, 2, 3]);
  let prevHash = '';
  for (const row of rows) {
    expect(row.prevHash).toBe(prevHash);
    expect(row.hash).toBe(ledgerHash(ledgerContentOfRow(row), prevHash));
    prevHash = row.hash!;
  }
  expect(rows[1]).toMatchObject({ actor: officer(), reason: '复查', evidence: [{ reference: 'doc-1' }] });

  const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
  expect(row!.stateVersion).toBe(3);
  const [taskRow] = await database.db.select().from(tasks).where(eq(tasks.caseId, caseId));
  // Opened by step 1, closed by step 3 (the late retry of step 1 did not reopen it).
  expect(taskRow).toMatchObject({ id: task.id, openedSequence: 1, closedSequence: 3 });
});

it('refuses to change or delete a ledger entry', async () => {
  const { recordCaseEvent } = createActivities({ db: database.db, logger });
  const caseId = 'RC-LEDGER0000000002';
  await recordCaseEvent({ event: eventOf(1), snapshot: snapshotOf(caseId, 1) });
  const refused = { cause: { message: expect.stringMatching(/case_events is append-only/) } };
  await expect(
    database.db.execute(sql`update case_events set reason = 'edited' where case_id = ${caseId}`),
  ).rejects.toMatchObject(refused);
  await expect(
    database.db.execute(sql`delete from case_events where case_id = ${caseId}`),
  ).rejects.toMatchObject(refused);
  const [entry] = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
  expect(entry!.reason).toBeNull();
});

it('delivers an outbox message once, logging every attempt, through a failing then recovering adapter', async () => {
  let calls = 0;
  const flaky: DeliveryAdapter = {
    name: 'flaky-credit-platform',
    deliver: () => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('credit platform unavailable'))
        : Promise.resolve({ reference: 'CP-1' });
    },
  };
  const { recordCaseEvent, deliverEffect } = createActivities({
    db: database.db,
    logger,
    adapters: { credit_platform: flaky },
  });
  const caseId = 'RC-LEDGER0000000003';
  const effect: Effect = {
    key: `${caseId}/credit_report/exit-deadline`,
    kind: 'credit_report',
    channel: 'credit_platform',
    recipient: null,
    payload: { caseId },
  };
  const written = {
    event: eventOf(1, 'exit_deadline_missed'),
    snapshot: snapshotOf(caseId, 1),
    effects: [effect],
  };
  await recordCaseEvent(written);
  await recordCaseEvent(written); // retried step: still one message

  await expect(deliverEffect({ key: effect.key })).rejects.toThrow('credit platform unavailable');
  await deliverEffect({ key: effect.key });
  await deliverEffect({ key: effect.key }); // a repeated delivery after success sends nothing

  expect(calls).toBe(2);
  const messages = await database.db.select().from(outbox).where(eq(outbox.caseId, caseId));
  expect(messages).toHaveLength(1);
  expect(messages[0]!.deliveredAt).not.toBeNull();
  const log = await database.db
    .select()
    .from(deliveries)
    .where(eq(deliveries.outboxKey, effect.key))
    .orderBy(asc(deliveries.id));
  expect(log.map((d) => [d.attempt, d.outcome, d.adapter, d.reference])).toEqual([
    [1, 'failed', 'flaky-credit-platform', null],
    [2, 'delivered', 'flaky-credit-platform', 'CP-1'],
  ]);
  expect(log[0]!.error).toBe('credit platform unavailable');
});

it('writes a step by the local recording activity and returns the ledger entry as written, for the history to keep', async () => {
  const { recordCaseStep } = createActivities({ db: database.db, logger });
  const caseId = 'RC-LEDGER0000000004';
  const effect: Effect = {
    key: `${caseId}/pricing/start`,
    kind: 'pricing_start',
    channel: 'grid_company',
    recipient: null,
    payload: { caseId },
  };
  const step = { event: eventOf(1, 'case_filed'), snapshot: snapshotOf(caseId, 1), effects: [effect] };
  expect(await recordCaseStep(step)).toEqual({
    event: step.event,
    status: 'rectifying',
    effectKeys: [effect.key],
  });
  // A workflow task lost after the write and retried later: the step again, at a later workflow time. The
  // ledger keeps the first write, and the history must keep it too.
  const retried = { ...step, event: { ...step.event, occurredAt: '2025-03-03T02:05:00.000Z' } };
  expect(await recordCaseStep(retried)).toEqual({
    event: step.event,
    status: 'rectifying',
    effectKeys: [effect.key],
  });
  const ledger = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
  expect(ledger.map((entry) => [entry.sequence, entry.type, entry.status])).toEqual([
    [1, 'case_filed', 'rectifying'],
  ]);
  expect(await database.db.select().from(outbox).where(eq(outbox.caseId, caseId))).toHaveLength(1);
});

it('delivers a step’s messages together; a retry after one channel failed sends only what is undelivered', async () => {
  const sent: string[] = [];
  let creditCalls = 0;
  const recording = (name: string): DeliveryAdapter => ({
    name,
    deliver: ({ key }) => {
      sent.push(key);
      return Promise.resolve({ reference: `${name}-${sent.length}` });
    },
  });
  const flakyCredit: DeliveryAdapter = {
    name: 'flaky-credit-platform',
    deliver: ({ key }) => {
      creditCalls += 1;
      if (creditCalls === 1) return Promise.reject(new Error('credit platform unavailable'));
      sent.push(key);
      return Promise.resolve({ reference: 'CP-2' });
    },
  };
  const { recordCaseStep, deliverEffects } = createActivities({
    db: database.db,
    logger,
    adapters: { grid_company: recording('grid'), credit_platform: flakyCredit },
  });
  const caseId = 'RC-LEDGER0000000005';
  const pricing: Effect = {
    key: `${caseId}/pricing/start`,
    kind: 'pricing_start',
    channel: 'grid_company',
    recipient: null,
    payload: { caseId },
  };
  const credit: Effect = {
    key: `${caseId}/credit_report/exit-deadline`,
    kind: 'credit_report',
    channel: 'credit_platform',
    recipient: null,
    payload: { caseId },
  };
  await recordCaseStep({
    event: eventOf(1, 'exit_deadline_missed'),
    snapshot: snapshotOf(caseId, 1),
    effects: [pricing, credit],
  });
  const keys = [pricing.key, credit.key];

  await expect(deliverEffects({ keys })).rejects.toThrow('credit platform unavailable');
  expect(sent).toEqual([pricing.key]);
  await deliverEffects({ keys });
  await deliverEffects({ keys }); // after success: nothing sent again
  expect(sent).toEqual([pricing.key, credit.key]);

  const log = await database.db
    .select()
    .from(deliveries)
    .where(sql`${deliveries.outboxKey} in (${pricing.key}, ${credit.key})`)
    .orderBy(asc(deliveries.id));
  expect(log.map((d) => [d.outboxKey, d.outcome])).toEqual([
    [pricing.key, 'delivered'],
    [credit.key, 'failed'],
    [credit.key, 'delivered'],
  ]);
  await expect(deliverEffects({ keys: [`${caseId}/no-such-message`] })).rejects.toThrow(/no outbox message/);
});

it('writes steps taken together in one go: the same ledger, tasks and outbox as one at a time, then delivers their messages', async () => {
  const sent: string[] = [];
  const down: DeliveryAdapter = {
    name: 'credit-platform-down',
    deliver: () => Promise.reject(new Error('credit platform unavailable')),
  };
  const grid: DeliveryAdapter = {
    name: 'grid',
    deliver: ({ key }) => {
      sent.push(key);
      return Promise.resolve({ reference: 'G-1' });
    },
  };
  const { recordCaseSteps, recordCaseEvent } = createActivities({
    db: database.db,
    logger,
    adapters: { grid_company: grid, credit_platform: down },
  });
  const [batched, oneByOne] = ['RC-LEDGER0000000006', 'RC-LEDGER0000000007'];
  const stepsOf = (caseId: string) => {
    const reinspection = {
      id: `${caseId}:reinspection:2`,
      kind: 'reinspection' as const,
      role: 'department_officer' as const,
      regionCode: '320508',
      departments: ['industry_it' as const],
      dueAt: '2025-09-04T16:00:00.000Z',
    };
    const effect = (kind: Effect['kind'], channel: Effect['channel']): Effect => ({
      key: `${caseId}/${kind}`,
      kind,
      channel,
      recipient: null,
      payload: { caseId },
    });
    return [
      {
        event: eventOf(1, 'case_filed'),
        snapshot: snapshotOf(caseId, 1, { status: 'filed', openTasks: [] }),
        effects: [effect('pricing_start', 'grid_company'), effect('credit_publication', 'credit_platform')],
      },
      {
        event: eventOf(2, 'deadline_set'),
        snapshot: snapshotOf(caseId, 2, { openTasks: [reinspection] }),
        effects: [],
      },
      {
        event: eventOf(3, 'urged'),
        snapshot: snapshotOf(caseId, 3, {
          openTasks: [{ ...reinspection, dueAt: '2025-10-04T16:00:00.000Z' }],
        }),
        effects: [effect('urging_notice', 'grid_company')],
      },
    ];
  };

  const recorded = await recordCaseSteps({ steps: stepsOf(batched) });
  expect(recorded.steps.map(({ event, status, effectKeys }) => [event, status, effectKeys])).toEqual(
    stepsOf(batched).map(({ event, snapshot, effects }) => [
      event,
      snapshot.status,
      effects.map((e) => e.key),
    ]),
  );
  expect(recorded.delivered.sort()).toEqual([`${batched}/pricing_start`, `${batched}/urging_notice`]);
  expect(recorded.undelivered).toEqual([`${batched}/credit_publication`]);
  // A retry at a later workflow time: the entries the first attempt wrote, and nothing sent twice.
  const later = stepsOf(batched).map((step) => ({
    ...step,
    event: { ...step.event, occurredAt: '2025-03-04T00:00:00.000Z' },
  }));
  const retried = await recordCaseSteps({ steps: later });
  expect(retried.steps).toEqual(recorded.steps);
  expect(retried.undelivered).toEqual([`${batched}/credit_publication`]);
  expect(sent).toEqual([`${batched}/pricing_start`, `${batched}/urging_notice`]);

  for (const step of stepsOf(oneByOne)) await recordCaseEvent(step);

  /** What each case's rows hold, with its id taken out, to compare the two. */
  const rowsOf = async (caseId: string) => {
    const anonymous = (value: unknown) =>
      JSON.parse(JSON.stringify(value).replaceAll(caseId, 'CASE')) as unknown;
    const ledger = await database.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.sequence));
    const taskRows = await database.db.select().from(tasks).where(eq(tasks.caseId, caseId));
    const messages = await database.db.select().from(outbox).where(eq(outbox.caseId, caseId));
    const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
    return anonymous({
      ledger: ledger.map(({ hash: _hash, prevHash: _prev, recordedAt: _at, ...entry }) => entry),
      tasks: taskRows.map(({ openedSequence, closedSequence, dueAt }) => ({
        openedSequence,
        closedSequence,
        dueAt,
      })),
      outbox: messages.map(({ key, sequence, kind }) => [key, sequence, kind]).sort(),
      row: { status: row!.status, stateVersion: row!.stateVersion, dueAt: row!.dueAt },
    });
  };
  expect(await rowsOf(batched)).toEqual(await rowsOf(oneByOne));
  const chain = await database.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, batched))
    .orderBy(asc(caseEvents.sequence));
  let prevHash = '';
  for (const row of chain) {
    expect(row.hash).toBe(ledgerHash(ledgerContentOfRow(row), prevHash));
    prevHash = row.hash!;
  }
  const log = await database.db
    .select()
    .from(deliveries)
    .where(sql`${deliveries.outboxKey} like ${`${batched}/%`}`)
    .orderBy(asc(deliveries.id));
  expect(log.map((d) => [d.outboxKey.replace(batched, 'CASE'), d.outcome]).sort()).toEqual(
    [
      ['CASE/credit_publication', 'failed'],
      ['CASE/credit_publication', 'failed'],
      ['CASE/pricing_start', 'delivered'],
      ['CASE/urging_notice', 'delivered'],
    ].sort(),
  );
});
