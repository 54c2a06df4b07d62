/**
 * The whole service on servers of its own, for a drill or a benchmark (`bench:cluster`), as it is
 * deployed: an embedded PostgreSQL (or a database of its own
 * in a running one), Temporal, and the worker and the API as separate processes — each of which the
 * drill can kill or stop and start again on the same data and ports. Temporal is a dev server or, in
 * the cluster topology, the production server's services as separate processes on the drill's own
 * PostgreSQL, with two workers and two API processes behind the load balancer. Every server and
 * process writes its log to the drill's scratch directory, kept when the drill fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, readFileSync, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Client as PgClient } from 'pg';
import { loadConfig } from '../../config';
import { connectDatabase, type DatabaseHandle } from '../../db/client';
import { applyMigrations } from '../../db/migrate';
import { startBalancer, type RunningBalancer } from './balancer';
import { postgresServerOf, startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { freeLowPort, makeScratchDir, stopProcess, waitForHttp } from './processes';
import { startTemporalCluster, type RunningCluster } from './temporal-cluster';
import { startTemporalDevServer, type RunningDevServer } from './temporal-dev-server';
import { clusterTools, temporalCliPath } from './tools';
import { TASK_QUEUE } from '../../workflows/contract';
import { poll } from '../../tests/kit/poll';

const ROOT = path.resolve(__dirname, '..', '..');
const CLUSTER_DEFAULTS = loadConfig({});

export interface ServiceOptions {
  name: string;
  /** Temporal's state in a SQLite file (as under `npm start`), so the server can be killed and restarted on it. */
  temporalOnDisk?: boolean;
  /** A running PostgreSQL to make the drill's database in, instead of an embedded server of its own. */
  baseDatabaseUrl?: string;
  /** Extra environment for the API process. */
  apiEnv?: Record<string, string>;
  /**
   * `cluster`: the production Temporal server's services as separate processes on the drill's own
   * embedded PostgreSQL (not a shared one), two workers (`worker`, `worker-2`) and two API processes
   * (`api`, `api-2`) behind the load balancer at `apiUrl`. Default `dev`: a dev server, one of each.
   */
  topology?: 'dev' | 'cluster';
  /** LOG_LEVEL of the worker and API processes (default DRILL_LOG_LEVEL, else info). */
  logLevel?: string;
  /** Node options for the worker processes only (the benchmark's --cpu-prof). */
  workerNodeOptions?: string[];
  /** Load pg_stat_statements into the drill's own PostgreSQL (the benchmark counts statements). */
  statementStatistics?: boolean;
}

export type Role = 'worker' | 'api' | 'worker-2' | 'api-2';

/** Every process any drill started, so that an interrupted run leaves none behind. */
const everyChild = new Set<ChildProcess>();
const runningServices = new Set<Service>();
process.on('exit', () => {
  for (const child of everyChild)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const service of runningServices) service.killServersNow();
});

export class Service {
  readonly scratch: string;
  readonly apiUrl: string;
  databaseUrl = '';
  temporalAddress = '';
  /** The drill's own connections, for checks: a small pool and a Temporal client. */
  database!: DatabaseHandle;
  temporal!: Client;
  private connection?: Connection;
  private postgres?: RunningPostgres;
  private postgresLog?: WriteStream;
  private devServer?: RunningDevServer;
  /** The Temporal cluster's processes, which cluster drills kill and start again by name. */
  cluster?: RunningCluster;
  private balancer?: RunningBalancer;
  private readonly children: Partial<Record<Role, ChildProcess>> = {};
  /** Exits of the worker or API the drill did not cause. */
  readonly unexpectedExits: string[] = [];
  /** Temporal cluster processes that exited on their own and were started again. */
  readonly temporalCrashes: string[] = [];
  private readonly expectingExit = new Set<Role>();
  private ownDatabase?: { baseUrl: string; name: string };

