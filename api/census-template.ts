/**
 * The census template (普查清单模板): one row per finding — one piece of equipment (生产线或设备) of one
 * enterprise failing one standard — with a column per field of the finding (domain/finding.ts), headed in
 * Chinese. This module makes the template workbook and turns a row of an uploaded file into the finding
 * input the filing endpoint takes, saying which cell made which problem; the finding itself is then
 * validated by the filing endpoint's own schema (services/census.ts).
 */
import { Workbook, type DataValidation, type Worksheet } from 'exceljs';
import { DEPARTMENTS, DIMENSIONS, FINDING_SOURCES, INDUSTRIES } from '../domain/enums';
import { currentPolicies } from '../domain/policy';
import { CENSUS_SHEET_NAME, columnLetter, type RawCell, type SheetRow } from './census-file';
import { MAX_BATCH_FINDINGS } from './schemas/cases';

type Kind =
  | { type: 'text' }
  | { type: 'number'; integer: boolean }
  | { type: 'date' }
  | { type: 'code'; labels: Record<string, string>; list: string; yesNo?: boolean }
  | { type: 'references' };

export interface CensusColumn {
  /** The finding field, as a dotted path (enterprise.creditCode). */
  field: string;
  /** The template's header (without the * it carries when required). */
  header: string;
  required: boolean;
  kind: Kind;
  /** What to write, for the header's note and the instructions sheet. */
  help: string;
  example: string | number;
  width: number;
}

const dimensionOwners = () => {
  const policies = currentPolicies();
  return (Object.keys(DIMENSIONS) as (keyof typeof DIMENSIONS)[])
    .map((code) => {
      const owners = [...new Set(policies.flatMap((policy) => policy.dimensions[code].owners))];
      return `${DIMENSIONS[code]}：${owners.map((d) => DEPARTMENTS[d]).join('、')}`;
    })
    .join('；')
    .concat('（具体以企业所在地的政策配置为准）');
};

/** Dimensions whose period the department states (the policy's `set_by_department`), in every profile. */
const statedPeriod = () => {
  const { dimensions } = currentPolicies()[0]!;
  return Object.entries(DIMENSIONS)
    .filter(
      ([code]) => dimensions[code as keyof typeof DIMENSIONS].rectificationMonths === 'set_by_department',
    )
    .map(([, label]) => label)
    .join('、');
};

/** A yes-or-no column's words. */
const YES_NO = { yes: '是', no: '否' } as const;

