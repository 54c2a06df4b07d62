import { Writable } from 'node:stream';
import pino from 'pino';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness({ logger: pino({ level: 'info' }, sink) });
});
afterAll(async () => {
  await api?.close();
});

it('puts the request id on every log line of a request, and echoes it in the response', async () => {
  lines.length = 0;
  const filer = await bearer(officerFor(aFinding()));
  const answers = await Promise.all([
    api.app.inject({
      method: 'POST',
      url: '/v1/findings',
      payload: aFinding(),
      headers: { 'x-request-id': 'file-1', ...filer },
    }),
    api.app.inject({
      method: 'POST',
      url: '/v1/findings',
      payload: { bad: true },
      headers: { 'x-request-id': 'bad-2', ...filer },
    }),
    api.app.inject({ method: 'GET', url: '/v1/cases/RC-0000000000000000', headers: filer }),
  ]);
  expect(answers.map((a) => a.statusCode)).toEqual([201, 400, 404]);
  const generated = answers[2]!.headers['x-request-id'];
  expect(generated).toMatch(/^[0-9a-f-]{36}$/);

  const requestLines = lines.filter((line) => 'req' in line || 'res' in line);
  expect(requestLines.length).toBeGreaterThanOrEqual(6); // "incoming request" + "request completed" each
  for (const line of requestLines) expect(['file-1', 'bad-2', generated]).toContain(line.reqId);
  expect(new Set(requestLines.map((line) => line.reqId))).toEqual(new Set(['file-1', 'bad-2', generated]));
});

it('sends the security headers on every answer: success, problem, not found and the docs', async () => {
  const filer = await bearer(officerFor(aFinding()));
  const answers = await Promise.all([
    api.app.inject({ method: 'POST', url: '/v1/findings', payload: aFinding(), headers: filer }),
    api.app.inject({ method: 'POST', url: '/v1/findings', payload: aFinding() }),
    api.app.inject({ method: 'GET', url: '/v1/no-such-route' }),
    api.app.inject({ method: 'GET', url: '/docs/json' }),
  ]);
  expect(answers.map((a) => a.statusCode)).toEqual([201, 401, 404, 200]);
  for (const answer of answers) {
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  }
});
