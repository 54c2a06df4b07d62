/** How a census file is sent (the census upload's preview and the census inventory's import). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media type a file is sent as, by its name: browsers disagree on a CSV's own (Excel: vnd.ms-excel). */
export function mediaTypeOf(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return XLSX_MEDIA_TYPE;
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  return file.type || 'application/octet-stream';
}
