/**
 * The yearly exit statistics table: who may read it (domain/authority.ts), which region, and the
 * cut-off that makes the same query give the same table however many ledger entries come later.
 */
import type { Database } from '../../db/client';
import { endOfChinaDay, exitStatistics } from '../../db/statistics';
import { capabilityProblem } from '../../domain/authority';
import { isLocalDate } from '../../domain/calendar';
import { regionName } from '../../domain/region-names';
import type { Principal } from '../auth';
import { askedRegion } from './jurisdiction';
import { ProblemError } from '../problem';
import type { ExitStatisticsQuery } from '../schemas/statistics';
import { tableTitle, type ExitTable } from '../statistics-export';

export interface StatisticsServiceDeps {
  db: Database;
}

/** The instant a cut-off stands for: a date means through 24:00 China Standard Time of that day. */
function cutoffInstant(cutoff: string): Date {
  return isLocalDate(cutoff) ? endOfChinaDay(cutoff) : new Date(cutoff);
}

/** The table for the caller: their region unless they name one inside it (another answers 403). */
export async function exitTable(
  deps: StatisticsServiceDeps,
  principal: Principal,
  query: Pick<ExitStatisticsQuery, 'year' | 'period' | 'region' | 'cutoff'>,
): Promise<ExitTable> {
  const refusal = capabilityProblem(principal, 'read_statistics');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const { year, period } = query;
  const regionCode = askedRegion(principal, query.region);
  const now = new Date();
  const cutoff = query.cutoff ?? now.toISOString();
  const asOf = new Date(Math.min(cutoffInstant(cutoff).getTime(), now.getTime()));
  const { rows, summary, totals } = await exitStatistics(deps.db, { year, period, regionCode, asOf });
  const named = <T extends { regionCode: string }>(row: T) => ({
    ...row,
    regionName: regionName(row.regionCode),
  });
  const name = regionName(regionCode);
  return {
    title: tableTitle({ year, period, regionCode, regionName: name, cutoff }),
    year,
    period,
    regionCode,
    regionName: name,
    cutoff,
    asOf: asOf.toISOString(),
    rows: rows.map(named),
    summary: summary.map(named),
    totals,
  };
}
