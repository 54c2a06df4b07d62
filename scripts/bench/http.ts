/** HTTP to the API as a client would send it. */
import http from 'node:http';

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

/** A request through fetch (keep-alive); the body is read in full. */
export async function call<T = unknown>(
  url: string,
  {
    method = 'GET',
    authorization,
    body,
    headers = {},
  }: {
    method?: string;
    authorization?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(authorization ? { authorization } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const longAgent = new http.Agent({ keepAlive: true });

/**
 * A POST that may take minutes (a batch of a thousand findings): plain node:http, with no
 * client-side time limit (fetch gives up on headers after 300 s).
 */
export function postLong<T = unknown>(url: string, authorization: string, body: unknown): Promise<Answer<T>> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: longAgent,
        headers: {
          'content-type': 'application/json',
          'content-length': payload.length,
          authorization,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, body: (text ? JSON.parse(text) : null) as T });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

export function closeHttp(): void {
  longAgent.destroy();
}
