/**
 * The API process's Prometheus metrics (prom-client): request durations by route and status, the
 * outbox messages not yet delivered (read from PostgreSQL when scraped), and Node's process metrics.
 * Served at /metrics on METRICS_ADDRESS, a listener of its own, so that the API's port stays the API.
 */
import http from 'node:http';
import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { hostAndPort } from '../lib/address';

export interface ApiMetrics {
  registry: Registry;
  /** Observes every answer's duration (a Fastify onResponse hook). */
  instrument(app: FastifyInstance): void;
}

export function createApiMetrics({ pool }: { pool: Pool }): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const durations = new Histogram({
    name: 'capacity_exit_http_request_duration_seconds',
    help: 'API answers by method, route (its pattern, or "unmatched") and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'capacity_exit_outbox_undelivered',
    help: 'Messages to outside systems (pricing, credit, licences, people) written but not yet delivered',
    registers: [registry],
    async collect() {
      const { rows } = await pool.query<{ n: number }>(
        'select count(*)::int as n from outbox where delivered_at is null',
      );
      this.set(rows[0]!.n);
    },
  });
  return {
    registry,
    instrument: (app) => {
      app.addHook('onResponse', async (request, reply) => {
        durations.observe(
          {
            method: request.method,
            route: request.routeOptions.url ?? 'unmatched',
            status_code: String(reply.statusCode),
          },
          reply.elapsedTime / 1000,
        );
      });
    },
  };
}

/** Serves the registry at http://address/metrics until closed. */
export async function serveMetrics(registry: Registry, address: string): Promise<http.Server> {
  const { host, port } = hostAndPort(address);
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => response.writeHead(503).end(`metrics unavailable: ${String(error)}\n`),
    );
  });
  server.listen(port, host);
  await once(server, 'listening');
  return server;
}
