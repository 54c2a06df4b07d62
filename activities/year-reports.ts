/**
 * A report milestone's table (domain/year-report.ts), drawn when the jurisdiction submits it: the plans in
 * force and the ledger as they stood at that instant, fixed once in `year_reports`. A retry answers what
 * the first try stored.
 */
import { createHash } from 'node:crypto';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canonicalJson } from '../db/ledger';
import { caseEvents, cases, yearReports, years, type YearReportRow } from '../db/schema';
import { exitStatistics, periodWindow } from '../db/statistics';
import { regionPrefix } from '../domain/region';
import { planInForceAt } from '../domain/work-plan';
import { regionAbove } from '../domain/year';
import {
  REPORT_PERIODS,
  reportIdOf,
  reportTableOf,
  type DrawnReport,
  type ReportFact,
  type ReportMilestone,
} from '../domain/year-report';
import { regionLevel } from '../domain/region';

export interface DrawReportInput {
  yearId: string;
  regionCode: string;
  year: number;
  milestone: ReportMilestone;
  /** The year event of the submission that carries it. */
  sequence: number;
  /** The submission's instant: the table is as of it. */
  asOf: string;
}

const summaryOf = (row: YearReportRow): DrawnReport => ({
  reportId: row.id,
  period: row.period,
  asOf: row.asOf.toISOString(),
  lines: row.lines.length,
  contentHash: row.contentHash,
});

/** The regions whose plans make the planned columns: those directly under the jurisdiction; a county's own. */
const plannedBy = (regionCode: string, jurisdiction: string) =>
  regionLevel(jurisdiction) === 'county'
    ? regionCode === jurisdiction
    : regionAbove(regionCode) === jurisdiction;

export async function drawYearReportIn(db: Database, input: DrawReportInput): Promise<DrawnReport> {
  const id = reportIdOf(input.yearId, input.milestone, input.sequence);
  const [existing] = await db.select().from(yearReports).where(eq(yearReports.id, id));
  if (existing) return summaryOf(existing);
  const period = REPORT_PERIODS[input.milestone];
  const { from, to } = periodWindow(input.year, period);
  const prefix = `${regionPrefix(input.regionCode)}%`;
  const facts: ReportFact[] = [];

  // Planned: each region's plan in force at the instant.
  const plannedYears = (
    await db
      .select()
      .from(years)
      .where(and(eq(years.year, input.year), like(years.regionCode, prefix)))
  ).filter((row) => plannedBy(row.regionCode, input.regionCode));
  const plans: YearReportRow['plans'] = [];
  for (const row of plannedYears.sort((a, b) => a.regionCode.localeCompare(b.regionCode))) {
    const version = planInForceAt(row.state, input.asOf);
    plans.push({ regionCode: row.regionCode, yearId: row.id, version: version?.version ?? null });
    for (const target of version?.targets ?? [])
      facts.push({
        kind: 'target',
        column: target.measure === 'exit' ? 'planned_exit' : 'planned_rectify',
        regionCode: row.regionCode,
        industry: target.industry,
        dimension: target.dimension,
        capacityUnit: target.unit,
        capacity: target.capacity,
        enterprises: target.enterprises,
        equipment: target.equipment,
      });
  }

  // Found, rectified and accepted in the period, as the ledger stood at the instant.
  const steps = await db.execute<{
    credit_code: string;
    region_code: string;
    industry: string;
    dimension: string;
    capacity_value: string;
    capacity_unit: string;
    found: boolean;
    rectified: boolean;
    accepted: boolean;
  }>(sql`
    select c.credit_code, c.region_code, c.industry, c.dimension, c.capacity_value, c.capacity_unit,
      bool_or(e.type = 'case_filed') as found,
      bool_or(e.status = 'rectified') as rectified,
      bool_or(e.type = 'acceptance_passed' and e.status = 'exited') as accepted
    from ${caseEvents} e join ${cases} c on c.id = e.case_id
    where c.region_code like ${prefix}
      and e.recorded_at <= ${input.asOf}::timestamptz
      and e.occurred_at >= ${from}::timestamptz and e.occurred_at < ${to}::timestamptz
    group by c.id`);
  for (const row of steps.rows)
    for (const column of ['found', 'rectified', 'accepted'] as const)
      if (row[column])
        facts.push({
          kind: 'case',
          column,
          creditCode: row.credit_code,
          regionCode: row.region_code,
          industry: row.industry,
          dimension: row.dimension,
          capacityUnit: row.capacity_unit,
          capacity: Number(row.capacity_value),
        });

  // Exited: as the exit statistics count them (acceptance, or sealing where the policy counts it).
  const exits = await exitStatistics(db, {
    year: input.year,
    period,
    regionCode: input.regionCode,
    asOf: new Date(input.asOf),
  });
  for (const row of exits.rows)
    facts.push({
      kind: 'case',
      column: 'exited',
      creditCode: row.creditCode,
      regionCode: row.regionCode,
      industry: row.industry,
      dimension: row.dimension,
      capacityUnit: row.capacityUnit,
      capacity: row.capacityValue,
    });

  const table = reportTableOf(input.regionCode, facts);
  const [row] = await db
    .insert(yearReports)
    .values({
      id,
      yearId: input.yearId,
      regionCode: input.regionCode,
      year: input.year,
      milestone: input.milestone,
      sequence: input.sequence,
      period,
      asOf: new Date(input.asOf),
      lines: table.lines,
      totals: table.totals,
      plans,
      contentHash: createHash('sha256')
        .update(canonicalJson({ lines: table.lines, plans }))
        .digest('hex'),
    })
    .onConflictDoNothing()
    .returning();
  return summaryOf(row ?? (await db.select().from(yearReports).where(eq(yearReports.id, id)))[0]!);
}
