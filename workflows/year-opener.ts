/**
 * Opens the bureau's year on 1 January (started by the Schedule in schedules/bureau-years.ts): the year
 * of every jurisdiction that had one the year before, under its profile's current version, each as its
 * own workflow (a child that outlives this one). A year already open — by hand, or by an earlier try —
 * is left as it is. The jurisdictions and their inputs come from an activity and stay in history.
 */
import { ParentClosePolicy, WorkflowIdReusePolicy, proxyActivities, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import { chinaDateOf } from '../domain/calendar';
import type { YearOpenerInput, YearOpenerResult } from './year-contract';
import { yearWorkflowId } from './year-contract';
import type { bureauYearWorkflow } from './year';

const { yearsToOpen } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

export async function openBureauYearsWorkflow(input: YearOpenerInput = {}): Promise<YearOpenerResult> {
  const year = input.year ?? Number(chinaDateOf(new Date()).slice(0, 4));
  const inputs = await yearsToOpen({ year });
  const opened: string[] = [];
  const alreadyOpen: string[] = [];
  for (const yearInput of inputs) {
    try {
      await startChild<typeof bureauYearWorkflow>('bureauYearWorkflow', {
        workflowId: yearWorkflowId(yearInput.yearId),
        args: [yearInput],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      opened.push(yearInput.yearId);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      alreadyOpen.push(yearInput.yearId);
    }
  }
  return { year, opened, alreadyOpen };
}
