/**
 * The whole life of a case on the time-skipping server, with the real activities writing the ledger,
 * read model, tasks, lists and outbox to a real PostgreSQL: every path DOMAIN.md describes.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { and, asc, eq } from 'drizzle-orm';
import { expectChained } from '../helpers/ledger';
import { caseEvents, cases, deliveries, listMemberships, outbox, tasks } from '../../db/schema';
import type { CaseState } from '../../domain/case';
import { chinaDateOf } from '../../domain/calendar';
import { FindingSchema, type FindingInput } from '../../domain/finding';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import {
  caseWorkflowId,
  decideExtensionUpdate,
  getCaseStateQuery,
  recordAcceptanceOpinionUpdate,
  recordExitEvidenceUpdate,
  recordGovernmentDecisionUpdate,
  reportReinspectionUpdate,
  requestExtensionUpdate,
  urgeUpdate,
} from '../../workflows/contract';
import type { rectificationCaseWorkflow } from '../../workflows/rectification-case';
import { evidence, governmentApprover, inspector, officer, supervisor } from '../helpers/actors';
import { aFinding } from '../kit/findings';
import { recordHistoryIfAsked } from '../helpers/histories';
import { startCaseWorker, type TestDatabase } from '../helpers/servers';
import { eventually } from '../kit/poll';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

const TASK_QUEUE = 'lifecycle-test';
const DAY = 24 * 60 * 60 * 1000;
type CaseHandle = WorkflowHandle<typeof rectificationCaseWorkflow>;

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let stop: () => Promise<void>;
let caseCounter = 0;

beforeAll(async () => {
  // Monday 3 March 2025, 10:00 China Standard Time.
  ({ env, database, stop } = await startCaseWorker('2025-03-03 02:00:00', TASK_QUEUE));
}, 120_000);

afterAll(async () => {
  await stop?.();
});

async function fileCase(overrides: Partial<FindingInput> = {}) {
  caseCounter += 1;
  const caseId = `RC-LIFECYCLE${String(caseCounter).padStart(5, '0')}`;
  const findingDate = chinaDateOf(new Date(await env.currentTimeMs()));
  const finding = FindingSchema.parse(aFinding({ findingDate, ...overrides }));
  const handle: CaseHandle = await env.client.workflow.start('rectificationCaseWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: caseWorkflowId(caseId),
    args: [{ caseId, finding, policyVersion: CURRENT_POLICY_VERSION }],
  });
  const state = () => handle.query(getCaseStateQuery);
  // A query can land while the step that changed the status is being recorded, before the phase sets its
  // timers: `withTimers` waits for those too.
  const settled = (status: CaseState['status'], { withTimers = false } = {}) =>
    eventually(
      state,
      (s) => s.status === status && (!withTimers || s.timers.length > 0),
      `the case to be ${status}${withTimers ? ' with its timers set' : ''}`,
    );
  return { caseId, handle, state, settled };
}

/** Moves the server clock to `instant` plus a minute, then lets the workflow react. */
async function skipPast(instant: string) {
  const target = Date.parse(instant) + 60_000;
  const now = await env.currentTimeMs();
  if (target > now) await env.sleep(target - now);
}

async function ledgerOf(caseId: string) {
  return database.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.sequence));
}

async function expectIntactLedger(caseId: string, sequence: number) {
  const rows = await eventually(
    () => ledgerOf(caseId),
    (r) => r.length === sequence,
    `${sequence} ledger entries`,
  );
  expectChained(rows);
  return rows;
}

async function outboxOf(caseId: string) {
  return database.db.select().from(outbox).where(eq(outbox.caseId, caseId)).orderBy(asc(outbox.sequence));
}

async function deliveriesOf(key: string) {
  return database.db.select().from(deliveries).where(eq(deliveries.outboxKey, key));
}

async function openTasks(caseId: string) {
  const rows = await database.db.select().from(tasks).where(eq(tasks.caseId, caseId));
  return rows.filter((t) => t.closedAt === null).map((t) => t.kind);
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error('the update was accepted');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause as Error & { type?: string };
  expect(cause.type).toBe('DecisionRejected');
  return cause.message;
}

async function acceptedUpdates(handle: CaseHandle): Promise<number> {
  const { events } = await handle.fetchHistory();
  return events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
}

