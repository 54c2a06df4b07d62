/**
 * The census upload (普查清单上传): the template, and the preview of a filled one — every row read,
 * converted and validated by the filing endpoint's own schema and authority rule, each problem pointed at
 * its cell. Nothing is filed here: the console files the valid rows through POST /v1/findings/batch.
 */
import { capabilityProblem, filingProblem } from '../../domain/authority';
import type { Principal } from '../auth';
import { CensusFileError, columnLetter, readCensusFile, type SheetRow } from '../census-file';
import {
  CENSUS_COLUMNS,
  columnForHeader,
  censusTemplate,
  convertRow,
  type CensusColumn,
} from '../census-template';
import { ProblemError } from '../problem';
import { FileFindingBodySchema, MAX_BATCH_FINDINGS } from '../schemas/cases';
import type { CensusCellError, CensusPreview } from '../schemas/census';

function mayFile(principal: Principal): void {
  const refusal = capabilityProblem(principal, 'file_finding');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
}

/** The template workbook, for a caller who files findings. */
export async function templateFor(principal: Principal): Promise<Buffer> {
  mayFile(principal);
  return censusTemplate();
}

const unreadable = (detail: string) => new ProblemError('censusFile', 422, detail);

/** How many of the first rows may come before the header (a title above it, say). */
const HEADER_SEARCH_ROWS = 10;

interface Header {
  row: number;
  /** Column number of each template field the file has. */
  columns: Map<string, number>;
  ignored: { column: string; header: string }[];
}

/** The first row (of the first few) naming template columns, and where it puts each. */
function findHeader(rows: SheetRow[]): Header {
  const required = CENSUS_COLUMNS.filter((column) => column.required);
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const named = [...row.cells].map(([at, value]) => ({
      at,
      text: String(value),
      column: columnForHeader(String(value)),
    }));
    const found = named.filter((cell) => cell.column && cell.column.required).length;
    if (found < Math.ceil(required.length / 2)) continue;
    const columns = new Map<string, number>();
    for (const cell of named) {
      if (!cell.column) continue;
      const earlier = columns.get(cell.column.field);
      if (earlier !== undefined)
        throw unreadable(
          `the header row (${row.number}) names ${cell.column.header} twice, in columns ${columnLetter(earlier)} and ${columnLetter(cell.at)}`,
        );
      columns.set(cell.column.field, cell.at);
    }
    const missing = required.filter((column) => !columns.has(column.field));
    if (missing.length)
      throw unreadable(
        `the header row (${row.number}) lacks ${missing.map((column) => column.header).join(', ')}: ` +
          'download the census template (GET /v1/findings/census-template.xlsx) and keep its header',
      );
    const ignored = named
      .filter((cell) => !cell.column)
      .map((cell) => ({ column: columnLetter(cell.at), header: cell.text }));
    return { row: row.number, columns, ignored };
  }
  throw unreadable(
    `no header row in the first ${HEADER_SEARCH_ROWS} rows names the census template’s columns ` +
      `(${CENSUS_COLUMNS.map((column) => column.header).join(', ')})`,
  );
}

/** The template column a schema issue's path is about: the longest field that starts it. */
function columnOfPath(path: readonly PropertyKey[]): CensusColumn | null {
  const dotted = path.map(String).join('.');
  return (
    CENSUS_COLUMNS.filter((column) => dotted === column.field || dotted.startsWith(`${column.field}.`)).sort(
      (a, b) => b.field.length - a.field.length,
    )[0] ?? null
  );
}

/**
 * The preview of an uploaded census file: each row under the header with its cells as text and either
 * the finding it files or its errors, each at its cell. A row is an error where the filing endpoint
 * would refuse it: a cell that does not convert, the finding schema, the caller's authority to file it
 * (their department, their region), or the same department and document number as an earlier row.
 */
export async function censusPreview(
  principal: Principal,
  body: Buffer | undefined,
  mediaType: string,
  { maxRows = MAX_BATCH_FINDINGS, what = 'a census list' } = {},
): Promise<CensusPreview> {
  mayFile(principal);
  let sheet;
  try {
    sheet = await readCensusFile(body ?? Buffer.alloc(0), mediaType);
  } catch (error) {
    if (error instanceof CensusFileError) throw unreadable(error.message);
    throw error;
  }
  const header = findHeader(sheet.rows);
  const dataRows = sheet.rows.filter((row) => row.number > header.row);
  if (dataRows.length === 0) throw unreadable(`no rows under the header row (${header.row})`);
  if (dataRows.length > maxRows)
    throw unreadable(
      `${dataRows.length} rows under the header; ${what} takes at most ${maxRows}: split the file`,
    );

  const cellError = (row: number, field: string | null, message: string): CensusCellError => {
    const column = field ? CENSUS_COLUMNS.find((c) => c.field === field)! : null;
    const at = column ? header.columns.get(column.field) : undefined;
    const letter = at === undefined ? null : columnLetter(at);
    return {
      cell: letter ? `${letter}${row}` : null,
      column: letter,
      field: column?.field ?? null,
      header: column?.header ?? null,
      message,
    };
  };

  /** Department and document number → the row that files it first. */
  const firstRowOf = new Map<string, number>();
  const rows = dataRows.map((row) => {
    const { input, values, problems } = convertRow(row, header.columns);
    const errors = problems.map((problem) => cellError(row.number, problem.field, problem.message));
    const parsed = FileFindingBodySchema.safeParse(input);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const column = columnOfPath(issue.path);
        // A cell that did not convert has said so already; the schema would only repeat it.
        if (column && problems.some((problem) => problem.field === column.field)) continue;
        errors.push(cellError(row.number, column?.field ?? null, issue.message));
      }
    if (parsed.success) {
      const refusal = filingProblem(principal, parsed.data);
      if (refusal) errors.push(cellError(row.number, null, `you may not file this row: ${refusal}`));
      const key = `${parsed.data.department}\u0000${parsed.data.documentNumber}`;
      const first = firstRowOf.get(key);
      if (first !== undefined)
        errors.push(
          cellError(
            row.number,
            'documentNumber',
            `the same department and document number as row ${first}: one document files one case`,
          ),
        );
      else firstRowOf.set(key, row.number);
    }
    // In the order of the sheet's columns, the row's own problems last.
    const place = (error: CensusCellError) =>
      error.field === null ? Infinity : (header.columns.get(error.field) ?? Number.MAX_SAFE_INTEGER);
    errors.sort((a, b) => place(a) - place(b));
    return {
      row: row.number,
      values,
      finding: parsed.success && errors.length === 0 ? parsed.data : null,
      errors,
    };
  });
  const valid = rows.filter((row) => row.finding !== null).length;
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    sheet: sheet.sheet,
    headerRow: header.row,
    columns: CENSUS_COLUMNS.map((column) => {
      const at = header.columns.get(column.field);
      return {
        field: column.field,
        header: column.header,
        required: column.required,
        column: at === undefined ? null : columnLetter(at),
      };
    }),
    ignoredColumns: header.ignored,
    summary: { rows: rows.length, valid, invalid: rows.length - valid },
    rows,
  };
}
