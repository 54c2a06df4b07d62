/**
 * Tips (举报) on the time-skipping server, with the real activities writing to a real PostgreSQL: triage,
 * verification, the overdue notice at the deadline instant, the case a verified tip opens, and the
 * refusals that never reach history. Tips run on a task queue of this suite's own; the cases they open
 * run on the case workflows' queue, as in production.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { reconcileTips } from '../../audit/tip-reconcile';
import { createActivities } from '../../activities';
import { caseIdFor } from '../../domain/case-id';
import { ledgerContentOfRow } from '../../db/ledger';
import { expectChained } from '../helpers/ledger';
import { cases, deliveries, outbox, tipEvents, tips } from '../../db/schema';
import { checkTipChain } from '../../db/tip-ledger';
import { FindingSchema, type Finding, type FindingInput } from '../../domain/finding';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { type TipState, type TipTriage, type TipVerification } from '../../domain/tip';
import { TipInputSchema } from '../../domain/tip-schemas';
import { officer, supervisor } from '../helpers/actors';
import { HISTORIES_DIR, recordHistoryIfAsked, recordedHistories } from '../helpers/histories';
import { TIP_LEDGER_PATCH } from '../../workflows/tip';
import { TASK_QUEUE, caseWorkflowId, getCaseStateQuery } from '../../workflows/contract';
import {
  DECISION_REJECTED,
  TIP_WORKFLOW_TYPE,
  getTipStateQuery,
  tipWorkflowId,
  triageTipUpdate,
  verifyTipUpdate,
} from '../../workflows/tip-contract';
import { createTestDatabase, createTimeSkippingEnv, type TestDatabase } from '../helpers/servers';
import { aFinding as aFindingInput } from '../kit/findings';
import { eventually } from '../kit/poll';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

/** This suite's own queue for tips; cases go to TASK_QUEUE, which the tip workflow names. */
const TIP_QUEUE = 'tip-workflow-tests';

let serial = 0;
const unique = () => `${process.pid}-${Date.now()}-${++serial}`;

/** A tip's finding as the verifier writes it: full-width digits and a blank in its number, which the case normalises. */
function aFinding(overrides: Partial<FindingInput> = {}): Finding {
  return FindingSchema.parse(
    aFindingInput({
      documentNumber: `姑工信〔２０２４〕 ${unique()}号`,
      findingDate: '2024-09-01',
      source: 'tip',
      evidence: [{ reference: '核查笔录' }],
      ...overrides,
    }),
  );
}

const REPORTER = { name: '举报人李四', contact: '13912345678' };

function aTipInput(tip: Record<string, unknown> = {}) {
  const id = unique();
  // Parsed as the API parses it: an anonymous tip's reporter is dropped here.
  return TipInputSchema.parse({
    tipId: `TIP-${id}`,
    receiptNumber: `JB-${id}`,
    receivedAt: '2024-09-01T02:00:00Z',
    policyVersion: CURRENT_POLICY_VERSION,
    tip: {
      enterpriseName: '某某钢铁有限公司',
      regionCode: '320508',
      dimension: 'energy',
      description: '1号高炉能耗超过限额标准，仍在生产',
      anonymous: true,
      reporter: REPORTER,
      ...tip,
    },
  });
}

const energyTriage = (overrides: Partial<TipTriage> = {}): TipTriage => ({
  actor: supervisor(),
  reason: '能耗问题，交工信局核查',
  department: 'industry_it',
  dimension: 'energy',
  ...overrides,
});

const verified = (finding: Finding, overrides: Partial<TipVerification> = {}): TipVerification => ({
  actor: officer('industry_it'),
  reason: '现场核查属实：高炉单位产品能耗超过限额',
  evidence: [{ reference: '姑工信核〔2024〕1号 核查笔录' }],
  result: 'verified',
  finding,
  ...overrides,
});

function millis(t: { seconds?: unknown; nanos?: number | null }): number {
  return Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
}

type History = temporal.api.history.v1.IHistory;

/** The activities a run scheduled, in order. */
const activitiesOf = (history: History) =>
  (history.events ?? []).flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);

