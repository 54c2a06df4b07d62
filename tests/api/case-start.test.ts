/**
 * How the API starts a case on the real dev server. It starts with its first deadline and its search
 * attributes; on a namespace where the attributes are not registered (no worker has started on it yet) the
 * start still succeeds, without them. Where the API runs a case worker over its client's NativeConnection
 * (EAGER_CASE_START), the server hands the first workflow task back with the start and that worker takes
 * the case to its deadline; where none serves the queue, the start is dispatched as usual.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, bundleWorkflowCode, type Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import pino from 'pino';
import { defaultPayloadConverter } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time';
import { startCaseWorkflow } from '../../api/services/cases';
import { loadConfig } from '../../config';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';
import { findCase, insertFiledCase } from '../../db/cases';
import { createCaseWorker } from '../../workers/case-worker';
import { firstDeadlineRequestOf } from '../../domain/case';
import { computeDeadline } from '../../domain/calendar';
import { FindingSchema } from '../../domain/finding';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { caseWorkflowId, type CaseInput } from '../../workflows/contract';
import { CASE_DUE_AT, CASE_STATUS } from '../../workflows/search-attributes';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { createTestDatabase, testTemporalAddress, type TestDatabase } from '../helpers/servers';

let connection: Connection;

beforeAll(async () => {
  connection = await Connection.connect({ address: testTemporalAddress() });
});

afterAll(async () => {
  await connection?.close();
});

function aCase(findingDate = '2025-03-04'): CaseInput {
  return {
    caseId: `RC-START${randomUUID().slice(0, 8).toUpperCase()}`,
    finding: FindingSchema.parse(aFinding({ findingDate })),
    policyVersion: currentVersionOf(NATIONAL),
  };
}

async function startedInputOf(client: Client, caseId: string): Promise<CaseInput> {
  const history = await client.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
  const started = history.events![0]!.workflowExecutionStartedEventAttributes!;
  return defaultPayloadConverter.fromPayload<CaseInput>(started.input!.payloads![0]!);
}

it('starts a case with its first deadline and the search attributes its first steps leave', async () => {
  const client = new Client({ connection });
  const identity = aCase();
  await expect(
    startCaseWorkflow({ temporal: client, taskQueue: 'case-start-test' }, identity),
  ).resolves.toEqual({ started: true, eagerly: false });
  const firstDeadline = computeDeadline(firstDeadlineRequestOf(identity));
  expect(await startedInputOf(client, identity.caseId)).toMatchObject({
    firstDeadline,
    batchedFromStart: true,
  });
  const { typedSearchAttributes } = await client.workflow
    .getHandle(caseWorkflowId(identity.caseId))
    .describe();
  expect(typedSearchAttributes.get(CASE_STATUS)).toBe('rectifying');
  expect(typedSearchAttributes.get(CASE_DUE_AT)).toEqual(new Date(firstDeadline.lapsesAt));
  // Filing the same finding again joins the case.
  await expect(
    startCaseWorkflow({ temporal: client, taskQueue: 'case-start-test' }, identity),
  ).resolves.toEqual({ started: true, eagerly: false });
});

it('starts a case without the attributes on a namespace that has none registered', async () => {
  const namespace = `no-case-attributes-${randomUUID().slice(0, 8)}`;
  await connection.workflowService.registerNamespace({
    namespace,
    workflowExecutionRetentionPeriod: msToTs('1 day'),
  });
  const client = new Client({ connection, namespace });
  const identity = aCase();
  await expect(
    startCaseWorkflow({ temporal: client, taskQueue: 'case-start-test' }, identity),
  ).resolves.toEqual({ started: true, eagerly: false });
  expect(await startedInputOf(client, identity.caseId)).toMatchObject({ batchedFromStart: true });
  const { typedSearchAttributes } = await client.workflow
    .getHandle(caseWorkflowId(identity.caseId))
    .describe();
  expect(typedSearchAttributes.get(CASE_STATUS)).toBeUndefined();
});

describe('eager start', () => {
  const { EventType } = temporal.api.enums.v1;
  const taskQueue = `case-start-eager-${randomUUID().slice(0, 8)}`;
  let native: NativeConnection;
  let database: TestDatabase;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    [native, database] = await Promise.all([
      NativeConnection.connect({ address: testTemporalAddress() }),
      createTestDatabase(),
    ]);
    worker = await createCaseWorker({
      connection: native,
      namespace: 'default',
      taskQueue,
      workflowBundle: await bundleWorkflowCode({
        workflowsPath: WORKFLOWS_PATH,
        ...WORKFLOW_BUNDLER_OPTIONS,
      }),
      db: database.db,
      logger: pino({ level: 'silent' }),
      maxCachedWorkflows: loadConfig({}).WORKER_MAX_CACHED_WORKFLOWS,
      takesEagerStarts: true,
    });
    running = worker.run();
  }, 120_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await Promise.all([native?.close(), database?.close()]);
  });

  it('hands the first workflow task to this process’s worker with the start', async () => {
    const client = new Client({ connection: native });
    // Found today, so that its deadline lies ahead and its first steps end at the deadline timer.
    const identity = aCase(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
    await insertFiledCase(database.db, identity);
    await expect(
      startCaseWorkflow({ temporal: client, taskQueue, eagerStart: true }, identity),
    ).resolves.toEqual({ started: true, eagerly: true });

    const filed = await eventually(
      () => findCase(database.db, identity.caseId),
      (row) => row?.status === 'rectifying',
      'the case rectifying in the read model',
    );
    expect(filed!.dueAt).toEqual(new Date(computeDeadline(firstDeadlineRequestOf(identity)).lapsesAt));
    // The read model is written by the task's local activity, just before the task completes.
    const events = await eventually(
      async () => (await client.workflow.getHandle(caseWorkflowId(identity.caseId)).fetchHistory()).events!,
      (history) => history.some((event) => event.eventType === EventType.EVENT_TYPE_TIMER_STARTED),
      'the deadline timer in the history',
    );
    const taskStarted = events.find(
      (event) => event.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
    );
    expect(taskStarted!.workflowTaskStartedEventAttributes!.identity).toBe(worker.options.identity);
    expect(events.map((event) => event.eventType)).toEqual([
      EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
      EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
      EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
      EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
      EventType.EVENT_TYPE_MARKER_RECORDED,
      EventType.EVENT_TYPE_TIMER_STARTED,
    ]);
  });

  it('starts as usual where no worker of this process serves the queue', async () => {
    const client = new Client({ connection: native });
    await expect(
      startCaseWorkflow({ temporal: client, taskQueue: 'case-start-no-worker', eagerStart: true }, aCase()),
    ).resolves.toEqual({ started: true, eagerly: false });
  });
});
