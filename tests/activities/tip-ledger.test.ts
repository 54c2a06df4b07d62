/**
 * A tip's steps against a real PostgreSQL, recorded as a case's are: one hash-chained ledger entry per
 * step however often and in whatever order the writes run, the step's messages in the outbox with it and
 * delivered once with a delivery log; and a tip recorded before the ledger (recordTipEvent) keeps its
 * unchained events readable.
 */
import { asc, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { createActivities } from '../../activities';
import { checkChain } from '../../db/audit';
import { ledgerContentOfRow, ledgerHash } from '../../db/ledger';
import { deliveries, outbox, tips } from '../../db/schema';
import { checkTipChain, tipLedgerOf } from '../../db/tip-ledger';
import { SYSTEM_ACTOR } from '../../domain/case';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { receivedTip, type TipState } from '../../domain/tip';
import { TipInputSchema } from '../../domain/tip-schemas';
import type { Effect } from '../../workflows/contract';
import type { TipEvent, TipEventType } from '../../workflows/tip-contract';
import { supervisor } from '../helpers/actors';
import { createTestDatabase, type TestDatabase } from '../helpers/servers';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

let database: TestDatabase;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

function snapshotOf(tipId: string, sequence: number): TipState {
  const received = receivedTip(
    TipInputSchema.parse({
      tipId,
      receiptNumber: `JB-${tipId}`,
      receivedAt: '2025-03-03T02:00:00.000Z',
      policyVersion: CURRENT_POLICY_VERSION,
      tip: {
        enterpriseName: '某某水泥有限公司',
        regionCode: '320508',
        description: '2号水泥磨能耗超标',
        anonymous: true,
      },
    }),
  );
  return { ...received, status: sequence === 1 ? 'received' : 'verifying', sequence };
}

const TYPES: TipEventType[] = ['tip_received', 'tip_triaged', 'verification_overdue'];

function eventOf(sequence: number): TipEvent {
  return {
    sequence,
    type: TYPES[sequence - 1]!,
    occurredAt: `2025-03-03T02:00:0${sequence}.000Z`,
    actor: sequence === 2 ? supervisor() : SYSTEM_ACTOR,
    reason: sequence === 2 ? '能耗问题，交工信局核查' : null,
    evidence: [],
    detail: { n: sequence, nested: { b: 1, a: [1, 2] } },
  };
}

const notice = (tipId: string): Effect => ({
  key: `${tipId}/supervisor_notice/tip_verification/2025-04-02T16:00:00.000Z`,
  kind: 'supervisor_notice',
  channel: 'people',
  recipient: { role: 'supervisor', regionCode: '320500', departments: null },
  payload: { tipId, about: 'tip_verification' },
});

it('chains a tip’s steps once each, however often and in whatever order the writes run', async () => {
  const { recordTipStep } = createActivities({ db: database.db, logger });
  const tipId = 'TIP-LEDGER000000000001';
  const step = (n: number) => ({ event: eventOf(n), snapshot: snapshotOf(tipId, n) });

  await recordTipStep(step(1));
  // Entry 3 before entry 2: refused (retryable) until its predecessor is written.
  await expect(recordTipStep(step(3))).rejects.toThrow(
    /entry 2 of TIP-LEDGER000000000001 is not written yet/,
  );
  await Promise.all([recordTipStep(step(2)), recordTipStep(step(2))]);
  await recordTipStep(step(3));
  await recordTipStep(step(1)); // a late retry of the first step changes nothing

  const rows = await tipLedgerOf(database.db, tipId);
  expect(rows.map((r) => [r.sequence, r.type])).toEqual([
    [1, 'tip_received'],
    [2, 'tip_triaged'],
    [3, 'verification_overdue'],
  ]);
  let prevHash = '';
  for (const row of rows) {
    expect(row.prevHash).toBe(prevHash);
    // The same hashing as the case ledger, over the tip's id instead of a case's.
    expect(ledgerContentOfRow(row)).toMatchObject({ tipId, sequence: row.sequence });
    expect(row.hash).toBe(ledgerHash(ledgerContentOfRow(row), prevHash));
    prevHash = row.hash!;
  }
  expect(await checkTipChain(database.db, tipId)).toEqual({
    entries: 3,
    intact: true,
    breaks: [],
    chained: true,
  });
  // An edit to any entry shows: recomputed on a copy, since the table refuses the edit itself.
  const edited = rows.map((row) => (row.sequence === 2 ? { ...row, reason: '改过的理由' } : row));
  expect(checkChain(edited).breaks).toEqual([{ sequence: 2, problem: 'content does not match its hash' }]);
  await expect(
    database.db.execute(sql`update tip_events set reason = 'edited' where tip_id = ${tipId}`),
  ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/tip_events is append-only/) } });

  const [row] = await database.db.select().from(tips).where(eq(tips.id, tipId));
  expect(row!.stateVersion).toBe(3);
});

