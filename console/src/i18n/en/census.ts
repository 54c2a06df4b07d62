import type { Messages } from '../messages';

export const census: Messages['census'] = {
  title: 'Census upload',
  intro:
    'Fill the template with findings (one row per piece of equipment or production line), upload it, check ' +
    'every row, then file the rows without errors. One department’s document number opens one case: filing ' +
    'again, or resubmitting, never opens a second.',
  template: {
    download: 'Download the census template',
    fileName: 'census-template.xlsx',
    hint: 'Row 1 of the template is the header; columns marked * are required; each header’s note says what to write.',
  },
  upload: {
    choose: 'Choose a file (XLSX or CSV)',
    hint: 'CSV may be UTF-8 or GBK. At most 1,000 rows a file.',
    reading: (name: string) => `Reading “${name}”…`,
    unreadable: (name: string) => `“${name}” cannot be read as a census list`,
  },
  read: {
    title: (name: string) => `Read “${name}”`,
    xlsx: (sheet: string, headerRow: number) => `XLSX sheet “${sheet}”, header in row ${headerRow}`,
    csv: (encoding: string, headerRow: number) => `CSV (${encoding}), header in row ${headerRow}`,
    summary: (rows: number, valid: number, invalid: number) =>
      `${rows} rows: ${valid} ready to file, ${invalid} with errors (those are not filed: correct them in the file and upload it again).`,
    ignored: (columns: string) => `Columns not in the template, not read: ${columns}`,
    missing: (columns: string) => `Optional columns the file lacks: ${columns}`,
  },
  table: {
    caption: 'Check results',
    row: 'Row',
    check: 'Check',
    problems: 'Row problems',
    result: 'Filing result',
    valid: 'No errors',
    invalid: (count: number) => `${count} ${count === 1 ? 'error' : 'errors'}`,
    cellError: (cell: string, message: string) => `Error in ${cell}: ${message}`,
    rowError: (message: string) => `Error: ${message}`,
    fieldError: (header: string, message: string) => `${header} (no such column in the file): ${message}`,
    headerError: (header: string, message: string) => `Error in ${header}: ${message}`,
    onlyInvalid: 'Only rows with errors',
  },
  filing: {
    file: (count: number) => `File the ${count} ${count === 1 ? 'row' : 'rows'} without errors`,
    resubmit: (count: number) => `Resubmit the ${count} failed ${count === 1 ? 'row' : 'rows'}`,
    progressLabel: 'Filing progress',
    progress: (done: number, total: number) => `${done} of ${total} rows processed`,
    finished: (created: number, existing: number, refused: number, failed: number) =>
      `Filing finished: ${created} filed, ${existing} already filed before, ${refused} refused, ${failed} failed.`,
    failedHint: 'Failed rows can be resubmitted: rows already filed are not filed twice.',
    requestFailed: (message: string) => `The request did not complete: ${message}`,
  },
  results: {
    created: 'Filed',
    existing: 'Filed (already, before)',
    invalid: 'Invalid data',
    forbidden: 'Refused',
    failed: 'Failed — resubmit',
    pending: 'Not yet filed',
    notFiled: 'Has errors, not filed',
  },
};
