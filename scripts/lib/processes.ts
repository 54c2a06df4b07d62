import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs one of the service's TypeScript entry points (worker.ts, server.ts) as its own process, in its
 * own process group so that a terminal's Ctrl-C reaches only the supervisor, which stops things in order.
 */
export function spawnEntryPoint(file: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, file)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
export async function stopProcess(child: ChildProcess, graceMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A process that may be started again after it exits: by `start`, or by itself when `onExit` says so. */
export interface WatchedProcess {
  readonly child: ChildProcess;
  running(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; it stays down. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL, as in a crash; it stays down. */
  kill(): Promise<void>;
  /** Starts it again (after stop or kill). */
  start(): void;
}

const RESTART_DELAY_MS = 1_000;

/**
 * Spawns `spawnChild()` and, when it exits without being stopped or killed, asks `onExit` what to do:
 * `restart` starts it again a second later (unless `stillWanted` says otherwise by then), as a process
 * manager would; `leave` leaves it down.
 */
export function watchedProcess(
  spawnChild: () => ChildProcess,
  onExit: (how: string) => 'restart' | 'leave' = () => 'leave',
  stillWanted: () => boolean = () => true,
): WatchedProcess {
  let child: ChildProcess;
  let ending = false;
  const running = () => child.exitCode === null && child.signalCode === null;
  const start = () => {
    ending = false;
    const current = spawnChild();
    child = current;
    current.on('exit', (code, signal) => {
      if (ending || current !== child) return;
      if (onExit(signal ?? `code ${code}`) === 'restart')
        setTimeout(() => ending || running() || !stillWanted() || start(), RESTART_DELAY_MS);
    });
  };
  start();
  return {
    get child() {
      return child;
    },
    running,
    stop: (graceMs) => {
      ending = true;
      return stopProcess(child, graceMs);
    },
    kill: async () => {
      ending = true;
      if (!running()) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
    start: () => {
      if (running()) throw new Error('the process is running');
      start();
    },
  };
}

export async function waitForHttp(
  url: string,
  timeoutMs: number,
  isDone: () => boolean = () => false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (isDone()) throw new Error(`gave up waiting for ${url}: the process exited`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * A TCP port free on loopback right now, below 32768: Temporal keeps its processes' membership ports in
 * a smallint column, and the kernel's ephemeral ports (what `freePort` gets) start at 32768.
 */
export async function freeLowPort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const server = net.createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!bound) continue;
    server.close();
    await once(server, 'close');
    return port;
  }
  throw new Error('no free port between 20000 and 32000 on loopback');
}

/** `count` consecutive TCP ports free on loopback right now, below 32768; the first of them. */
export async function freeLowPorts(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await freeLowPort();
    const servers: net.Server[] = [];
    let all = true;
    for (let port = first; port < first + count && all; port++) {
      const server = net.createServer();
      all = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => resolve(true));
      });
      if (all) servers.push(server);
    }
    for (const server of servers) {
      server.close();
      await once(server, 'close');
    }
    if (all) return first;
  }
  throw new Error(`no ${count} consecutive free ports between 20000 and 32000 on loopback`);
}

/** A fresh temporary directory the `postgres` user can enter (PostgreSQL runs as it when we are root). */
export async function makeScratchDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `capacity-exit-${prefix}-`));
  await chmod(dir, 0o755);
  return dir;
}
