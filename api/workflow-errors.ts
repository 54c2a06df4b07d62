import { WorkflowNotFoundError } from '@temporalio/client';

/**
 * Whether a call on a case's or a tip's workflow failed because its run has closed or is closing:
 * Temporal answers NOT_FOUND for a completed run and for an update it aborts as the run closes
 * ("workflow update was aborted by closing workflow"), and RESOURCE_EXHAUSTED while the run closes.
 * Neither workflow continues as new, so a closing run is closed for good: the caller gets 409, not a
 * 5xx.
 */
export function isClosedWorkflowError(error: unknown): boolean {
  if (error instanceof WorkflowNotFoundError) return true;
  return CLOSED.test(messagesOf(error));
}

const CLOSED =
  /workflow execution already completed|workflow not found|aborted by closing workflow|workflow is closing/i;

function messagesOf(error: unknown, depth = 0): string {
  if (depth > 5 || !(error instanceof Error)) return '';
  return `${error.message} ${messagesOf(error.cause, depth + 1)}`;
}
