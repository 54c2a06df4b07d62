/**
 * The published lists: the current list from the read model, the versioned snapshots, and an on-demand
 * snapshot taken by the list snapshot workflow (the same one the quarterly Schedule starts).
 */
import type { Client } from '@temporalio/client';
import type { Database } from '../../db/client';
import {
  currentListPage,
  findSnapshot,
  findSnapshotByKey,
  snapshotReceipt,
  snapshotVersions,
} from '../../db/lists';
import { PUBLISHED_LISTS, type PublishedList } from '../../domain/enums';
import { capabilityProblem } from '../../domain/authority';
import {
  LIST_CODES,
  filterDiff,
  type ListDiff,
  type ListEntry,
  type ListSnapshotTrigger,
} from '../../domain/lists';
import { regionPrefix } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import { TASK_QUEUE } from '../../workflows/contract';
import {
  LIST_SNAPSHOT_WORKFLOW_TYPE,
  listSnapshotTaskQueue,
  onDemandSnapshotWorkflowId,
  type ListSnapshotInput,
  type ListSnapshotReceipt,
} from '../../workflows/list-snapshot-contract';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import {
  ENTRY_CURSOR,
  VERSION_CURSOR,
  type CurrentList,
  type ListDiffView,
  type ListEntryView,
  type SnapshotVersions,
} from '../schemas/lists';

export interface ListServiceDeps {
  db: Database;
  temporal: Client;
  /** The case workflows' task queue (a test gives its own); snapshots run on `listSnapshotTaskQueue` of it. */
  taskQueue?: string;
  /** How long POST waits for the snapshot before answering 503 (retry with the same key). */
  snapshotTimeoutMs?: number;
}

const START_TIMEOUT_MS = 10_000;

/** A page of a list as it stands now, longest on it first, inside a region when asked. */
export async function currentList(
  db: Database,
  query: { list: PublishedList; region?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<CurrentList> {
  const after = query.cursor ? ENTRY_CURSOR.decode(query.cursor) : undefined;
  const rows = await currentListPage(db, {
    list: query.list,
    ...(query.region ? { regionPrefix: regionPrefix(query.region) } : {}),
    limit: query.limit + 1,
    ...(after ? { after } : {}),
  });
  const items: ListEntryView[] = rows.slice(0, query.limit).map((row) =>
    named({
      ...row,
      list: row.list as PublishedList,
      enteredAt: row.enteredAt.toISOString(),
    }),
  );
  const last = items.at(-1);
  return {
    list: query.list,
    label: PUBLISHED_LISTS[query.list],
    region: query.region ?? null,
    regionName: query.region ? regionName(query.region) : null,
    items,
    nextCursor:
      rows.length > query.limit && last
        ? ENTRY_CURSOR.encode({ enteredAt: last.enteredAt, caseId: last.caseId })
        : null,
  };
}

/** The published snapshot versions, newest first. */
export async function listSnapshotVersions(
  db: Database,
  query: { limit: number; cursor?: string | undefined },
): Promise<SnapshotVersions> {
  const before = query.cursor ? VERSION_CURSOR.decode(query.cursor).version : undefined;
  const rows = await snapshotVersions(db, {
    limit: query.limit + 1,
    ...(before === undefined ? {} : { before }),
  });
  const items = rows.slice(0, query.limit).map((row) => ({
    ...row,
    trigger: row.trigger as ListSnapshotTrigger,
    takenAt: row.takenAt.toISOString(),
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? VERSION_CURSOR.encode({ version: last.version }) : null,
  };
}

/** One snapshot with its diff, both narrowed to a region (by prefix) and a list when asked. */
export async function getSnapshot(
  db: Database,
  version: number,
  filter: { region?: string; list?: PublishedList },
) {
  const row = await findSnapshot(db, version);
  if (!row) throw new ProblemError('notFound', 404, `no list snapshot version ${version}`);
  const prefix = filter.region ? regionPrefix(filter.region) : '';
  const keep = (entry: ListEntry) =>
    entry.regionCode.startsWith(prefix) && (!filter.list || entry.list === filter.list);
  return {
    version: row.version,
    takenAt: row.takenAt.toISOString(),
    trigger: row.trigger as ListSnapshotTrigger,
    previousVersion: row.previousVersion,
    region: filter.region ?? null,
    regionName: filter.region ? regionName(filter.region) : null,
    list: filter.list ?? null,
    entries: row.entries.filter(keep).map(named),
    diff: namedDiff(filterDiff(row.diff, keep)),
  };
}

/** An entry as the API shows it: with its region's name (computed, not stored in the snapshot). */
function named(entry: ListEntry): ListEntryView {
  return { ...entry, regionName: regionName(entry.regionCode) };
}

function namedDiff(diff: ListDiff): ListDiffView {
  return Object.fromEntries(
    LIST_CODES.map((list) => [
      list,
      { added: diff[list].added.map(named), removed: diff[list].removed.map(named) },
    ]),
  ) as ListDiffView;
}

/**
 * Takes a snapshot now, for a supervisor or administrator. The idempotency key names the workflow and
 * the snapshot: the same key answers the same version, however often it is sent.
 */
export async function takeSnapshotOnDemand(
  deps: ListServiceDeps,
  principal: Principal,
  idempotencyKey: string,
): Promise<ListSnapshotReceipt> {
  const refusal = capabilityProblem(principal, 'publish_list_snapshot');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const workflowId = onDemandSnapshotWorkflowId(idempotencyKey);
  const existing = await findSnapshotByKey(deps.db, workflowId);
  if (existing) return snapshotReceipt(existing, false);

  const input: ListSnapshotInput = { trigger: 'on_demand', requestedBy: principal.userId };
  const handle = await deps.temporal.withDeadline(Date.now() + START_TIMEOUT_MS, () =>
    deps.temporal.workflow.start(LIST_SNAPSHOT_WORKFLOW_TYPE, {
      taskQueue: listSnapshotTaskQueue(deps.taskQueue ?? TASK_QUEUE),
      workflowId,
      args: [input],
      // A concurrent request with the same key joins the running workflow.
      workflowIdConflictPolicy: 'USE_EXISTING',
    }),
  );
  // Bounded: a snapshot that cannot be written now answers 503, and a retry with the same key finds it.
  return deps.temporal.withDeadline(
    Date.now() + (deps.snapshotTimeoutMs ?? 30_000),
    () => handle.result() as Promise<ListSnapshotReceipt>,
  );
}
