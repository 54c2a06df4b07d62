/**
 * Each locality's profile, as its document writes it: one finding per dimension in each locality, run on
 * the time-skipping server with the real activities, and the messages each must send and the deadlines
 * each must set. The expectations are written from the documents in shared/seeds (each row cites its
 * article), not from the code: where a row and the code disagree, the code is wrong.
 *
 * The year: every case is filed on Monday 3 March 2025. By 10 November every rectification period has
 * lapsed and the case waits on the government, which approves the exit that day. The exit period is three
 * months (to 10 February 2026) unless the document says the capacity exits within the year (31 December
 * 2025). By 1 March 2026 every exit deadline has passed.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import { caseEvents, outbox } from '../../db/schema';
import { caseInputFor } from '../../domain/case-id';
import type { CaseState } from '../../domain/case';
import type { Department, Dimension } from '../../domain/enums';
import { FindingSchema } from '../../domain/finding';
import { currentPolicyKeyFor } from '../../domain/policy';
import {
  caseWorkflowId,
  getCaseStateQuery,
  recordAcceptanceOpinionUpdate,
  recordExitEvidenceUpdate,
  recordGovernmentDecisionUpdate,
} from '../../workflows/contract';
import type { rectificationCaseWorkflow } from '../../workflows/rectification-case';
import { evidence, governmentApprover, inspector, officer } from '../helpers/actors';
import { recordHistoryIfAsked } from '../helpers/histories';
import { skipTo, startCaseWorker, type TestDatabase } from '../helpers/servers';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';

const TASK_QUEUE = 'profiles-test';

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let stop: () => Promise<void>;

interface Row {
  /** The enterprise's county. */
  region: string;
  profile: string;
  version: string;
  dimension: Dimension;
  department: Department;
  majorAccidentHazard?: boolean;
  /** A policy other than the region's current one: a case filed before the current version, still running. */
  policy?: { policyProfile: string; policyVersion: string };
  /** The messages sent when the case is filed (and, for eliminated equipment, ordered to exit at once). */
  atFiling: string[];
  /** The messages sent when the rectification period lapses. */
  atFailure: string[];
  /** The messages sent when the government orders the exit. */
  atExitOrder: string[];
  /** The messages sent when the exit deadline passes, besides the credit report and the supervisor's notice. */
  atExitMissed: string[];
  exitLastDay: string;
  firstMeasure: string;
  why: string;
}

const THREE_MONTHS = '2026-02-10';
const YEAR_END = '2025-12-31';
const PRICING = ['pricing_start', 'water_pricing_start'];

