/**
 * A client still uploading a body the API refuses unread (too large, no token, no such route) gets the
 * refusal, not a reset connection: the server closes in stages (api/lingering-close.ts). Without
 * that, Node's server resets such a connection under its answer: every time in the timing below, and
 * about half the time for an 8 MiB upload in the fuzz drill.
 */
import net, { type AddressInfo } from 'node:net';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { bearer, everyRole } from '../kit/tokens';

let api: ApiHarness;
let port: number;

beforeAll(async () => {
  api = await startApiHarness();
  await api.app.listen({ host: '127.0.0.1', port: 0 });
  port = (api.app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await api?.close();
});

interface Exchange {
  /** What the server sent back, or the socket error that cut the connection before the client read it. */
  answer: string;
  error?: string;
}

/**
 * Over a raw socket, so that the timing is the test's: the headers and the first 256 KiB of the body,
 * then — the answer already sent, not yet read — more of the body, then the reading. A server that
 * closed the connection at once resets it when that body arrives, and the reset drops the unread
 * answer (EPIPE / ECONNRESET); one that closes in stages keeps it.
 */
function upload(path: string, headers: Record<string, string>, declared: number) {
  return new Promise<Exchange>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let error: string | undefined;
    socket.pause();
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? String(e)));
    socket.on('close', () => resolve({ answer, error }));
    const head = Object.entries({ host: 'api', 'content-type': 'application/json', ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`POST ${path} HTTP/1.1\r\n${head}content-length: ${declared}\r\nconnection: close\r\n\r\n`);
    socket.write(Buffer.alloc(256 * 1024, 0x78));
    setTimeout(() => {
      socket.write(Buffer.alloc(4 * MiB, 0x78), () => undefined);
      setTimeout(() => socket.resume(), 200);
    }, 300);
  });
}

const MiB = 1024 * 1024;

it.each([
  ['a body over the route’s limit', '/v1/tips', 8 * MiB, false, {}, 413, '/problems/payload-too-large'],
  [
    'a body over the batch limit',
    '/v1/findings/batch',
    9 * MiB,
    true,
    {},
    413,
    '/problems/payload-too-large',
  ],
  [
    'no valid token',
    '/v1/urgings/batch',
    8 * MiB,
    false,
    { authorization: 'Bearer a.b.c' },
    401,
    '/problems/unauthorized',
  ],
  ['no such route', '/v1/no-such-route', 8 * MiB, false, {}, 404, '/problems/not-found'],
])(
  'answers %s while the client is still sending',
  async (_, path, declared, signedIn, extra, status, type) => {
    const headers = signedIn ? { ...extra, ...(await bearer(everyRole('uploader'))) } : extra;
    const exchanges = await Promise.all(Array.from({ length: 3 }, () => upload(path, headers, declared)));
    for (const { answer, error } of exchanges) {
      expect({ statusLine: answer.split('\r\n')[0], error }).toEqual({
        statusLine: expect.stringMatching(new RegExp(`^HTTP/1.1 ${status} `)),
        error: undefined,
      });
      expect(answer).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ type, status });
    }
  },
);

it('still closes a connection whose client falls silent mid-body', async () => {
  const started = Date.now();
  const serverClosed = new Promise<number>((resolve) =>
    api.app.server.once('connection', (socket: net.Socket) =>
      socket.on('close', () => resolve(Date.now() - started)),
    ),
  );
  // A client that keeps its side open when the server shuts its own, and sends no more.
  const client = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  let answer = '';
  client.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
  client.on('error', () => undefined);
  client.write(
    'POST /v1/tips HTTP/1.1\r\nhost: api\r\ncontent-type: application/json\r\n' +
      `content-length: ${64 * MiB}\r\nconnection: close\r\n\r\n`,
  );
  client.write(Buffer.alloc(256 * 1024, 0x78));
  const closedAfterMs = await serverClosed;
  client.destroy();
  expect(answer).toMatch(/^HTTP\/1.1 413 /);
  // The server waits out its idle bound (5 s, checked every 5 s), not for the 64 MiB that will never come.
  expect(closedAfterMs).toBeGreaterThanOrEqual(4_000);
  expect(closedAfterMs).toBeLessThan(15_000);
}, 30_000);
