/**
 * The API's error answers: every one is an RFC 9457 problem, thrown in the browser as a `ProblemError`
 * whose `detail` is shown to the user as the server wrote it. Apart from client.ts so that a page can
 * use it without openapi-fetch (the public pages, whose bundle is kept small).
 */
import type { components } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem> & { title?: string; detail?: string },
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}
