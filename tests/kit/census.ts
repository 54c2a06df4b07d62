/**
 * Census files (普查清单) as an office fills the template: a header row and one row per finding, saved as
 * XLSX (exceljs) or CSV (UTF-8 with or without a byte-order mark, or GBK as Excel saves it on Chinese
 * Windows). The headers are written out here as the template states them, not taken from the product.
 */
import { Workbook } from 'exceljs';
import { DEPARTMENTS, DIMENSIONS, FINDING_SOURCES, INDUSTRIES } from '../../domain/enums';
import type { FindingInput } from '../../domain/finding';

export const CENSUS_HEADERS = [
  '*报送部门',
  '*文书编号',
  '*企业名称',
  '*统一社会信用代码',
  '*行政区划代码',
  '*行业',
  '*标准类别',
  '*生产线或设备',
  '*产能数值',
  '*产能单位',
  '*法律依据',
  '标准依据',
  '*认定日期',
  '整改期限（月）',
  '重大生产安全事故隐患',
  '发现来源',
  '证据材料',
] as const;

export type CensusCell = string | number | Date | null;

/** A finding as a row of the template: codes as their Chinese labels, the date as text YYYY-MM-DD. */
export function censusRow(finding: FindingInput): CensusCell[] {
  return [
    DEPARTMENTS[finding.department],
    finding.documentNumber,
    finding.enterprise.name,
    finding.enterprise.creditCode,
    finding.enterprise.regionCode,
    INDUSTRIES[finding.industry],
    DIMENSIONS[finding.dimension],
    finding.capacity.equipment,
    finding.capacity.value,
    finding.capacity.unit,
    finding.legalBasis.law,
    finding.legalBasis.standard ?? null,
    finding.findingDate,
    finding.rectificationMonths ?? null,
    finding.majorAccidentHazard === undefined ? null : finding.majorAccidentHazard ? '是' : '否',
    finding.source ? FINDING_SOURCES[finding.source] : null,
    finding.evidence?.map((item) => item.reference).join('\n') || null,
  ];
}

/** An XLSX workbook with the header in row 1 of the sheet 普查清单, then the rows. */
export async function censusXlsx(
  rows: CensusCell[][],
  { headers = [...CENSUS_HEADERS] as string[], sheetName = '普查清单', above = [] as CensusCell[][] } = {},
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of [...above, headers, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (cell: CensusCell) => {
  const text = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV text of the header and the rows (CRLF, as Excel writes it). */
export function censusCsvText(rows: CensusCell[][], headers: readonly string[] = CENSUS_HEADERS): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSV file in `encoding`: UTF-8 with a byte-order mark (as Excel's "CSV UTF-8"), without, or GBK. */
export function censusCsv(
  rows: CensusCell[][],
  encoding: 'utf-8-bom' | 'utf-8' | 'gbk' = 'utf-8-bom',
  headers: readonly string[] = CENSUS_HEADERS,
): Buffer {
  const text = censusCsvText(rows, headers);
  if (encoding === 'gbk') return encodeGbk(text);
  return Buffer.from(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text, 'utf8');
}

let gbkTable: Map<string, number> | undefined;

/** Text in GBK, by the WHATWG decoder's own table read backwards (Node has no GBK encoder). */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead += 1)
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char))
          gbkTable.set(char, (lead << 8) | trail);
      }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (pair === undefined) throw new Error(`no GBK code for ${char}`);
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Buffer.from(bytes);
}
