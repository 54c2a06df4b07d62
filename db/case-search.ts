import type { OwnedDimension } from '../domain/authority';
import { ownedDimensionsFilter } from './case-scope';
import {
  and,
  asc,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { OPEN_STATUSES } from '../domain/case';
import type { CaseStatus, Dimension, Industry } from '../domain/enums';
import type { DueRange } from '../domain/radar';
import type { Database } from './client';
import { dueInRange } from './due-range';
import { cases } from './schema';

export const CASE_SORTS = ['due', 'recent'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseSearch {
  /** The caller's jurisdiction, and a narrower region inside it if asked. */
  regionPrefix: string;
  /** For a caller who is only a department officer: the dimensions their department owns, per policy. */
  owned: readonly OwnedDimension[] | null;
  industry?: Industry;
  dimension?: Dimension;
  statuses?: readonly CaseStatus[];
  dueBefore?: Date;
  dueAfter?: Date;
  overdueAt?: Date;
  /** Only cases whose current deadline lies in this range (domain/radar.ts bucketRange). */
  due?: DueRange;
  /** Only open cases (domain/case.ts OPEN_STATUSES), as the radar counts them. */
  openOnly?: boolean;
  /** An enterprise name fragment, or a whole unified social credit code. */
  enterprise?: string;
  sort: CaseSort;
  limit: number;
  after?: CaseCursor;
}

/** Where the previous page ended: the sort key of its last row, and its id. */
export interface CaseCursor {
  key: string | null;
  id: string;
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of cases inside the caller's jurisdiction matching the filters. Sorted by the deadline
 * each case waits on now (soonest first, cases waiting on none last), or by last change (newest first).
 */
export async function searchCases(db: Database, search: CaseSearch) {
  const filters: (SQL | undefined)[] = [like(cases.regionCode, `${escapeLike(search.regionPrefix)}%`)];
  if (search.owned) filters.push(ownedDimensionsFilter(search.owned));
  if (search.industry) filters.push(eq(cases.industry, search.industry));
  if (search.dimension) filters.push(eq(cases.dimension, search.dimension));
  if (search.statuses?.length) filters.push(inArray(cases.status, [...search.statuses]));
  if (search.dueBefore) filters.push(lt(cases.dueAt, search.dueBefore));
  if (search.dueAfter) filters.push(gt(cases.dueAt, search.dueAfter));
  if (search.overdueAt) filters.push(and(isNotNull(cases.dueAt), lte(cases.dueAt, search.overdueAt)));
  if (search.due) filters.push(dueInRange(cases.dueAt, search.due));
  if (search.openOnly) filters.push(inArray(cases.status, [...OPEN_STATUSES]));
  if (search.enterprise)
    filters.push(
      CREDIT_CODE.test(search.enterprise)
        ? eq(cases.creditCode, search.enterprise)
        : and(
            // Every character pair of the fragment (the bigram index), then the fragment itself.
            sql`enterprise_name_bigrams(${cases.enterpriseName}) @> enterprise_name_bigrams(${search.enterprise})`,
            ilike(cases.enterpriseName, `%${escapeLike(search.enterprise)}%`),
          ),
    );

  // Orders that the (due_at, id) index serves: soonest due first with undated cases last; or newest change first.
  if (search.after) filters.push(search.sort === 'due' ? afterDue(search.after) : beforeUpdate(search.after));
  return db
    .select({
      id: cases.id,
      status: cases.status,
      outcome: cases.outcome,
      enterpriseName: cases.enterpriseName,
      creditCode: cases.creditCode,
      regionCode: cases.regionCode,
      industry: cases.industry,
      dimension: cases.dimension,
      department: cases.department,
      documentNumber: cases.documentNumber,
      findingDate: cases.findingDate,
      dueAt: cases.dueAt,
      updatedAt: cases.updatedAt,
      // The sort key at full (microsecond) precision, as epoch microseconds, for the next page's cursor.
      cursorKey: sql<
        string | null
      >`(extract(epoch from ${search.sort === 'due' ? cases.dueAt : cases.updatedAt}) * 1000000)::bigint::text`,
    })
    .from(cases)
    .where(and(...filters))
    .orderBy(
      ...(search.sort === 'due'
        ? [sql`${cases.dueAt} asc nulls last`, asc(cases.id)]
        : [desc(cases.updatedAt), desc(cases.id)]),
    )
    .limit(search.limit);
}

function afterDue({ key, id }: CaseCursor): SQL | undefined {
  if (key === null) return and(isNull(cases.dueAt), gt(cases.id, id));
  return or(isNull(cases.dueAt), sql`(${cases.dueAt}, ${cases.id}) > (${instantOfMicros(key)}, ${id})`);
}

function beforeUpdate({ key, id }: CaseCursor): SQL {
  return sql`(${cases.updatedAt}, ${cases.id}) < (${instantOfMicros(key)}, ${id})`;
}

/** The instant `micros` microseconds after the epoch, exactly (no floating point on the way). */
function instantOfMicros(micros: string | null): SQL {
  return sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;
}
