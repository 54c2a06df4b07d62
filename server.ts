/**
 * The API process. Deployed on its own; `npm start` runs it beside the worker.
 * Stops cleanly on SIGINT/SIGTERM: stops accepting, finishes in-flight requests, closes connections.
 */
import { Client, Connection } from '@temporalio/client';
import { buildApp } from './api/app';
import { createApiMetrics, serveMetrics } from './api/metrics';
import { createTokenVerifier } from './api/auth';
import { identityProviderOf, loadConfigOrExit } from './config';
import { createLogger } from './config/logger';
import { connectDatabase } from './db/client';
import { applyMigrations } from './db/migrate';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'api');
  const database = connectDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_SIZE,
    applicationName: 'capacity-exit-api',
  });
  await applyMigrations(database);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const metrics = createApiMetrics({ pool: database.pool });

  const app = await buildApp({
    db: database.db,
    pool: database.pool,
    temporal,
    logger,
    verifier: createTokenVerifier(config),
    identityProvider: identityProviderOf(config),
    publicRateLimit: { max: config.PUBLIC_RATE_LIMIT_PER_MINUTE, timeWindowMs: 60_000 },
    temporalUiUrl: config.TEMPORAL_UI_URL,
    trustProxy: config.TRUST_PROXY,
    metrics,
  });
  await app.listen({ host: config.HOST, port: config.PORT });
  const metricsServer = config.METRICS_ADDRESS
    ? await serveMetrics(metrics.registry, config.METRICS_ADDRESS)
    : undefined;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    metricsServer?.close();
    await connection.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
