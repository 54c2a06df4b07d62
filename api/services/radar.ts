/**
 * The deadline radar: who may read it (domain/authority.ts `read_radar`), which region (the caller's,
 * or one inside it; another answers 403 as statistics do) and which cases (`caseScope`).
 */
import { searchCases } from '../../db/case-search';
import { radarCounts } from '../../db/radar';
import type { Database } from '../../db/client';
import { capabilityProblem, caseScope } from '../../domain/authority';
import type { Dimension } from '../../domain/enums';
import { RADAR_BUCKETS, RADAR_BUCKET_ORDER, bucketRange, radarBounds } from '../../domain/radar';
import { regionPrefix } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import type { Principal } from '../auth';
import { askedRegion } from './jurisdiction';
import { ProblemError } from '../problem';
import type { Radar, RadarExportQuery, RadarQuery } from '../schemas/radar';
import type { RadarCaseList } from '../radar-export';

export interface RadarServiceDeps {
  db: Database;
}

/** Who may read the radar, and what it covers: the region asked for and the dimensions the caller sees. */
function radarScope(principal: Principal, query: { region?: string; dimension?: Dimension }) {
  const refusal = capabilityProblem(principal, 'read_radar');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const regionCode = askedRegion(principal, query.region);
  const { owned } = caseScope(principal);
  const dimension = query.dimension ?? null;
  return { regionCode, dimension, owned };
}

export async function radar(deps: RadarServiceDeps, principal: Principal, query: RadarQuery): Promise<Radar> {
  const { regionCode, dimension, owned } = radarScope(principal, query);
  const bounds = radarBounds(new Date());
  const counts = await radarCounts(deps.db, {
    regionPrefix: regionPrefix(regionCode),
    dimension,
    owned,
    bounds,
  });
  const order = RADAR_BUCKET_ORDER;
  const totals = order.map((bucket) => ({
    bucket,
    cases: counts.filter((row) => row.bucket === bucket).reduce((sum, row) => sum + row.cases, 0),
  }));
  return {
    regionCode,
    regionName: regionName(regionCode),
    dimension,
    asOf: bounds.now.toISOString(),
    buckets: order.map((bucket) => ({ bucket, label: RADAR_BUCKETS[bucket] })),
    rows: counts.map((row) => ({
      regionCode: row.regionCode,
      regionName: regionName(row.regionCode),
      dimension: row.dimension as Dimension,
      bucket: row.bucket,
      cases: row.cases,
    })),
    totals,
    total: totals.reduce((sum, t) => sum + t.cases, 0),
  };
}

/** The most cases one export holds: a city's open cases fit many times over; a wider filter is refused. */
export const MAX_RADAR_EXPORT = 10_000;

/**
 * The open cases of the radar's filter (region, dimension) and, if given, one bucket, soonest deadline
 * first: what the radar page lists, for the workbook (api/radar-export.ts). Same readers as the radar.
 */
export async function radarCases(
  deps: RadarServiceDeps,
  principal: Principal,
  query: RadarExportQuery,
): Promise<RadarCaseList> {
  const { regionCode, dimension, owned } = radarScope(principal, query);
  const bounds = radarBounds(new Date());
  const rows = await searchCases(deps.db, {
    regionPrefix: regionPrefix(regionCode),
    owned,
    ...(dimension ? { dimension } : {}),
    openOnly: true,
    ...(query.bucket ? { due: bucketRange(query.bucket, bounds) } : {}),
    sort: 'due',
    limit: MAX_RADAR_EXPORT + 1,
  });
  if (rows.length > MAX_RADAR_EXPORT)
    throw new ProblemError(
      'exportTooLarge',
      422,
      `more than ${MAX_RADAR_EXPORT} cases match; narrow the export by region, dimension or bucket`,
    );
  return { regionCode, dimension, bucket: query.bucket ?? null, bounds, rows };
}
