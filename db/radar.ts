/** The deadline radar's counts: open cases by region × dimension × days-left bucket, in one query. */
import { sql } from 'drizzle-orm';
import { OPEN_STATUSES } from '../domain/case';
import type { OwnedDimension } from '../domain/authority';
import type { Dimension } from '../domain/enums';
import { ownedDimensionsFilter } from './case-scope';
import { RADAR_BUCKET_ORDER, bucketRange, type RadarBounds, type RadarBucket } from '../domain/radar';
import type { Database } from './client';
import { dueInRange } from './due-range';
import { cases } from './schema';

export interface RadarQuery {
  /** Only cases whose region starts with this prefix (domain/region.ts regionPrefix). */
  regionPrefix: string;
  /** Only this dimension (null: all). */
  dimension: Dimension | null;
  /** For a caller who is only a department officer: the dimensions their department owns, per policy. */
  owned: readonly OwnedDimension[] | null;
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
  // The first bucket whose range holds the deadline, in the buckets' order (domain/radar.ts bucketRange).
  const bucket = sql<RadarBucket>`case ${sql.join(
    RADAR_BUCKET_ORDER.map(
      (name) => sql`when ${dueInRange(cases.dueAt, bucketRange(name, query.bounds))} then ${name}`,
    ),
    sql` `,
  )} end`;
  const dimensions = sql`${query.dimension === null ? sql`true` : sql`${cases.dimension} = ${query.dimension}`} and ${ownedDimensionsFilter(query.owned)}`;
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