async function finish(name: string, handle: CaseHandle) {
  const result = await handle.result();
  await recordHistoryIfAsked(`lifecycle-${name}`, await handle.fetchHistory());
  return result;
}

it('energy: extension granted, a second refused, lapse escalates on its own, new deadline from the government, then rectified', async () => {
  const { caseId, handle, state, settled } = await fileCase();
  const filed = await settled('rectifying', { withTimers: true });
  const firstDeadline = filed.deadline!;
  expect(filed.lists).toEqual([{ list: 'yellow', enteredAt: expect.any(String), leftAt: null }]);
  expect(filed.timers.map((t) => t.name)).toEqual([
    'deadline reminder, 30 days before',
    'deadline reminder, 7 days before',
    'rectification deadline',
  ]);

  const asked = await handle.executeUpdate(requestExtensionUpdate, {
    args: [
      { actor: officer(), reason: '企业申请延期：设备改造周期长', evidence: evidence('申请书-1'), months: 3 },
    ],
  });
  expect(asked).toMatchObject({ caseId, status: 'rectifying' });
  expect(
    await eventually(
      () => openTasks(caseId),
      (t) => t.length === 2,
      'two open tasks',
    ),
  ).toEqual(expect.arrayContaining(['reinspection', 'extension_decision']));

  expect(
    await rejection(
      handle.executeUpdate(decideExtensionUpdate, {
        args: [{ actor: supervisor(), reason: '同意', evidence: [], grant: true, months: 4 }],
      }),
    ),
  ).toMatch(/at most 3 months/);
  await handle.executeUpdate(decideExtensionUpdate, {
    args: [
      { actor: supervisor(), reason: '同意延期三个月', evidence: evidence('批复-1'), grant: true, months: 3 },
    ],
  });
  const extended = await state();
  expect(extended.deadline!.inputs).toMatchObject({
    from: firstDeadline.lastDay,
    months: 3,
    extends: firstDeadline.lastDay,
  });
  expect(Date.parse(extended.deadline!.lapsesAt)).toBeGreaterThan(Date.parse(firstDeadline.lapsesAt));

  expect(
    await rejection(
      handle.executeUpdate(requestExtensionUpdate, {
        args: [{ actor: officer(), reason: '再次申请', evidence: [], months: 1 }],
      }),
    ),
  ).toMatch(/one application is allowed/);

  await skipPast(extended.deadline!.lapsesAt);
  const escalated = await settled('awaiting_government_decision');
  expect(escalated.escalation).toBe('deadline_lapsed');
  expect(Date.parse(escalated.escalatedAt!)).toBeGreaterThanOrEqual(Date.parse(extended.deadline!.lapsesAt));
  expect(escalated.governmentDecisionDue).not.toBeNull();
  expect(
    await eventually(
      () => openTasks(caseId),
      (t) => t.length === 1 && t[0] === 'government_decision',
      'the government task',
    ),
  ).toEqual(['government_decision']);

  await handle.executeUpdate(recordGovernmentDecisionUpdate, {
    args: [
      {
        actor: governmentApprover(),
        reason: '给予最后整改机会',
        evidence: evidence('政府批复-1'),
        decision: 'reject_new_deadline',
        rectificationMonths: 2,
      },
    ],
  });
  const again = await settled('rectifying');
  expect(again.deadline!.inputs.months).toBe(2);

  await handle.executeUpdate(reportReinspectionUpdate, {
    args: [
      {
        actor: officer('development_reform'),
        reason: '复查能耗达标',
        evidence: evidence('复查报告-1'),
        result: 'pass',
      },
    ],
  });
  const final = await finish('energy-extension-rejection-rectified', handle);
  expect(final).toMatchObject({ status: 'rectified', outcome: 'rectified' });
  expect(final.lists).toEqual([
    { list: 'yellow', enteredAt: expect.any(String), leftAt: expect.any(String) },
  ]);

  const ledger = await expectIntactLedger(caseId, final.sequence);
  expect(ledger.map((e) => e.type)).toEqual([
    'case_filed',
    'deadline_set',
    'extension_requested',
    'extension_granted',
    'deadline_reminder_sent',
    'deadline_reminder_sent',
    'deadline_lapsed',
    'new_deadline_set',
    'reinspection_passed',
  ]);
  expect(ledger[3]).toMatchObject({
    actor: supervisor(),
    reason: '同意延期三个月',
    evidence: evidence('批复-1'),
  });
  expect(ledger[6]!.actor).toMatchObject({ userId: 'system' });

  const messages = await outboxOf(caseId);
  // National 2024.2: electricity pricing to the grid company, progressive water pricing to the water utility.
  expect(messages.map((m) => [m.kind, m.channel])).toEqual([
    ['pricing_start', 'grid_company'],
    ['water_pricing_start', 'water_utility'],
    ['deadline_reminder', 'people'],
    ['deadline_reminder', 'people'],
    ['pricing_stop', 'grid_company'],
    ['water_pricing_stop', 'water_utility'],
  ]);
  for (const message of messages) {
    const attempts = await eventually(
      () => deliveriesOf(message.key),
      (d) => d.length > 0,
      `delivery of ${message.key}`,
    );
    expect(attempts).toEqual([expect.objectContaining({ outcome: 'delivered', adapter: 'recording' })]);
  }
  expect(await openTasks(caseId)).toEqual([]);
  const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
  expect(row).toMatchObject({ status: 'rectified', outcome: 'rectified', stateVersion: final.sequence });
  // Two updates were refused above; their validators kept them out of history.
  expect(await acceptedUpdates(handle)).toBe(4);
}, 120_000);

