/**
 * The cluster topology's load balancer (scripts/lib/balancer.ts) against real sockets: round-robin over
 * the API processes, a refusing one skipped, a request whose process dies passed on only when repeating
 * it is safe, and 503 problem details when no process can answer.
 */
import http from 'node:http';
import { once } from 'node:events';
import { startBalancer, type RunningBalancer } from '../../scripts/lib/balancer';
import { freePort } from '../../scripts/lib/processes';
import { call } from '../kit/http';

/** An upstream that answers its name, or one that drops the connection once it has read the request. */
async function upstream(name: string, behaviour: 'answer' | 'die' = 'answer') {
  const seen: string[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push(`${request.method} ${request.url} ${body}`);
      if (behaviour === 'die') return request.socket.destroy();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ name, body, forwardedFor: request.headers['x-forwarded-for'] }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    target: { host: '127.0.0.1', port },
    seen,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

describe('the load balancer', () => {
  const closers: Array<() => Promise<void>> = [];
  let balancer: RunningBalancer;
  afterEach(async () => {
    await balancer?.stop();
    for (const close of closers.splice(0)) await close();
  });
  const start = async (...targets: Array<{ host: string; port: number }>) => {
    balancer = await startBalancer({ host: '127.0.0.1', port: await freePort(), upstreams: targets });
  };

  it('sends requests to the processes in turn, with the body and the client’s address', async () => {
    const [a, b] = [await upstream('a'), await upstream('b')];
    closers.push(a.close, b.close);
    await start(a.target, b.target);
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await call<{ name: string; body: string; forwardedFor: string }>(
        `${balancer.url}/v1/findings`,
        { method: 'POST', body: { n: i } },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.body).toBe(JSON.stringify({ n: i }));
      expect(answer.body.forwardedFor).toBe('127.0.0.1');
      names.push(answer.body.name);
    }
    expect(names.sort()).toEqual(['a', 'a', 'b', 'b']);
  });

  it('skips a process that refuses connections', async () => {
    const b = await upstream('b');
    closers.push(b.close);
    await start({ host: '127.0.0.1', port: await freePort() }, b.target);
    for (let i = 0; i < 4; i++)
      expect(await call(`${balancer.url}/x`, { method: 'POST', body: {} })).toMatchObject({
        status: 200,
        body: { name: 'b' },
      });
  });

  it('answers 503 for a request without an Idempotency-Key whose process died while it was there', async () => {
    const dying = await upstream('dying', 'die');
    const b = await upstream('b');
    closers.push(dying.close, b.close);
    await start(dying.target, b.target);
    const answers = [
      await call(`${balancer.url}/v1/findings`, { method: 'POST', body: { n: 1 } }),
      await call(`${balancer.url}/v1/findings`, { method: 'POST', body: { n: 2 } }),
    ];
    // One went to the dying process and was not repeated elsewhere: the client decides.
    const refused = answers.find((answer) => answer.status === 503);
    expect(refused?.body).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
    expect(dying.seen).toHaveLength(1);
    expect(b.seen).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
  });

  it('passes on a request the API applies once (Idempotency-Key) or a GET, when its process died', async () => {
    const dying = await upstream('dying', 'die');
    const b = await upstream('b');
    closers.push(dying.close, b.close);
    await start(dying.target, b.target);
    for (const [method, headers] of [
      ['POST', { 'idempotency-key': 'k-1' }],
      ['POST', { 'idempotency-key': 'k-2' }],
      ['GET', {}],
      ['GET', {}],
    ] as const)
      expect(await call(`${balancer.url}/y`, { method, headers })).toMatchObject({
        status: 200,
        body: { name: 'b' },
      });
    expect(dying.seen.length).toBeGreaterThan(0);
  });

  it('answers 503 problem details with Retry-After when no process answers', async () => {
    await start({ host: '127.0.0.1', port: await freePort() }, { host: '127.0.0.1', port: await freePort() });
    const answer = await fetch(`${balancer.url}/readyz`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
  });
});
