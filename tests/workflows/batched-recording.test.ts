/**
 * A case filed since the 'batched-recording' patch, on the time-skipping server with the real activities
 * and PostgreSQL: its filing and its deadline are written by one local activity that also delivers their
 * messages; a channel that refuses leaves its message to a delivery of its own, retried until it lands,
 * and the history still says every step and every delivery (what the audit and the reconciliation read).
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowHandle } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { createActivities } from '../../activities';
import type { DeliveryAdapter } from '../../activities/adapters';
import type { RecordedCaseSteps } from '../../activities/case-projection';
import { readCaseHistory } from '../../audit/history';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';
import { expectChained } from '../helpers/ledger';
import { caseEvents, deliveries, outbox } from '../../db/schema';
import { FindingSchema } from '../../domain/finding';
import { computeDeadline } from '../../domain/calendar';
import { firstDeadlineRequestOf } from '../../domain/case';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { caseWorkflowId, getCaseStateQuery } from '../../workflows/contract';
import { BATCHED_RECORDING_PATCH } from '../../workflows/rectification-case';
import {
  CASE_STATUS,
  caseSearchAttributesOf,
  currentSearchAttributeValues,
  searchAttributeValuesOf,
} from '../../workflows/search-attributes';
import { startCaseWorkflow } from '../../api/services/cases';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { recordHistoryIfAsked } from '../helpers/histories';
import { createTestDatabase, createTimeSkippingEnv, type TestDatabase } from '../helpers/servers';

const TASK_QUEUE = 'batched-recording-test';
let env: TestWorkflowEnvironment;
let database: TestDatabase;
let worker: Worker;
let running: Promise<void>;
let gridRefusals = 0;

beforeAll(async () => {
  [env, database] = await Promise.all([createTimeSkippingEnv('2025-03-03 02:00:00'), createTestDatabase()]);
  // The grid company refuses its first two messages, then takes everything.
  const grid: DeliveryAdapter = {
    name: 'grid-refusing-twice',
    deliver: ({ key }) => {
      if (gridRefusals < 2) {
        gridRefusals += 1;
        return Promise.reject(new Error('grid company unavailable'));
      }
      return Promise.resolve({ reference: key });
    },
  };
  worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: WORKFLOWS_PATH,
    bundlerOptions: WORKFLOW_BUNDLER_OPTIONS,
    activities: createActivities({
      db: database.db,
      logger: pino({ level: 'silent' }),
      adapters: { grid_company: grid },
    }),
  });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  worker?.shutdown();
  await running;
  await Promise.all([env?.teardown(), database?.close()]);
});

interface LocalActivityMarker {
  type: string;
  result: unknown;
}

type HistoryEvents = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>;

/** The local activities a history ran, in order, each with its result. */
function localActivitiesOf(events: HistoryEvents): LocalActivityMarker[] {
  return events.flatMap((event) => {
    const marker = event.markerRecordedEventAttributes;
    if (marker?.markerName !== 'core_local_activity') return [];
    const data = defaultPayloadConverter.fromPayload<{ activity_type: string }>(
      marker.details!.data!.payloads![0]!,
    );
    const result = marker.details?.result?.payloads?.[0];
    return [
      { type: data.activity_type, result: result ? defaultPayloadConverter.fromPayload(result) : null },
    ];
  });
}