it('quality: approval → seal → dismantling deadline → dismantle → county pass, city fail → redo → pass → exited and red-listed', async () => {
  const { caseId, handle, state, settled } = await fileCase({
    department: 'market_regulation',
    dimension: 'quality',
    legalBasis: { law: '中华人民共和国产品质量法' },
  });
  const filed = await settled('rectifying');
  await skipPast(filed.deadline!.lapsesAt);
  await settled('awaiting_government_decision');

  await handle.executeUpdate(recordGovernmentDecisionUpdate, {
    args: [
      {
        actor: governmentApprover(),
        reason: '整改期满仍不达标，批准关闭',
        evidence: evidence('政府批复-2'),
        decision: 'approve_exit',
        exitOrder: { measure: 'close', scope: 'whole_enterprise' },
      },
    ],
  });
  const exiting = await settled('exiting', { withTimers: true });
  expect(exiting.exitDeadline).not.toBeNull();
  expect(exiting.timers.map((t) => t.name)).toEqual(['exit deadline']);

  for (const item of [
    'water_cut',
    'power_cut',
    'power_units_removed',
    'main_equipment_sealed',
    'public_commitment',
    'commitment_announced',
  ] as const)
    await handle.executeUpdate(recordExitEvidenceUpdate, {
      args: [
        {
          actor: officer('market_regulation'),
          reason: `${item} 已完成`,
          evidence: evidence(`照片-${item}`),
          item,
        },
      ],
    });
  const sealed = await state();
  expect(sealed.exit!.sealedAt).not.toBeNull();
  expect(sealed.dismantlingDeadline!.inputs.months).toBe(12);
  expect(sealed.timers).toEqual([
    { name: 'dismantling deadline', dueAt: sealed.dismantlingDeadline!.lapsesAt },
  ]);

  await handle.executeUpdate(recordExitEvidenceUpdate, {
    args: [
      {
        actor: officer('market_regulation'),
        reason: '主体设备拆除',
        evidence: evidence('拆除前中后照片'),
        item: 'dismantled',
      },
    ],
  });
  // A whole-enterprise closure also needs the staff resettlement plan before acceptance.
  expect((await state()).status).toBe('exiting');
  await handle.executeUpdate(recordExitEvidenceUpdate, {
    args: [
      {
        actor: officer('market_regulation'),
        reason: '职工安置方案已落实',
        evidence: evidence('安置方案'),
        item: 'staff_resettlement_plan',
      },
    ],
  });
  await settled('awaiting_acceptance');

  expect(
    await rejection(
      handle.executeUpdate(recordAcceptanceOpinionUpdate, {
        args: [
          { actor: inspector('320500'), reason: '市级先验', evidence: [], level: 'city', result: 'pass' },
        ],
      }),
    ),
  ).toMatch(/county acceptance comes next/);
  expect(
    await rejection(
      handle.executeUpdate(recordAcceptanceOpinionUpdate, {
        args: [
          { actor: inspector('320505'), reason: '他县验收', evidence: [], level: 'county', result: 'pass' },
        ],
      }),
    ),
  ).toMatch(/no jurisdiction|signed in region 320508/);

  const accept = (level: 'county' | 'city', result: 'pass' | 'fail', reason: string) =>
    handle.executeUpdate(recordAcceptanceOpinionUpdate, {
      args: [
        {
          actor: inspector(level === 'county' ? '320508' : '320500'),
          reason,
          evidence: evidence(`验收意见-${level}-${result}`),
          level,
          result,
        },
      ],
    });
  await accept('county', 'pass', '县级验收合格');
  expect(
    await eventually(
      () => openTasks(caseId),
      (t) => t[0] === 'city_acceptance',
      'the city acceptance task',
    ),
  ).toEqual(['city_acceptance']);
  await accept('city', 'fail', '现场仍有残留设备');
  const redo = await settled('exiting');
  expect(redo.acceptance).toEqual({ county: null, city: null, failures: 1 });

  await handle.executeUpdate(recordExitEvidenceUpdate, {
    args: [
      {
        actor: officer('market_regulation'),
        reason: '残留设备已拆除',
        evidence: evidence('补拆照片'),
        item: 'dismantled',
      },
    ],
  });
  await settled('awaiting_acceptance');
  await accept('county', 'pass', '县级复验合格');
  await accept('city', 'pass', '市级验收合格');

  const final = await finish('quality-seal-dismantle-accept', handle);
  expect(final).toMatchObject({ status: 'exited', outcome: 'exited' });
  expect(final.lists).toEqual([
    { list: 'yellow', enteredAt: expect.any(String), leftAt: expect.any(String) },
    { list: 'red', enteredAt: expect.any(String), leftAt: null },
  ]);
  const ledger = await expectIntactLedger(caseId, final.sequence);
  expect(ledger.filter((e) => e.type === 'acceptance_failed')).toHaveLength(1);
  expect((await outboxOf(caseId)).map((m) => m.kind)).toEqual(expect.arrayContaining(['licence_revocation']));
  const lists = await database.db.select().from(listMemberships).where(eq(listMemberships.caseId, caseId));
  expect(lists.map((l) => [l.list, l.leftAt === null])).toEqual(
    expect.arrayContaining([
      ['yellow', false],
      ['red', true],
    ]),
  );
  expect(await openTasks(caseId)).toEqual([]);
}, 120_000);

