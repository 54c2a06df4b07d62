/**
 * The statistics tables reported up the chain (domain/year-report.ts), read by the jurisdiction that
 * submitted one and every level above it: the table as submitted, and where each region under it stands
 * with its own report of the same milestone.
 */
import { and, eq, like } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { yearReports, years } from '../../db/schema';
import { regionCovers } from '../../domain/authority';
import { regionPrefix } from '../../domain/region';
import { regionName } from '../../domain/region-names';
import { regionAbove, MILESTONE_KINDS } from '../../domain/year';
import { REPORT_COLUMNS, REPORT_COLUMN_CODES } from '../../domain/year-report';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import type { YearReportView } from '../schemas/year-reports';

export async function reportDocument(
  db: Database,
  principal: Principal,
  id: string,
): Promise<YearReportView> {
  const [row] = await db.select().from(yearReports).where(eq(yearReports.id, id));
  if (!row || !regionCovers(principal.regionCode, row.regionCode))
    throw new ProblemError('notFound', 404, `no report ${id}`);
  // The regions directly under the jurisdiction with a year, and their own report of this milestone now.
  const under = (
    await db
      .select()
      .from(years)
      .where(and(eq(years.year, row.year), like(years.regionCode, `${regionPrefix(row.regionCode)}%`)))
  ).filter((year) => regionAbove(year.regionCode) === row.regionCode);
  const reportsUnder = await db
    .select({ id: yearReports.id, yearId: yearReports.yearId, sequence: yearReports.sequence })
    .from(yearReports)
    .where(and(eq(yearReports.year, row.year), eq(yearReports.milestone, row.milestone)));
  const regionCodes = [...new Set([...row.plans.map((p) => p.regionCode), ...under.map((y) => y.regionCode)])]
    .filter((code) => code !== row.regionCode || row.plans.some((p) => p.regionCode === code))
    .sort();
  return {
    id: row.id,
    yearId: row.yearId,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode),
    year: row.year,
    milestone: row.milestone,
    title: `${regionName(row.regionCode) ?? row.regionCode}${row.year}年${MILESTONE_KINDS[row.milestone]}`,
    period: row.period,
    asOf: row.asOf.toISOString(),
    sequence: row.sequence,
    contentHash: row.contentHash,
    columns: REPORT_COLUMN_CODES.map((code) => ({ code, label: REPORT_COLUMNS[code] })),
    lines: row.lines.map((line) => ({
      ...line,
      regionName: regionName(line.regionCode),
    })) as YearReportView['lines'],
    totals: row.totals,
    regions: regionCodes.map((regionCode) => {
      const plan = row.plans.find((p) => p.regionCode === regionCode);
      const year = under.find((y) => y.regionCode === regionCode);
      const milestone = year?.state.milestones.find((m) => m.kind === row.milestone) ?? null;
      const latest = year
        ? reportsUnder.filter((r) => r.yearId === year.id).sort((a, b) => b.sequence - a.sequence)[0]
        : undefined;
      return {
        regionCode,
        regionName: regionName(regionCode),
        planYearId: plan?.yearId ?? null,
        planVersion: plan?.version ?? null,
        milestoneStatus: milestone?.status ?? null,
        overdue: milestone ? milestone.overdueSince !== null && milestone.status !== 'done' : false,
        reportId: latest?.id ?? null,
      };
    }),
  };
}