  private constructor(
    readonly options: ServiceOptions,
    scratch: string,
    private readonly ports: {
      postgres: number;
      temporal: number;
      api: number;
      apis: Partial<Record<Role, number>>;
    },
  ) {
    this.scratch = scratch;
    this.apiUrl = `http://127.0.0.1:${ports.api}`;
  }

  static async start(options: ServiceOptions): Promise<Service> {
    const scratch = await makeScratchDir(`drill-${options.name}`);
    if (options.topology === 'cluster' && options.baseDatabaseUrl)
      throw new Error('a cluster drill runs Temporal on a PostgreSQL of its own, not on DRILL_DATABASE_URL');
    // Below the kernel's ephemeral range: the servers bind these seconds later, and meanwhile every
    // outgoing connection on the machine takes an ephemeral port, which could be one of them.
    const [postgres, temporal, api] = [await freeLowPort(), await freeLowPort(), await freeLowPort()];
    // In the cluster, the API processes listen on ports of their own behind the balancer on `api`.
    const apis: Partial<Record<Role, number>> =
      options.topology === 'cluster' ? { api: await freeLowPort(), 'api-2': await freeLowPort() } : { api };
    const service = new Service(options, scratch, { postgres, temporal, api, apis });
    runningServices.add(service);
    try {
      await service.startPostgres();
      await service.startTemporal();
      service.database = connectDatabase(service.databaseUrl, { max: 4, applicationName: 'drill' });
      await applyMigrations(service.database);
      service.connection = await Connection.connect({ address: service.temporalAddress });
      service.temporal = new Client({ connection: service.connection });
      await Promise.all(service.roles.map((role) => service.start(role)));
      if (options.topology === 'cluster')
        service.balancer = await startBalancer({
          host: '127.0.0.1',
          port: service.ports.api,
          upstreams: Object.values(apis).map((port) => ({ host: '127.0.0.1', port: port! })),
        });
      return service;
    } catch (error) {
      await service.stop({ keep: true });
      throw error;
    }
  }

  log(name: string): string {
    return path.join(this.scratch, `${name}.log`);
  }

  /** The worker and API processes this topology runs. */
  get roles(): Role[] {
    return this.options.topology === 'cluster' ? ['worker', 'worker-2', 'api', 'api-2'] : ['worker', 'api'];
  }

  /** Starts the worker or API process `role` and waits until it serves. */
  start(role: Role): Promise<void> {
    return role.startsWith('worker') ? this.startWorker(role) : this.startApi(role);
  }

  // ---- PostgreSQL

