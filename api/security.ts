/**
 * Security headers for every answer, and rate limits for the endpoints anyone may call without a
 * token (public lists, tip intake). A public route opts in with `config: PUBLIC_ENDPOINT`.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { ProblemError } from './problem';

export interface RateLimitOptions {
  /** Requests per client address per window on each public endpoint. */
  max: number;
  timeWindowMs: number;
}

export const DEFAULT_PUBLIC_RATE_LIMIT: RateLimitOptions = { max: 60, timeWindowMs: 60_000 };

/** Route `config` of a public endpoint: limited per client address with the app's public limit. */
export const PUBLIC_ENDPOINT = { rateLimit: {} } as const;

export interface SecurityOptions {
  /** Origins besides the API's own that the pages may fetch from (the identity provider's). */
  connectSources?: string[];
}

export async function registerSecurity(
  app: FastifyInstance,
  rateLimit: RateLimitOptions,
  { connectSources = [] }: SecurityOptions = {},
): Promise<void> {
  // Built once: @fastify/helmet builds helmet's middleware anew for every request. Plain HTTP on a
  // single machine or behind a TLS-terminating proxy: never force https on the browser.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: null,
        ...(connectSources.length ? { connectSrc: ["'self'", ...connectSources] } : {}),
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
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