/** The patches a run took (the data of its patch markers, which name the patch). */
const patchesOf = (history: History) =>
  (history.events ?? []).flatMap((e) => {
    const marker = e.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_patch') return [];
    return Object.values(marker.details ?? {}).flatMap((payloads) =>
      (payloads.payloads ?? []).map((p) => Buffer.from(p.data ?? []).toString('utf8')),
    );
  });

/** Until the run has completed. */
const completed = (handle: { describe(): Promise<{ status: { name: string } }> }) =>
  eventually(
    () => handle.describe(),
    (d) => d.status.name === 'COMPLETED',
    'the tip workflow to complete',
  );

/** The refusal of an update: its failure type and message. */
async function refusal(update: Promise<unknown>): Promise<{ type?: string; message: string }> {
  try {
    await update;
  } catch (error) {
    if (!(error instanceof WorkflowUpdateFailedError)) throw error;
    const cause = error.cause as { type?: string; message: string } | undefined;
    return { type: cause?.type, message: cause?.message ?? error.message };
  }
  throw new Error('the update was accepted');
}

let bundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  bundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    ...WORKFLOW_BUNDLER_OPTIONS,
    logger: silent,
  });
}, 120_000);

/** A time-skipping server whose clock starts at `serverStart` (UTC), a database, and both workers. */
function suite(serverStart: string) {
  const ctx = {} as {
    env: TestWorkflowEnvironment;
    database: TestDatabase;
    running: Promise<unknown>;
    workers: Worker[];
  };
  beforeAll(async () => {
    [ctx.env, ctx.database] = await Promise.all([createTimeSkippingEnv(serverStart), createTestDatabase()]);
    const activities = createActivities({ db: ctx.database.db, logger: pino({ level: 'silent' }) });
    ctx.workers = await Promise.all(
      [TIP_QUEUE, TASK_QUEUE].map((taskQueue) =>
        Worker.create({
          connection: ctx.env.nativeConnection,
          taskQueue,
          workflowBundle: bundle,
          activities,
        }),
      ),
    );
    ctx.running = Promise.all(ctx.workers.map((worker) => worker.run()));
  }, 120_000);
  afterAll(async () => {
    for (const worker of ctx.workers ?? []) worker.shutdown();
    await ctx.running;
    await ctx.env?.teardown();
    await ctx.database?.close();
  });
  return ctx;
}

function startTip(env: TestWorkflowEnvironment, input: ReturnType<typeof aTipInput>) {
  return env.client.workflow.start(TIP_WORKFLOW_TYPE, {
    taskQueue: TIP_QUEUE,
    workflowId: tipWorkflowId(input.tipId),
    args: [input],
  });
}

const eventsOf = (database: TestDatabase, tipId: string) =>
  database.db.select().from(tipEvents).where(eq(tipEvents.tipId, tipId)).orderBy(tipEvents.sequence);

