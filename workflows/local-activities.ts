/**
 * Local activities that survive the worker cancelling them on its own.
 *
 * When sdk-core (in @temporalio/worker 1.24.0, the newest) is asked to evict a run while one of its local
 * activities waits to retry, it resolves that activity as cancelled (`cancel_one_la`: a Cancelled result
 * with attempt 0); if the run still holds a workflow task, the workflow code receives it, though nothing
 * there asked for it. Uncaught, that ActivityFailure fails the case's workflow. Seen in the
 * cluster-postgres-stop drill: two cases closed as failed when PostgreSQL came back while their first
 * `recordCaseStep` was between attempts (docs/benchmark-and-drills.md). Such a cancellation is scheduled
 * again — every local activity here is idempotent — and one the workflow asked for (its own scope
 * cancelled) is not. Histories do not change unless that cancellation happens, and every run where it
 * happened before closed as failed, so no patch is needed.
 */
import { ActivityFailure, CancellationScope, CancelledFailure, log } from '@temporalio/workflow';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shape proxyLocalActivities returns
type Functions = Record<string, (...args: any[]) => Promise<any>>;

/** True for an activity cancellation the workflow did not ask for. */
export function cancelledByTheWorker(error: unknown): boolean {
  return (
    error instanceof ActivityFailure &&
    error.cause instanceof CancelledFailure &&
    !CancellationScope.current().consideredCancelled
  );
}

/** `proxyLocalActivities(…)`'s functions, each scheduled again when the worker cancels it on its own. */
export function surviveWorkerCancellation<T extends Functions>(activities: T): T {
  return new Proxy(activities, {
    get(target, name, receiver) {
      const activity = Reflect.get(target, name, receiver) as T[keyof T] | undefined;
      if (typeof activity !== 'function') return activity;
      return async (...args: unknown[]) => {
        for (;;) {
          try {
            return await activity(...args);
          } catch (error) {
            if (!cancelledByTheWorker(error)) throw error;
            log.warn('a local activity was cancelled by the worker, not the workflow: scheduling it again', {
              activity: String(name),
            });
          }
        }
      };
    },
  });
}
