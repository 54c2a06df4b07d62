/**
 * The exit statistics table (落后产能退出情况统计表) as a regulator files it: JSON for programs, CSV
 * (RFC 4180, UTF-8 with a byte-order mark so Excel reads the Chinese) and XLSX with two sheets,
 * 明细 (one row per exited case) and 汇总 (by region × industry × dimension, one row per capacity
 * unit, then the totals per unit). Headers are in Chinese and English; codes are shown by their
 * Chinese labels.
 */
import { Workbook } from 'exceljs';
import type { ExitRow, ExitSummaryRow, ExitTotal } from '../db/statistics';
import { DIMENSIONS, EXIT_MEASURES, EXIT_SCOPES, INDUSTRIES } from '../domain/enums';
import {
  EXIT_COUNTINGS,
  EXIT_METHODS,
  STATISTICS_PERIODS,
  type StatisticsPeriod,
} from '../domain/statistics';

export const EXPORT_FORMATS = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A region's GB/T 2260 name beside its code (domain/region-names.ts); null for a code the table lacks. */
interface Named {
  regionName: string | null;
}

/** The table with what it is about: the year and period, the region, and the cut-off it is as of. */
export interface ExitTable {
  title: string;
  year: number;
  period: StatisticsPeriod;
  regionCode: string;
  regionName: string | null;
  /** The cut-off as asked for: a date (through 24:00 China Standard Time) or an instant. */
  cutoff: string;
  /** The instant the table is as of: ledger entries recorded later do not count. */
  asOf: string;
  rows: (ExitRow & Named)[];
  summary: (ExitSummaryRow & Named)[];
  totals: ExitTotal[];
}

export function tableTitle({
  year,
  period,
  regionCode,
  regionName,
  cutoff,
}: Pick<ExitTable, 'year' | 'period' | 'regionCode' | 'regionName' | 'cutoff'>): string {
  const region = regionName === null ? regionCode : `${regionCode} ${regionName}`;
  return `${year}年落后产能退出情况统计表（${STATISTICS_PERIODS[period]}）　地区：${region}　截至：${cutoff}`;
}

type Cell = string | number;

export interface Column<T> {
  header: string;
  width: number;
  value: (row: T, index: number) => Cell;
}

export const label = (labels: Record<string, string>, code: string | null): string =>
  code === null ? '' : (labels[code] ?? code);

export const DETAIL_COLUMNS: Column<ExitTable['rows'][number]>[] = [
  { header: '序号 No.', width: 8, value: (_row, index) => index + 1 },
  { header: '企业名称 Enterprise', width: 32, value: (row) => row.enterpriseName },
  { header: '统一社会信用代码 Credit code', width: 22, value: (row) => row.creditCode },
  { header: '行政区划代码 Region', width: 12, value: (row) => row.regionCode },
  { header: '地区名称 Region name', width: 14, value: (row) => row.regionName ?? '' },
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
  { header: '市级验收（退出）日期 Accepted', width: 13, value: (row) => row.acceptedOn ?? '' },
  { header: '计入退出日期 Counted', width: 13, value: (row) => row.countedOn },
  { header: '计入依据 Counted as', width: 16, value: (row) => label(EXIT_COUNTINGS, row.countedAs) },
  { header: '案件编号 Case', width: 22, value: (row) => row.caseId },
];

export const SUMMARY_COLUMNS: Column<ExitTable['summary'][number]>[] = [
  { header: '行政区划代码 Region', width: 14, value: (row) => row.regionCode },
  { header: '地区名称 Region name', width: 14, value: (row) => row.regionName ?? '' },
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

export function addSheet<T>(
  workbook: Workbook,
  name: string,
  title: string,
  columns: Column<T>[],
  rows: T[],
) {
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
    const row = summary.addRow([
      TOTAL_LABEL,
      '',
      '',
      '',
      total.capacityUnit,
      total.cases,
      total.capacityValue,
    ]);
    row.font = { bold: true };
  }
  return withEntryTimes(Buffer.from(await workbook.xlsx.writeBuffer()), new Date(table.asOf));
}

/**
 * The zip's every entry stamped with one instant (its China Standard Time wall clock, as zip keeps local
 * time in MS-DOS form), in the local headers and the central directory. ExcelJS stamps each entry with
 * the moment it was written, so the same table would give other bytes a second later; stamped with the
 * table's cut-off, the same query gives the same file, byte for byte.
 */
export function withEntryTimes(zip: Buffer, at: Date): Buffer {
  const cst = new Date(at.getTime() + 8 * 3600_000);
  const year = Math.min(Math.max(cst.getUTCFullYear(), 1980), 2107);
  const dosTime = (cst.getUTCHours() << 11) | (cst.getUTCMinutes() << 5) | (cst.getUTCSeconds() >> 1);
  const dosDate = ((year - 1980) << 9) | ((cst.getUTCMonth() + 1) << 5) | cst.getUTCDate();
  const out = Buffer.from(zip);
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const entries = out.readUInt16LE(end + 10);
  let entry = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(entry) !== 0x02014b50) throw new Error('not a zip: a broken central directory');
    out.writeUInt16LE(dosTime, entry + 12);
    out.writeUInt16LE(dosDate, entry + 14);
    const local = out.readUInt32LE(entry + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('not a zip: a broken local header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    entry += 46 + out.readUInt16LE(entry + 28) + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
  }
  return out;
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
