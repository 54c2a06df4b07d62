/**
 * The exit statistics table (落后产能退出情况统计表) as a regulator files it: JSON for programs, CSV
 * (RFC 4180, UTF-8 with a byte-order mark so Excel reads the Chinese) and XLSX with two sheets,
 * 明细 (one row per exited case) and 汇总 (by region × industry × dimension, one row per capacity
 * unit, then the totals per unit). Headers are in Chinese and English; codes are shown by their
 * Chinese labels.
 */
import { Workbook } from 'exceljs';
import {
  STATISTICS_PERIODS,
  EXIT_METHODS,
  type ExitRow,
  type ExitStatistics,
  type ExitSummaryRow,
  type StatisticsPeriod,
} from '../db/statistics';
import { DIMENSIONS, EXIT_MEASURES, EXIT_SCOPES, INDUSTRIES } from '../domain/enums';

export const EXPORT_FORMATS = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The table with what it is about: the year and period, the region, and the cut-off it is as of. */
export interface ExitTable extends ExitStatistics {
  title: string;
  year: number;
  period: StatisticsPeriod;
  regionCode: string;
  /** The cut-off as asked for: a date (through 24:00 China Standard Time) or an instant. */
  cutoff: string;
  /** The instant the table is as of: ledger entries recorded later do not count. */
  asOf: string;
}

export function tableTitle({
  year,
  period,
  regionCode,
  cutoff,
}: Pick<ExitTable, 'year' | 'period' | 'regionCode' | 'cutoff'>): string {
  return `${year}年落后产能退出情况统计表（${STATISTICS_PERIODS[period]}）　地区：${regionCode}　截至：${cutoff}`;
}

type Cell = string | number;

interface Column<T> {
  header: string;
  width: number;
  value: (row: T, index: number) => Cell;
}

const label = (labels: Record<string, string>, code: string | null): string =>
  code === null ? '' : (labels[code] ?? code);

export const DETAIL_COLUMNS: Column<ExitRow>[] = [
  { header: '序号 No.', width: 8, value: (_row, index) => index + 1 },
  { header: '企业名称 Enterprise', width: 32, value: (row) => row.enterpriseName },
  { header: '统一社会信用代码 Credit code', width: 22, value: (row) => row.creditCode },
  { header: '行政区划代码 Region', width: 12, value: (row) => row.regionCode },
  { header: '行业 Industry', width: 12, value: (row) => label(INDUSTRIES, row.industry) },
  { header: '标准类别 Dimension', width: 10, value: (row) => label(DIMENSIONS, row.dimension) },
  { header: '设备（生产线）Equipment', width: 24, value: (row) => row.equipment },
  { header: '产能 Capacity', width: 12, value: (row) => row.capacityValue },
  { header: '单位 Unit', width: 10, value: (row) => row.capacityUnit },
  { header: '退出措施 Order measure', width: 10, value: (row) => label(EXIT_MEASURES, row.orderMeasure) },
  { header: '退出范围 Order scope', width: 20, value: (row) => label(EXIT_SCOPES, row.orderScope) },
  { header: '退出方式 Exit method', width: 14, value: (row) => label(EXIT_METHODS, row.exitMethod) },
  { header: '决定退出日期 Exit ordered', width: 13, value: (row) => row.exitOrderedOn ?? '' },
  { header: '封停日期 Sealed', width: 13, value: (row) => row.sealedOn ?? '' },
  { header: '拆除日期 Dismantled', width: 13, value: (row) => row.dismantledOn ?? '' },
  { header: '退出完成日期 Exit completed', width: 13, value: (row) => row.exitCompletedOn ?? '' },
  { header: '县级验收日期 County acceptance', width: 13, value: (row) => row.countyAcceptedOn ?? '' },
  { header: '市级验收（退出）日期 Accepted', width: 13, value: (row) => row.acceptedOn },
  { header: '案件编号 Case', width: 22, value: (row) => row.caseId },
];

export const SUMMARY_COLUMNS: Column<ExitSummaryRow>[] = [
  { header: '行政区划代码 Region', width: 14, value: (row) => row.regionCode },
  { header: '行业 Industry', width: 12, value: (row) => label(INDUSTRIES, row.industry) },
  { header: '标准类别 Dimension', width: 10, value: (row) => label(DIMENSIONS, row.dimension) },
  { header: '单位 Unit', width: 10, value: (row) => row.capacityUnit },
  { header: '退出案件数 Cases', width: 12, value: (row) => row.cases },
  { header: '退出产能 Capacity', width: 14, value: (row) => row.capacityValue },
];

export const TOTAL_LABEL = '合计 Total';

// ---- CSV

/**
 * One field: quoted where RFC 4180 needs it; text that a spreadsheet would run as a formula (= + - @,
 * tab, carriage return first) gets a leading apostrophe, since enterprise names come from findings.
 */
function csvField(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvOf<T>(columns: Column<T>[], rows: T[]): string {
  const lines = [columns.map((c) => csvField(c.header))];
  rows.forEach((row, index) => lines.push(columns.map((c) => csvField(c.value(row, index)))));
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** The details (明细) or the summary (汇总) as CSV: a header line, then one line per row. */
export function toCsv(table: ExitTable, part: 'details' | 'summary'): string {
  return part === 'details' ? csvOf(DETAIL_COLUMNS, table.rows) : csvOf(SUMMARY_COLUMNS, table.summary);
}

// ---- XLSX

function addSheet<T>(workbook: Workbook, name: string, title: string, columns: Column<T>[], rows: T[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columns.length);
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  rows.forEach((row, index) => sheet.addRow(columns.map((column) => column.value(row, index))));
  return sheet;
}

/** The workbook: 明细 (details) and 汇总 (summary, then a total per capacity unit), each under a title row. */
export async function toXlsx(table: ExitTable): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'capacity-exit';
  // The workbook's dates are the table's: the data as of the cut-off, whenever it was exported.
  workbook.created = workbook.modified = new Date(table.asOf);
  addSheet(workbook, '明细', table.title, DETAIL_COLUMNS, table.rows);
  const summary = addSheet(workbook, '汇总', table.title, SUMMARY_COLUMNS, table.summary);
  for (const total of table.totals) {
    const row = summary.addRow([TOTAL_LABEL, '', '', total.capacityUnit, total.cases, total.capacityValue]);
    row.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- file names

/**
 * `attachment` with an ASCII name and the Chinese one (RFC 6266 / RFC 8187), e.g.
 * exit-statistics-2025-year_end-320500-2026-01-31.xlsx and 落后产能退出情况统计表-2025-….xlsx.
 */
export function contentDisposition(
  table: ExitTable,
  format: Exclude<ExportFormat, 'json'>,
  part?: string,
): string {
  const stem = [table.year, table.period, table.regionCode, table.cutoff.replace(/[^\w-]/g, '')]
    .concat(part && part !== 'details' ? [part] : [])
    .join('-');
  const ascii = `exit-statistics-${stem}.${format}`;
  const chinese = `落后产能退出情况统计表-${stem}.${format}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;
}