describe('a tip', () => {
  const ctx = suite('2024-09-01 02:00:00');

  it('opens a case when verified: anonymous, triaged, verified, closed with the case and no reporter kept', async () => {
    const { env, database } = ctx;
    const input = aTipInput({ anonymous: true });
    const handle = await startTip(env, input);

    const triaged = await handle.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    expect(triaged).toMatchObject({ tipId: input.tipId, sequence: 2, status: 'verifying', caseId: null });

    const finding = aFinding();
    const receipt = await handle.executeUpdate(verifyTipUpdate, { args: [verified(finding)] });
    const documentNumber = finding.documentNumber.normalize('NFKC').replace(/\s+/g, '');
    const caseId = caseIdFor('industry_it', finding.documentNumber);
    expect(receipt).toEqual({
      tipId: input.tipId,
      sequence: 3,
      status: 'closed',
      outcome: 'case_opened',
      caseId,
    });

    // The case runs on its own, with the finding the tip became.
    const caseHandle = env.client.workflow.getHandle(caseWorkflowId(caseId));
    const caseState = await eventually(
      () => caseHandle.query(getCaseStateQuery),
      (s) => s.status === 'rectifying',
      'the case to be rectifying',
    );
    expect(caseState.caseId).toBe(caseId);
    expect(caseState.finding).toEqual({ ...finding, documentNumber });
    expect(caseState.finding.source).toBe('tip');
    expect((await caseHandle.describe()).status.name).toBe('RUNNING');

    const state: TipState = await handle.query(getTipStateQuery);
    expect(state).toMatchObject({ status: 'closed', outcome: 'case_opened', caseId, sequence: 4 });
    expect(state.tip).not.toHaveProperty('reporter');
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    await recordHistoryIfAsked('tip-verified-case-opened', await handle.fetchHistory());

    const events = await eventually(
      () => eventsOf(database, input.tipId),
      (rows) => rows.length === 4,
      'four tip events',
    );
    expect(events.map((e) => [e.type, e.status])).toEqual([
      ['tip_received', 'received'],
      ['tip_triaged', 'verifying'],
      ['tip_verified', 'verified'],
      ['case_opened', 'closed'],
    ]);
    expect(events[1]).toMatchObject({ actor: supervisor(), reason: '能耗问题，交工信局核查' });
    expect(events[2]).toMatchObject({
      actor: officer('industry_it'),
      evidence: [{ reference: '姑工信核〔2024〕1号 核查笔录' }],
    });
    expect(events[3]!.detail).toMatchObject({ caseId, workflowId: caseWorkflowId(caseId), documentNumber });
    // Append-only, like the case ledger.
    await expect(
      database.db.update(tipEvents).set({ reason: 'rewritten' }).where(eq(tipEvents.tipId, input.tipId)),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining('tip_events is append-only') } });

    const [row] = await database.db.select().from(tips).where(eq(tips.id, input.tipId));
    expect(row).toMatchObject({
      receiptNumber: input.receiptNumber,
      status: 'closed',
      outcome: 'case_opened',
      caseId,
      anonymous: true,
      department: 'industry_it',
      dimension: 'energy',
      regionCode: '320508',
      stateVersion: 4,
    });
    expect(row!.verificationDueAt?.toISOString()).toBe('2024-10-08T16:00:00.000Z');
    expect(row!.state).toMatchObject({ status: 'closed', caseId, timers: [] });
    // No reporter anywhere: not in the row, its state, or any event.
    const stored = JSON.stringify([row, events]);
    expect(stored).not.toContain(REPORTER.name);
    expect(stored).not.toContain(REPORTER.contact);
    expect(stored).not.toContain('reporter');
    // Nor in what Temporal keeps: the input was parsed as the API parses it.
    const { events: history } = await handle.fetchHistory();
    const started = history![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    const startedWith = Buffer.from(started.data!).toString('utf8');
    expect(startedWith).toContain(input.receiptNumber);
    expect(startedWith).not.toContain(REPORTER.contact);

    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(caseRow).toMatchObject({ documentNumber, department: 'industry_it', dimension: 'energy' });
    await caseHandle.terminate('test finished');
  });

  it('joins the case its finding already opened', async () => {
    const { env, database } = ctx;
    const finding = aFinding();
    const caseId = caseIdFor('industry_it', finding.documentNumber);
    const first = await startTip(env, aTipInput());
    await first.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    await first.executeUpdate(verifyTipUpdate, { args: [verified(finding)] });

    const input = aTipInput({ anonymous: false });
    const second = await startTip(env, input);
    await second.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    const receipt = await second.executeUpdate(verifyTipUpdate, { args: [verified(finding)] });
    expect(receipt).toMatchObject({ status: 'closed', outcome: 'linked_to_existing_case', caseId });

    const events = await eventually(
      () => eventsOf(database, input.tipId),
      (rows) => rows.length === 4,
      'four tip events',
    );
    expect(events.at(-1)!.type).toBe('linked_to_existing_case');
    await env.client.workflow.getHandle(caseWorkflowId(caseId)).terminate('test finished');
  });

  it('triages a tip about an illegal capacity swap to a capacity-swap owner, without a dimension, and closes it found true as swap_confirmed, with no case', async () => {
    const { env, database } = ctx;
    const input = aTipInput({ category: 'illegal_capacity_swap', dimension: undefined });
    const handle = await startTip(env, input);
    const swapTriage = energyTriage({ reason: '产能违规置换，交工信局核查' });
    delete swapTriage.dimension;

    // A dimension, or a department that owns capacity swaps under no policy, never reaches history.
    expect(
      (await refusal(handle.executeUpdate(triageTipUpdate, { args: [energyTriage()] }))).message,
    ).toContain('without a dimension');
    expect(
      (
        await refusal(
          handle.executeUpdate(triageTipUpdate, { args: [{ ...swapTriage, department: 'energy_bureau' }] }),
        )
      ).message,
    ).toBe('energy_bureau does not own capacity swaps (owners: industry_it, development_reform)');

    const triaged = await handle.executeUpdate(triageTipUpdate, { args: [swapTriage] });
    expect(triaged).toMatchObject({ sequence: 2, status: 'verifying' });
    const reason = '现场核查属实：以已拆除高炉的产能违规置换新建项目';
    const receipt = await handle.executeUpdate(verifyTipUpdate, {
      args: [{ ...verified(aFinding()), finding: undefined, reason }],
    });
    expect(receipt).toEqual({
      tipId: input.tipId,
      sequence: 3,
      status: 'closed',
      outcome: 'swap_confirmed',
      caseId: null,
    });
    const state: TipState = await handle.query(getTipStateQuery);
    expect(state).toMatchObject({
      status: 'closed',
      outcome: 'swap_confirmed',
      closedReason: reason,
      finding: null,
    });
    expect(state.triage).toMatchObject({ department: 'industry_it' });
    expect(state.triage).not.toHaveProperty('dimension');
    await completed(handle);
    await recordHistoryIfAsked('tip-ledger-swap-confirmed', await handle.fetchHistory());

    const events = await eventually(
      () => eventsOf(database, input.tipId),
      (rows) => rows.length === 3,
      'three tip events',
    );
    expect(events.map((e) => [e.type, e.status])).toEqual([
      ['tip_received', 'received'],
      ['tip_triaged', 'verifying'],
      ['swap_confirmed', 'closed'],
    ]);
    expect(events[0]!.detail).toMatchObject({ category: 'illegal_capacity_swap', dimension: null });
    expect(events[1]!.detail).not.toHaveProperty('dimension');
    expect(events[2]).toMatchObject({ reason, evidence: verified(aFinding()).evidence });
    const [row] = await database.db.select().from(tips).where(eq(tips.id, input.tipId));
    expect(row).toMatchObject({
      category: 'illegal_capacity_swap',
      status: 'closed',
      outcome: 'swap_confirmed',
      department: 'industry_it',
      dimension: null,
      caseId: null,
    });
    expect(await checkTipChain(database.db, input.tipId)).toMatchObject({ entries: 3, intact: true });
  });

  it('closes an unfounded tip with its reasons, keeping a named reporter', async () => {
    const { env, database } = ctx;
    const input = aTipInput({ anonymous: false });
    const handle = await startTip(env, input);
    await handle.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    const reason = '现场核查：该高炉已于2023年拆除，举报情况不属实';
    const receipt = await handle.executeUpdate(verifyTipUpdate, {
      args: [
        {
          actor: officer('industry_it'),
          reason,
          evidence: [{ reference: '拆除验收意见书', description: '2023年拆除' }],
          result: 'unfounded',
        },
      ],
    });
    expect(receipt).toEqual({
      tipId: input.tipId,
      sequence: 3,
      status: 'closed',
      outcome: 'unfounded',
      caseId: null,
    });

    const state = await handle.query(getTipStateQuery);
    expect(state).toMatchObject({
      status: 'closed',
      outcome: 'unfounded',
      closedReason: reason,
      finding: null,
    });
    expect(state.verification).toMatchObject({ result: 'unfounded', reason, by: officer('industry_it') });
    expect(state.tip.reporter).toEqual(REPORTER);

    const events = await eventually(
      () => eventsOf(database, input.tipId),
      (rows) => rows.length === 3,
      'three tip events',
    );
    expect(events.at(-1)).toMatchObject({
      type: 'tip_unfounded',
      status: 'closed',
      reason,
      evidence: [{ reference: '拆除验收意见书', description: '2023年拆除' }],
    });
    const [row] = await database.db.select().from(tips).where(eq(tips.id, input.tipId));
    expect(row).toMatchObject({ status: 'closed', outcome: 'unfounded', closedReason: reason, caseId: null });
    expect(row!.anonymous).toBe(false);
    // The tip opened no case.
    const { events: history } = await handle.fetchHistory();
    expect(history!.some((e) => e.startChildWorkflowExecutionInitiatedEventAttributes)).toBe(false);
    await recordHistoryIfAsked('tip-unfounded', await handle.fetchHistory());
  });

  it('refuses out-of-turn and unauthorised decisions with a reason, leaving no trace in history', async () => {
    const { env, database } = ctx;
    const input = aTipInput({ dimension: 'quality' });
    const handle = await startTip(env, input);
    const qualityTriage = energyTriage({ department: 'market_regulation', dimension: 'quality' });
    const qualityFinding = aFinding({
      department: 'market_regulation',
      dimension: 'quality',
      legalBasis: { law: '中华人民共和国产品质量法' },
    });
    const triage = (id: string, body: TipTriage) =>
      handle.executeUpdate(triageTipUpdate, { args: [body], updateId: id });
    const verify = (id: string, body: TipVerification) =>
      handle.executeUpdate(verifyTipUpdate, { args: [body], updateId: id });

    const refused: [string, Promise<unknown>, string][] = [];
    const expectRefused = async (id: string, update: Promise<unknown>, message: string) => {
      const { type, message: actual } = await refusal(update);
      expect(type).toBe(DECISION_REJECTED);
      expect(actual).toContain(message);
      refused.push([id, update.catch(() => undefined), message]);
    };

    await expectRefused(
      'verify-before-triage',
      verify('verify-before-triage', verified(qualityFinding, { actor: officer('market_regulation') })),
      'has not been triaged yet',
    );
    await expectRefused(
      'triage-by-officer',
      triage('triage-by-officer', { ...qualityTriage, actor: officer('market_regulation') }),
      'a tip triage is made by a supervisor, not a department officer',
    );
    await expectRefused(
      'triage-other-city',
      triage('triage-other-city', { ...qualityTriage, actor: supervisor('320600') }),
      'region 320600 has no jurisdiction over a tip in region 320508',
    );
    await expectRefused(
      'triage-wrong-owner',
      triage('triage-wrong-owner', { ...qualityTriage, department: 'industry_it' }),
      'industry_it does not own the quality dimension',
    );

    const accepted = await triage('triage-ok', qualityTriage);
    expect(accepted).toMatchObject({ status: 'verifying', sequence: 2 });

    await expectRefused('triage-again', triage('triage-again', qualityTriage), 'already triaged');
    await expectRefused(
      'verify-other-department',
      verify('verify-other-department', verified(qualityFinding, { actor: officer('industry_it') })),
      'the tip was assigned to market_regulation, not industry_it',
    );
    await expectRefused(
      'verify-other-county',
      verify(
        'verify-other-county',
        verified(qualityFinding, { actor: officer('market_regulation', '320506') }),
      ),
      'region 320506 has no jurisdiction',
    );
    await expectRefused(
      'verify-without-finding',
      verify(
        'verify-without-finding',
        verified(qualityFinding, { actor: officer('market_regulation'), finding: undefined }),
      ),
      'a verified tip needs the finding it becomes',
    );
    await expectRefused(
      'verify-routine-finding',
      verify(
        'verify-routine-finding',
        verified(
          { ...qualityFinding, source: 'routine_inspection' },
          { actor: officer('market_regulation') },
        ),
      ),
      'has source tip, not routine_inspection',
    );

    const state = await handle.query(getTipStateQuery);
    expect(state).toMatchObject({ status: 'verifying', sequence: 2, verification: null });
    expect(state.triage).toMatchObject({ department: 'market_regulation', dimension: 'quality' });

    const { events } = await handle.fetchHistory();
    const acceptedIds = events!
      .filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)
      .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest?.meta?.updateId);
    expect(acceptedIds).toEqual(['triage-ok']);
    const history = JSON.stringify(events);
    for (const [id] of refused) expect(history).not.toContain(id);
    expect(events!.some((e) => e.workflowExecutionUpdateRejectedEventAttributes)).toBe(false);

    const rows = await eventually(
      () => eventsOf(database, input.tipId),
      (r) => r.length === 2,
      'two tip events',
    );
    expect(rows.map((e) => e.type)).toEqual(['tip_received', 'tip_triaged']);
    await handle.terminate('test finished');
  });

  it('keeps a hash-chained ledger per tip, as a case does, recorded by recordTipStep behind the patch', async () => {
    const { env, database } = ctx;
    const input = aTipInput();
    const handle = await startTip(env, input);
    await handle.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    const receipt = await handle.executeUpdate(verifyTipUpdate, { args: [verified(aFinding())] });
    expect(receipt).toMatchObject({ status: 'closed', outcome: 'case_opened' });
    await completed(handle);

    const rows = await eventually(
      () => eventsOf(database, input.tipId),
      (r) => r.length === 4,
      'four tip events',
    );
    expectChained(rows);
    for (const row of rows)
      expect(ledgerContentOfRow(row)).toMatchObject({ tipId: input.tipId, sequence: row.sequence });
    expect(await checkTipChain(database.db, input.tipId)).toEqual({
      entries: 4,
      intact: true,
      breaks: [],
      chained: true,
    });
    // None of these steps sends a message.
    expect(await database.db.select().from(outbox).where(eq(outbox.tipId, input.tipId))).toEqual([]);

    const history = await handle.fetchHistory();
    expect(patchesOf(history).join()).toContain(TIP_LEDGER_PATCH);
    expect(activitiesOf(history)).toContain('recordTipStep');
    expect(activitiesOf(history)).not.toContain('recordTipEvent');
    await recordHistoryIfAsked('tip-ledger-verified-case-opened', history);
    await env.client.workflow.getHandle(caseWorkflowId(receipt.caseId!)).terminate('test finished');
  });
});

