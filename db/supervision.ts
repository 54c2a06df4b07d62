/**
 * What supervision reads of one region's year: its cases now (open, overdue, awaiting acceptance), its
 * exits this year so far (the exit statistics' rule: the city's acceptance, or the sealing where it
 * counts), and its year's row (milestones pending and overdue, the plan in force).
 */
import { and, eq, like, sql } from 'drizzle-orm';
import { OPEN_STATUSES } from '../domain/case';
import { regionPrefix } from '../domain/region';
import { planInForce } from '../domain/work-plan';
import { yearIdOf } from '../domain/year-state';
import type { ExitProgress } from '../domain/supervision';
import type { PlanTarget } from '../domain/work-plan';
import type { Database } from './client';
import { cases, years } from './schema';
import { exitStatistics } from './statistics';

export interface RegionYearFigures {
  casesOpen: number;
  casesOverdue: number;
  acceptancesPending: number;
  exits: ExitProgress;
  /** Null when the region has no year opened. */
  year: {
    id: string;
    pending: number;
    overdue: number;
    planVersion: number | null;
    targets: PlanTarget[];
  } | null;
}

export async function regionYearFigures(
  db: Database,
  { regionCode, year, asOf }: { regionCode: string; year: number; asOf: Date },
): Promise<RegionYearFigures> {
  const open = sql.join(
    OPEN_STATUSES.map((status) => sql`${status}`),
    sql`, `,
  );
  const [counts] = await db
    .select({
      open: sql<number>`count(*) filter (where ${cases.status} in (${open}))::int`,
      overdue: sql<number>`count(*) filter (where ${cases.status} in (${open}) and ${cases.dueAt} <= ${asOf.toISOString()}::timestamptz)::int`,
      awaiting: sql<number>`count(*) filter (where ${cases.status} = 'awaiting_acceptance')::int`,
    })
    .from(cases)
    .where(like(cases.regionCode, `${regionPrefix(regionCode)}%`));
  const statistics = await exitStatistics(db, { year, period: 'year_end', regionCode, asOf });
  const [row] = await db
    .select()
    .from(years)
    .where(and(eq(years.id, yearIdOf(regionCode, year))));
  const plan = row ? planInForce(row.state) : null;
  return {
    casesOpen: counts?.open ?? 0,
    casesOverdue: counts?.overdue ?? 0,
    acceptancesPending: counts?.awaiting ?? 0,
    exits: {
      equipment: statistics.rows.length,
      enterprises: new Set(statistics.rows.map((r) => r.creditCode)).size,
      capacity: statistics.totals.map((t) => ({ capacityUnit: t.capacityUnit, value: t.capacityValue })),
    },
    year: row
      ? {
          id: row.id,
          pending: row.pending,
          overdue: row.overdue,
          planVersion: plan?.version ?? null,
          targets: plan?.targets ?? [],
        }
      : null,
  };
}
