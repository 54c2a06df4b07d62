/**
 * Downloads the radar's workbook (GET /v1/cases/radar/export): fetched with the bearer token, then
 * saved under the name the server gives in Content-Disposition (RFC 6266 `filename*` first).
 */
import { api, unwrap } from '../../http/client';
import type { Cell, Dimension } from './heatmap';

export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended?.[1]) return decodeURIComponent(extended[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

export async function downloadRadarExport(query: {
  region?: string;
  dimension?: Dimension;
  bucket?: Cell['bucket'];
}): Promise<void> {
  const pending = api.GET('/v1/cases/radar/export', { params: { query }, parseAs: 'blob' });
  const { response } = await pending;
  const blob = (await unwrap(pending)) as unknown as Blob;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), 'deadline-radar.xlsx');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
