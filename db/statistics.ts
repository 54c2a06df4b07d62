/**
 * The yearly exit statistics table (落后产能退出情况统计表), read from the ledger as of a cut-off.
 *
 * A case counts as exited in a year when the ledger entry that closed it as exited — the city's
 * passing acceptance opinion (`acceptance_passed`, status `exited`) — occurred in that year, China
 * Standard Time; or, where the case's policy counts sealed main equipment as exited
 * (domain/policy.ts `policiesCountingSealedAsExited`), when its sealing came first, in the sealing's year.
 * Either way it counts once. Only ledger entries recorded up to the cut-off count, and everything reported about
 * the exit (the order, sealing, dismantling, completion and acceptance dates) comes from those
 * entries, never from the case row's current state: the ledger is append-only, so the same year and
 * cut-off always give the same table. The enterprise, region, industry, dimension, equipment and
 * capacity are the finding's, fixed at filing (the case row's finding columns never change).
 */
import { sql, type SQL } from 'drizzle-orm';
import { addDays, chinaDatesOfEpochMs, startOfChinaDay, type LocalDate } from '../domain/calendar';
import type { ExitMeasure, ExitScope } from '../domain/enums';
import { regionPrefix } from '../domain/region';
import { policiesCountingSealedAsExited } from '../domain/policy';
import type { ExitCounting, ExitMethod, StatisticsPeriod } from '../domain/statistics';
import type { Database } from './client';
import { caseEvents, cases } from './schema';

export interface ExitStatisticsQuery {
  year: number;
  period: StatisticsPeriod;
  /** Only enterprises inside this region (province, city or county). */
  regionCode: string;
  /** Only ledger entries recorded at or before this instant count. */
  asOf: Date;
}

/** One exited case: one enterprise's equipment (production line) and capacity. */
export interface ExitRow {
  caseId: string;
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  dimension: string;
  equipment: string;
  capacityValue: number;
  capacityUnit: string;
  /** The exit order's measure and scope (关停 the equipment, for eliminated technology). */
  orderMeasure: ExitMeasure | null;
  orderScope: ExitScope | null;
  exitMethod: ExitMethod;
  /** China Standard Time dates of the exit's steps. */
  exitOrderedOn: LocalDate | null;
  sealedOn: LocalDate | null;
  dismantledOn: LocalDate | null;
  /** When the exit evidence was complete (dismantled, plus the resettlement plan for a whole enterprise). */
  exitCompletedOn: LocalDate | null;
  countyAcceptedOn: LocalDate | null;
  /** The city's passing acceptance: the case closed as exited; null for sealed capacity not yet accepted. */
  acceptedOn: LocalDate | null;
  /** The date that places the exit in a year: the acceptance, or the sealing where the policy counts it. */
  countedOn: LocalDate;
  countedAs: ExitCounting;
}

/** Exits by region × industry × dimension, one row per capacity unit: different units are never added. */
export interface ExitSummaryRow {
  regionCode: string;
  industry: string;
  dimension: string;
  capacityUnit: string;
  cases: number;
  capacityValue: number;
}

export interface ExitTotal {
  capacityUnit: string;
  cases: number;
  capacityValue: number;
}

export interface ExitStatistics {
  rows: ExitRow[];
  summary: ExitSummaryRow[];
  /** All exits in the table, one entry per capacity unit. */
  totals: ExitTotal[];
}

/** The instants a period of a year spans, China Standard Time: [from, to). */
export function periodWindow(year: number, period: StatisticsPeriod): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  const end = period === 'mid_year' ? `${y}-07-01` : `${String(year + 1).padStart(4, '0')}-01-01`;
  return { from: startOfChinaDay(`${y}-01-01`), to: startOfChinaDay(end) };
}

/** The end of a cut-off date: 24:00 China Standard Time. */
export function endOfChinaDay(date: LocalDate): Date {
  return new Date(startOfChinaDay(addDays(date, 1)));
}

interface RawDetail extends Record<string, unknown> {
  caseId: string;
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  dimension: string;
  equipment: string | null;
  capacityValue: string;
  capacityUnit: string;
  exitOrder: { measure?: ExitMeasure; scope?: ExitScope } | null;
  orderedAtOnce: boolean | null;
  /** Instants as milliseconds since the epoch: cheaper to read than timestamps, and the calendar stays here. */
  orderedAt: number | null;
  sealedAt: number | null;
  dismantledAt: number | null;
  completedAt: number | null;
  countyAcceptedAt: number | null;
  acceptedAt: number | null;
  countedAt: number;
  countedAs: ExitCounting;
}