/** The template's columns, in order (A, B, …). */
export const CENSUS_COLUMNS: readonly CensusColumn[] = [
  {
    field: 'department',
    header: '报送部门',
    required: true,
    kind: { type: 'code', labels: DEPARTMENTS, list: 'departments' },
    help: '作出认定的职能部门，从下拉列表选择（须与本人所在部门一致）',
    example: DEPARTMENTS.industry_it,
    width: 18,
  },
  {
    field: 'documentNumber',
    header: '文书编号',
    required: true,
    kind: { type: 'text' },
    help: '部门自己的文书编号；同一部门的同一文书编号只立案一次，重复报送不会重复立案',
    example: '姑工信〔2026〕12号',
    width: 20,
  },
  {
    field: 'enterprise.name',
    header: '企业名称',
    required: true,
    kind: { type: 'text' },
    help: '企业登记名称',
    example: '某某钢铁有限公司',
    width: 26,
  },
  {
    field: 'enterprise.creditCode',
    header: '统一社会信用代码',
    required: true,
    kind: { type: 'text' },
    help: '18 位统一社会信用代码（GB 32100），末位为校验码',
    example: '91320506MA1MXXRN7C',
    width: 22,
  },
  {
    field: 'enterprise.regionCode',
    header: '行政区划代码',
    required: true,
    kind: { type: 'text' },
    help: '企业所在县（市、区）的 6 位行政区划代码（GB/T 2260），须在本人辖区内',
    example: '320508',
    width: 14,
  },
  {
    field: 'industry',
    header: '行业',
    required: true,
    kind: { type: 'code', labels: INDUSTRIES, list: 'industries' },
    help: '从下拉列表选择',
    example: INDUSTRIES.steel,
    width: 12,
  },
  {
    field: 'dimension',
    header: '标准类别',
    required: true,
    kind: { type: 'code', labels: DIMENSIONS, list: 'dimensions' },
    help: `不达标的标准，从下拉列表选择；须是报送部门负责的类别（${dimensionOwners()}）`,
    example: DIMENSIONS.energy,
    width: 10,
  },
  {
    field: 'capacity.equipment',
    header: '生产线或设备',
    required: true,
    kind: { type: 'text' },
    help: '不达标的生产线或设备，一行一台（条）',
    example: '1号450m³高炉',
    width: 22,
  },
  {
    field: 'capacity.value',
    header: '产能数值',
    required: true,
    kind: { type: 'number', integer: false },
    help: '大于 0 的数字',
    example: 60,
    width: 10,
  },
  {
    field: 'capacity.unit',
    header: '产能单位',
    required: true,
    kind: { type: 'text' },
    help: '如 万吨/年',
    example: '万吨/年',
    width: 10,
  },
  {
    field: 'legalBasis.law',
    header: '法律依据',
    required: true,
    kind: { type: 'text' },
    help: '认定所依据的法律法规',
    example: '中华人民共和国节约能源法',
    width: 24,
  },
  {
    field: 'legalBasis.standard',
    header: '标准依据',
    required: false,
    kind: { type: 'text' },
    help: '所依据的标准编号，可不填',
    example: 'GB 21256-2013',
    width: 16,
  },
  {
    field: 'findingDate',
    header: '认定日期',
    required: true,
    kind: { type: 'date' },
    help: '作出认定的日期（整改期限由此起算，不是录入日期），不得晚于今天；格式 YYYY-MM-DD',
    example: '2026-08-31',
    width: 12,
  },
  {
    field: 'rectificationMonths',
    header: '整改期限（月）',
    required: false,
    kind: { type: 'number', integer: true },
    help: `${statedPeriod()}类必填（1–24 个月，由部门确定）；其他类别由政策规定，须留空`,
    example: '',
    width: 12,
  },
  {
    field: 'majorAccidentHazard',
    header: '重大生产安全事故隐患',
    required: false,
    kind: { type: 'code', labels: YES_NO, list: 'yesNo', yesNo: true },
    help: '仅安全类可填“是”：存在重大生产安全事故隐患的，一律责令停产整改，不予延期；留空为“否”',
    example: '',
    width: 14,
  },
  {
    field: 'source',
    header: '发现来源',
    required: false,
    kind: { type: 'code', labels: FINDING_SOURCES, list: 'sources' },
    help: `从下拉列表选择；留空为“${FINDING_SOURCES.routine_inspection}”`,
    example: FINDING_SOURCES.routine_inspection,
    width: 10,
  },
  {
    field: 'evidence',
    header: '证据材料',
    required: false,
    kind: { type: 'references' },
    help: '证据的存放位置（文书编号、文件编号或网址），多份用换行或分号分隔，可不填',
    example: '现场检查笔录〔2026〕3号',
    width: 24,
  },
];

/** The number of the first row of data: the template's header is row 1. */
const FIRST_DATA_ROW = 2;

// ---- the template workbook

const CODE_LISTS: Record<string, { title: string; labels: Record<string, string> }> = {
  departments: { title: '报送部门', labels: DEPARTMENTS },
  industries: { title: '行业', labels: INDUSTRIES },
  dimensions: { title: '标准类别', labels: DIMENSIONS },
  sources: { title: '发现来源', labels: FINDING_SOURCES },
  yesNo: { title: '是否', labels: YES_NO },
};
const CODES_SHEET = '代码表';

/** The header as the template writes it: a leading * on required columns. */
const templateHeader = (column: CensusColumn) => `${column.required ? '*' : ''}${column.header}`;

