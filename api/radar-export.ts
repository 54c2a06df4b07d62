/**
 * The deadline radar's case list as a workbook (临期雷达案件清单): one sheet, 案件清单, under a title row
 * naming the region, dimension, bucket and the instant the days left are counted from; headers in
 * Chinese; regions by name beside their code; codes by their Chinese labels. Built as the statistics
 * workbook is (api/statistics-export.ts).
 */
import { Workbook } from 'exceljs';
import type { searchCases } from '../db/case-search';
import { chinaDateOf } from '../domain/calendar';
import { CASE_STATUSES, DEPARTMENTS, DIMENSIONS, INDUSTRIES, type Dimension } from '../domain/enums';
import { RADAR_BUCKETS, radarBucket, timeLeft, type RadarBounds, type RadarBucket } from '../domain/radar';
import { regionName } from '../domain/region-names';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type CaseRow = Awaited<ReturnType<typeof searchCases>>[number];

/** The cases an export holds, with the filter that chose them. */
export interface RadarCaseList {
  regionCode: string;
  dimension: Dimension | null;
  bucket: RadarBucket | null;
  bounds: RadarBounds;
  rows: CaseRow[];
}

export const RADAR_SHEET = '案件清单';
export const ALL = '全部';

type Cell = string | number;
interface Column {
  header: string;
  width: number;
  value: (row: CaseRow, index: number, bounds: RadarBounds) => Cell;
}

const label = (labels: Record<string, string>, code: string): string => labels[code] ?? code;
/** The deadline's last day: it lapses at 24:00 China Standard Time of it. */
const lastDay = (dueAt: Date | null) => (dueAt ? chinaDateOf(new Date(dueAt.getTime() - 1)) : '');
const days = (n: number | null) => (n === null ? '' : n);

export const RADAR_COLUMNS: Column[] = [
  { header: '序号', width: 6, value: (_row, index) => index + 1 },
  { header: '案件编号', width: 22, value: (row) => row.id },
  { header: '企业名称', width: 32, value: (row) => row.enterpriseName },
  { header: '统一社会信用代码', width: 22, value: (row) => row.creditCode },
  { header: '地区', width: 14, value: (row) => regionName(row.regionCode) ?? '' },
  { header: '行政区划代码', width: 12, value: (row) => row.regionCode },
  { header: '行业', width: 12, value: (row) => label(INDUSTRIES, row.industry) },
  { header: '标准类别', width: 10, value: (row) => label(DIMENSIONS, row.dimension) },
  { header: '主管部门', width: 22, value: (row) => label(DEPARTMENTS, row.department) },
  { header: '案件状态', width: 14, value: (row) => label(CASE_STATUSES, row.status) },
  { header: '文书编号', width: 24, value: (row) => row.documentNumber },
  { header: '检查发现日期', width: 13, value: (row) => row.findingDate },
  { header: '期限届满日', width: 13, value: (row) => lastDay(row.dueAt) },
  {
    header: '剩余天数',
    width: 10,
    value: (row, _i, bounds) => days(timeLeft(row.dueAt, bounds.now).calendarDays),
  },
  {
    header: '剩余工作日',
    width: 10,
    value: (row, _i, bounds) => days(timeLeft(row.dueAt, bounds.now).workingDays),
  },
  {
    header: '临期分组',
    width: 12,
    value: (row, _i, bounds) => RADAR_BUCKETS[radarBucket(row.dueAt, bounds)],
  },
];

const CST_MINUTE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** 临期雷达案件清单　地区：苏州市（320500）　标准类别：全部　临期分组：全部　截至：2026-12-04 10:00（北京时间） */
export function radarTitle({ regionCode, dimension, bucket, bounds }: Omit<RadarCaseList, 'rows'>): string {
  const region = `${regionName(regionCode) ?? ''}（${regionCode}）`;
  return [
    '临期雷达案件清单',
    `地区：${region}`,
    `标准类别：${dimension ? DIMENSIONS[dimension] : ALL}`,
    `临期分组：${bucket ? RADAR_BUCKETS[bucket] : ALL}`,
    `截至：${CST_MINUTE.format(bounds.now)}（北京时间）`,
  ].join('　');
}

/** The workbook: a title row, the header row, then one row per case. */
export async function toRadarXlsx(list: RadarCaseList): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'capacity-exit';
  workbook.created = workbook.modified = list.bounds.now;
  const sheet = workbook.addWorksheet(RADAR_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = RADAR_COLUMNS.map((column) => ({ width: column.width }));
  const title = sheet.addRow([radarTitle(list)]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, RADAR_COLUMNS.length);
  const header = sheet.addRow(RADAR_COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  list.rows.forEach((row, index) =>
    sheet.addRow(RADAR_COLUMNS.map((column) => column.value(row, index, list.bounds))),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * `attachment` with an ASCII name and the Chinese one (RFC 6266 / RFC 8187), e.g.
 * deadline-radar-320500-energy-within_7-2026-12-04.xlsx and 临期雷达-320500-….xlsx.
 */
export function radarContentDisposition(list: Omit<RadarCaseList, 'rows'>): string {
  const stem = [list.regionCode, list.dimension, list.bucket, chinaDateOf(list.bounds.now)]
    .filter((part) => part !== null)
    .join('-');
  return `attachment; filename="deadline-radar-${stem}.xlsx"; filename*=UTF-8''${encodeURIComponent(`临期雷达-${stem}.xlsx`)}`;
}
