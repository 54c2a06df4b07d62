/**
 * The deadline radar: who may read it (domain/authority.ts `read_radar`), which region (the caller's,
 * or one inside it; another answers 403 as statistics do) and which cases (`caseScope`).
 */
import { radarCounts } from '../../db/radar';
import type { Database } from '../../db/client';
import { capabilityProblem, caseScope } from '../../domain/authority';
import type { Dimension } from '../../domain/enums';
import { RADAR_BUCKETS, radarBounds, type RadarBucket } from '../../domain/radar';
import { regionPrefix } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import type { Principal } from '../auth';
import { askedRegion } from './jurisdiction';
import { ProblemError } from '../problem';
import type { Radar, RadarQuery } from '../schemas/radar';

export interface RadarServiceDeps {
  db: Database;
}

export async function radar(deps: RadarServiceDeps, principal: Principal, query: RadarQuery): Promise<Radar> {
  const refusal = capabilityProblem(principal, 'read_radar');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const regionCode = askedRegion(principal, query.region);
  const visible = caseScope(principal).dimensions;
  const dimension = query.dimension ?? null;
  const dimensions: Dimension[] | null = dimension
    ? visible === null || visible.includes(dimension)
      ? [dimension]
      : []
    : visible;
  const bounds = radarBounds(new Date());
  const counts = await radarCounts(deps.db, { regionPrefix: regionPrefix(regionCode), dimensions, bounds });
  const order = Object.keys(RADAR_BUCKETS) as RadarBucket[];
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
