/** Reads of the published lists: the current memberships, and the versioned snapshots. */
import { and, asc, desc, eq, gt, isNull, like, lt, or } from 'drizzle-orm';
import type { PublishedList } from '../domain/enums';
import type { ListSnapshotTrigger } from '../domain/lists';
import type { ListSnapshotReceipt } from '../workflows/list-snapshot-contract';
import type { Database } from './client';
import { listMemberships, listSnapshots, type ListSnapshotRow } from './schema';

/** What a snapshot's row answers to whoever asked for it; `created` when this request took it. */
export function snapshotReceipt(row: ListSnapshotRow, created: boolean): ListSnapshotReceipt {
  return {
    version: row.version,
    takenAt: row.takenAt.toISOString(),
    trigger: row.trigger as ListSnapshotTrigger,
    requestedBy: row.requestedBy,
    previousVersion: row.previousVersion,
    counts: row.counts,
    created,
  };
}

export interface CurrentListQuery {
  list: PublishedList;
  /** Only regions starting with this prefix (a province's two digits, a city's four, a county's six). */
  regionPrefix?: string;
  limit: number;
  /** The last entry of the previous page. */
  after?: { enteredAt: string; caseId: string };
}

/** The enterprises on a list now (entered, not left), longest on the list first, then by case id. */
export async function currentListPage(db: Database, query: CurrentListQuery) {
  const after = query.after;
  return db
    .select({
      list: listMemberships.list,
      caseId: listMemberships.caseId,
      enterpriseName: listMemberships.enterpriseName,
      creditCode: listMemberships.creditCode,
      regionCode: listMemberships.regionCode,
      enteredAt: listMemberships.enteredAt,
    })
    .from(listMemberships)
    .where(
      and(
        eq(listMemberships.list, query.list),
        isNull(listMemberships.leftAt),
        query.regionPrefix ? like(listMemberships.regionCode, `${query.regionPrefix}%`) : undefined,
        after
          ? or(
              gt(listMemberships.enteredAt, new Date(after.enteredAt)),
              and(
                eq(listMemberships.enteredAt, new Date(after.enteredAt)),
                gt(listMemberships.caseId, after.caseId),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(asc(listMemberships.enteredAt), asc(listMemberships.caseId))
    .limit(query.limit);
}

/** Snapshot versions without their entries, newest first. */
export async function snapshotVersions(db: Database, { limit, before }: { limit: number; before?: number }) {
  return db
    .select({
      version: listSnapshots.version,
      takenAt: listSnapshots.takenAt,
      trigger: listSnapshots.trigger,
      previousVersion: listSnapshots.previousVersion,
      counts: listSnapshots.counts,
    })
    .from(listSnapshots)
    .where(before === undefined ? undefined : lt(listSnapshots.version, before))
    .orderBy(desc(listSnapshots.version))
    .limit(limit);
}

export async function findSnapshot(db: Database, version: number) {
  const [row] = await db.select().from(listSnapshots).where(eq(listSnapshots.version, version));
  return row ?? null;
}

export async function findSnapshotByKey(db: Database, idempotencyKey: string) {
  const [row] = await db.select().from(listSnapshots).where(eq(listSnapshots.idempotencyKey, idempotencyKey));
  return row ?? null;
}