/* prettier-ignore */
const TABLE: Row[] = [
  // ---- national default 2024.1, frozen: a case filed under it keeps it (no water pricing), on the same worker
  { region: '320508', profile: 'national', version: '2024.1', policy: { policyProfile: 'national', policyVersion: '2024.1' }, dimension: 'energy', department: 'industry_it', atFiling: ['pricing_start'], atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'rectify_with_differential_pricing', why: 'policy 2024.1 as released: electricity pricing only' },

  // ---- national default 2024.2 (DOMAIN.md): energy pricing includes water; quality and safety licences revoked on the exit order
  { region: '320508', profile: 'national', version: '2024.2', dimension: 'energy', department: 'industry_it', atFiling: PRICING, atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'rectify_with_differential_pricing', why: 'DOMAIN.md: electricity and water pricing for energy' },
  { region: '320508', profile: 'national', version: '2024.2', dimension: 'quality', department: 'market_regulation', atFiling: [], atFailure: [], atExitOrder: ['licence_revocation'], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'halt_and_rectify', why: 'DOMAIN.md: production licence revoked' },
  { region: '320508', profile: 'national', version: '2024.2', dimension: 'technology', department: 'industry_it', atFiling: [], atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: '', firstMeasure: 'exit_at_once', why: 'DOMAIN.md: straight to exit' },

  // ---- 003 云南省应急管理厅 云应急办〔2019〕14号, 三（三）: safety pricing; major hazard → halt; exit within the year
  { region: '530102', profile: 'yunnan-safety', version: '2019.1', dimension: 'safety', department: 'emergency_management', majorAccidentHazard: true, atFiling: PRICING, atFailure: [], atExitOrder: ['licence_revocation'], atExitMissed: [], exitLastDay: YEAR_END, firstMeasure: 'halt_for_major_hazard', why: '003 三（三）: 执行差别电价…超定额用水累进加价；重大生产安全事故隐患一律责令停产整改；一律在今年内淘汰退出' },
  { region: '530102', profile: 'yunnan-safety', version: '2019.1', dimension: 'environment', department: 'environment_bureau', atFiling: [], atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'restrict_or_suspend', why: '003 speaks to safety only' },

  // ---- 000 迪庆州 迪政办发〔2019〕41号
  // 四（二）2: pricing for energy, environment, quality and safety; exit within the year.
  // 五（六）: rectification and exit lists on 信用中国; 五（七）: banks' differential credit for both lists.
  // 三（一）: the environment bureau shares energy. 三（三）1: quality licence revoked when rectification fails.
  // 三（二）2: no discharge permit for eliminated equipment.
  { region: '533401', profile: 'diqing', version: '2019.1', dimension: 'energy', department: 'environment_bureau', atFiling: [...PRICING, 'credit_publication', 'differential_credit_notice'], atFailure: [], atExitOrder: ['credit_publication', 'differential_credit_notice'], atExitMissed: [], exitLastDay: YEAR_END, firstMeasure: 'rectify_with_differential_pricing', why: '000 三（一）, 四（二）2, 五（六）（七）' },
  { region: '533401', profile: 'diqing', version: '2019.1', dimension: 'environment', department: 'environment_bureau', atFiling: [...PRICING, 'credit_publication', 'differential_credit_notice'], atFailure: [], atExitOrder: ['credit_publication', 'differential_credit_notice'], atExitMissed: [], exitLastDay: YEAR_END, firstMeasure: 'restrict_or_suspend', why: '000 四（二）2, 五（六）（七）' },
  { region: '533401', profile: 'diqing', version: '2019.1', dimension: 'quality', department: 'market_regulation', atFiling: [...PRICING, 'credit_publication', 'differential_credit_notice'], atFailure: ['licence_revocation'], atExitOrder: ['credit_publication', 'differential_credit_notice'], atExitMissed: [], exitLastDay: YEAR_END, firstMeasure: 'halt_and_rectify', why: '000 三（三）1: 在6个月内未整改…依法吊销生产许可证，报经州人民政府依法关停退出' },
  { region: '533401', profile: 'diqing', version: '2019.1', dimension: 'safety', department: 'emergency_management', atFiling: [...PRICING, 'credit_publication', 'differential_credit_notice'], atFailure: [], atExitOrder: ['licence_revocation', 'credit_publication', 'differential_credit_notice'], atExitMissed: [], exitLastDay: YEAR_END, firstMeasure: 'suspend_production_and_business', why: '000 三（四）1: 吊销其相关证照; 四（二）2' },
  { region: '533401', profile: 'diqing', version: '2019.1', dimension: 'technology', department: 'energy_bureau', atFiling: ['discharge_permit_refusal', 'credit_publication', 'differential_credit_notice'], atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: '', firstMeasure: 'exit_at_once', why: '000 三（五）: 州能源局; 三（二）2: 不得发放排污许可证; 五（六）（七）: 依法退出的企业名单' },

  // ---- 001 宁夏 实施意见: （十二） pricing for energy and 淘汰类; （十六） 注销生产许可证 for process, environment, energy closures;
  // （八） 质监局 and 煤监局 share technology; （十三） no new credit for enterprises that miss their exit.
  { region: '640104', profile: 'ningxia', version: '2017.1', dimension: 'energy', department: 'industry_it', atFiling: PRICING, atFailure: [], atExitOrder: ['licence_cancellation'], atExitMissed: ['differential_credit_notice'], exitLastDay: THREE_MONTHS, firstMeasure: 'rectify_with_differential_pricing', why: '001 （十二）（十三）（十六）' },
  { region: '640104', profile: 'ningxia', version: '2017.1', dimension: 'environment', department: 'environment_bureau', atFiling: [], atFailure: [], atExitOrder: ['licence_cancellation'], atExitMissed: ['differential_credit_notice'], exitLastDay: THREE_MONTHS, firstMeasure: 'restrict_or_suspend', why: '001 （十六）: 环保…不达标被依法关停的企业，注销生产许可证' },
  { region: '640104', profile: 'ningxia', version: '2017.1', dimension: 'technology', department: 'market_regulation', atFiling: [...PRICING, 'licence_cancellation'], atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: '', firstMeasure: 'exit_at_once', why: '001 （八） 质监局; （十二） 淘汰类 pricing; （十六） 工艺装备落后' },

  // ---- 002 河源市: 二（一）2 pricing for energy and 淘汰类; 二（三）1 注销生产许可证; 二（五） 市场监管局 shares technology
  { region: '441602', profile: 'heyuan', version: '2020.1', dimension: 'energy', department: 'development_reform', atFiling: PRICING, atFailure: [], atExitOrder: ['licence_cancellation'], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'rectify_with_differential_pricing', why: '002 二（一）2, 二（三）1' },
  { region: '441602', profile: 'heyuan', version: '2020.1', dimension: 'safety', department: 'emergency_management', atFiling: [], atFailure: [], atExitOrder: ['licence_revocation'], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'suspend_production_and_business', why: '002 二（四）3: 依法吊销其有关证照; no pricing for safety' },

  // ---- 004 安康市 安工信字〔2024〕50号: 二（一）2 pricing for energy and 淘汰类; 二（三）1 注销生产许可证
  { region: '610902', profile: 'ankang', version: '2024.1', dimension: 'environment', department: 'environment_bureau', atFiling: [], atFailure: [], atExitOrder: ['licence_cancellation'], atExitMissed: [], exitLastDay: THREE_MONTHS, firstMeasure: 'restrict_or_suspend', why: '004 二（三）1' },
  { region: '610902', profile: 'ankang', version: '2024.1', dimension: 'technology', department: 'industry_it', atFiling: [...PRICING, 'licence_cancellation'], atFailure: [], atExitOrder: [], atExitMissed: [], exitLastDay: '', firstMeasure: 'exit_at_once', why: '004 二（一）2 淘汰类 pricing; 二（三）1 工艺装备落后' },
];

