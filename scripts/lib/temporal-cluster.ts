/**
 * The production Temporal server as a cluster on one machine: its services — frontend, history,
 * matching, worker — each a `temporal-server` process of its own, persisting to PostgreSQL (the
 * `temporal` and `temporal_visibility` databases, created and migrated with temporal-sql-tool), and
 * the Temporal Web UI server. Every process renders the same template, config/temporal/docker.yaml,
 * which docker-compose.yml mounts into the official image; only the environment differs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { Client as PgClient } from 'pg';
import { ensureSearchAttributes } from '../../schedules/search-attributes';
import { CASE_SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';
import { poll } from '../../tests/kit/poll';
import { freeLowPort, watchedProcess } from './processes';
import type { ClusterTools } from './tools';

const ROOT = path.resolve(__dirname, '..', '..');
const CONFIG_DIR = path.join('config', 'temporal');

export type TemporalService = 'frontend' | 'history' | 'matching' | 'worker';

export interface ClusterOptions {
  tools: ClusterTools;
  /** The PostgreSQL server that holds Temporal's two databases (a superuser: it creates them). */
  postgres: { host: string; port: number; user: string; password: string };
  frontendPort: number;
  /** Web UI port; omitted: no UI. */
  uiPort?: number;
  namespace: string;
  retentionDays: number;
  /** Fixed for the life of the databases: Temporal cannot change a cluster's shard count. */
  historyShards: number;
  /** History service processes; the shards are spread over them and move when one goes away. */
  historyProcesses: number;
  /** Where closed workflows' histories and visibility records are archived (the filestore archiver). */
  archivalDir: string;
  logDir: string;
  logLevel?: string;
  /**
   * Given: a process that exits without being told to is started again a second later, as a
   * deployment's process manager would, and this is told. Omitted: it stays down (drills kill and
   * start processes themselves).
   */
  onCrash?: (name: string, how: string) => void;
  /** Given: each Temporal process serves Prometheus metrics at the host:port this returns for it. */
  metricsAddress?: () => string;
}

/** One process of the cluster, which a drill may kill and start again. */
export interface ClusterProcess {
  readonly name: string;
  readonly service: TemporalService | 'ui';
  readonly child: ChildProcess;
  /** SIGKILL: the process dies as in a crash. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop(): Promise<void>;
  /** Starts it again (after kill or stop), with the same ports. */
  start(): void;
}

export interface RunningCluster {
  address: string;
  uiUrl?: string;
  processes: ClusterProcess[];
  process(name: string): ClusterProcess;
  stop(): Promise<void>;
}

/** Temporal's databases in the given PostgreSQL, created when missing and migrated to the server's schema. */
export async function migrateTemporalSchemas(options: Pick<ClusterOptions, 'tools' | 'postgres' | 'logDir'>) {
  const { host, port, user, password } = options.postgres;
  const base = ['--plugin', 'postgres12', '--ep', host, '-p', String(port), '-u', user, '--pw', password];
  for (const [database, schema] of [
    ['temporal', 'postgresql/v12/temporal'],
    ['temporal_visibility', 'postgresql/v12/visibility'],
  ] as const) {
    const run = (args: string[]) =>
      runTool(options.tools.sqlTool, [...base, '--db', database, ...args], options.logDir);
    // Each step is idempotent: an existing database or version table is kept, and update-schema
    // applies only the versions the database lacks.
    await run(['create-database']).catch((error: Error) => {
      if (!/already exists/.test(error.message)) throw error;
    });
    await run(['setup-schema', '-v', '0.0']);
    await run(['update-schema', '--schema-name', schema]);
  }
}