it('technology: exits at once; the exit deadline missed sends one credit report, then dismantled and accepted without a red card', async () => {
  const { caseId, handle, state, settled } = await fileCase({ dimension: 'technology' });
  const exiting = await settled('exiting', { withTimers: true });
  expect(exiting.deadline).toBeNull();
  expect(exiting.lists).toEqual([]);
  expect(exiting.exit).toMatchObject({ atOnce: true, order: { measure: 'shutdown', scope: 'equipment' } });

  await skipPast(exiting.exitDeadline!.lapsesAt);
  await eventually(state, (s) => s.creditReports.includes('exit-deadline'), 'the credit report');
  await env.sleep(40 * DAY);
  const reports = (await outboxOf(caseId)).filter((m) => m.kind === 'credit_report');
  expect(reports).toHaveLength(1);
  expect(reports[0]!.channel).toBe('credit_platform');
  const reported = await eventually(
    () => deliveriesOf(reports[0]!.key),
    (d) => d.length > 0,
    'the report delivery',
  );
  expect(reported).toHaveLength(1);
  expect((await outboxOf(caseId)).filter((m) => m.kind === 'supervisor_notice')).toHaveLength(1);

  await handle.executeUpdate(recordExitEvidenceUpdate, {
    args: [
      { actor: officer(), reason: '淘汰设备已拆除', evidence: evidence('拆除照片'), item: 'dismantled' },
    ],
  });
  for (const [level, region] of [
    ['county', '320508'],
    ['city', '320500'],
  ] as const)
    await handle.executeUpdate(recordAcceptanceOpinionUpdate, {
      args: [
        {
          actor: inspector(region),
          reason: '验收合格',
          evidence: evidence(`验收-${level}`),
          level,
          result: 'pass',
        },
      ],
    });
  const final = await finish('technology-exit-deadline-missed', handle);
  expect(final).toMatchObject({ status: 'exited', lists: [] });
  const ledger = await expectIntactLedger(caseId, final.sequence);
  expect(ledger.filter((e) => e.type === 'exit_deadline_missed')).toHaveLength(1);
}, 120_000);

