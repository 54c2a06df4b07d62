/** The census upload (普查清单): the file a preview takes, and the rows it answers with. */
import { z } from 'zod';
import { FindingFieldsSchema } from '../../domain/finding';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from '../census-file';
import { MAX_BATCH_FINDINGS } from './cases';

/** The largest file a preview takes: a census of 1,000 rows is some hundreds of KiB in either format. */
export const CENSUS_FILE_LIMIT = 4 * 1024 * 1024;

/** The census inventory's import: a city's whole census in one file (one row per piece of equipment). */
export const CENSUS_IMPORT_FILE_LIMIT = 16 * 1024 * 1024;
export const MAX_CENSUS_IMPORT_ROWS = 20_000;

export const CENSUS_MEDIA_TYPES = [XLSX_MEDIA_TYPE, CSV_MEDIA_TYPE] as const;

/** The body is the file itself; the content-type parser hands it over as bytes. */
export const CensusFileBodySchema = z.unknown().meta({
  type: 'string',
  format: 'binary',
  description:
    'The file, as it is: an XLSX workbook (the sheet 普查清单, else the first) or CSV (UTF-8 with or without a ' +
    'byte-order mark, or GBK/GB18030 — named by `charset`, or recognised when the text is not UTF-8). ' +
    `At most ${CENSUS_FILE_LIMIT / 1024 / 1024} MiB and ${MAX_BATCH_FINDINGS} rows under the header row.`,
});

const CellErrorSchema = z
  .object({
    cell: z
      .string()
      .nullable()
      .meta({ description: 'the cell, as a spreadsheet names it (D7); null for a problem of the whole row' }),
    column: z.string().nullable().meta({ description: 'the column letter (D); null with `cell`' }),
    field: z
      .string()
      .nullable()
      .meta({ description: 'the finding field, as a dotted path (enterprise.creditCode); null for the row' }),
    header: z
      .string()
      .nullable()
      .meta({ description: 'the template header of the column (统一社会信用代码)' }),
    message: z.string(),
  })
  .meta({ id: 'CensusCellError' });

export const CensusPreviewSchema = z
  .object({
    format: z.enum(['xlsx', 'csv']),
    encoding: z
      .enum(['utf-8', 'gb18030'])
      .nullable()
      .meta({ description: 'for CSV, the encoding it was read in (GBK is read as GB18030, its superset)' }),
    sheet: z.string().nullable().meta({ description: 'for XLSX, the worksheet read' }),
    headerRow: z.number().int().meta({ description: 'the row holding the header' }),
    columns: z
      .array(
        z.object({
          field: z.string(),
          header: z.string().meta({ description: 'the template header' }),
          required: z.boolean(),
          column: z.string().nullable().meta({
            description: 'where the file has the column (its letter); null: an optional column it lacks',
          }),
        }),
      )
      .meta({ description: 'every template column, in the template’s order' }),
    ignoredColumns: z
      .array(z.object({ column: z.string(), header: z.string() }))
      .meta({ description: 'columns of the file that are not in the template: not read' }),
    summary: z.object({
      rows: z.number().int(),
      valid: z.number().int().meta({ description: 'rows ready to file' }),
      invalid: z.number().int(),
    }),
    rows: z.array(
      z
        .object({
          row: z.number().int().meta({ description: 'the row number in the sheet' }),
          values: z
            .record(z.string(), z.string())
            .meta({ description: 'each template field’s cell, as text (empty when blank)' }),
          finding: FindingFieldsSchema.nullable().meta({
            description:
              'the finding to file — exactly what POST /v1/findings and /v1/findings/batch take — when the row ' +
              'has no error; null otherwise',
          }),
          errors: z.array(CellErrorSchema),
        })
        .meta({ id: 'CensusRow' }),
    ),
  })
  .meta({ id: 'CensusPreview' });

export type CensusPreview = z.infer<typeof CensusPreviewSchema>;
export type CensusCellError = z.infer<typeof CellErrorSchema>;
