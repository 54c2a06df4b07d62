/**
 * HTTP to a running API as a client would send it: node:http over keep-alive connections, the body read
 * in full. The benchmark's load generator shares the machine's cores with the service, so this is Node's
 * leanest client: fetch (undici) spent about 0.7 CPU ms per request there, three times node:http's 0.24
 * and more than the raw @temporalio/client it is compared with, and that CPU was taken from the service.
 * No time limit unless asked for: a batch of a thousand findings may take minutes.
 */
import http from 'node:http';

export interface Answer<T = unknown> {
  status: number;
  /** The body parsed as JSON; its text when it is not JSON; null when empty. */
  body: T;
  requestId: string | null;
}

export interface CallOptions {
  method?: string;
  authorization?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (e.g. JSON already written), instead of `body`. */
  text?: string;
  headers?: Record<string, string>;
  /** Gives up (rejects) when the whole exchange takes longer. */
  timeoutMs?: number;
}

const agent = new http.Agent({ keepAlive: true });

export function call<T = unknown>(
  url: string,
  { method = 'GET', authorization, body, text, headers = {}, timeoutMs }: CallOptions = {},
): Promise<Answer<T>> {
  const written = text ?? (body === undefined ? undefined : JSON.stringify(body));
  const payload = written === undefined ? undefined : Buffer.from(written);
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
          clearTimeout(timer);
          const received = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = received;
          try {
            parsed = received ? JSON.parse(received) : null;
          } catch {
            // not JSON: keep the text
          }
          const requestId = response.headers['x-request-id'];
          resolve({
            status: response.statusCode ?? 0,
            body: parsed as T,
            requestId: typeof requestId === 'string' ? requestId : null,
          });
        });
        response.on('error', fail);
      },
    );
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    request.on('error', fail);
    request.end(payload);
  });
}

/** Closes the kept-alive connections, so that the process can exit. */
export function closeHttp(): void {
  agent.destroy();
}
