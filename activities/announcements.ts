/**
 * The announcement workflow's side effects: a version's content
 * (the year-end exit statistics as of its cut-off, fixed once in `announcements`), and each step's
 * ledger entry with the decision it records, in one transaction. Each is safe to run twice.
 */
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import { and, eq, inArray } from 'drizzle-orm';
import { versionOf } from '../db/announcements';
import type { Database } from '../db/client';
import { canonicalJson, chainedEntry } from '../db/ledger';
import { announcementEvents, announcements } from '../db/schema';
import { endOfChinaDay, exitStatistics } from '../db/statistics';
import type { AnnouncementContent, AnnouncementRow, AnnouncementState } from '../domain/announcement';
import type { LocalDate } from '../domain/calendar';
import type { Actor } from '../domain/decisions';
import { regionName } from '../domain/region-names';
import type { RecordedStep } from '../workflows/recording';
import { ANNOUNCEMENT_EVENT_TYPES, type AnnouncementEventType } from '../workflows/announcement-contract';

export interface PrepareAnnouncementInput {
  id: string;
  key: string;
  regionCode: string;
  year: number;
  version: number;
  cutoff: LocalDate;
  corrects: number | null;
  correction: string | null;
  draftedBy: Actor;
  draftedAt: string;
}

export function contentHashOf(rows: AnnouncementRow[]): string {
  return createHash('sha256').update(canonicalJson(rows)).digest('hex');
}

/**
 * Fixes a version's content: every exit of the year in the jurisdiction, whatever the dimension, as the
 * ledger stood at the end of the cut-off day (or now, when that is later). Written once: a retry answers
 * what the first try stored.
 */
export async function prepareAnnouncementVersionIn(
  db: Database,
  input: PrepareAnnouncementInput,
): Promise<AnnouncementContent> {
  const [existing] = await db.select().from(announcements).where(eq(announcements.id, input.id));
  if (!existing) {
    const asOf = new Date(Math.min(endOfChinaDay(input.cutoff).getTime(), Date.now()));
    const table = await exitStatistics(db, {
      year: input.year,
      period: 'year_end',
      regionCode: input.regionCode,
      asOf,
    });
    const rows: AnnouncementRow[] = table.rows.map((row) => ({
      enterpriseName: row.enterpriseName,
      creditCode: row.creditCode,
      regionCode: row.regionCode,
      regionName: regionName(row.regionCode),
      industry: row.industry,
      dimension: row.dimension,
      equipment: row.equipment,
      capacityValue: row.capacityValue,
      capacityUnit: row.capacityUnit,
      exitMethod: row.exitMethod,
      countedOn: row.countedOn,
      countedAs: row.countedAs,
    }));
    await db
      .insert(announcements)
      .values({
        id: input.id,
        announcementKey: input.key,
        regionCode: input.regionCode,
        year: input.year,
        version: input.version,
        cutoff: input.cutoff,
        asOf,
        rows,
        totals: table.totals,
        contentHash: contentHashOf(rows),
        corrects: input.corrects,
        correction: input.correction,
        status: 'draft',
        draftedBy: input.draftedBy as unknown as Record<string, unknown>,
        draftedAt: new Date(input.draftedAt),
      })
      .onConflictDoNothing();
  }
  const [stored] = await db.select().from(announcements).where(eq(announcements.id, input.id));
  if (!stored) throw new Error(`announcement ${input.id} was not stored`);
  const { rows, enterprises, totals, contentHash, asOf } = versionOf(stored);
  return { rows, enterprises, totals, contentHash, asOf };
}

export interface RecordAnnouncementStepInput {
  event: RecordedStep<AnnouncementEventType>;
  snapshot: AnnouncementState;
}

/** One step: its ledger entry (hash-chained) and the decisions it records, in one transaction. */
export async function recordAnnouncementStepIn(
  db: Database,
  { event, snapshot }: RecordAnnouncementStepInput,
): Promise<void> {
  if (!snapshot?.key || !Number.isInteger(event?.sequence) || !ANNOUNCEMENT_EVENT_TYPES.includes(event.type))
    throw ApplicationFailure.nonRetryable(
      'recordAnnouncementStep needs an event with a known type and a snapshot',
      'InvalidInput',
    );
  const subject = { announcementKey: snapshot.key };
  const version = snapshot.versions.find((v) => v.version === event.detail.version);
  await db.transaction(async (tx) => {
    const written = await tx
      .select({ sequence: announcementEvents.sequence, hash: announcementEvents.hash })
      .from(announcementEvents)
      .where(
        and(
          eq(announcementEvents.announcementKey, snapshot.key),
          inArray(announcementEvents.sequence, [event.sequence - 1, event.sequence]),
        ),
      );
    const status = version?.status ?? 'draft';
    const entry = chainedEntry(subject, event, status, written);
    if (entry)
      await tx
        .insert(announcementEvents)
        .values({
          announcementKey: snapshot.key,
          sequence: event.sequence,
          type: event.type,
          status,
          occurredAt: new Date(event.occurredAt),
          actor: event.actor as unknown as Record<string, unknown>,
          reason: event.reason,
          evidence: event.evidence,
          detail: event.detail,
          prevHash: entry.prevHash,
          hash: entry.hash,
        })
        .onConflictDoNothing();
    if (version?.decision)
      await tx
        .update(announcements)
        .set({
          status: version.status,
          decidedBy: version.decision.by as unknown as Record<string, unknown>,
          decidedAt: new Date(version.decision.at),
          decisionReason: version.decision.reason,
        })
        .where(and(eq(announcements.id, version.id), eq(announcements.status, 'draft')));
  });
}