it('environment: emission lists, a failed re-inspection escalates, the government closes the case with its stated outcome', async () => {
  const { caseId, handle, settled } = await fileCase({
    department: 'environment_bureau',
    dimension: 'environment',
    rectificationMonths: 3,
    legalBasis: { law: '中华人民共和国环境保护法' },
  });
  const filed = await settled('rectifying');
  expect(filed.lists.map((l) => l.list)).toEqual(['yellow', 'emission_exceeding']);
  expect(
    await rejection(
      handle.executeUpdate(requestExtensionUpdate, {
        args: [{ actor: officer('environment_bureau'), reason: '申请延期', evidence: [], months: 1 }],
      }),
    ),
  ).toMatch(/allows no extension/);
  expect(
    await rejection(
      handle.executeUpdate(reportReinspectionUpdate, {
        args: [{ actor: officer('industry_it'), reason: '复查', evidence: [], result: 'fail' }],
      }),
    ),
  ).toMatch(/does not own the environment dimension/);

  await handle.executeUpdate(reportReinspectionUpdate, {
    args: [
      {
        actor: officer('environment_bureau'),
        reason: '复查仍超标排放',
        evidence: evidence('监测报告'),
        result: 'fail',
      },
    ],
  });
  const escalated = await settled('awaiting_government_decision');
  expect(escalated.escalation).toBe('reinspection_failed');
  expect(escalated.lists.map((l) => l.list)).toEqual(['yellow', 'emission_exceeding', 'emission_serious']);
  await handle.executeUpdate(urgeUpdate, {
    args: [{ actor: supervisor(), reason: '请尽快作出决定', evidence: [] }],
  });

  await handle.executeUpdate(recordGovernmentDecisionUpdate, {
    args: [
      {
        actor: governmentApprover(),
        reason: '企业已自行转产',
        evidence: evidence('政府决定-3'),
        decision: 'reject_close',
        outcome: '企业转产，原生产线不再使用',
      },
    ],
  });
  const final = await finish('environment-reinspection-failed-closed', handle);
  expect(final).toMatchObject({
    status: 'closed',
    outcome: 'closed',
    outcomeReason: '企业转产，原生产线不再使用',
  });
  expect(final.lists.every((l) => l.leftAt !== null)).toBe(true);
  const ledger = await expectIntactLedger(caseId, final.sequence);
  expect(ledger.map((e) => e.type)).toEqual([
    'case_filed',
    'deadline_set',
    'reinspection_failed',
    'urged',
    'closed_by_government',
  ]);
  expect((await outboxOf(caseId)).map((m) => m.kind)).toEqual(['urging_notice']);
}, 120_000);

it('safety: the department sets the period; the government is reminded, then the supervisor told when its decision is slow', async () => {
  const { caseId, settled, state } = await fileCase({
    department: 'emergency_management',
    dimension: 'safety',
    rectificationMonths: 1,
    legalBasis: { law: '中华人民共和国安全生产法' },
  });
  const filed = await settled('rectifying');
  expect(filed.deadline!.inputs.months).toBe(1);
  await skipPast(filed.deadline!.lapsesAt);
  const escalated = await settled('awaiting_government_decision');
  await skipPast(escalated.governmentDecisionDue!.lapsesAt);
  await eventually(state, (s) => s.timers.length === 0, 'the government phase timers to run out');
  const kinds = (await outboxOf(caseId)).map((m) => m.kind);
  // Reminders 30 and 7 days before the lapse, where the one-month period still had them ahead.
  const reminders = [30, 7].filter(
    (days) => Date.parse(filed.deadline!.lapsesAt) - days * DAY > Date.parse(filed.statusSince.at),
  );
  expect(kinds).toEqual([
    ...reminders.map(() => 'deadline_reminder'),
    'government_reminder',
    'supervisor_notice',
  ]);
  const rows = await database.db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'government_decision_overdue')));
  expect(rows).toHaveLength(1);
  await recordHistoryIfAsked(
    'lifecycle-safety-government-overdue',
    await env.client.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory(),
  );
}, 120_000);
