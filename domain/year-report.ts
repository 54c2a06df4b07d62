/**
 * The statistics tables a jurisdiction reports up the chain (半年/年度退出情况统计表, 汇总上报; issue 15 item 6):
 * for each region directly under it (a county: itself), industry, dimension and capacity unit, what its work
 * plan in force planned — to rectify, to exit — beside what happened in the period: cases found, rectified,
 * exited (as the exit statistics count them) and accepted. A city's table is its counties' figures side by
 * side, so it aggregates them; each line of a lower level's table adds up into the level above's. Pure.
 */
import type { MilestoneKind } from './year';
import type { StatisticsPeriod } from './statistics';
import { regionLevel } from './region';

/** The milestones whose submission carries a table, and the period each covers. */
export const REPORT_PERIODS = {
  midyear_statistics: 'mid_year',
  yearend_statistics: 'year_end',
  aggregate_report: 'year_end',
} as const satisfies Partial<Record<MilestoneKind, StatisticsPeriod>>;
export type ReportMilestone = keyof typeof REPORT_PERIODS;

export function isReportMilestone(kind: MilestoneKind): kind is ReportMilestone {
  return kind in REPORT_PERIODS;
}

export const REPORT_COLUMNS = {
  planned_rectify: '计划限期整改',
  planned_exit: '计划依法依规退出',
  found: '排查发现（立案）',
  rectified: '整改达标',
  exited: '退出',
  accepted: '验收通过',
} as const;
export type ReportColumn = keyof typeof REPORT_COLUMNS;
export const REPORT_COLUMN_CODES = Object.keys(REPORT_COLUMNS) as ReportColumn[];

export interface Figures {
  enterprises: number;
  /** Pieces of equipment (production lines), 落后生产设备数量. */
  equipment: number;
  capacity: number;
}

export interface ReportLine {
  regionCode: string;
  industry: string;
  dimension: string;
  capacityUnit: string;
  figures: Record<ReportColumn, Figures>;
}

/** One fact that counts in a column: a planned target, or one case (one piece of equipment of one enterprise). */
export type ReportFact = {
  column: ReportColumn;
  regionCode: string;
  industry: string;
  dimension: string;
  capacityUnit: string;
  capacity: number;
} & ({ kind: 'target'; enterprises: number; equipment: number } | { kind: 'case'; creditCode: string });

export interface ReportTable {
  lines: ReportLine[];
  /** The whole table per capacity unit: units are never added together. */
  totals: { capacityUnit: string; figures: Record<ReportColumn, Figures> }[];
}

/** The region a fact is reported under in a jurisdiction's table: the one directly under it that holds it. */
export function reportRegionOf(regionCode: string, jurisdiction: string): string {
  const level = regionLevel(jurisdiction);
  if (level === 'county') return jurisdiction;
  if (level === 'city') return regionLevel(regionCode) === 'county' ? regionCode : jurisdiction;
  return regionLevel(regionCode) === 'province' ? jurisdiction : `${regionCode.slice(0, 4)}00`;
}

const zero = (): Figures => ({ enterprises: 0, equipment: 0, capacity: 0 });
const emptyFigures = () =>
  Object.fromEntries(REPORT_COLUMN_CODES.map((column) => [column, zero()])) as Record<ReportColumn, Figures>;
/** Capacities are decimals of at most four places: sums are rounded back to them. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The table from its facts: a case's enterprise counts once per line and column however many of its pieces
 * of equipment do; a target counts as planned.
 */
export function reportTableOf(jurisdiction: string, facts: readonly ReportFact[]): ReportTable {
  const lines = new Map<string, { line: ReportLine; enterprises: Map<ReportColumn, Set<string>> }>();
  const totals = new Map<
    string,
    { figures: Record<ReportColumn, Figures>; enterprises: Map<ReportColumn, Set<string>> }
  >();
  const add = (
    target: { figures: Record<ReportColumn, Figures>; enterprises: Map<ReportColumn, Set<string>> },
    fact: ReportFact,
  ) => {
    const figures = target.figures[fact.column];
    figures.capacity = round(figures.capacity + fact.capacity);
    if (fact.kind === 'target') {
      figures.enterprises += fact.enterprises;
      figures.equipment += fact.equipment;
      return;
    }
    figures.equipment += 1;
    const seen = target.enterprises.get(fact.column) ?? new Set<string>();
    target.enterprises.set(fact.column, seen);
    if (!seen.has(fact.creditCode)) {
      seen.add(fact.creditCode);
      figures.enterprises += 1;
    }
  };
  for (const fact of facts) {
    const regionCode = reportRegionOf(fact.regionCode, jurisdiction);
    const key = [regionCode, fact.industry, fact.dimension, fact.capacityUnit].join('|');
    if (!lines.has(key))
      lines.set(key, {
        line: {
          regionCode,
          industry: fact.industry,
          dimension: fact.dimension,
          capacityUnit: fact.capacityUnit,
          figures: emptyFigures(),
        },
        enterprises: new Map(),
      });
    add({ figures: lines.get(key)!.line.figures, enterprises: lines.get(key)!.enterprises }, fact);
    if (!totals.has(fact.capacityUnit))
      totals.set(fact.capacityUnit, { figures: emptyFigures(), enterprises: new Map() });
    add(totals.get(fact.capacityUnit)!, fact);
  }
  const byKey = (a: ReportLine, b: ReportLine) =>
    a.regionCode.localeCompare(b.regionCode) ||
    a.industry.localeCompare(b.industry) ||
    a.dimension.localeCompare(b.dimension) ||
    a.capacityUnit.localeCompare(b.capacityUnit);
  return {
    lines: [...lines.values()].map((entry) => entry.line).sort(byKey),
    totals: [...totals.entries()]
      .map(([capacityUnit, entry]) => ({ capacityUnit, figures: entry.figures }))
      .sort((a, b) => a.capacityUnit.localeCompare(b.capacityUnit)),
  };
}

/** A report's id: one per year, milestone and the submission (its year event) that carries it. */
export function reportIdOf(yearId: string, milestone: ReportMilestone, sequence: number): string {
  return `${yearId.replace(/^YR-/, 'TJ-')}-${milestone}-${sequence}`;
}

export const REPORT_ID_PATTERN =
  /^TJ-\d{6}-\d{4}-(midyear_statistics|yearend_statistics|aggregate_report)-\d{1,6}$/;

/** What the activity that draws a table answers the workflow (the lines stay in PostgreSQL). */
export interface DrawnReport {
  reportId: string;
  period: StatisticsPeriod;
  asOf: string;
  lines: number;
  contentHash: string;
}
