/**
 * The yearly announcements as stored: each version's row read back as the workflow keeps it, and what
 * earlier runs recorded (the versions and the ledger's last entry), for a new run and for the API.
 */
import { asc, eq, max } from 'drizzle-orm';
import type { AnnouncementState, AnnouncementVersion } from '../domain/announcement';
import type { Actor } from '../domain/decisions';
import type { Database } from './client';
import { announcementEvents, announcements, type AnnouncementRecord } from './schema';

export function versionOf(row: AnnouncementRecord): AnnouncementVersion {
  return {
    id: row.id,
    version: row.version,
    cutoff: row.cutoff,
    asOf: row.asOf.toISOString(),
    rows: row.rows.length,
    enterprises: new Set(row.rows.map((r) => r.creditCode)).size,
    totals: row.totals,
    contentHash: row.contentHash,
    corrects: row.corrects,
    correction: row.correction,
    status: row.status,
    draftedBy: row.draftedBy as unknown as Actor,
    draftedAt: row.draftedAt.toISOString(),
    decision:
      row.decidedBy && row.decidedAt && row.status !== 'draft'
        ? {
            by: row.decidedBy as unknown as Actor,
            at: row.decidedAt.toISOString(),
            outcome: row.status === 'published' ? 'approved' : 'discarded',
            reason: row.decisionReason ?? '',
          }
        : null,
  };
}

/** The versions and the ledger's last entry so far: a new run goes on from them. */
export async function loadAnnouncementIn(
  db: Database,
  { key }: { key: string },
): Promise<Pick<AnnouncementState, 'versions' | 'sequence'>> {
  const rows = await db
    .select()
    .from(announcements)
    .where(eq(announcements.announcementKey, key))
    .orderBy(asc(announcements.version));
  const [last] = await db
    .select({ sequence: max(announcementEvents.sequence) })
    .from(announcementEvents)
    .where(eq(announcementEvents.announcementKey, key));
  return { versions: rows.map(versionOf), sequence: last?.sequence ?? 0 };
}
