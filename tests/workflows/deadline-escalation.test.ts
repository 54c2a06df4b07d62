/**
 * The rectification deadline on the time-skipping server, with the real activities writing to a real
 * PostgreSQL. Each finding date gets a test server whose clock starts on that day (10:00 CST).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { createActivities } from '../../activities';
import { caseEvents, cases } from '../../db/schema';
import { FindingSchema } from '../../domain/finding';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { TASK_QUEUE, caseWorkflowId, getCaseStateQuery, type CaseState } from '../../workflows/contract';
import { CASE_DIMENSION, CASE_DUE_AT, CASE_REGION, CASE_STATUS } from '../../workflows/search-attributes';
import { aFinding } from '../kit/findings';
import { recordHistoryIfAsked } from '../helpers/histories';
import { createTestDatabase, createTimeSkippingEnv, type TestDatabase } from '../helpers/servers';
import { eventually } from '../kit/poll';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

function millis(t: { seconds?: unknown; nanos?: number | null }): number {
  return Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
}

describe.each([
  // finding date, test server start (UTC), last day, lapse instant
  ['2023-08-31', '2023-08-31 02:00:00', '2024-02-29', '2024-03-01T00:00:00+08:00'],
  ['2022-08-31', '2022-08-31 02:00:00', '2023-02-28', '2023-03-01T00:00:00+08:00'],
])('an energy finding dated %s', (findingDate, serverStart, lastDay, lapse) => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let worker: Worker;

  beforeAll(async () => {
    [env, database] = await Promise.all([createTimeSkippingEnv(serverStart), createTestDatabase()]);
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowsPath: WORKFLOWS_PATH,
      bundlerOptions: WORKFLOW_BUNDLER_OPTIONS,
      activities: createActivities({ db: database.db, logger: pino({ level: 'silent' }) }),
    });
  }, 120_000);

  afterAll(async () => {
    await env?.teardown();
    await database?.close();
  });

  it(`escalates at ${lapse} (24:00 CST on ${lastDay}) and not a second earlier`, async () => {
    const caseId = `RC-DEADLINE${findingDate.replace(/-/g, '')}`;
    const finding = FindingSchema.parse(aFinding({ findingDate }));
    const lapseMs = Date.parse(lapse);
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('rectificationCaseWorkflow', {
        taskQueue: TASK_QUEUE,
        workflowId: caseWorkflowId(caseId),
        args: [{ caseId, finding, policyVersion: CURRENT_POLICY_VERSION }],
      });
      const query = () => handle.query(getCaseStateQuery);

      const rectifying = await eventually(
        query,
        (s) => s.status === 'rectifying',
        'the case to be rectifying',
      );
      expect(rectifying.deadline?.lastDay).toBe(lastDay);
      expect(Date.parse(rectifying.deadline!.lapsesAt)).toBe(lapseMs);
      const searchable = async () => (await handle.describe()).typedSearchAttributes;
      const indexed = await searchable();
      expect([CASE_STATUS, CASE_REGION, CASE_DIMENSION].map((key) => indexed.get(key))).toEqual([
        'rectifying',
        finding.enterprise.regionCode,
        'energy',
      ]);
      expect(indexed.get(CASE_DUE_AT)?.getTime()).toBe(lapseMs);

      // The server clock keeps running in real time between skips: stop 5 s short of the lapse.
      await env.sleep(lapseMs - 5_000 - (await env.currentTimeMs()));
      await new Promise((resolve) => setTimeout(resolve, 500)); // room for a wrongly early timer to fire
      expect((await query()).status).toBe('rectifying');
      expect(await env.currentTimeMs()).toBeLessThan(lapseMs);

      await env.sleep(5_000);
      const escalated: CaseState = await eventually(
        query,
        (s) => s.status !== 'rectifying',
        'the escalation',
      );
      expect(escalated.status).toBe('awaiting_government_decision');
      expect(Date.parse(escalated.escalatedAt!)).toBeGreaterThanOrEqual(lapseMs);
      const reindexed = await searchable();
      expect(reindexed.get(CASE_STATUS)).toBe('awaiting_government_decision');
      expect(reindexed.get(CASE_DUE_AT)?.toISOString()).toBe(
        new Date(escalated.governmentDecisionDue!.lapsesAt).toISOString(),
      );

      // The deadline timer was set to fire at the lapse instant: never before it, and late only by the
      // milliseconds between the workflow task reading its clock and the server recording the timer.
      const { events } = await handle.fetchHistory();
      // Timers in order: the 30- and 7-day reminders, the deadline, then the government phase's.
      const timer = events!.filter((e) => e.timerStartedEventAttributes)[2]!;
      const fireAfter = timer.timerStartedEventAttributes!.startToFireTimeout!;
      const firesAt = millis(timer.eventTime!) + millis(fireAfter);
      expect(firesAt).toBeGreaterThanOrEqual(lapseMs);
      expect(firesAt).toBeLessThan(lapseMs + 1_000);

      const rows = await eventually(
        () =>
          database.db
            .select()
            .from(caseEvents)
            .where(eq(caseEvents.caseId, caseId))
            .orderBy(caseEvents.sequence),
        (r) => r.length === 5,
        'five case events in PostgreSQL',
      );
      expect(rows.map((e) => e.type)).toEqual([
        'case_filed',
        'deadline_set',
        'deadline_reminder_sent',
        'deadline_reminder_sent',
        'deadline_lapsed',
      ]);
      expect(rows.slice(2, 4).map((e) => e.detail)).toEqual([
        { daysBefore: 30, lapsesAt: escalated.deadline!.lapsesAt },
        { daysBefore: 7, lapsesAt: escalated.deadline!.lapsesAt },
      ]);
      expect(rows[4]!.occurredAt.getTime()).toBe(Date.parse(escalated.escalatedAt!));
      const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
      expect(row).toMatchObject({ status: 'awaiting_government_decision', stateVersion: 5 });
      expect(row!.deadlineLapsesAt?.getTime()).toBe(lapseMs);
      await handle.terminate('test finished');
      await recordHistoryIfAsked(`lifecycle-deadline-escalation-${findingDate}`, await handle.fetchHistory());
    });
  });
});
