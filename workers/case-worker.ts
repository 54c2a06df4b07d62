/**
 * The case worker: the case workflows and their activities on the case task queue. The worker process
 * runs one; the API process runs one too when it starts cases eagerly (`EAGER_CASE_START`), over the same
 * NativeConnection as its client, so that the server hands a new case's first workflow task back with the
 * start (docs/case-lifecycle.md, "Eager start").
 */
import { Worker, type NativeConnection, type WorkflowBundle } from '@temporalio/worker';
import type { Logger } from 'pino';
import { createActivities } from '../activities';
import type { Database } from '../db/client';

export interface CaseWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  workflowBundle: WorkflowBundle;
  db: Database;
  logger: Logger;
  /** WORKER_MAX_CACHED_WORKFLOWS. */
  maxCachedWorkflows: number;
  /**
   * The API's worker, there for the first workflow task of the cases its process starts: a start is eager
   * only while a workflow task slot is free, and each poller holds one. So it polls the queues little (the
   * worker processes take the rest) and has a slot for every cached workflow (the SDK's default is 40,
   * which a burst of filings fills, each case holding one until its first steps land). Measured on SDK
   * 1.24: a worker of 12 slots or fewer never took an eager start, one of 15 or more took every one.
   */
  takesEagerStarts?: boolean;
}

/** A sticky and a normal poller. */
const EAGER_WORKER_POLLS = 2;

export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: options.workflowBundle,
    maxCachedWorkflows: options.maxCachedWorkflows,
    ...(options.takesEagerStarts
      ? {
          maxConcurrentWorkflowTaskPolls: EAGER_WORKER_POLLS,
          maxConcurrentActivityTaskPolls: EAGER_WORKER_POLLS,
          ...(options.maxCachedWorkflows > EAGER_WORKER_POLLS
            ? { maxConcurrentWorkflowTaskExecutions: options.maxCachedWorkflows }
            : {}),
        }
      : {}),
    activities: createActivities({ db: options.db, logger: options.logger }),
  });
}
