/**
 * The office's notices and interviews (通报、约谈) in the year workflow, on the time-skipping server with
 * the real activities and PostgreSQL: a follow-up that lapses unrecorded is reported to the office and the
 * region it was about, and a follow-up recorded after it is marked late. A file of its own, so that its
 * clock starts where it says.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { asc, eq } from 'drizzle-orm';
import { outbox, yearEvents } from '../../db/schema';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { currentPolicyKeyFor } from '../../domain/policy';
import { yearIdOf, type YearState } from '../../domain/year-state';
import {
  TASK_QUEUE,
  getYearStateQuery,
  recordSupervisionActionUpdate,
  recordSupervisionFollowUpUpdate,
  yearWorkflowId,
} from '../../workflows/year-contract';
import { supervisor } from '../helpers/actors';
import { skipTo, startCaseWorker, type TestDatabase } from '../helpers/servers';
import { eventually } from '../kit/poll';

const COUNTY = '610902'; // 汉滨区
const CITY = '610900'; // 安康市

let env: TestWorkflowEnvironment;
let database: TestDatabase;
let stop: () => Promise<void>;

beforeAll(async () => {
  // Monday 6 March 2028, 10:00 China Standard Time.
  ({ env, database, stop } = await startCaseWorker('2028-03-06 02:00:00', TASK_QUEUE));
}, 120_000);

afterAll(async () => {
  await stop?.();
});

function startYear(regionCode: string, year: number) {
  const yearId = yearIdOf(regionCode, year);
  return env.client.workflow.start('bureauYearWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: yearWorkflowId(yearId),
    args: [
      { yearId, regionCode, year, ...currentPolicyKeyFor(regionCode), openedBy: supervisor(regionCode) },
    ],
  });
}

const ledger = (yearId: string) =>
  database.db
    .select()
    .from(yearEvents)
    .where(eq(yearEvents.yearId, yearId))
    .orderBy(asc(yearEvents.sequence));

const messages = async (yearId: string) =>
  (await database.db.select().from(outbox).where(eq(outbox.yearId, yearId))).map((row) => ({
    kind: row.kind,
    to: row.recipient,
  }));

it('reports a follow-up that lapses unrecorded to the office and the region, and takes it late', async () => {
  const handle = await startYear(CITY, 2028);
  const yearId = yearIdOf(CITY, 2028);
  const state = () => handle.query(getYearStateQuery);
  await eventually(state, (s: YearState) => s.sequence >= 1, 'the year opened');
  const now = await env.currentTimeMs();
  const heldOn = chinaDateOf(new Date(now));
  const receipt = await handle.executeUpdate(recordSupervisionActionUpdate, {
    args: [
      {
        actor: supervisor(CITY),
        kind: 'notice',
        regionCode: COUNTY,
        heldOn,
        who: '汉滨区人民政府',
        reason: '年度工作节点逾期',
        commitments: '一周内补报',
        followUpBy: addDays(heldOn, 7),
      },
    ],
  });
  expect(receipt).toMatchObject({ number: 1, followedUp: false });
  await skipTo(env, new Date(now + 12 * 86_400_000).toISOString());
  const lapsed = await eventually(
    state,
    (s: YearState) => s.supervisionActions?.[0]?.overdueSince != null,
    'the follow-up overdue',
  );
  expect(lapsed.supervisionActions![0]!.overdueSince).toBe(lapsed.supervisionActions![0]!.followUp.lapsesAt);
  const told = await eventually(
    () => messages(yearId),
    (rows) => rows.filter((m) => m.kind === 'supervision_follow_up_overdue').length === 2,
    'the overdue notices',
  );
  expect(
    told
      .filter((m) => m.kind === 'supervision_follow_up_overdue')
      .map((m) => m.to?.regionCode)
      .sort(),
  ).toEqual([CITY, COUNTY]);
  await handle.executeUpdate(recordSupervisionFollowUpUpdate, {
    args: [{ actor: supervisor(CITY), number: 1, note: '已补报' }],
  });
  const entries = await ledger(yearId);
  expect(entries.at(-1)).toMatchObject({ type: 'supervision_follow_up_recorded' });
  expect(entries.at(-1)!.detail).toMatchObject({ late: true });
});
