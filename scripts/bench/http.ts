/**
 * HTTP to the API as a client would send it: node:http over keep-alive connections, the body read in
 * full. The load generator shares the machine's cores with the service, so it uses Node's leanest
 * client: fetch (undici) spent about 0.7 CPU ms per request here, three times node:http's 0.24 and
 * more than the raw @temporalio/client it is compared with, and that CPU was taken from the service.
 * No client-side time limit: a batch of a thousand findings may take minutes.
 */
import http from 'node:http';

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

const agent = new http.Agent({ keepAlive: true });

export function call<T = unknown>(
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
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          ...(authorization ? { authorization } : {}),
          ...headers,
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
  agent.destroy();
}