describe('a tip not verified in time', () => {
  // Triaged on Sunday 1 September 2024, 10:00 CST: 30 days end on 1 October, National Day, so the
  // period runs to Tuesday 8 October and lapses at 24:00 CST that day.
  const ctx = suite('2024-09-01 02:00:00');
  const lapse = '2024-10-08T16:00:00.000Z';

  it('tells the supervisor at the lapse instant, not a second earlier, and can still be verified late', async () => {
    const { env, database } = ctx;
    const input = aTipInput();
    const handle = await startTip(env, input);
    await handle.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    const query = () => handle.query(getTipStateQuery);

    const triaged = await query();
    expect(triaged.verificationDue).toMatchObject({ lastDay: '2024-10-08', lapsesAt: lapse });
    expect(triaged.timers).toEqual([{ name: 'tip verification due', dueAt: lapse }]);
    const lapseMs = Date.parse(lapse);

    // The server clock keeps running in real time between skips: stop 5 s short of the lapse.
    await env.sleep(lapseMs - 5_000 - (await env.currentTimeMs()));
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a wrongly early timer to fire
    expect((await query()).verificationOverdueAt).toBeNull();
    expect(await env.currentTimeMs()).toBeLessThan(lapseMs);

    await env.sleep(5_000);
    const overdue = await eventually(query, (s) => s.verificationOverdueAt !== null, 'the overdue notice');
    expect(overdue.status).toBe('verifying');
    expect(Date.parse(overdue.verificationOverdueAt!)).toBeGreaterThanOrEqual(lapseMs);
    expect(Date.parse(overdue.verificationOverdueAt!)).toBeLessThan(lapseMs + 1_000);

    const { events } = await handle.fetchHistory();
    const timer = events!.find((e) => e.timerStartedEventAttributes)!;
    const firesAt = millis(timer.eventTime!) + millis(timer.timerStartedEventAttributes!.startToFireTimeout!);
    expect(firesAt).toBeGreaterThanOrEqual(lapseMs);
    expect(firesAt).toBeLessThan(lapseMs + 1_000);

    const rows = await eventually(
      () => eventsOf(database, input.tipId),
      (r) => r.length === 3,
      'the overdue event',
    );
    expect(rows[2]).toMatchObject({ type: 'verification_overdue', status: 'verifying' });
    expect(rows[2]!.actor).toMatchObject({ role: 'system' });
    expect(rows[2]!.occurredAt.getTime()).toBe(Date.parse(overdue.verificationOverdueAt!));
    expect(rows[2]!.detail).toMatchObject({
      due: lapse,
      lastDay: '2024-10-08',
      notify: [
        { role: 'supervisor', regionCode: '320500' },
        { role: 'department_officer', regionCode: '320508', department: 'industry_it' },
      ],
    });

    const finding = aFinding({ findingDate: '2024-10-10' });
    const receipt = await handle.executeUpdate(verifyTipUpdate, { args: [verified(finding)] });
    const caseId = caseIdFor('industry_it', finding.documentNumber);
    expect(receipt).toMatchObject({ status: 'closed', outcome: 'case_opened', caseId });
    const caseState = await eventually(
      () => env.client.workflow.getHandle(caseWorkflowId(caseId)).query(getCaseStateQuery),
      (s) => s.status === 'rectifying',
      'the case to be rectifying',
    );
    expect(caseState.finding.findingDate).toBe('2024-10-10');

    const all = await eventually(
      () => eventsOf(database, input.tipId),
      (r) => r.length === 5,
      'five tip events',
    );
    expect(all.map((e) => e.type)).toEqual([
      'tip_received',
      'tip_triaged',
      'verification_overdue',
      'tip_verified',
      'case_opened',
    ]);
    expect(all[3]!.detail).toMatchObject({ late: true });
    await env.client.workflow.getHandle(caseWorkflowId(caseId)).terminate('test finished');
  });
});