/** The census template: 普查清单 (the header row, ready for rows), 填写说明 (how to fill each column) and 代码表. */
export async function censusTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'capacity-exit';
  // Fixed dates: the same template every time (it changes only with the columns).
  workbook.created = workbook.modified = new Date('2026-01-01T00:00:00Z');

  const sheet = workbook.addWorksheet(CENSUS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeInstructions(workbook.addWorksheet('填写说明'));
  const lists = writeCodeLists(workbook.addWorksheet(CODES_SHEET));
  sheet.columns = CENSUS_COLUMNS.map((column) => ({
    width: column.width,
    // Codes typed as numbers lose leading zeros or digits: these columns hold text.
    style: ['enterprise.creditCode', 'enterprise.regionCode', 'documentNumber'].includes(column.field)
      ? { numFmt: '@' }
      : column.kind.type === 'date'
        ? { numFmt: 'yyyy-mm-dd' }
        : {},
  }));
  const header = sheet.getRow(1);
  CENSUS_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = templateHeader(column);
    cell.note = `${column.required ? '必填。' : '选填。'}${column.help}`;
    cell.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
    cell.alignment = { vertical: 'middle', wrapText: true };
    const letter = columnLetter(index + 1);
    const range = `${letter}${FIRST_DATA_ROW}:${letter}${MAX_BATCH_FINDINGS + FIRST_DATA_ROW - 1}`;
    const validation = validationOf(column, lists);
    if (validation) rangeValidations(sheet).add(range, validation);
  });
  header.height = 30;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs's validations of a range (typed per cell only; it writes a range as one rule). */
const rangeValidations = (sheet: Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } })
    .dataValidations;

/** Each list in a column of 代码表 (label, then code beside it): the ranges the drop-downs use. */
function writeCodeLists(sheet: Worksheet): Record<string, string> {
  const ranges: Record<string, string> = {};
  Object.entries(CODE_LISTS).forEach(([name, { title, labels }], index) => {
    const labelColumn = index * 3 + 1;
    sheet.getColumn(labelColumn).width = 18;
    sheet.getColumn(labelColumn + 1).width = 22;
    sheet.getCell(1, labelColumn).value = title;
    sheet.getCell(1, labelColumn + 1).value = '代码';
    sheet.getRow(1).font = { bold: true };
    Object.entries(labels).forEach(([code, label], row) => {
      sheet.getCell(row + 2, labelColumn).value = label;
      sheet.getCell(row + 2, labelColumn + 1).value = code;
    });
    const letter = columnLetter(labelColumn);
    ranges[name] = `'${CODES_SHEET}'!$${letter}$2:$${letter}$${Object.keys(labels).length + 1}`;
  });
  return ranges;
}

function validationOf(column: CensusColumn, lists: Record<string, string>): DataValidation | null {
  const { kind } = column;
  const prompt = { showInputMessage: true, promptTitle: column.header, prompt: column.help.slice(0, 255) };
  const error = { showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: column.header };
  if (kind.type === 'code')
    return {
      type: 'list' as const,
      allowBlank: !column.required,
      formulae: [lists[kind.list]!],
      ...prompt,
      ...error,
      error: '请从下拉列表中选择',
    };
  if (kind.type === 'number')
    return kind.integer
      ? {
          type: 'whole' as const,
          operator: 'between' as const,
          allowBlank: true,
          formulae: [1, 24],
          ...prompt,
          ...error,
          error: '1–24 的整数',
        }
      : {
          type: 'decimal' as const,
          operator: 'greaterThan' as const,
          allowBlank: true,
          formulae: [0],
          ...prompt,
          ...error,
          error: '大于 0 的数字',
        };
  // Text: the header's note says what to write.
  return null;
}

