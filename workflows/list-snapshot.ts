/**
 * Takes one versioned snapshot of the published lists: started by the quarterly Schedule or on
 * demand. The snapshot is as of the Schedule's action time (its `TemporalScheduledStartTime`), or of
 * the workflow's start for an on-demand request; the activity writes it in one transaction under the
 * workflow id as its idempotency key, so a retried or re-run workflow keeps one version.
 */
import { defineSearchAttributeKey } from '@temporalio/common';
import { log, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { ListSnapshotInput, ListSnapshotReceipt } from './list-snapshot-contract';

const { takeListSnapshot } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  // A published snapshot must eventually land: retry without limit, backing off to ten minutes.
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

/** Set by Temporal on each workflow a Schedule starts: the action's nominal time. */
const SCHEDULED_START_TIME = defineSearchAttributeKey('TemporalScheduledStartTime', 'DATETIME');

export async function listSnapshotWorkflow(input: ListSnapshotInput): Promise<ListSnapshotReceipt> {
  const info = workflowInfo();
  const scheduledAt = info.typedSearchAttributes.get(SCHEDULED_START_TIME);
  const asOf = (scheduledAt ?? info.startTime).toISOString();
  const receipt = await takeListSnapshot({
    idempotencyKey: info.workflowId,
    asOf,
    trigger: input.trigger,
    requestedBy: input.requestedBy,
  });
  log.info('list snapshot taken', { version: receipt.version, asOf, created: receipt.created });
  return receipt;
}
