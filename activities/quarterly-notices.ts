/**
 * The quarterly notice's content (domain/quarterly-notice.ts): the cases of the jurisdiction on either
 * list at the quarter's end, as the ledger stood then, fixed once in `quarterly_notices`. A retry answers
 * what the first try stored.
 */
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canonicalJson } from '../db/ledger';
import { quarterlyNotices, type QuarterlyNoticeRow } from '../db/schema';
import type { CaseStatus } from '../domain/enums';
import { policyOf } from '../domain/policy';
import type { MemberUnit } from '../domain/policy-types';
import {
  NOTICE_LISTS,
  dutiesOf,
  noticeIdOf,
  noticeListOf,
  quarterEndsAt,
  type DrawnNotice,
  type NoticeEntry,
  type NoticeList,
  type Quarter,
} from '../domain/quarterly-notice';
import { regionPrefix } from '../domain/region';

export interface MemberUnitsInput {
  policyProfile: string;
  policyVersion: string;
}

/** The member units a year's profile names (a local activity: the answer stays in the year's history). */
export function memberUnitsFor(input: MemberUnitsInput): MemberUnit[] {
  try {
    return [...policyOf(input).rules.memberUnits];
  } catch (error) {
    throw ApplicationFailure.nonRetryable(
      error instanceof Error ? error.message : String(error),
      'InvalidInput',
    );
  }
}

export interface DrawNoticeInput {
  yearId: string;
  regionCode: string;
  year: number;
  quarter: Quarter;
  memberUnits: MemberUnit[];
  issuedAt: string;
}

const summaryOf = (row: QuarterlyNoticeRow): DrawnNotice => ({
  noticeId: row.id,
  asOf: row.asOf.toISOString(),
  memberUnits: row.memberUnits.map((m) => m.unit),
  counts: row.counts,
  contentHash: row.contentHash,
});

/** Fixes the notice's content once: every case of the jurisdiction on either list at the quarter's end. */
export async function drawQuarterlyNoticeIn(db: Database, input: DrawNoticeInput): Promise<DrawnNotice> {
  const id = noticeIdOf(input.regionCode, input.year, input.quarter);
  const [existing] = await db.select().from(quarterlyNotices).where(eq(quarterlyNotices.id, id));
  if (existing) return summaryOf(existing);
  const asOf = quarterEndsAt(input.year, input.quarter);
  const result = await db.execute<{
    case_id: string;
    status: CaseStatus;
    enterprise_name: string;
    credit_code: string;
    region_code: string;
    industry: string;
    dimension: string;
    capacity_value: string;
    capacity_unit: string;
  }>(sql`
    select distinct on (e.case_id) e.case_id, e.status, c.enterprise_name, c.credit_code, c.region_code,
           c.industry, c.dimension, c.capacity_value, c.capacity_unit
      from case_events e join cases c on c.id = e.case_id
     where c.region_code like ${`${regionPrefix(input.regionCode)}%`} and e.occurred_at < ${asOf}
     order by e.case_id, e.sequence desc`);
  const entries: NoticeEntry[] = result.rows
    .flatMap((row) => {
      const list = noticeListOf(row.status);
      return list
        ? [
            {
              list,
              caseId: row.case_id,
              enterpriseName: row.enterprise_name,
              creditCode: row.credit_code,
              regionCode: row.region_code,
              industry: row.industry,
              dimension: row.dimension,
              capacityValue: String(row.capacity_value),
              capacityUnit: row.capacity_unit,
              status: row.status,
            },
          ]
        : [];
    })
    .sort(
      (a, b) =>
        a.list.localeCompare(b.list) ||
        a.regionCode.localeCompare(b.regionCode) ||
        a.caseId.localeCompare(b.caseId),
    );
  const counts = Object.fromEntries(
    Object.keys(NOTICE_LISTS).map((list) => [list, entries.filter((e) => e.list === list).length]),
  ) as Record<NoticeList, number>;
  const [row] = await db
    .insert(quarterlyNotices)
    .values({
      id,
      yearId: input.yearId,
      regionCode: input.regionCode,
      year: input.year,
      quarter: input.quarter,
      asOf: new Date(asOf),
      memberUnits: input.memberUnits.map((unit) => ({ unit, duties: [...dutiesOf(unit)] })),
      entries,
      counts,
      contentHash: createHash('sha256').update(canonicalJson(entries)).digest('hex'),
      issuedAt: new Date(input.issuedAt),
    })
    .onConflictDoNothing()
    .returning();
  // Lost a race with another try: answer what it stored.
  return summaryOf(row ?? (await db.select().from(quarterlyNotices).where(eq(quarterlyNotices.id, id)))[0]!);
}