export async function startTemporalCluster(options: ClusterOptions): Promise<RunningCluster> {
  await mkdir(options.logDir, { recursive: true });
  await mkdir(path.join(options.archivalDir, 'history'), { recursive: true });
  await mkdir(path.join(options.archivalDir, 'visibility'), { recursive: true });
  await migrateTemporalSchemas(options);
  await forgetEarlierMembers(options.postgres);

  const ports = {
    FRONTEND_GRPC_PORT: options.frontendPort,
    FRONTEND_HTTP_PORT: await freeLowPort(),
    FRONTEND_MEMBERSHIP_PORT: await freeLowPort(),
    MATCHING_GRPC_PORT: await freeLowPort(),
    MATCHING_MEMBERSHIP_PORT: await freeLowPort(),
    WORKER_GRPC_PORT: await freeLowPort(),
    WORKER_MEMBERSHIP_PORT: await freeLowPort(),
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    DB: 'postgres12',
    POSTGRES_SEEDS: options.postgres.host,
    DB_PORT: String(options.postgres.port),
    POSTGRES_USER: options.postgres.user,
    POSTGRES_PWD: options.postgres.password,
    NUM_HISTORY_SHARDS: String(options.historyShards),
    LOG_LEVEL: options.logLevel ?? 'warn',
    BIND_ON_IP: '127.0.0.1',
    DYNAMIC_CONFIG_FILE_PATH: path.join(ROOT, CONFIG_DIR, 'dynamicconfig', 'docker.yaml'),
    TEMPORAL_HISTORY_ARCHIVAL_URI: `file://${path.join(options.archivalDir, 'history')}`,
    TEMPORAL_VISIBILITY_ARCHIVAL_URI: `file://${path.join(options.archivalDir, 'visibility')}`,
    ...Object.fromEntries(Object.entries(ports).map(([key, value]) => [key, String(value)])),
  };

  const plan: Array<{ name: string; service: TemporalService; env: NodeJS.ProcessEnv }> = [];
  for (let index = 1; index <= options.historyProcesses; index++) {
    // Each history process listens on ports of its own; the rest of the cluster finds it through the
    // membership table in PostgreSQL.
    plan.push({
      name: options.historyProcesses === 1 ? 'history' : `history-${index}`,
      service: 'history',
      env: {
        HISTORY_GRPC_PORT: String(await freeLowPort()),
        HISTORY_MEMBERSHIP_PORT: String(await freeLowPort()),
      },
    });
  }
  plan.push({ name: 'matching', service: 'matching', env: {} });
  plan.push({ name: 'frontend', service: 'frontend', env: {} });
  plan.push({ name: 'worker', service: 'worker', env: {} });

  const processes: ClusterProcess[] = [];
  const stop = async () => {
    // The UI and Temporal's own worker first, the history service last, as an orderly shutdown drains.
    for (const process of [...processes].reverse()) await process.stop();
  };
  try {
    for (const [index, { name, service, env: own }] of plan.entries()) {
      // Every service writes the cluster's metadata into a fresh database at its start, and two at once
      // collide ("Failed to apply cluster metadata"): the first history process alone, until it listens.
      if (index === 1) await listening(Number(plan[0]!.env.HISTORY_GRPC_PORT), plan[0]!.name, options.logDir);
      processes.push(
        supervised(
          name,
          service,
          options.tools.server,
          [
            '--root',
            ROOT,
            '--config',
            CONFIG_DIR,
            '--env',
            'docker',
            '--allow-no-auth',
            'start',
            '--service',
            service,
          ],
          {
            ...env,
            ...own,
            ...(options.metricsAddress ? { PROMETHEUS_ENDPOINT: options.metricsAddress() } : {}),
          },
          path.join(options.logDir, `temporal-${name}.log`),
          options.onCrash,
        ),
      );
    }
    const address = `127.0.0.1:${options.frontendPort}`;
    await registerNamespace(address, options, processes);
    let uiUrl: string | undefined;
    if (options.uiPort) {
      processes.push(
        supervised(
          'ui',
          'ui',
          options.tools.uiServer,
          ['--root', options.tools.uiServerRoot, '--config', 'config', '--env', 'docker', 'start'],
          {
            PATH: process.env.PATH,
            TEMPORAL_ADDRESS: address,
            TEMPORAL_UI_PORT: String(options.uiPort),
            TEMPORAL_DEFAULT_NAMESPACE: options.namespace,
            TEMPORAL_NOTIFY_ON_NEW_VERSION: 'false',
            TEMPORAL_CORS_ORIGINS: `http://127.0.0.1:${options.uiPort}`,
          },
          path.join(options.logDir, 'temporal-ui.log'),
          options.onCrash,
        ),
      );
      uiUrl = `http://127.0.0.1:${options.uiPort}`;
    }
    return {
      address,
      uiUrl,
      processes,
      process: (name) => {
        const found = processes.find((candidate) => candidate.name === name);
        if (!found) throw new Error(`no cluster process ${name}: ${processes.map((p) => p.name).join(', ')}`);
        return found;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Waits until the process listens on its gRPC port (it has applied the cluster metadata by then). */
async function listening(port: number, name: string, logDir: string): Promise<void> {
  const accepts = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
  const { met } = await poll(accepts, Boolean, { timeoutMs: 120_000, everyMs: 100 });
  if (!met)
    throw new Error(`Temporal's ${name} did not listen within 120 s; see ${logDir}/temporal-${name}.log`);
}

function supervised(
  name: string,
  service: TemporalService | 'ui',
  executable: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  onCrash?: (name: string, how: string) => void,
): ClusterProcess {
  // A file descriptor, not a stream: the child writes its log itself, and goes on when we are busy.
  const log = openSync(logFile, 'a');
  const watched = watchedProcess(
    () => spawn(executable, args, { cwd: ROOT, env, stdio: ['ignore', log, log] }),
    (how) => {
      if (!onCrash) return 'leave';
      onCrash(name, how);
      return 'restart';
    },
  );
  return {
    name,
    service,
    get child() {
      return watched.child;
    },
    kill: () => watched.kill(),
    stop: () => watched.stop(15_000),
    start: () => watched.start(),
  };
}

/**
 * Registers the namespace once the frontend answers — with the retention, the archival of closed
 * workflows and the case search attributes — or brings an existing one up to date.
 */
async function registerNamespace(
  address: string,
  options: ClusterOptions,
  processes: ClusterProcess[],
): Promise<void> {
  const { ArchivalState } = temporal.api.enums.v1;
  const archival = {
    historyArchivalState: ArchivalState.ARCHIVAL_STATE_ENABLED,
    historyArchivalUri: `file://${path.join(options.archivalDir, 'history')}`,
    visibilityArchivalState: ArchivalState.ARCHIVAL_STATE_ENABLED,
    visibilityArchivalUri: `file://${path.join(options.archivalDir, 'visibility')}`,
  };
  const retention = msToTs(`${options.retentionDays} days`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const exited = processes.find((process) => process.child.exitCode !== null);
    if (exited)
      throw new Error(
        `the Temporal ${exited.name} process exited with code ${exited.child.exitCode} while starting; see ${path.join(options.logDir, `temporal-${exited.name}.log`)}`,
      );
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      try {
        const service = connection.workflowService;
        const exists = await service.describeNamespace({ namespace: options.namespace }).then(
          () => true,
          (error: { code?: number }) => {
            if (error.code === 5 /* NOT_FOUND */) return false;
            throw error;
          },
        );
        if (exists)
          await service.updateNamespace({
            namespace: options.namespace,
            config: { workflowExecutionRetentionTtl: retention, ...archival },
          });
        else
          await service.registerNamespace({
            namespace: options.namespace,
            workflowExecutionRetentionPeriod: retention,
            ...archival,
          });
        // Before any worker starts (the worker checks them again): each service reads them with the
        // namespace, which it caches for up to ten seconds.
        await ensureSearchAttributes(connection.operatorService, options.namespace, CASE_SEARCH_ATTRIBUTES);
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`the Temporal cluster at ${address} did not come up: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/**
 * The processes of an earlier run stay in the membership table; stopped less than 20 s ago, they would
 * be offered to the new processes as seeds at ports nobody listens on any more, and a new process can
 * fail to join the ring. None of this cluster's processes runs yet, so none of those rows is live.
 */
async function forgetEarlierMembers(postgres: ClusterOptions['postgres']): Promise<void> {
  const client = new PgClient({ ...postgres, database: 'temporal' });
  await client.connect();
  try {
    await client.query('delete from cluster_membership');
  } finally {
    await client.end();
  }
}

async function runTool(executable: string, args: string[], logDir: string): Promise<void> {
  const child = spawn(executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  const log = createWriteStream(path.join(logDir, 'temporal-sql-tool.log'), { flags: 'a' });
  log.end(`$ temporal-sql-tool ${args.filter((_, i) => args[i - 1] !== '--pw').join(' ')}\n${output}\n`);
  if (code !== 0) throw new Error(`temporal-sql-tool ${args.at(-1)} failed (code ${code}): ${output.trim()}`);
}
