/**
 * The whole service on one machine, run by `npm start` (scripts/start.ts) in a session of its own.
 * Starts what is not given — an embedded PostgreSQL keeping its data under DATA_DIR, and Temporal —
 * then the worker and the API as separate processes. Temporal is the dev server (one process, SQLite
 * under DATA_DIR) or, with TEMPORAL_TOPOLOGY=cluster, the production server as a cluster on the same
 * PostgreSQL, with several workers and API processes behind a load balancer. SIGTERM or SIGINT, or
 * `npm start` going away (its channel closes), stops everything in order: the API and the worker,
 * then Temporal, then PostgreSQL; the next start finds every case as it was. With DATABASE_URL
 * and/or TEMPORAL_ADDRESS set, it uses those servers and starts none.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfigOrExit } from '../config';
import { hostAndPort } from '../lib/address';
import { startBalancer } from './lib/balancer';
import { postgresServerOf, redactPassword, startEmbeddedPostgres } from './lib/embedded-postgres';
import { freeLowPort, spawnEntryPoint, waitForHttp, watchedProcess } from './lib/processes';
import { startTemporalCluster } from './lib/temporal-cluster';
import { startTemporalDevServer, waitForWorker } from './lib/temporal-dev-server';
import { clusterTools, temporalCliPath } from './lib/tools';

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataDir = path.resolve(config.DATA_DIR);
  const logDir = path.join(dataDir, 'logs');
  await mkdir(logDir, { recursive: true });

  const cleanups: Array<[name: string, stop: () => Promise<void>]> = [];
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    for (const [name, stop] of cleanups.reverse())
      await stop().then(
        () => say(`stopped ${name}`),
        (error) => say(`while stopping ${name}: ${String(error)}`),
      );
    say('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  process.on('disconnect', () => void stopAll(0));
  // A terminal that has gone away fails every write; stopping must not end there.
  process.stdout.on('error', () => undefined);

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      say(`starting embedded PostgreSQL (data in ${path.join(dataDir, 'postgres')})`);
      const pgLog = createWriteStream(path.join(logDir, 'postgres.log'), { flags: 'a' });
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
        database: 'capacity_exit',
        persistent: true,
        onLog: (line) => pgLog.write(`${line}\n`),
      });
      cleanups.push([
        'PostgreSQL',
        async () => {
          await postgres.stop();
          pgLog.end();
        },
      ]);
      databaseUrl = postgres.url;
    }

    // METRICS_ADDRESS host:P: each process serves its metrics on a port of its own, P, P + 1, … — the
    // Temporal cluster's processes first (history, matching, frontend, worker), then the workers, then
    // the API processes.
    const metricsAddresses = (() => {
      if (!config.METRICS_ADDRESS) return (): { METRICS_ADDRESS?: string } => ({});
      const { host, port: base } = hostAndPort(config.METRICS_ADDRESS);
      let next = 0;
      return () => ({ METRICS_ADDRESS: `${host}:${base + next++}` });
    })();

    let temporalAddress = process.env.TEMPORAL_ADDRESS;
    let temporalUi: string | undefined;
    const cluster = config.TEMPORAL_TOPOLOGY === 'cluster';
    if (!temporalAddress && cluster) {
      say(
        `starting the Temporal cluster on PostgreSQL: ${config.TEMPORAL_HISTORY_PROCESSES} history processes ` +
          `(${config.TEMPORAL_HISTORY_SHARDS} shards), matching, frontend, worker, Web UI (logs in ${logDir})`,
      );
      const temporal = await startTemporalCluster({
        tools: clusterTools(),
        postgres: postgresServerOf(databaseUrl),
        frontendPort: config.EMBEDDED_TEMPORAL_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
        retentionDays: config.TEMPORAL_RETENTION_DAYS,
        historyShards: config.TEMPORAL_HISTORY_SHARDS,
        historyProcesses: config.TEMPORAL_HISTORY_PROCESSES,
        archivalDir: path.join(dataDir, 'temporal', 'archival'),
        logDir,
        onCrash: (name, how) => say(`the Temporal ${name} process exited (${how}); starting it again`),
        ...(config.METRICS_ADDRESS ? { metricsAddress: () => metricsAddresses().METRICS_ADDRESS! } : {}),
      });
      cleanups.push(['the Temporal cluster', () => temporal.stop()]);
      temporalAddress = temporal.address;
      temporalUi = temporal.uiUrl;
    } else if (!temporalAddress) {
      say(`starting the Temporal dev server (state in ${path.join(dataDir, 'temporal', 'temporal.sqlite')})`);
      const temporal = await startTemporalDevServer({
        cliPath: temporalCliPath(),
        dbFile: path.join(dataDir, 'temporal', 'temporal.sqlite'),
        port: config.EMBEDDED_TEMPORAL_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
        retentionDays: config.TEMPORAL_RETENTION_DAYS,
        logFile: path.join(logDir, 'temporal.log'),
      });
      cleanups.push(['the Temporal dev server', () => temporal.stop()]);
      temporalAddress = temporal.address;
      temporalUi = temporal.uiUrl;
    }

    const env = { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress };
    // One of several workers or API processes that dies is started again, as a deployment's process
    // manager would, while the others carry the load; a lone one stops everything instead.
    const launch = (name: string, entryPoint: string, processEnv: NodeJS.ProcessEnv) => {
      const watched = watchedProcess(
        () => spawnEntryPoint(entryPoint, processEnv),
        (how) => {
          if (stopping) return 'leave';
          if (!cluster) {
            say(`the ${name} process exited (${how}); stopping everything`);
            void stopAll(1);
            return 'leave';
          }
          say(`the ${name} process exited (${how}); starting it again`);
          return 'restart';
        },
        () => !stopping,
      );
      cleanups.push([`the ${name}`, () => watched.stop()]);
    };
    const workers = cluster ? config.CLUSTER_WORKERS : 1;
    for (let index = 1; index <= workers; index++)
      launch(workers === 1 ? 'worker' : `worker ${index}`, 'worker.ts', { ...env, ...metricsAddresses() });
    if (cluster) {
      // The API processes on ports of their own, the load balancer on PORT in front of them.
      const upstreams = [];
      // Each process counts the public requests it sees; round robin gives each its share of one
      // address's requests, so each allows its share of the limit.
      const publicRateLimit = Math.ceil(config.PUBLIC_RATE_LIMIT_PER_MINUTE / config.CLUSTER_API_PROCESSES);
      for (let index = 1; index <= config.CLUSTER_API_PROCESSES; index++) {
        // Below the ephemeral range, which outgoing connections take while the process starts.
        const port = await freeLowPort();
        upstreams.push({ host: '127.0.0.1', port });
        launch(`api ${index}`, 'server.ts', {
          ...env,
          ...metricsAddresses(),
          HOST: '127.0.0.1',
          PORT: String(port),
          TRUST_PROXY: 'loopback',
          PUBLIC_RATE_LIMIT_PER_MINUTE: String(publicRateLimit),
        });
      }
      const balancer = await startBalancer({ host: config.HOST, port: config.PORT, upstreams });
      cleanups.push(['the load balancer', () => balancer.stop()]);
    } else {
      launch('api', 'server.ts', { ...env, ...metricsAddresses() });
    }

    const apiUrl = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
    await waitForHttp(`${apiUrl}/readyz`, 120_000, () => stopping);
    await waitForWorker(temporalAddress, config.TEMPORAL_NAMESPACE, 120_000);
    const lines = [
      '',
      '落后产能退出 — backward capacity exit service is running',
      `  Console        ${apiUrl}/console/  (sign in with a token: npm run token)`,
      `  Public pages   ${apiUrl}/public/`,
      `  API            ${apiUrl}/v1`,
      `  OpenAPI docs   ${apiUrl}/docs`,
      `  Health         ${apiUrl}/healthz  ${apiUrl}/readyz`,
      `  Temporal       ${temporalAddress} (namespace ${config.TEMPORAL_NAMESPACE}${cluster ? `; ${workers} workers, ${config.CLUSTER_API_PROCESSES} API processes` : ''})`,
      ...(temporalUi ? [`  Temporal UI    ${temporalUi}`] : []),
      `  PostgreSQL     ${redactPassword(databaseUrl)}`,
      `  Data           ${dataDir}`,
      'Press Ctrl-C to stop.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1);
  }
}

void main();