it('writes a tip step’s messages to the outbox with it and delivers each once, with a delivery log', async () => {
  const { recordTipStep, deliverEffect } = createActivities({ db: database.db, logger });
  const tipId = 'TIP-LEDGER000000000002';
  const effect = notice(tipId);
  await recordTipStep({ event: eventOf(1), snapshot: snapshotOf(tipId, 1) });
  await recordTipStep({ event: eventOf(2), snapshot: snapshotOf(tipId, 2), effects: [effect] });
  await recordTipStep({ event: eventOf(2), snapshot: snapshotOf(tipId, 2), effects: [effect] }); // a retry

  const messages = await database.db.select().from(outbox).where(eq(outbox.tipId, tipId));
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({
    key: effect.key,
    tipId,
    caseId: null,
    sequence: 2,
    kind: 'supervisor_notice',
    recipient: effect.recipient,
    deliveredAt: null,
  });

  await deliverEffect({ key: effect.key });
  await deliverEffect({ key: effect.key }); // a retried delivery sends nothing again
  const log = await database.db
    .select()
    .from(deliveries)
    .where(eq(deliveries.outboxKey, effect.key))
    .orderBy(asc(deliveries.id));
  expect(log.map((d) => d.outcome)).toEqual(['delivered']);
  const [delivered] = await database.db.select().from(outbox).where(eq(outbox.key, effect.key));
  expect(delivered!.deliveredAt).not.toBeNull();
});

it('keeps each outbox message to exactly one case or tip', async () => {
  const insert = (caseId: string | null, tipId: string | null) =>
    database.db.execute(
      sql`insert into outbox (key, case_id, tip_id, sequence, kind, channel, payload)
          values (${`stray/${caseId}/${tipId}`}, ${caseId}, ${tipId}, 1, 'supervisor_notice', 'people', '{}')`,
    );
  const refused = { cause: { message: expect.stringMatching(/outbox_one_subject/) } };
  await expect(insert(null, null)).rejects.toMatchObject(refused);
});

it('keeps a tip recorded before the ledger readable: its unchained events, in order', async () => {
  const { recordTipEvent } = createActivities({ db: database.db, logger });
  const tipId = 'TIP-LEDGER000000000003';
  await recordTipEvent({ event: eventOf(1), snapshot: snapshotOf(tipId, 1) });
  await recordTipEvent({ event: eventOf(2), snapshot: snapshotOf(tipId, 2) });

  const rows = await tipLedgerOf(database.db, tipId);
  expect(rows.map((r) => [r.sequence, r.type, r.hash, r.prevHash])).toEqual([
    [1, 'tip_received', null, null],
    [2, 'tip_triaged', null, null],
  ]);
  expect(rows[1]).toMatchObject({ actor: supervisor(), reason: '能耗问题，交工信局核查' });
  const chain = await checkTipChain(database.db, tipId);
  expect(chain).toMatchObject({ entries: 2, chained: false, intact: false });
  expect(chain.breaks.map((b) => b.problem)).toEqual([
    'recorded before the ledger was hash-chained',
    'recorded before the ledger was hash-chained',
  ]);
});
