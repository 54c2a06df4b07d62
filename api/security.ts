/**
 * Security headers for every answer, and rate limits for the endpoints anyone may call without a
 * token (public lists, tip intake). A public route opts in with `config: PUBLIC_ENDPOINT`.
 */
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem';

export interface RateLimitOptions {
  /** Requests per client address per window on each public endpoint. */
  max: number;
  timeWindowMs: number;
}

export const DEFAULT_PUBLIC_RATE_LIMIT: RateLimitOptions = { max: 60, timeWindowMs: 60_000 };

/** Route `config` of a public endpoint: limited per client address with the app's public limit. */
export const PUBLIC_ENDPOINT = { rateLimit: {} } as const;

export async function registerSecurity(app: FastifyInstance, rateLimit: RateLimitOptions): Promise<void> {
  // Plain HTTP on a single machine or behind a TLS-terminating proxy: never force https on the browser.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    max: rateLimit.max,
    timeWindow: rateLimit.timeWindowMs,
    errorResponseBuilder: (_request, context) =>
      new ProblemError(
        'tooManyRequests',
        429,
        `more than ${context.max} requests from this address; retry after ${context.after}`,
      ),
  });
}
