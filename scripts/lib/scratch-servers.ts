/**
 * Throwaway servers for `npm test` and `npm run bench`: an embedded PostgreSQL and a Temporal dev
 * server in a scratch directory that is deleted when they stop.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { freePort, makeScratchDir } from './processes';
import { startTemporalDevServer } from './temporal-dev-server';
import { temporalCliPath } from './tools';

export interface ScratchServers {
  databaseUrl: string;
  temporalAddress: string;
  scratch: string;
  stop(): Promise<void>;
}

export interface ScratchServerOptions {
  name: string;
  /** Keep Temporal's state in a SQLite file, as under `npm start` (default: in memory). */
  temporalOnDisk?: boolean;
  /** Servers already running, to use instead of starting one. */
  databaseUrl?: string;
  temporalAddress?: string;
}

export async function startScratchServers(options: ScratchServerOptions): Promise<ScratchServers> {
  const scratch = await makeScratchDir(options.name);
  const stops: Array<() => Promise<void>> = [() => rm(scratch, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(scratch, 'postgres'),
        port: await freePort(),
        database: `capacity_exit_${options.name}`,
        persistent: false,
      });
      stops.push(() => postgres.stop());
      databaseUrl = postgres.url;
    }
    let temporalAddress = options.temporalAddress;
    if (!temporalAddress) {
      const temporal = await startTemporalDevServer({
        cliPath: temporalCliPath(),
        dbFile: options.temporalOnDisk ? path.join(scratch, 'temporal.sqlite') : undefined,
        port: await freePort(),
        namespace: 'default',
        retentionDays: 1,
        logFile: path.join(scratch, 'temporal.log'),
      });
      stops.push(() => temporal.stop());
      temporalAddress = temporal.address;
    }
    return { databaseUrl, temporalAddress, scratch, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
