/**
 * Reading an uploaded census file (普查清单) into rows of cells, whatever it was saved as: an XLSX
 * workbook (read with exceljs, after checking how large its parts unpack) or CSV (RFC 4180; UTF-8 with or
 * without a byte-order mark, or GB18030/GBK as Excel saves CSV on Chinese Windows). What the cells mean is
 * census-template.ts's business; this module only gets their values out, each with its place in the sheet.
 */
import { inflateRawSync } from 'node:zlib';
import { Workbook, type CellValue } from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv';

/** A cell's value as the file holds it: text, a number, a date (a day, at 00:00 UTC), or a truth value. */
export type RawCell = string | number | boolean | Date;

export interface SheetRow {
  /** The row's number in the sheet (from 1), as Excel shows it; for CSV the record's. */
  number: number;
  /** Cells by column number (from 1); empty cells are absent. */
  cells: Map<number, RawCell>;
}

export interface ReadSheet {
  format: 'xlsx' | 'csv';
  /** For CSV, the character encoding it was read in. */
  encoding: 'utf-8' | 'gb18030' | null;
  /** For XLSX, the worksheet read. */
  sheet: string | null;
  /** Rows with at least one non-blank cell, in order. */
  rows: SheetRow[];
}

/** The file is not one this service can read as a census list; the message says why, for the uploader. */
export class CensusFileError extends Error {}

/** The sheet the template names; read first when a workbook has it. */
export const CENSUS_SHEET_NAME = '普查清单';

/** At most this much unpacked XLSX (all its parts together): a census of 1,000 rows is a few MiB. */
export const MAX_UNPACKED_BYTES = 48 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2_000;

/** Column letters for a column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads the body as the media type says. A workbook is recognised by its bytes (a ZIP archive) too, so
 * an XLSX sent as CSV is still read as the workbook it is.
 */
export async function readCensusFile(body: Buffer, mediaType: string): Promise<ReadSheet> {
  if (body.length === 0) throw new CensusFileError('the file is empty');
  const [type = '', ...parameters] = mediaType.split(';').map((part) => part.trim().toLowerCase());
  if (body.subarray(0, 4).equals(ZIP_SIGNATURE)) return readXlsx(body);
  if (body.subarray(0, 8).equals(OLE_SIGNATURE))
    throw new CensusFileError(
      'an Excel 97–2003 workbook (.xls), which this service does not read: save it as an Excel Workbook (.xlsx) or as CSV',
    );
  if (type === XLSX_MEDIA_TYPE)
    throw new CensusFileError('the file is not an XLSX workbook (it is not a ZIP archive)');
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  return readCsv(body, charset?.replace(/"/g, ''));
}

// ---- XLSX

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Unpacks every part of the archive with a cap on what it may unpack to, before exceljs (JSZip) unpacks
 * it without one: a small upload that unpacks to gigabytes (a "zip bomb") is refused here.
 */
export function checkZipArchive(zip: Buffer): void {
  const notZip = () => new CensusFileError('the file is not an XLSX workbook (its ZIP directory is damaged)');
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1)
    if (zip.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) throw notZip();
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || at === 0xffffffff)
    throw new CensusFileError('the workbook is a ZIP64 archive, larger than any census list');
  if (entries > MAX_ZIP_ENTRIES) throw new CensusFileError('the workbook has too many parts');
  let budget = MAX_UNPACKED_BYTES;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw notZip();
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const local = zip.readUInt32LE(at + 42);
    const next = at + 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw notZip();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressedSize > zip.length) throw notZip();
    const data = zip.subarray(start, start + compressedSize);
    let unpacked: number;
    if (method === 0) unpacked = data.length;
    else if (method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw new CensusFileError(
            `the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB, more than any census list`,
          );
        throw notZip();
      }
    } else throw new CensusFileError(`the workbook uses a ZIP compression method (${method}) Excel does not`);
    budget -= unpacked;
    if (budget < 0)
      throw new CensusFileError(
        `the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB, more than any census list`,
      );
    at = next;
  }
}