interface RawGroup extends Record<string, unknown> {
  regionCode: string;
  industry: string;
  dimension: string;
  capacityUnit: string;
  cases: number;
  capacityValue: string;
}

const epochMs = (instant: SQL) => sql`(extract(epoch from ${instant}) * 1000)::float8`;

/**
 * The exited cases of the query's period and region: the case, the ledger entry that closed it as exited
 * (null for sealed capacity not yet accepted), when it counts and as what.
 */
function exitedCases(query: ExitStatisticsQuery): SQL {
  const { from, to } = periodWindow(query.year, query.period);
  const asOf = query.asOf.toISOString();
  const region = `${regionPrefix(query.regionCode)}%`;
  const sealing = policiesCountingSealedAsExited();
  const sealingCounts =
    sealing.length === 0
      ? sql`false`
      : sql`(c.policy_profile, c.policy_version) in (${sql.join(
          sealing.map((key) => sql`(${key.policyProfile}, ${key.policyVersion})`),
          sql`, `,
        )})`;
  return sql`
    accepted as (
      select e.case_id, e.sequence, e.occurred_at as accepted_at
      from ${caseEvents} e
      join ${cases} c on c.id = e.case_id
      where e.type = 'acceptance_passed'
        and e.status = 'exited'
        and e.recorded_at <= ${asOf}::timestamptz
        and c.region_code like ${region}
    ),
    sealed as (
      select e.case_id, min(e.occurred_at) as sealed_at
      from ${caseEvents} e
      join ${cases} c on c.id = e.case_id
      where e.type = 'exit_evidence_recorded'
        and e.detail ->> 'sealed' = 'true'
        and e.recorded_at <= ${asOf}::timestamptz
        and c.region_code like ${region}
        and ${sealingCounts}
      group by e.case_id
    ),
    exited as (
      select coalesce(a.case_id, s.case_id) as case_id, a.sequence, a.accepted_at,
        least(a.accepted_at, s.sealed_at) as counted_at,
        case when s.sealed_at is not null and (a.accepted_at is null or s.sealed_at <= a.accepted_at)
          then 'sealed' else 'accepted' end as counted_as
      from accepted a
      full join sealed s on s.case_id = a.case_id
      where least(a.accepted_at, s.sealed_at) >= ${from}::timestamptz
        and least(a.accepted_at, s.sealed_at) < ${to}::timestamptz
    )`;
}

/**
 * The table, from one snapshot (a read-only repeatable-read transaction): the exited cases with their
 * exit's steps, then the groups by region × industry × dimension × unit. Capacities are summed as numeric
 * in PostgreSQL, so decimals add exactly. The steps are aggregated by hash (an ordered aggregate would
 * force a sort of every entry), and the rows are ordered here rather than by a sort of wide tuples in
 * PostgreSQL: for 100,000 exits that halves the time.
 */