describe('a tip’s overdue notice', () => {
  // A server of its own: a case terminated while its activity is in flight (as the test above ends) can
  // leave the test server's time-skipping locked, and this test sleeps a month of server time.
  const ctx = suite('2024-09-01 02:00:00');

  it('sends the overdue 督办 notice through the outbox to the supervisor and the assigned department, each delivered once', async () => {
    const { env, database } = ctx;
    const input = aTipInput({ anonymous: false });
    const handle = await startTip(env, input);
    await handle.executeUpdate(triageTipUpdate, { args: [energyTriage()] });
    const due = (await handle.query(getTipStateQuery)).verificationDue!;
    await env.sleep(Date.parse(due.lapsesAt) - (await env.currentTimeMs()) + 1_000);

    const messages = await eventually(
      () => database.db.select().from(outbox).where(eq(outbox.tipId, input.tipId)).orderBy(outbox.kind),
      (rows) => rows.length === 2 && rows.every((m) => m.deliveredAt !== null),
      'two delivered notices',
    );
    expect(messages.map((m) => [m.kind, m.channel, m.recipient, m.sequence, m.caseId])).toEqual([
      [
        'supervisor_notice',
        'people',
        { role: 'supervisor', regionCode: '320500', departments: null },
        3,
        null,
      ],
      [
        'verification_overdue_notice',
        'people',
        { role: 'department_officer', regionCode: '320508', departments: ['industry_it'] },
        3,
        null,
      ],
    ]);
    for (const message of messages)
      expect(message.payload).toMatchObject({
        tipId: input.tipId,
        receiptNumber: input.receiptNumber,
        department: 'industry_it',
        lapsesAt: due.lapsesAt,
        lastDay: due.lastDay,
      });
    // A named reporter stays in the tip: no notice carries them.
    expect(JSON.stringify(messages)).not.toContain(REPORTER.contact);
    const log = await database.db
      .select()
      .from(deliveries)
      .where(
        inArray(
          deliveries.outboxKey,
          messages.map((m) => m.key),
        ),
      );
    expect(log.map((d) => [d.outboxKey, d.outcome]).sort()).toEqual(
      messages.map((m) => [m.key, 'delivered']).sort(),
    );

    // The step that sent them is in the ledger, chained, with the notice's recipients in its detail as before.
    const rows = await eventually(
      () => eventsOf(database, input.tipId),
      (r) => r.length === 3,
      'the overdue event',
    );
    expect(rows[2]).toMatchObject({ type: 'verification_overdue', status: 'verifying' });
    expect(rows[2]!.detail).toMatchObject({
      notify: [
        { role: 'supervisor', regionCode: '320500' },
        { role: 'department_officer', regionCode: '320508', department: 'industry_it' },
      ],
    });
    expect(await checkTipChain(database.db, input.tipId)).toMatchObject({ entries: 3, intact: true });

    await handle.executeUpdate(verifyTipUpdate, {
      args: [
        {
          actor: officer('industry_it'),
          reason: '逾期核查：该高炉已拆除，举报情况不属实',
          evidence: [{ reference: '拆除验收意见书' }],
          result: 'unfounded',
        },
      ],
    });
    await completed(handle);
    const history = await handle.fetchHistory();
    expect(activitiesOf(history).filter((name) => name === 'deliverEffect')).toHaveLength(2);
    await recordHistoryIfAsked('tip-ledger-verification-overdue-unfounded', history);

    // Its history, row, ledger and delivered notices agree.
    expect(
      await reconcileTips(
        { db: database.db, temporal: env.client },
        { tipIds: [input.tipId], settleTimeoutMs: 10_000, pollMs: 300 },
      ),
    ).toEqual({ checked: 1, ledgerEntries: 4, outboxMessages: 2, unsettled: 0, mismatches: [] });
    // A notice marked undelivered behind the outbox's back is named.
    await database.db.update(outbox).set({ deliveredAt: null }).where(eq(outbox.key, messages[0]!.key));
    const tampered = await reconcileTips(
      { db: database.db, temporal: env.client },
      { tipIds: [input.tipId], settleTimeoutMs: 10_000, pollMs: 300 },
    );
    expect(tampered.mismatches).toEqual([
      {
        tipId: input.tipId,
        what: 'outbox.undelivered',
        expected: `${messages[0]!.key} delivered`,
        found: 'not delivered',
      },
    ]);
  });
});

