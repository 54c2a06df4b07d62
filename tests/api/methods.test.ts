/**
 * A method no route declares on a path that exists answers 405 with `Allow` (RFC 9110 §15.5.6), as a
 * problem body and before any body parsing; a path no route has answers 404.
 */
import { startApiHarness, type ApiHarness } from '../helpers/api';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});

afterAll(async () => {
  await api?.close();
});

it.each([
  ['TRACE', '/v1/cases/RC-0123456789ABCDEF', 'GET, HEAD'],
  ['DELETE', '/v1/cases/RC-0123456789ABCDEF/history', 'GET, HEAD'],
  ['PUT', '/v1/findings', 'POST'],
  ['PATCH', '/v1/list-snapshots', 'GET, HEAD, POST'],
  ['OPTIONS', '/healthz', 'GET, HEAD'],
])('answers %s %s with 405 and Allow: %s', async (method, url, allow) => {
  const answer = await api.app.inject({ method: method as 'GET', url });
  expect(answer.statusCode).toBe(405);
  expect(answer.headers.allow).toBe(allow);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.json()).toMatchObject({ type: '/problems/method-not-allowed', status: 405, instance: url });
});

it('answers 405, not a parsing error, to a method with a body no route takes', async () => {
  const answer = await api.app.inject({
    method: 'QUERY' as 'GET',
    url: '/v1/findings',
    headers: { 'content-type': 'application/json' },
    payload: '{ not json',
  });
  expect(answer.statusCode).toBe(405);
  expect(answer.headers.allow).toBe('POST');
});

it('answers 404 for a path no route has, whatever the method', async () => {
  for (const method of ['GET', 'PUT'] as const) {
    const answer = await api.app.inject({ method, url: '/v1/nothing-here' });
    expect(answer.statusCode).toBe(404);
    expect(answer.headers.allow).toBeUndefined();
    expect(answer.json()).toMatchObject({ type: '/problems/not-found' });
  }
});
