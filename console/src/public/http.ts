/**
 * The public pages' HTTP: fetch, typed by the API's own OpenAPI document (schema.d.ts) — the path
 * templates and their answers — without openapi-fetch, to keep the bundle small. A non-2xx answer is
 * thrown as a ProblemError with the server's problem.
 */
import { ProblemError } from '../http/problem';
import type { paths } from '../http/schema';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Operation> = Operation extends { responses: infer Responses }
  ? Json<Responses[200 & keyof Responses]> | Json<Responses[201 & keyof Responses]>
  : never;
type PathsWith<Method extends 'get' | 'post'> = {
  [P in keyof paths]: paths[P][Method] extends { responses: unknown } ? P : never;
}[keyof paths];

export interface RequestParts {
  /** The values of the template's {names}. */
  path?: Record<string, string | number>;
  /** Query parameters; undefined ones are left out. */
  query?: Record<string, string | number | undefined | null>;
  headers?: Record<string, string>;
}

function urlOf(template: string, { path = {}, query = {} }: RequestParts): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(path[name] ?? '')),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

async function answerOf<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { detail: text };
  }
  if (response.ok) return body as T;
  throw new ProblemError(response.status, (typeof body === 'object' && body !== null ? body : {}) as never);
}

export async function get<P extends PathsWith<'get'>>(
  template: P,
  parts: RequestParts = {},
): Promise<Ok<paths[P]['get']>> {
  const response = await fetch(urlOf(template, parts), {
    headers: { accept: 'application/json', ...parts.headers },
  });
  return answerOf(response);
}

export async function post<P extends PathsWith<'post'>>(
  template: P,
  body: unknown,
  parts: RequestParts = {},
): Promise<Ok<paths[P]['post']>> {
  const response = await fetch(urlOf(template, parts), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...parts.headers },
    body: JSON.stringify(body),
  });
  return answerOf(response);
}
