/**
 * The quarterly notices as the public reads them (向社会公示): every notice a year has issued, newest
 * first, and each with its lists and what each member unit must do.
 */
import { and, desc, eq, like, lt } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { quarterlyNotices, type QuarterlyNoticeRow } from '../../db/schema';
import { MEMBER_UNITS } from '../../domain/policy-types';
import { MEMBER_UNIT_DUTIES, MEMBER_UNIT_DUTIES_SOURCE } from '../../domain/quarterly-notice';
import { regionPrefix } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import { ProblemError } from '../problem';
import { NOTICE_CURSOR, type NoticeList, type QuarterlyNoticeView } from '../schemas/quarterly-notices';

function summaryOf(row: QuarterlyNoticeRow) {
  return {
    id: row.id,
    yearId: row.yearId,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode),
    year: row.year,
    quarter: row.quarter,
    title: `${regionName(row.regionCode) ?? row.regionCode}${row.year}年第${row.quarter}季度落后产能企业名单通报`,
    asOf: row.asOf.toISOString(),
    issuedAt: row.issuedAt.toISOString(),
    counts: row.counts,
    contentHash: row.contentHash,
  };
}

export async function noticeList(
  db: Database,
  query: { regionCode?: string; year?: number; limit: number; cursor?: string },
): Promise<NoticeList> {
  const after = query.cursor ? NOTICE_CURSOR.decode(query.cursor) : undefined;
  // TB-<region>-<year>-Q<quarter>: newest first is the id's year and quarter, so order by year, then id.
  const rows = await db
    .select()
    .from(quarterlyNotices)
    .where(
      and(
        query.regionCode
          ? like(quarterlyNotices.regionCode, `${regionPrefix(query.regionCode)}%`)
          : undefined,
        query.year ? eq(quarterlyNotices.year, query.year) : undefined,
        after ? lt(quarterlyNotices.id, after.id) : undefined,
      ),
    )
    .orderBy(desc(quarterlyNotices.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(summaryOf),
    nextCursor: rows.length > query.limit && last ? NOTICE_CURSOR.encode({ id: last.id }) : null,
  };
}

export async function noticeDocument(db: Database, id: string): Promise<QuarterlyNoticeView> {
  const [row] = await db.select().from(quarterlyNotices).where(eq(quarterlyNotices.id, id));
  if (!row) throw new ProblemError('notFound', 404, `no quarterly notice ${id} has been issued`);
  return {
    ...summaryOf(row),
    memberUnits: row.memberUnits.map(({ unit, duties }) => ({
      unit,
      label: MEMBER_UNITS[unit],
      duties: duties.map((code) => ({ code, label: MEMBER_UNIT_DUTIES[code] })),
    })),
    dutiesSource: MEMBER_UNIT_DUTIES_SOURCE,
    entries: row.entries.map((entry) => ({ ...entry, regionName: regionName(entry.regionCode) })),
  };
}
