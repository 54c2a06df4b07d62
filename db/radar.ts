/** The deadline radar's counts: open cases by region × dimension × days-left bucket, in one query. */
import { sql } from 'drizzle-orm';
import { OPEN_STATUSES } from '../domain/case';
import type { Dimension } from '../domain/enums';
import type { RadarBounds, RadarBucket } from '../domain/radar';
import type { Database } from './client';
import { cases } from './schema';

export interface RadarQuery {
  /** Only cases whose region starts with this prefix (domain/region.ts regionPrefix). */
  regionPrefix: string;
  /** Only these dimensions (null: all). */
  dimensions: Dimension[] | null;
  bounds: RadarBounds;
}

export interface RadarCount {
  regionCode: string;
  dimension: string;
  bucket: RadarBucket;
  cases: number;
}

/** Open cases counted by their own region (the enterprise's, as filed), dimension and bucket. */
export async function radarCounts(db: Database, query: RadarQuery): Promise<RadarCount[]> {
  const { now, within7, within30 } = query.bounds;
  const bucket = sql<RadarBucket>`case
    when ${cases.dueAt} is null then 'no_deadline'
    when ${cases.dueAt} <= ${now.toISOString()}::timestamptz then 'overdue'
    when ${cases.dueAt} <= ${within7.toISOString()}::timestamptz then 'within_7'
    when ${cases.dueAt} <= ${within30.toISOString()}::timestamptz then 'within_30'
    else 'later' end`;
  const dimensions =
    query.dimensions === null
      ? sql`true`
      : query.dimensions.length === 0
        ? sql`false`
        : sql`${cases.dimension} in (${sql.join(
            query.dimensions.map((d) => sql`${d}`),
            sql`, `,
          )})`;
  const statuses = sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await db.execute<{
    region_code: string;
    dimension: string;
    bucket: RadarBucket;
    cases: number;
  }>(
    sql`select ${cases.regionCode} as region_code, ${cases.dimension} as dimension, ${bucket} as bucket,
          count(*)::int as cases
        from ${cases}
        where ${cases.status} in (${statuses})
          and ${cases.regionCode} like ${`${query.regionPrefix}%`}
          and ${dimensions}
        group by 1, 2, 3
        order by 1, 2, 3`,
  );
  return rows.rows.map((row) => ({
    regionCode: row.region_code,
    dimension: row.dimension,
    bucket: row.bucket,
    cases: Number(row.cases),
  }));
}
