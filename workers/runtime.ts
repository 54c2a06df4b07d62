/**
 * The Temporal SDK's runtime in a process that runs a worker: its log lines into pino and, where asked,
 * its metrics (workflow and activity task latencies, schedule-to-start, sticky cache…) for Prometheus.
 */
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from 'pino';

export function installSdkRuntime(logger: Logger, options: { prometheusAddress?: string } = {}): void {
  Runtime.install({
    logger: sdkLoggerFor(logger),
    ...(options.prometheusAddress
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: {
                bindAddress: options.prometheusAddress,
                countersTotalSuffix: true,
                unitSuffix: true,
                useSecondsForDurations: true,
              },
            },
          },
        }
      : {}),
  });
}

/** Routes the Temporal SDK's own log lines (worker state, bundling, workflow `log`) into pino. */
function sdkLoggerFor(logger: Logger): DefaultLogger {
  const levels: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN' };
  const sdk = logger.child({ component: 'temporal-sdk' });
  return new DefaultLogger(levels[logger.level] ?? 'ERROR', ({ level, message, meta }) => {
    const method =
      level === 'TRACE'
        ? 'trace'
        : level === 'DEBUG'
          ? 'debug'
          : level === 'WARN'
            ? 'warn'
            : level === 'ERROR'
              ? 'error'
              : 'info';
    sdk[method](meta ?? {}, message);
  });
}
