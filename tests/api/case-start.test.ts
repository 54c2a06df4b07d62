/**
 * How the API starts a case on the real dev server (no worker runs here: only the start is under test).
 * It starts with its first deadline and its search attributes; on a namespace where the attributes are
 * not registered (no worker has started on it yet) the start still succeeds, without them.
 */
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { msToTs } from '@temporalio/common/lib/time';
import { startCaseWorkflow } from '../../api/services/cases';
import { firstDeadlineRequestOf } from '../../domain/case';
import { computeDeadline } from '../../domain/calendar';
import { FindingSchema } from '../../domain/finding';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { caseWorkflowId, type CaseInput } from '../../workflows/contract';
import { CASE_DUE_AT, CASE_STATUS } from '../../workflows/search-attributes';
import { aFinding } from '../kit/findings';
import { testTemporalAddress } from '../helpers/servers';

let connection: Connection;

beforeAll(async () => {
  connection = await Connection.connect({ address: testTemporalAddress() });
});

afterAll(async () => {
  await connection?.close();
});

function aCase(): CaseInput {
  return {
    caseId: `RC-START${randomUUID().slice(0, 8).toUpperCase()}`,
    finding: FindingSchema.parse(aFinding({ findingDate: '2025-03-04' })),
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
  await expect(startCaseWorkflow({ temporal: client, taskQueue: 'case-start-test' }, identity)).resolves.toBe(
    true,
  );
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
  await expect(startCaseWorkflow({ temporal: client, taskQueue: 'case-start-test' }, identity)).resolves.toBe(
    true,
  );
});

it('starts a case without the attributes on a namespace that has none registered', async () => {
  const namespace = `no-case-attributes-${randomUUID().slice(0, 8)}`;
  await connection.workflowService.registerNamespace({
    namespace,
    workflowExecutionRetentionPeriod: msToTs('1 day'),
  });
  const client = new Client({ connection, namespace });
  const identity = aCase();
  await expect(startCaseWorkflow({ temporal: client, taskQueue: 'case-start-test' }, identity)).resolves.toBe(
    true,
  );
  expect(await startedInputOf(client, identity.caseId)).toMatchObject({ batchedFromStart: true });
  const { typedSearchAttributes } = await client.workflow
    .getHandle(caseWorkflowId(identity.caseId))
    .describe();
  expect(typedSearchAttributes.get(CASE_STATUS)).toBeUndefined();
});