/** The worksheet named `preferred` if the workbook has one, else its first. */
async function readXlsx(body: Buffer, preferred = CENSUS_SHEET_NAME): Promise<ReadSheet> {
  checkZipArchive(body);
  const workbook = new Workbook();
  try {
    // Data validations and conditional formats are not read: exceljs expands each range cell by cell,
    // and a whole-column rule (A2:A1048576) would take a million entries.
    const bytes = body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer;
    await workbook.xlsx.load(bytes, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing', 'legacyDrawing'],
    });
  } catch {
    throw new CensusFileError('the file is not an XLSX workbook exceljs can read');
  }
  const sheet = workbook.getWorksheet(preferred) ?? workbook.worksheets[0];
  if (!sheet) throw new CensusFileError('the workbook has no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = new Map<number, RawCell>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = rawOf(cell.value);
      if (value !== null && !(typeof value === 'string' && value.trim() === '')) cells.set(column, value);
    });
    if (cells.size > 0) rows.push({ number, cells });
  });
  return { format: 'xlsx', encoding: null, sheet: sheet.name, rows };
}

/** A cell's value without exceljs's wrappers: a formula's result, rich text's text, a link's text. */
function rawOf(value: CellValue): RawCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('error' in value) return String(value.error);
    if ('result' in value) return rawOf((value.result ?? null) as CellValue);
    if ('text' in value) return typeof value.text === 'string' ? value.text : rawOf(value.text as CellValue);
  }
  return null;
}

// ---- CSV

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const GB_CHARSETS = ['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936'];

/**
 * The text of a CSV file: the charset the request names (UTF-8 or GBK/GB2312/GB18030), else UTF-8 when it
 * starts with a byte-order mark or is valid UTF-8, else GB18030 (a superset of GBK and GB2312, which is
 * what Excel writes on Chinese Windows). Chinese text in GBK is almost never valid UTF-8 by chance.
 */
function decodeCsv(
  body: Buffer,
  charset: string | undefined,
): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (charset && GB_CHARSETS.includes(charset))
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  if (charset && charset !== 'utf-8' && charset !== 'utf8')
    throw new CensusFileError(`CSV in ${charset}: send it as UTF-8 or GBK (GB18030)`);
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    if (charset || body.subarray(0, 3).equals(UTF8_BOM))
      throw new CensusFileError('the CSV file is not valid UTF-8');
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/** The records of RFC 4180 text: fields split by `delimiter`, quoted with ", lines ended by CRLF or LF. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let at = 0;
  while (at < text.length) {
    const ch = text[at]!;
    if (quoted) {
      if (ch === '"') {
        if (text[at + 1] === '"') {
          field += '"';
          at += 1;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (ch === '\r' && text[at + 1] === '\n') at += 1;
    } else field += ch;
    at += 1;
  }
  if (quoted) throw new CensusFileError('the CSV file ends inside a quoted field (an unmatched ")');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Comma, unless the first line has more semicolons or tabs (as some Excel locales save "CSV"). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return [',', ';', '\t'].reduce((best, ch) => (count(ch) > count(best) ? ch : best), ',');
}

function readCsv(body: Buffer, charset: string | undefined): ReadSheet {
  const { text, encoding } = decodeCsv(body, charset);
  if (text.includes('\u0000')) throw new CensusFileError('the file is neither CSV text nor an XLSX workbook');
  const rows: SheetRow[] = [];
  parseCsv(text, delimiterOf(text)).forEach((fields, index) => {
    const cells = new Map<number, RawCell>();
    fields.forEach((value, column) => {
      if (value.trim() !== '') cells.set(column + 1, value);
    });
    if (cells.size > 0) rows.push({ number: index + 1, cells });
  });
  return { format: 'csv', encoding, sheet: null, rows };
}