function writeInstructions(sheet: Worksheet): void {
  sheet.columns = [{ width: 6 }, { width: 18 }, { width: 8 }, { width: 70 }, { width: 26 }];
  const title = sheet.addRow(['普查清单填写说明']);
  title.font = { bold: true, size: 14 };
  sheet.addRow([
    `在“${CENSUS_SHEET_NAME}”工作表中，第 1 行为表头（请勿修改），自第 2 行起一行填写一条检查发现（一台设备或一条生产线）；` +
      `每个文件最多 ${MAX_BATCH_FINDINGS} 行。也可另存为 CSV（UTF-8 或 GBK 编码）后上传。`,
  ]);
  sheet.mergeCells(2, 1, 2, 5);
  sheet.getRow(2).alignment = { wrapText: true };
  sheet.getRow(2).height = 32;
  const header = sheet.addRow(['列', '表头', '是否必填', '填写要求', '示例']);
  header.font = { bold: true };
  CENSUS_COLUMNS.forEach((column, index) => {
    const row = sheet.addRow([
      columnLetter(index + 1),
      column.header,
      column.required ? '必填' : '选填',
      column.help,
      column.example,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

// ---- reading a row

/** The header as people type it: without spaces, asterisks and a trailing （必填）/（选填）. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s*＊\u3000]/g, '')
    .replace(/[（(](必填|选填)[)）]$/, '')
    .toLowerCase();
}

const HEADER_NAMES = new Map<string, CensusColumn>(
  CENSUS_COLUMNS.flatMap((column) => [
    [normaliseHeader(column.header), column],
    [normaliseHeader(column.field), column],
  ]),
);

/** The template column a header names (its Chinese header, or the field's path), or null. */
export function columnForHeader(text: string): CensusColumn | null {
  return HEADER_NAMES.get(normaliseHeader(text)) ?? null;
}

/** A problem with one cell, before the finding's schema looks at the row. */
export interface CellProblem {
  field: string;
  message: string;
}

export interface ConvertedRow {
  /** The finding input for the filing schema: each field the row fills, converted from its cell. */
  input: Record<string, unknown>;
  /** Each cell's value as text, by field: what the file holds, for the preview to show. */
  values: Record<string, string>;
  /** Cells that could not be read as their column's kind (or are missing where required). */
  problems: CellProblem[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text, the way a person reads it in the sheet. */
export function cellText(value: RawCell | undefined): string {
  if (value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function setPath(target: Record<string, unknown>, field: string, value: unknown): void {
  const parts = field.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

/** Excel's day 0 of its 1900 date system (with its leap-day quirk), as a UTC instant. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell: a date value, an Excel day serial, or text like 2026-08-31, 2026/8/31, 2026年8月31日. */
function dateOf(value: RawCell): string {
  if (value instanceof Date) return cellText(value);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2_958_466)
    return cellText(new Date(EXCEL_EPOCH + value * 86_400_000));
  const text = String(value).trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  // Anything else goes to the schema as it is, which says what a date must look like.
  return match ? `${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}` : text;
}

/** Converts one row of the sheet, its cells found by the header's columns. */
export function convertRow(row: SheetRow, columns: ReadonlyMap<string, number>): ConvertedRow {
  const input: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  const problems: CellProblem[] = [];
  for (const column of CENSUS_COLUMNS) {
    const at = columns.get(column.field);
    const raw = at === undefined ? undefined : row.cells.get(at);
    values[column.field] = cellText(raw);
    if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
      if (column.required) problems.push({ field: column.field, message: 'is required (必填)' });
      continue;
    }
    const problem = (message: string) => problems.push({ field: column.field, message });
    const { kind } = column;
    switch (kind.type) {
      case 'text':
        if (typeof raw === 'number' && Number.isInteger(raw) && !Number.isSafeInteger(raw))
          problem(
            'holds a number too long to be exact (Excel rounds it): format the column as text and retype it',
          );
        else setPath(input, column.field, raw instanceof Date ? cellText(raw) : String(raw));
        break;
      case 'number': {
        const text = String(raw).trim().replace(/[,，]/g, '');
        const number =
          typeof raw === 'number' ? raw : /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
        if (Number.isNaN(number)) problem(`must be a number, not “${cellText(raw)}”`);
        else setPath(input, column.field, number);
        break;
      }
      case 'date':
        setPath(input, column.field, dateOf(raw));
        break;
      case 'code': {
        const text = String(raw).trim();
        const code = Object.entries(kind.labels).find(([c, label]) => label === text || c === text)?.[0];
        if (code) setPath(input, column.field, kind.yesNo ? code === 'yes' : code);
        else problem(`must be one of ${Object.values(kind.labels).join('、')}, not “${text}”`);
        break;
      }
      case 'references': {
        const references = String(raw)
          .split(/[\r\n;；]+/)
          .map((reference) => reference.trim())
          .filter((reference) => reference !== '');
        setPath(
          input,
          column.field,
          references.map((reference) => ({ reference })),
        );
        break;
      }
    }
  }
  return { input, values, problems };
}