export async function exitStatistics(db: Database, query: ExitStatisticsQuery): Promise<ExitStatistics> {
  const asOf = query.asOf.toISOString();
  const exited = exitedCases(query);
  const { details, groups } = await db.transaction(
    async (tx) => {
      const detailRows = await tx.execute<RawDetail>(sql`
        with ${exited},
        orders as (
          select distinct on (e.case_id) e.case_id, e.detail -> 'exitOrder' as exit_order
          from ${caseEvents} e
          join exited x on x.case_id = e.case_id and (x.sequence is null or e.sequence < x.sequence)
          where e.type = 'exit_approved' and e.recorded_at <= ${asOf}::timestamptz
          order by e.case_id, e.sequence desc
        ),
        steps as (
          select e.case_id,
            min(e.occurred_at) filter (where e.type in ('exit_approved', 'exit_ordered_at_once')) as ordered_at,
            bool_or(e.type = 'exit_ordered_at_once') as ordered_at_once,
            max(e.occurred_at) filter (
              where e.type = 'exit_evidence_recorded' and e.detail ->> 'sealed' = 'true') as sealed_at,
            max(e.occurred_at) filter (
              where e.type = 'exit_evidence_recorded' and e.detail ->> 'item' = 'dismantled') as dismantled_at,
            max(e.occurred_at) filter (
              where e.type = 'exit_evidence_recorded' and e.detail ->> 'exitCompleted' = 'true') as completed_at,
            max(e.occurred_at) filter (
              where e.type = 'acceptance_passed' and e.detail ->> 'level' = 'county') as county_accepted_at
          from ${caseEvents} e
          join exited x on x.case_id = e.case_id and (x.sequence is null or e.sequence < x.sequence)
          where e.recorded_at <= ${asOf}::timestamptz
          group by e.case_id
        )
        select c.id as "caseId", c.enterprise_name as "enterpriseName", c.credit_code as "creditCode",
          c.region_code as "regionCode", c.industry, c.dimension,
          c.finding -> 'capacity' ->> 'equipment' as equipment, c.capacity_value::text as "capacityValue",
          c.capacity_unit as "capacityUnit", o.exit_order as "exitOrder", s.ordered_at_once as "orderedAtOnce",
          ${epochMs(sql`s.ordered_at`)} as "orderedAt", ${epochMs(sql`s.sealed_at`)} as "sealedAt",
          ${epochMs(sql`s.dismantled_at`)} as "dismantledAt", ${epochMs(sql`s.completed_at`)} as "completedAt",
          ${epochMs(sql`s.county_accepted_at`)} as "countyAcceptedAt", ${epochMs(sql`x.accepted_at`)} as "acceptedAt",
          ${epochMs(sql`x.counted_at`)} as "countedAt", x.counted_as as "countedAs"
        from exited x
        join ${cases} c on c.id = x.case_id
        left join steps s on s.case_id = x.case_id
        left join orders o on o.case_id = x.case_id`);
      const groupRows = await tx.execute<RawGroup>(sql`
        with ${exited}
        select c.region_code as "regionCode", c.industry, c.dimension, c.capacity_unit as "capacityUnit",
          count(*)::int as cases, sum(c.capacity_value)::text as "capacityValue"
        from exited x
        join ${cases} c on c.id = x.case_id
        group by grouping sets ((c.region_code, c.industry, c.dimension, c.capacity_unit), (c.capacity_unit))`);
      return { details: detailRows.rows, groups: groupRows.rows };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const summary = groups.filter((group) => group.regionCode !== null).sort(bySummaryKey);
  const totals = groups
    .filter((group) => group.regionCode === null)
    .sort((a, b) => compareText(a.capacityUnit, b.capacityUnit));
  return {
    rows: details.sort(byRegionIndustryDimensionDate).map(exitRowReader()),
    summary: summary.map((group) => ({ ...group, capacityValue: Number(group.capacityValue) })),
    totals: totals.map(({ capacityUnit, cases: count, capacityValue }) => ({
      capacityUnit,
      cases: count,
      capacityValue: Number(capacityValue),
    })),
  };
}

/** UTF-16 code-unit order: PostgreSQL's "C" collation, for the ASCII codes compared here. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const bySummaryKey = (a: RawGroup, b: RawGroup): number =>
  compareText(a.regionCode, b.regionCode) ||
  compareText(a.industry, b.industry) ||
  compareText(a.dimension, b.dimension) ||
  compareText(a.capacityUnit, b.capacityUnit);

const byRegionIndustryDimensionDate = (a: RawDetail, b: RawDetail): number =>
  compareText(a.regionCode, b.regionCode) ||
  compareText(a.industry, b.industry) ||
  compareText(a.dimension, b.dimension) ||
  a.countedAt - b.countedAt ||
  compareText(a.caseId, b.caseId);

/** Reads the rows of one table, formatting each China day once. */
function exitRowReader(): (raw: RawDetail) => ExitRow {
  const dateOf = chinaDatesOfEpochMs();
  return (raw) => {
    // Eliminated technology exits at once: the workflow orders 关停 of the finding's equipment, and the
    // `exit_ordered_at_once` entry records that it did so (the order itself is not in its detail).
    const order = raw.exitOrder ?? (raw.orderedAtOnce ? { measure: 'shutdown', scope: 'equipment' } : null);
    return {
      caseId: raw.caseId,
      enterpriseName: raw.enterpriseName,
      creditCode: raw.creditCode,
      regionCode: raw.regionCode,
      industry: raw.industry,
      dimension: raw.dimension,
      equipment: raw.equipment ?? '',
      capacityValue: Number(raw.capacityValue),
      capacityUnit: raw.capacityUnit,
      orderMeasure: order?.measure ?? null,
      orderScope: order?.scope ?? null,
      exitMethod:
        raw.sealedAt !== null
          ? raw.dismantledAt !== null
            ? 'sealed_then_dismantled'
            : 'sealed'
          : 'dismantled',
      exitOrderedOn: dateOf(raw.orderedAt),
      sealedOn: dateOf(raw.sealedAt),
      dismantledOn: dateOf(raw.dismantledAt),
      exitCompletedOn: dateOf(raw.completedAt),
      countyAcceptedOn: dateOf(raw.countyAcceptedAt),
      acceptedOn: dateOf(raw.acceptedAt),
      countedOn: dateOf(raw.countedAt)!,
      countedAs: raw.countedAs,
    };
  };
}
