/**
 * A published announcement as a workbook: one sheet, 公告, under a title naming the jurisdiction, the
 * year, the version and its cut-off; one row per exited enterprise's equipment, then the capacity per
 * unit. The file's dates are the version's, so the same version always gives the same bytes.
 */
import { Workbook } from 'exceljs';
import type { AnnouncementRow } from '../domain/announcement';
import { DIMENSIONS, INDUSTRIES } from '../domain/enums';
import { EXIT_METHODS } from '../domain/statistics';
import { addSheet, label, withEntryTimes, type Column } from './statistics-export';

export interface AnnouncementDocument {
  id: string;
  regionCode: string;
  regionName: string | null;
  year: number;
  version: number;
  cutoff: string;
  asOf: string;
  corrects: number | null;
  correction: string | null;
  rows: AnnouncementRow[];
  totals: { capacityUnit: string; cases: number; capacityValue: number }[];
}

export function announcementTitle(document: AnnouncementDocument): string {
  const region = document.regionName ?? document.regionCode;
  const correction = document.corrects === null ? '' : `（更正第 ${document.corrects} 版）`;
  return `${region}${document.year}年度依法依规退出落后产能情况公告　第 ${document.version} 版${correction}　数据截至：${document.cutoff}`;
}

const COLUMNS: Column<AnnouncementRow>[] = [
  { header: '序号 No.', width: 8, value: (_row, index) => index + 1 },
  { header: '企业名称 Enterprise', width: 32, value: (row) => row.enterpriseName },
  { header: '统一社会信用代码 Credit code', width: 22, value: (row) => row.creditCode },
  { header: '地区 Region', width: 14, value: (row) => row.regionName ?? row.regionCode },
  { header: '行业 Industry', width: 12, value: (row) => label(INDUSTRIES, row.industry) },
  { header: '标准类别 Dimension', width: 10, value: (row) => label(DIMENSIONS, row.dimension) },
  { header: '设备（生产线）Equipment', width: 24, value: (row) => row.equipment },
  { header: '产能 Capacity', width: 12, value: (row) => row.capacityValue },
  { header: '单位 Unit', width: 10, value: (row) => row.capacityUnit },
  { header: '退出方式 Exit', width: 18, value: (row) => label(EXIT_METHODS, row.exitMethod) },
  { header: '退出日期 Exited on', width: 12, value: (row) => row.countedOn },
];

export async function announcementXlsx(document: AnnouncementDocument): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'capacity-exit';
  workbook.created = workbook.modified = new Date(document.asOf);
  const sheet = addSheet(workbook, '公告', announcementTitle(document), COLUMNS, document.rows);
  if (document.correction) sheet.addRow([`更正说明：${document.correction}`]);
  for (const total of document.totals) {
    const row = sheet.addRow(['合计 Total', '', '', '', '', '', '', total.capacityValue, total.capacityUnit]);
    row.font = { bold: true };
  }
  return withEntryTimes(Buffer.from(await workbook.xlsx.writeBuffer()), new Date(document.asOf));
}

/** `attachment` with an ASCII name and the Chinese one (RFC 6266 / RFC 8187). */
export function announcementDisposition(document: AnnouncementDocument): string {
  const ascii = `announcement-${document.id}.xlsx`;
  const chinese = `落后产能退出公告-${document.id}.xlsx`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;
}