describe('recorded tip histories', () => {
  // Read when each test runs: a run with RECORD_HISTORIES=1 writes the new ones in the suites above.
  const tipHistories = () => recordedHistories().filter((file) => file.startsWith('tip-'));
  const load = async (file: string) =>
    historyFromJSON(JSON.parse(await readFile(path.join(HISTORIES_DIR, file), 'utf8')));

  it('replay tips started before the ledger, which keep recording through recordTipEvent', async () => {
    const before = tipHistories().filter((file) => !file.startsWith('tip-ledger-'));
    expect(before).toEqual(['tip-unfounded.json', 'tip-verified-case-opened.json']);
    for (const file of before) {
      const history = await load(file);
      expect(patchesOf(history)).toEqual([]);
      expect(activitiesOf(history)).toContain('recordTipEvent');
      expect(activitiesOf(history)).not.toContain('recordTipStep');
      await expect(
        Worker.runReplayHistory({ workflowBundle: bundle }, history, file),
      ).resolves.toBeUndefined();
    }
  });

  it('replay tips started since, which record through the ledger and deliver their notices', async () => {
    const since = tipHistories().filter((file) => file.startsWith('tip-ledger-'));
    expect(since).toEqual([
      'tip-ledger-swap-confirmed.json',
      'tip-ledger-verification-overdue-unfounded.json',
      'tip-ledger-verified-case-opened.json',
    ]);
    for (const file of since) {
      const history = await load(file);
      expect(patchesOf(history).join()).toContain(TIP_LEDGER_PATCH);
      expect(activitiesOf(history)).toContain('recordTipStep');
      expect(activitiesOf(history)).not.toContain('recordTipEvent');
      await expect(
        Worker.runReplayHistory({ workflowBundle: bundle }, history, file),
      ).resolves.toBeUndefined();
    }
    const overdue = await load('tip-ledger-verification-overdue-unfounded.json');
    expect(activitiesOf(overdue)).toContain('deliverEffect');
  });
});

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