  async startPostgres(): Promise<void> {
    if (this.options.baseDatabaseUrl) {
      if (!this.ownDatabase) {
        const name = `drill_${this.options.name.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
        const admin = new PgClient({ connectionString: this.options.baseDatabaseUrl });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const url = new URL(this.options.baseDatabaseUrl);
        url.pathname = `/${name}`;
        this.databaseUrl = url.toString();
        this.ownDatabase = { baseUrl: this.options.baseDatabaseUrl, name };
      }
      return;
    }
    this.postgresLog ??= createWriteStream(this.log('postgres'), { flags: 'a' });
    this.postgres = await startEmbeddedPostgres({
      dataDir: path.join(this.scratch, 'postgres'),
      port: this.ports.postgres,
      database: 'capacity_exit_drill',
      persistent: true,
      statementStatistics: this.options.statementStatistics,
      onLog: (line) => this.postgresLog?.write(`${line}\n`),
    });
    this.databaseUrl = this.postgres.url;
  }

  /** Stops PostgreSQL (a fast shutdown: connections are cut), keeping its data directory. */
  async stopPostgres(): Promise<void> {
    if (!this.postgres) throw new Error('this drill’s PostgreSQL is not its own to stop');
    await this.postgres.stop();
    this.postgres = undefined;
  }

  // ---- Temporal

  async startTemporal(): Promise<void> {
    if (this.options.topology === 'cluster') {
      this.cluster = await startTemporalCluster({
        tools: clusterTools(),
        postgres: postgresServerOf(this.databaseUrl),
        frontendPort: this.ports.temporal,
        namespace: 'default',
        retentionDays: 1,
        // As `npm start` runs the cluster by default.
        historyShards: CLUSTER_DEFAULTS.TEMPORAL_HISTORY_SHARDS,
        historyProcesses: CLUSTER_DEFAULTS.TEMPORAL_HISTORY_PROCESSES,
        archivalDir: path.join(this.scratch, 'archival'),
        logDir: this.scratch,
        // As a process manager would: a Temporal process that dies on its own (PostgreSQL gone, say)
        // is started again.
        onCrash: (name, how) => this.temporalCrashes.push(`${name} (${how})`),
      });
      this.temporalAddress = this.cluster.address;
      return;
    }
    this.devServer = await startTemporalDevServer({
      cliPath: temporalCliPath(),
      dbFile: this.options.temporalOnDisk ? path.join(this.scratch, 'temporal.sqlite') : undefined,
      port: this.ports.temporal,
      namespace: 'default',
      retentionDays: 1,
      logFile: this.log('temporal'),
    });
    this.temporalAddress = this.devServer.address;
  }

  /** SIGKILL to the dev server: no shutdown, whatever it had not written is gone. */
  async killTemporal(): Promise<void> {
    const server = this.devServer;
    if (!server) return;
    const exited = once(server.process, 'exit');
    server.process.kill('SIGKILL');
    await exited;
    await server.stop();
    this.devServer = undefined;
  }

  // ---- worker and API

  private spawn(role: Role, env: Record<string, string>): ChildProcess {
    const file = role.startsWith('worker') ? 'worker.ts' : 'server.ts';
    const fd = openSync(this.log(role), 'a');
    const nodeOptions = role.startsWith('worker') ? (this.options.workerNodeOptions ?? []) : [];
    const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', path.join(ROOT, file)], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        TEMPORAL_ADDRESS: this.temporalAddress,
        PORT: String(this.ports.apis[role] ?? this.ports.api),
        LOG_LEVEL: this.options.logLevel ?? process.env.DRILL_LOG_LEVEL ?? 'info',
        ...env,
      },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    closeSync(fd);
    everyChild.add(child);
    this.children[role] = child;
    child.on('exit', (code, signal) => {
      everyChild.delete(child);
      if (this.expectingExit.has(role) || this.children[role] !== child) return;
      this.unexpectedExits.push(`the ${role} exited on its own (${signal ?? `code ${code}`})`);
    });
    return child;
  }

  /** Starts the worker and waits until it polls its task queue (a poller whose identity is its pid). */
  async startWorker(role: Role = 'worker'): Promise<void> {
    this.expectingExit.delete(role);
    const child = this.spawn(role, {});
    const identity = `${child.pid}@`;
    const { met } = await poll(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`the ${role} exited while starting; see ${this.log(role)}`);
        const { pollers } = await this.temporal.workflowService
          .describeTaskQueue({
            namespace: 'default',
            taskQueue: { name: TASK_QUEUE },
            taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
          })
          .catch(() => ({ pollers: [] }));
        return !!pollers?.some((poller) => poller.identity?.startsWith(identity));
      },
      Boolean,
      { timeoutMs: 180_000, everyMs: 200 },
    );
    if (!met) throw new Error(`the ${role} did not poll within 180 s; see ${this.log(role)}`);
  }

  /** Starts an API process; `env` on top of the service's `apiEnv` (the benchmark's other settings). */
  async startApi(role: Role = 'api', env: Record<string, string> = {}): Promise<void> {
    this.expectingExit.delete(role);
    const child = this.spawn(role, {
      ...(this.options.topology === 'cluster' ? { TRUST_PROXY: 'loopback' } : {}),
      ...this.options.apiEnv,
      ...env,
    });
    await waitForHttp(
      `http://127.0.0.1:${this.ports.apis[role] ?? this.ports.api}/healthz`,
      180_000,
      () => child.exitCode !== null || child.signalCode !== null,
    );
  }

  /**
   * Restarts the worker or the API when it exits on its own, as a process supervisor would (each exit is
   * still counted in `unexpectedExits`), so that the drill goes on to check what the crash left behind.
   * Returns a function that stops supervising.
   */
  supervise(say: (line: string) => void): () => void {
    let busy = false;
    const notBefore: Partial<Record<Role, number>> = {};
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      void (async () => {
        for (const role of this.roles) {
          if (!this.children[role] || this.isRunning(role) || this.expectingExit.has(role)) continue;
          if (Date.now() < (notBefore[role] ?? 0)) continue;
          say(`the ${role} is not running (it exited on its own); restarting it, as a supervisor would`);
          try {
            await this.start(role);
            say(`the ${role} is running again`);
          } catch (error) {
            notBefore[role] = Date.now() + 5_000;
            say(
              `could not restart the ${role} yet: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
      })().finally(() => (busy = false));
    }, 1_000);
    return () => clearInterval(timer);
  }

  /** SIGKILL: the process gets no chance to finish anything. */
  async kill(role: Role): Promise<void> {
    const child = this.children[role];
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.expectingExit.add(role);
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM: the process finishes what it is doing and exits, as in a rolling restart. */
  async stopRole(role: Role): Promise<void> {
    const child = this.children[role];
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.expectingExit.add(role);
    await stopProcess(child, 20_000);
  }

  pidOf(role: Role): number | undefined {
    return this.isRunning(role) ? this.children[role]!.pid : undefined;
  }

  /** One API process's own address, past the balancer. */
  apiUrlOf(role: Role): string {
    return `http://127.0.0.1:${this.ports.apis[role] ?? this.ports.api}`;
  }

  isRunning(role: Role): boolean {
    const child = this.children[role];
    return !!child && child.exitCode === null && child.signalCode === null;
  }

  /** On exit, when there is no time to stop them in order: Temporal and PostgreSQL's postmaster. */
  killServersNow(): void {
    this.devServer?.process.kill('SIGKILL');
    for (const member of this.cluster?.processes ?? []) member.child.kill('SIGKILL');
    if (!this.postgres) return;
    try {
      const pid = Number(
        readFileSync(path.join(this.scratch, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      if (pid > 0) process.kill(pid, 'SIGQUIT');
    } catch {
      // not running
    }
  }

  /** Stops everything; the scratch directory (logs, data) is kept when `keep`. */
  async stop({ keep = false }: { keep?: boolean } = {}): Promise<void> {
    runningServices.delete(this);
    await this.balancer?.stop().catch(() => undefined);
    for (const role of [...this.roles].reverse()) {
      const child = this.children[role];
      this.expectingExit.add(role);
      if (child) await stopProcess(child, 10_000).catch(() => undefined);
    }
    await this.connection?.close().catch(() => undefined);
    await this.database?.close().catch(() => undefined);
    await this.devServer?.stop().catch(() => undefined);
    await this.cluster?.stop().catch(() => undefined);
    await this.postgres?.stop().catch(() => undefined);
    this.postgresLog?.end();
    if (this.ownDatabase) {
      const admin = new PgClient({ connectionString: this.ownDatabase.baseUrl });
      await admin.connect();
      await admin
        .query(`drop database if exists ${this.ownDatabase.name} with (force)`)
        .catch(() => undefined);
      await admin.end();
    }
    if (!keep) await rm(this.scratch, { recursive: true, force: true });
  }
}

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

/** The log lines of a process that mention `needle` (a request id, a case id), for a report. */
export function logLinesWith(file: string, needle: string, max = 20): string[] {
  return readFrom(file, 0)
    .split('\n')
    .filter((line) => line.includes(needle))
    .slice(0, max);
}
