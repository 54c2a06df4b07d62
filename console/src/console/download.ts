/**
 * Saving a file the API serves: fetched with the bearer token (a plain link could not carry it), kept as
 * the Blob it is, and handed to the browser under the name the API gives in Content-Disposition. The
 * bytes are the API's own: nothing is rebuilt in the browser.
 */
import { ProblemError, type Problem } from '../http/client';

/** The file name of a Content-Disposition header: the UTF-8 `filename*` when given, else `filename`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/** Hands a Blob to the browser's download, as `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a while for browsers that read it late.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The answer of a file download as a Blob and its name, or a ProblemError with the server's problem. */
export async function blobOf(
  pending: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<{ blob: Blob; name: string }> {
  const { data, error, response } = await pending;
  if (!response.ok) {
    const problem = (typeof error === 'object' && error !== null ? error : {}) as Partial<Problem>;
    throw new ProblemError(response.status, problem);
  }
  return {
    blob: data as Blob,
    name: fileNameOf(response.headers.get('content-disposition')) ?? fallbackName,
  };
}
