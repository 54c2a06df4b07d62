/**
 * The load balancer in front of the API processes of the cluster topology — what nginx or a cloud
 * load balancer does in production, here in one small process: requests go round-robin to the API
 * processes; one that refuses connections is skipped (the request goes to the next) and left alone for
 * a while. A request whose API process fails before answering is passed to the next process when that
 * is safe — nothing reached the failed one, or the request may be repeated (a method that is idempotent
 * by definition, or an Idempotency-Key, which the API applies once) — as nginx's proxy_next_upstream
 * does; otherwise it is answered 503 with Retry-After, for the client to decide.
 */
import http from 'node:http';
import { once } from 'node:events';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES } from '../../api/problem';

export interface Upstream {
  host: string;
  port: number;
}

export interface RunningBalancer {
  url: string;
  stop(): Promise<void>;
}

/** Larger than any body the API accepts (a census import, 16 MiB): the API answers 413 itself. */
const MAX_BUFFERED_BODY = 32 * 1024 * 1024;
const SKIP_REFUSING_UPSTREAM_MS = 2_000;
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export async function startBalancer(options: {
  host: string;
  port: number;
  upstreams: Upstream[];
}): Promise<RunningBalancer> {
  const refusedUntil = new Map<Upstream, number>();
  let next = 0;
  const order = (): Upstream[] => {
    const start = next++ % options.upstreams.length;
    const rotated = [...options.upstreams.slice(start), ...options.upstreams.slice(0, start)];
    const now = Date.now();
    // Skipped ones stay last resorts: with every process refusing, each is tried once more.
    return [
      ...rotated.filter((upstream) => (refusedUntil.get(upstream) ?? 0) <= now),
      ...rotated.filter((upstream) => (refusedUntil.get(upstream) ?? 0) > now),
    ];
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BUFFERED_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BUFFERED_BODY) return unavailable(response, 413, PROBLEM_TYPES.payloadTooLarge);
      void forward(request, Buffer.concat(chunks), response, order());
    });
  });

  const forward = async (
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse,
    candidates: Upstream[],
  ): Promise<void> => {
    const [upstream, ...rest] = candidates;
    if (!upstream) return unavailable(response, 503, PROBLEM_TYPES.unavailable);
    const headers = { ...request.headers, 'x-forwarded-for': request.socket.remoteAddress ?? '' };
    const outgoing = http.request({
      host: upstream.host,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers,
    });
    let connected = false;
    outgoing.on('socket', (socket) => {
      // A kept-alive socket is connected already; a new one once it connects.
      if (socket.connecting) socket.once('connect', () => (connected = true));
      else connected = true;
    });
    outgoing.on('response', (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders as unknown as http.OutgoingHttpHeaders);
      answer.pipe(response);
      answer.on('error', () => response.destroy());
    });
    outgoing.on('error', () => {
      if (response.headersSent) return response.destroy();
      if (!connected) refusedUntil.set(upstream, Date.now() + SKIP_REFUSING_UPSTREAM_MS);
      const repeatable =
        IDEMPOTENT_METHODS.has(request.method ?? '') || request.headers['idempotency-key'] !== undefined;
      if (!connected || repeatable) return void forward(request, body, response, rest);
      unavailable(response, 503, PROBLEM_TYPES.unavailable);
    });
    outgoing.end(body);
  };

  server.listen(options.port, options.host);
  await once(server, 'listening');
  return {
    url: `http://${options.host}:${options.port}`,
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}

function unavailable(
  response: http.ServerResponse,
  status: 413 | 503,
  problem: { type: string; title: string },
): void {
  response.writeHead(status, {
    'content-type': PROBLEM_CONTENT_TYPE,
    ...(status === 503 ? { 'retry-after': '1' } : {}),
  });
  response.end(
    JSON.stringify({
      ...problem,
      status,
      detail:
        status === 503
          ? 'No API process could answer this request; it may or may not have been applied. Retry it with the same Idempotency-Key.'
          : `The request body is larger than ${MAX_BUFFERED_BODY} bytes.`,
    }),
  );
}
