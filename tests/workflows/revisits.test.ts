/**
 * Revisits (回头看) of exited capacity, as 河源市's plan asks (二（五）1: 加强对已关停退出产能的复查; 二（五）2:
 * 严防“地条钢”死灰复燃), on the time-skipping server with the real activities: an exited case is revisited 6
 * and 12 months after it closed; capacity found running again opens a new case linked to the earlier one,
 * and "still closed" is recorded with nothing opened.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import { caseEvents, cases, outbox, tasks } from '../../db/schema';
import { caseIdFor, caseInputFor } from '../../domain/case-id';
import type { CaseState } from '../../domain/case';
import { FindingSchema } from '../../domain/finding';
import { currentPolicyKeyFor } from '../../domain/policy';
import {
  TASK_QUEUE,
  caseWorkflowId,
  getCaseStateQuery,
  recordAcceptanceOpinionUpdate,
  recordExitEvidenceUpdate,
  recordRevisitUpdate,
} from '../../workflows/contract';
import type { rectificationCaseWorkflow } from '../../workflows/rectification-case';
import { evidence, inspector, officer } from '../helpers/actors';
import { recordHistoryIfAsked } from '../helpers/histories';
import { skipTo, startCaseWorker, type TestDatabase } from '../helpers/servers';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';

const COUNTY = '441602';
const CITY = '441600';

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let stop: () => Promise<void>;

beforeAll(async () => {
  // Monday 3 March 2025, 10:00 China Standard Time.
  // The production task queue: the new case a revisit opens is started there.
  ({ env, database, stop } = await startCaseWorker('2025-03-03 02:00:00', TASK_QUEUE));
}, 120_000);

afterAll(async () => {
  await stop?.();
});

const ledgerTypes = async (caseId: string) =>
  (
    await database.db
      .select()
      .from(caseEvents)
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.sequence))
  ).map((entry) => entry.type);

it('revisits an exited 河源 case at 6 and 12 months: running again opens a linked case, still closed opens nothing', async () => {
  const finding = FindingSchema.parse(
    aFinding(
      {
        findingDate: '2025-03-03',
        dimension: 'technology',
        legalBasis: { law: '产业结构调整指导目录（2019年本）淘汰类' },
        capacity: { equipment: '中频炉', value: 5, unit: '万吨/年' },
      },
      { series: '源工信回头看', regionCode: COUNTY },
    ),
  );
  const input = caseInputFor(finding, currentPolicyKeyFor(COUNTY));
  expect(input).toMatchObject({ policyProfile: 'heyuan', policyVersion: '2020.1' });
  const handle: WorkflowHandle<typeof rectificationCaseWorkflow> = await env.client.workflow.start(
    'rectificationCaseWorkflow',
    { taskQueue: TASK_QUEUE, workflowId: caseWorkflowId(input.caseId), args: [input] },
  );
  const state = () => handle.query(getCaseStateQuery);
  await eventually(state, (s: CaseState) => s.status === 'exiting', 'the equipment ordered to exit at once');

  await handle.executeUpdate(recordExitEvidenceUpdate, {
    args: [
      {
        actor: officer('industry_it', COUNTY),
        reason: '中频炉已拆除',
        evidence: evidence('拆除照片'),
        item: 'dismantled',
      },
    ],
  });
  for (const [level, region] of [
    ['county', COUNTY],
    ['city', CITY],
  ] as const)
    await handle.executeUpdate(recordAcceptanceOpinionUpdate, {
      args: [{ actor: inspector(region), reason: '验收合格', evidence: [], level, result: 'pass' }],
    });

  // Closed as exited on 3 March 2025: revisits fall due on 3 September 2025 (a Wednesday) and 3 March 2026.
  const scheduled = await eventually(
    state,
    (s: CaseState) => s.revisits.length === 2,
    'the revisits scheduled',
  );
  expect(scheduled.status).toBe('exited');
  expect(scheduled.revisits.map((r) => [r.months, r.due.lastDay])).toEqual([
    [6, '2025-09-03'],
    [12, '2026-03-03'],
  ]);
  const openTasks = await eventually(
    () => database.db.select().from(tasks).where(eq(tasks.caseId, input.caseId)),
    (rows) => rows.some((t) => t.kind === 'revisit' && t.closedAt === null),
    'the revisit task in the inbox',
  );
  expect(openTasks.find((t) => t.kind === 'revisit' && t.closedAt === null)).toMatchObject({
    role: 'department_officer',
    dueAt: new Date(scheduled.revisits[0]!.due.lapsesAt),
  });

  // A revisit is made by a department owning the dimension; capacity running again needs its document number.
  const refused = await handle
    .executeUpdate(recordRevisitUpdate, {
      args: [
        {
          actor: officer('environment_bureau', COUNTY),
          reason: '复查',
          evidence: [],
          result: 'still_closed',
        },
      ],
    })
    .catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);

  await skipTo(env, '2025-09-01T02:00:00Z');
  const documentNumber = '源工信回头看〔2025〕7号';
  const first = await handle.executeUpdate(recordRevisitUpdate, {
    args: [
      {
        actor: officer('industry_it', COUNTY),
        reason: '现场发现中频炉已恢复生产',
        evidence: evidence('回头看检查记录'),
        result: 'running_again',
        documentNumber,
        findingDate: '2025-09-01',
        policy: currentPolicyKeyFor(COUNTY),
      },
    ],
  });
  const newCaseId = caseIdFor('industry_it', documentNumber);
  const newCase = env.client.workflow.getHandle(caseWorkflowId(newCaseId));
  const opened = (await eventually(
    () => newCase.query(getCaseStateQuery),
    (s: CaseState) => s.status === 'exiting',
    'the new case ordered to exit',
  )) as CaseState;
  expect(opened).toMatchObject({
    revisitOf: input.caseId,
    policyProfile: 'heyuan',
    finding: {
      source: 'revisit',
      documentNumber,
      findingDate: '2025-09-01',
      enterprise: finding.enterprise,
      capacity: finding.capacity,
    },
  });
  expect((await state()).revisits[0]!.result).toMatchObject({
    result: 'running_again',
    newCaseId,
    sequence: first.sequence,
  });
  const [row] = await eventually(
    () => database.db.select().from(cases).where(eq(cases.id, newCaseId)),
    (rows) => rows.length === 1,
    'the new case’s row',
  );
  expect(row).toMatchObject({ policyProfile: 'heyuan', dimension: 'technology' });

  // The 12-month revisit's day passes unrecorded: the supervisor is told (督办); then it is recorded.
  await skipTo(env, '2026-03-05T02:00:00Z');
  await eventually(
    () => ledgerTypes(input.caseId),
    (types) => types.includes('revisit_overdue'),
    'the overdue revisit',
  );
  const kinds = (await database.db.select().from(outbox).where(eq(outbox.caseId, input.caseId))).map(
    (m) => m.kind,
  );
  expect(kinds).toContain('supervisor_notice');
  await handle.executeUpdate(recordRevisitUpdate, {
    args: [
      {
        actor: officer('industry_it', COUNTY),
        reason: '设备仍处于拆除状态',
        evidence: evidence('回头看检查记录二'),
        result: 'still_closed',
      },
    ],
  });
  const final = await handle.result();
  expect(final.revisits[1]!.result).toMatchObject({ result: 'still_closed', newCaseId: null });
  expect(await ledgerTypes(input.caseId)).toEqual([
    'case_filed',
    'exit_ordered_at_once',
    'exit_evidence_recorded',
    'acceptance_passed',
    'acceptance_passed',
    'revisits_scheduled',
    'revisit_recorded',
    'revisit_overdue',
    'revisit_recorded',
  ]);
  const revisitCases = await database.db
    .select()
    .from(cases)
    .where(eq(cases.creditCode, finding.enterprise.creditCode));
  expect(revisitCases.map((c) => c.id).sort()).toEqual([input.caseId, newCaseId].sort());
  await recordHistoryIfAsked('profile-heyuan-revisits', await handle.fetchHistory());
}, 180_000);
