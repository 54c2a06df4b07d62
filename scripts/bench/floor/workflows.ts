/**
 * The floor of a case (issue 17): a workflow of a case's shape on the way to its deadline — the same
 * input, one local activity, the deadline timer — doing none of a case's work. What it costs the worker
 * and the Temporal server is what the SDK and the server ask of any workflow of that shape; the cost
 * benchmark sets a case against it (scripts/bench/cost.ts).
 */
import { proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { FloorActivities } from './activities';

const { recordNothing } = proxyLocalActivities<FloorActivities>({ startToCloseTimeout: '30 seconds' });

export async function floorCaseWorkflow(input: unknown): Promise<void> {
  await recordNothing(input);
  await sleep('180 days');
}
