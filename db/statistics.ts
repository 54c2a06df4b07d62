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
import { sql } from 'drizzle-orm';
import { addDays, chinaDateOf, startOfChinaDay, type LocalDate } from '../domain/calendar';
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

interface RawDetail {
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
  orderedAt: string | null;
  sealedAt: string | null;
  dismantledAt: string | null;
  completedAt: string | null;
  countyAcceptedAt: string | null;
  acceptedAt: string | null;
  countedAt: string;
  countedAs: ExitCounting;
}

interface RawGroup {
  regionCode: string;
  industry: string;
  dimension: string;
  capacityUnit: string;
  cases: number;
  capacityValue: string;
}

const dateOf = (instant: string | null): LocalDate | null =>
  instant ? chinaDateOf(new Date(instant)) : null;

/**
 * The table, in one statement (one snapshot): the exited cases with their exit's steps, the groups by
 * region × industry × dimension × unit, and the totals per unit. Capacities are summed as numeric in
 * PostgreSQL, so decimals add exactly.
 */
export async function exitStatistics(db: Database, query: ExitStatisticsQuery): Promise<ExitStatistics> {
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
  const result = await db.execute<{ details: RawDetail[]; summary: RawGroup[]; totals: RawGroup[] }>(sql`
    with accepted as (
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
    ),
    steps as (
      select x.case_id,
        min(e.occurred_at) filter (where e.type in ('exit_approved', 'exit_ordered_at_once')) as ordered_at,
        (array_agg(e.detail -> 'exitOrder' order by e.sequence desc)
          filter (where e.type = 'exit_approved'))[1] as exit_order,
        bool_or(e.type = 'exit_ordered_at_once') as ordered_at_once,
        max(e.occurred_at) filter (
          where e.type = 'exit_evidence_recorded' and e.detail ->> 'sealed' = 'true') as sealed_at,
        max(e.occurred_at) filter (
          where e.type = 'exit_evidence_recorded' and e.detail ->> 'item' = 'dismantled') as dismantled_at,
        max(e.occurred_at) filter (
          where e.type = 'exit_evidence_recorded' and e.detail ->> 'exitCompleted' = 'true') as completed_at,
        max(e.occurred_at) filter (
          where e.type = 'acceptance_passed' and e.detail ->> 'level' = 'county') as county_accepted_at
      from exited x
      join ${caseEvents} e
        on e.case_id = x.case_id and (x.sequence is null or e.sequence < x.sequence)
          and e.recorded_at <= ${asOf}::timestamptz
      group by x.case_id
    ),
    details as (
      select c.id as case_id, c.enterprise_name, c.credit_code, c.region_code, c.industry, c.dimension,
        c.finding -> 'capacity' ->> 'equipment' as equipment, c.capacity_value, c.capacity_unit,
        s.exit_order, s.ordered_at_once, s.ordered_at, s.sealed_at, s.dismantled_at, s.completed_at,
        s.county_accepted_at, x.accepted_at, x.counted_at, x.counted_as
      from exited x
      join ${cases} c on c.id = x.case_id
      left join steps s on s.case_id = x.case_id
    ),
    groups as (
      select region_code, industry, dimension, capacity_unit, count(*)::int as cases,
        sum(capacity_value) as capacity_value
      from details
      group by region_code, industry, dimension, capacity_unit
    )
    select
      coalesce((
        select json_agg(json_build_object(
          'caseId', case_id, 'enterpriseName', enterprise_name, 'creditCode', credit_code,
          'regionCode', region_code, 'industry', industry, 'dimension', dimension,
          'equipment', equipment, 'capacityValue', capacity_value::text, 'capacityUnit', capacity_unit,
          'exitOrder', exit_order, 'orderedAtOnce', ordered_at_once, 'orderedAt', ordered_at,
          'sealedAt', sealed_at, 'dismantledAt', dismantled_at, 'completedAt', completed_at,
          'countyAcceptedAt', county_accepted_at, 'acceptedAt', accepted_at,
          'countedAt', counted_at, 'countedAs', counted_as)
          order by region_code, industry, dimension, counted_at, case_id)
        from details), '[]'::json) as details,
      coalesce((
        select json_agg(json_build_object(
          'regionCode', region_code, 'industry', industry, 'dimension', dimension,
          'capacityUnit', capacity_unit, 'cases', cases, 'capacityValue', capacity_value::text)
          order by region_code, industry, dimension, capacity_unit)
        from groups), '[]'::json) as summary,
      coalesce((
        select json_agg(json_build_object(
          'capacityUnit', capacity_unit, 'cases', cases, 'capacityValue', capacity_value::text)
          order by capacity_unit)
        from (select capacity_unit, sum(cases)::int as cases, sum(capacity_value) as capacity_value
              from groups group by capacity_unit) units), '[]'::json) as totals
  `);
  const [{ details, summary, totals }] = result.rows as [
    { details: RawDetail[]; summary: RawGroup[]; totals: RawGroup[] },
  ];
  return {
    rows: details.map(toExitRow),
    summary: summary.map((group) => ({ ...group, capacityValue: Number(group.capacityValue) })),
    totals: totals.map(({ capacityUnit, cases: count, capacityValue }) => ({
      capacityUnit,
      cases: count,
      capacityValue: Number(capacityValue),
    })),
  };
}

function toExitRow(raw: RawDetail): ExitRow {
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
    exitMethod: raw.sealedAt ? (raw.dismantledAt ? 'sealed_then_dismantled' : 'sealed') : 'dismantled',
    exitOrderedOn: dateOf(raw.orderedAt),
    sealedOn: dateOf(raw.sealedAt),
    dismantledOn: dateOf(raw.dismantledAt),
    exitCompletedOn: dateOf(raw.completedAt),
    countyAcceptedOn: dateOf(raw.countyAcceptedAt),
    acceptedOn: dateOf(raw.acceptedAt),
    countedOn: dateOf(raw.countedAt)!,
    countedAs: raw.countedAs,
  };
}
