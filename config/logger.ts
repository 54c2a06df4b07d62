import pino, { type Logger } from 'pino';
import type { Config } from '.';

/** The one root logger of a process; everything else gets a child of it. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, name: string): Logger {
  return pino({ name, level: config.LOG_LEVEL });
}
