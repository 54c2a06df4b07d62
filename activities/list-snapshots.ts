/**
 * Takes a snapshot of the published lists in one transaction: the memberships current as of the
 * instant, the diff from the latest version, the next version number. Serialised by an advisory lock
 * (versions are global and gapless, each diffed against the one before), and keyed by the workflow's
 * idempotency key, so running it twice keeps one version.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { and, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client';
import { snapshotReceipt } from '../db/lists';
import { listMemberships, listSnapshots } from '../db/schema';
import { codesOf, type PublishedList } from '../domain/enums';
import {
  LIST_CODES,
  LIST_SNAPSHOT_TRIGGERS,
  compareEntries,
  countsOf,
  diffLists,
  type ListEntry,
} from '../domain/lists';
import type { ListSnapshotReceipt } from '../workflows/list-snapshot-contract';

export const TakeListSnapshotInputSchema = z
  .object({
    idempotencyKey: z.string().min(1).max(300),
    asOf: z.iso.datetime({ offset: true }),
    trigger: z.enum(codesOf(LIST_SNAPSHOT_TRIGGERS)),
    requestedBy: z.string().min(1).max(100).nullable(),
  })
  .refine((input) => (input.trigger === 'schedule') === (input.requestedBy === null), {
    message: 'an on-demand snapshot names who asked for it; a scheduled one names nobody',
    path: ['requestedBy'],
  });

export type TakeListSnapshotInput = z.infer<typeof TakeListSnapshotInputSchema>;

/** Arbitrary constant: the advisory lock that serialises snapshot versions (migrations use 7_233_001). */
const SNAPSHOT_LOCK_KEY = 7_233_002;

export async function takeListSnapshotIn(
  db: Database,
  raw: TakeListSnapshotInput,
): Promise<ListSnapshotReceipt> {
  const parsed = TakeListSnapshotInputSchema.safeParse(raw);
  if (!parsed.success)
    throw ApplicationFailure.nonRetryable(
      `takeListSnapshot: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      'InvalidInput',
    );
  const input = parsed.data;
  const asOf = new Date(input.asOf);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SNAPSHOT_LOCK_KEY})`);
    const [existing] = await tx
      .select()
      .from(listSnapshots)
      .where(eq(listSnapshots.idempotencyKey, input.idempotencyKey));
    if (existing) return snapshotReceipt(existing, false);

    const [latest] = await tx.select().from(listSnapshots).orderBy(desc(listSnapshots.version)).limit(1);
    const rows = await tx
      .select()
      .from(listMemberships)
      .where(
        and(
          inArray(listMemberships.list, LIST_CODES),
          lte(listMemberships.enteredAt, asOf),
          or(isNull(listMemberships.leftAt), gt(listMemberships.leftAt, asOf)),
        ),
      );
    const entries: ListEntry[] = rows
      .map((row) => ({
        list: row.list as PublishedList,
        caseId: row.caseId,
        enterpriseName: row.enterpriseName,
        creditCode: row.creditCode,
        regionCode: row.regionCode,
        enteredAt: row.enteredAt.toISOString(),
      }))
      .sort(compareEntries);
    const diff = diffLists(latest?.entries ?? [], entries);
    const [inserted] = await tx
      .insert(listSnapshots)
      .values({
        version: (latest?.version ?? 0) + 1,
        takenAt: asOf,
        trigger: input.trigger,
        requestedBy: input.requestedBy,
        idempotencyKey: input.idempotencyKey,
        previousVersion: latest?.version ?? null,
        entries,
        diff,
        counts: countsOf(entries, diff),
      })
      .returning();
    return snapshotReceipt(inserted!, true);
  });
}