type CaseHandle = WorkflowHandle<typeof rectificationCaseWorkflow>;
const filed: { row: Row; caseId: string; handle: CaseHandle }[] = [];

beforeAll(async () => {
  // Monday 3 March 2025, 10:00 China Standard Time.
  ({ env, database, stop } = await startCaseWorker('2025-03-03 02:00:00', TASK_QUEUE));
  for (const row of TABLE) {
    const finding = FindingSchema.parse(
      aFinding(
        {
          findingDate: '2025-03-03',
          department: row.department,
          dimension: row.dimension,
          ...(row.dimension === 'environment' || row.dimension === 'safety'
            ? { rectificationMonths: 2 }
            : {}),
          ...(row.majorAccidentHazard ? { majorAccidentHazard: true } : {}),
        },
        { series: `${row.profile}-${row.dimension}`, regionCode: row.region },
      ),
    );
    const input = caseInputFor(finding, row.policy ?? currentPolicyKeyFor(row.region));
    const handle: CaseHandle = await env.client.workflow.start('rectificationCaseWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: caseWorkflowId(input.caseId),
      args: [input],
    });
    filed.push({ row, caseId: input.caseId, handle });
  }
}, 180_000);

afterAll(async () => {
  await stop?.();
});

async function kindsAfter(caseId: string, fromSequence: number, toSequence = Infinity): Promise<string[]> {
  const rows = await database.db
    .select()
    .from(outbox)
    .where(eq(outbox.caseId, caseId))
    .orderBy(asc(outbox.sequence));
  return rows
    .filter((r) => r.sequence > fromSequence && r.sequence <= toSequence)
    .map((r) => r.kind)
    .sort();
}

async function sequenceOf(caseId: string, type: string): Promise<number> {
  const rows = await eventually(
    () =>
      database.db
        .select()
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(asc(caseEvents.sequence)),
    (r) => r.some((e) => e.type === type),
    `${caseId}: a ${type} entry`,
  );
  return rows.find((e) => e.type === type)!.sequence;
}

const sorted = (kinds: string[]) => [...kinds].sort();