it('writes a filing and its deadline in one local activity, and delivers what a channel refused on its own', async () => {
  const caseId = 'RC-BATCHED00000001';
  const finding = FindingSchema.parse(aFinding({ findingDate: '2025-03-03' }));
  const handle = await env.client.workflow.start('rectificationCaseWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: caseWorkflowId(caseId),
    args: [{ caseId, finding, policyVersion: currentVersionOf(NATIONAL) }],
  });
  const messages = await eventually(
    () => database.db.select().from(outbox).where(eq(outbox.caseId, caseId)),
    (rows) => rows.length > 0 && rows.every((row) => row.deliveredAt !== null),
    'every message of the filing delivered',
  );
  const pricing = messages.find((message) => message.kind === 'pricing_start');
  expect(pricing).toBeDefined();
  expect((await handle.query(getCaseStateQuery)).status).toBe('rectifying');

  const events = (await handle.fetchHistory()).events ?? [];
  const patches = events.filter((event) => event.markerRecordedEventAttributes?.markerName === 'core_patch');
  expect(patches).toHaveLength(1);
  const localActivities = localActivitiesOf(events);
  // The deadline, then both steps in one write; the refused message by a delivery of its own, which the
  // SDK retried inside the worker until the grid company took it.
  expect(localActivities.map(({ type }) => type)).toEqual([
    'computeDeadline',
    'recordCaseSteps',
    'deliverEffects',
  ]);
  const written = localActivities[1]!.result as RecordedCaseSteps;
  expect(written.steps.map(({ event, status }) => [event.sequence, event.type, status])).toEqual([
    [1, 'case_filed', 'filed'],
    [2, 'deadline_set', 'rectifying'],
  ]);
  expect(written.undelivered).toEqual([pricing!.key]);
  expect(localActivities[2]!.result).toEqual({ delivered: [pricing!.key] });
  expect(gridRefusals).toBe(2);

  // The history says what the audit needs: both steps written, every message delivered.
  const reading = readCaseHistory(caseId, { events });
  expect(reading.steps.map(({ sequence, completed }) => [sequence, completed])).toEqual([
    [1, true],
    [2, true],
  ]);
  expect([...reading.deliveries].sort()).toEqual(
    messages.map((message) => [message.key, 'completed']).sort(),
  );

  const ledger = await database.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.sequence));
  expectChained(ledger);
  expect(ledger.map((entry) => entry.type)).toEqual(['case_filed', 'deadline_set']);
  const log = await database.db
    .select()
    .from(deliveries)
    .where(eq(deliveries.outboxKey, pricing!.key))
    .orderBy(asc(deliveries.id));
  expect(log.map(({ attempt, outcome }) => [attempt, outcome])).toEqual([
    [1, 'failed'],
    [2, 'failed'],
    [3, 'delivered'],
  ]);
  // The one patch the case records, as the SDK lists it in the search attribute it keeps.
  const versions = events.flatMap((event) => {
    const field =
      event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields
        ?.TemporalChangeVersion;
    return field ? [defaultPayloadConverter.fromPayload<string[]>(field)] : [];
  });
  expect(versions).toEqual([[BATCHED_RECORDING_PATCH]]);
});

it('starts a case the API filed with its first deadline: one local activity from filing to the deadline timer', async () => {
  const caseId = 'RC-BATCHED00000002';
  const identity = {
    caseId,
    finding: FindingSchema.parse(aFinding({ findingDate: '2025-03-04' })),
    policyVersion: currentVersionOf(NATIONAL),
  };
  // As api/services/cases.ts starts it.
  const firstDeadline = computeDeadline(firstDeadlineRequestOf(identity));
  const handle = await env.client.workflow.start('rectificationCaseWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: caseWorkflowId(caseId),
    args: [{ ...identity, firstDeadline }],
  });
  const state = await eventually(
    () => handle.query(getCaseStateQuery),
    (current) => current.status === 'rectifying' && current.timers.length > 0,
    'the case rectifying with its timers set',
  );
  expect(state.deadline).toEqual(firstDeadline);
  const events = (await handle.fetchHistory()).events ?? [];
  expect(localActivitiesOf(events).map(({ type }) => type)).toEqual(['recordCaseSteps']);
  const [row] = await database.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.sequence))
    .offset(1);
  expect(row).toMatchObject({ type: 'deadline_set', detail: { deadline: firstDeadline } });
  await recordHistoryIfAsked('batched-recording-api-filed', await handle.fetchHistory());
});

it.each([
  ['energy', 'rectifying'],
  ['technology', 'exiting'],
] as const)(
  'starts a case (%s) as the API files it, with its search attributes and no marker: nothing to upsert on the way to its deadline',
  async (dimension, status) => {
    const caseId = `RC-BATCHEDSTART${dimension === 'energy' ? '01' : '02'}`;
    const identity = {
      caseId,
      finding: FindingSchema.parse(aFinding({ dimension, findingDate: '2025-03-04' })),
      policyVersion: currentVersionOf(NATIONAL),
    };
    await expect(
      startCaseWorkflow({ temporal: env.client, taskQueue: TASK_QUEUE }, identity),
    ).resolves.toEqual({
      started: true,
      eagerly: false,
    });
    const handle = env.client.workflow.getHandle(caseWorkflowId(caseId));
    const state = await eventually(
      () => handle.query(getCaseStateQuery),
      (current) => current.status === status && current.timers.length > 0,
      `the case ${status} with its timers set`,
    );
    const events = (await handle.fetchHistory()).events ?? [];
    expect(localActivitiesOf(events).map(({ type }) => type)).toEqual(['recordCaseSteps']);
    expect(
      events.filter((event) => event.markerRecordedEventAttributes?.markerName === 'core_patch'),
    ).toEqual([]);
    expect(events.filter((event) => event.upsertWorkflowSearchAttributesEventAttributes)).toEqual([]);
    // What the start set is what the first steps left: the Temporal UI lists the case as it stands.
    const { typedSearchAttributes } = await handle.describe();
    expect(typedSearchAttributes.get(CASE_STATUS)).toBe(status);
    expect(currentSearchAttributeValues(typedSearchAttributes)).toBe(
      searchAttributeValuesOf(caseSearchAttributesOf(state)),
    );
    await recordHistoryIfAsked(`batched-from-start-${dimension}`, await handle.fetchHistory());
  },
);
