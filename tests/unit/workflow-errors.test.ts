import { ServiceError, WorkflowNotFoundError } from '@temporalio/client';
import { isClosedWorkflowError } from '../../api/workflow-errors';

// A gRPC error as @grpc/grpc-js raises it: "<code> <NAME>: <details>".
const grpcError = (code: number, name: string, details: string) =>
  Object.assign(new Error(`${code} ${name}: ${details}`), { code, details });

describe('isClosedWorkflowError: 409 for a run that has closed or is closing', () => {
  it.each([
    // The client turns every NOT_FOUND from an update into WorkflowNotFoundError with the server's details.
    ['a completed run', new WorkflowNotFoundError('workflow execution already completed', 'wf', undefined)],
    [
      'an update aborted as the run closed',
      new WorkflowNotFoundError('workflow update was aborted by closing workflow', 'wf', undefined),
    ],
    [
      'a run refusing while it closes (RESOURCE_EXHAUSTED, wrapped in ServiceError)',
      new ServiceError('Workflow Update failed', {
        cause: grpcError(
          8,
          'RESOURCE_EXHAUSTED',
          'workflow operation can not be applied because workflow is closing',
        ),
      }),
    ],
    [
      'the completed run two wrappers deep',
      new Error('outer', {
        cause: new Error('inner', { cause: new Error('workflow execution already completed') }),
      }),
    ],
  ])('%s', (_what, error) => {
    expect(isClosedWorkflowError(error)).toBe(true);
  });

  it.each([
    [
      'Temporal unreachable',
      new ServiceError('Workflow Update failed', {
        cause: grpcError(14, 'UNAVAILABLE', 'connection refused'),
      }),
    ],
    [
      'an update the server aborted for its own reasons',
      grpcError(14, 'UNAVAILABLE', 'workflow update was aborted'),
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'status')")],
    ['a bare string', 'workflow execution already completed'],
  ])('not %s', (_what, error) => {
    expect(isClosedWorkflowError(error)).toBe(false);
  });
});