describe('each profile’s rules, from its document', () => {
  it('files each case under the profile of its region, with the first measure its document names', async () => {
    for (const { row, caseId } of filed) {
      const [entry] = await eventually(
        () => database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)),
        (r) => r.length > 0,
        `${caseId} filed`,
      );
      expect({ why: row.why, detail: entry!.detail }).toMatchObject({
        why: row.why,
        detail: { policyProfile: row.profile, policyVersion: row.version, firstMeasure: row.firstMeasure },
      });
    }
  });

  it('sends at filing (and at an immediate exit) what each document says', async () => {
    for (const { row, caseId } of filed) {
      const boundary = row.dimension === 'technology' ? await sequenceOf(caseId, 'exit_ordered_at_once') : 1;
      await eventually(
        () => kindsAfter(caseId, 0, boundary),
        (kinds) => kinds.length >= row.atFiling.length,
        `${caseId}: its filing messages`,
      );
      expect({ why: row.why, kinds: await kindsAfter(caseId, 0, boundary) }).toEqual({
        why: row.why,
        kinds: sorted(row.atFiling),
      });
    }
  });

  it('sends at the failed rectification what each document says, then orders the exit by its deadline rule', async () => {
    await skipTo(env, '2025-11-10T02:00:00Z');
    const rectifying = filed.filter(({ row }) => row.dimension !== 'technology');
    for (const { row, caseId, handle } of rectifying) {
      const lapsed = await sequenceOf(caseId, 'deadline_lapsed');
      expect({ why: row.why, kinds: await kindsAfter(caseId, lapsed - 1, lapsed) }).toEqual({
        why: row.why,
        kinds: sorted(row.atFailure),
      });
      await eventually(
        () => handle.query(getCaseStateQuery),
        (s: CaseState) => s.status === 'awaiting_government_decision',
        `${caseId} awaiting the government`,
      );
      const approved = await handle.executeUpdate(recordGovernmentDecisionUpdate, {
        args: [
          {
            actor: governmentApprover(`${row.region.slice(0, 4)}00`),
            reason: '整改期满仍不达标，批准关停退出',
            evidence: evidence('政府批复'),
            decision: 'approve_exit',
            exitOrder: { measure: 'shutdown', scope: 'whole_enterprise' },
          },
        ],
      });
      const state = await handle.query(getCaseStateQuery);
      expect({ why: row.why, lastDay: state.exitDeadline?.lastDay }).toEqual({
        why: row.why,
        lastDay: row.exitLastDay,
      });
      expect({
        why: row.why,
        kinds: await kindsAfter(caseId, approved.sequence - 1, approved.sequence),
      }).toEqual({
        why: row.why,
        kinds: sorted(row.atExitOrder),
      });
    }
  });

  it('reports a missed exit deadline to the credit platform, and to the banks where the document says so', async () => {
    await skipTo(env, '2026-03-01T02:00:00Z');
    for (const { row, caseId } of filed.filter(({ row }) => row.dimension !== 'technology')) {
      const missed = await sequenceOf(caseId, 'exit_deadline_missed');
      expect({ why: row.why, kinds: await kindsAfter(caseId, missed - 1, missed) }).toEqual({
        why: row.why,
        kinds: sorted(['credit_report', 'supervisor_notice', ...row.atExitMissed]),
      });
    }
  });

  it('runs a 迪庆州 quality case to its end: exited, both prices stopped, the history recorded for replay', async () => {
    const { row, caseId, handle } = filed.find(
      ({ row }) => row.profile === 'diqing' && row.dimension === 'quality',
    )!;
    const county = row.region;
    const city = `${county.slice(0, 4)}00`;
    for (const item of ['dismantled', 'staff_resettlement_plan'] as const)
      await handle.executeUpdate(recordExitEvidenceUpdate, {
        args: [
          {
            actor: officer(row.department, county),
            reason: `${item} 已完成`,
            evidence: evidence(item),
            item,
          },
        ],
      });
    for (const [level, region] of [
      ['county', county],
      ['city', city],
    ] as const)
      await handle.executeUpdate(recordAcceptanceOpinionUpdate, {
        args: [
          {
            actor: inspector(region),
            reason: '现场验收合格',
            evidence: evidence('验收意见'),
            level,
            result: 'pass',
          },
        ],
      });
    const final = await handle.result();
    expect(final).toMatchObject({ status: 'exited', policyProfile: 'diqing', policyVersion: '2019.1' });
    const closed = await sequenceOf(caseId, 'acceptance_passed');
    expect(await kindsAfter(caseId, closed)).toEqual(sorted(['pricing_stop', 'water_pricing_stop']));
    await recordHistoryIfAsked('profile-diqing-quality-exited', await handle.fetchHistory());
  });
});
