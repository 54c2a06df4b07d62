/**
 * What the machine is doing, from /proc: CPU time by process role (this benchmark's servers and
 * processes, and everything else on the machine), the time they spent runnable but waiting for a core,
 * resident memory of a process, load average. Used to break down where the time of a window goes
 * rather than guess.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** user + system CPU, with that of reaped children, ms */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may hold spaces; the fields after it are space-separated.
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // utime, stime, cutime, cstime (fields 14–17): a process's own time and that of the children it
    // has reaped, so a role's total stays whole when short-lived processes (PostgreSQL backends) exit.
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { pid, ppid: Number(fields[1]), comm, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcesses(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/**
 * How long a process's threads were runnable but waiting for a core (the scheduler's run-queue delay,
 * /proc/<pid>/task/<tid>/schedstat), ms. Threads that exited meanwhile are not counted.
 */
function waitingForCoreMs(pid: number): number {
  let ns = 0;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
      ns += Number(fields[1]) || 0;
    }
  } catch {
    // gone meanwhile
  }
  return ns / 1e6;
}

/** Time during which some task on the machine waited for a core (PSI, /proc/pressure/cpu), ms; null without PSI. */
function cpuPressureMs(): number | null {
  try {
    const some = /^some .*total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return some ? Number(some[1]) / 1000 : null;
  } catch {
    return null;
  }
}

/** Machine-wide busy and total CPU time, ms (all cores). */
function machineCpu(): { busyMs: number; totalMs: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return {
    busyMs: (busy * 1000) / TICKS_PER_SECOND,
    totalMs: ((busy + idle! + iowait!) * 1000) / TICKS_PER_SECOND,
  };
}

export type Role = string;

/**
 * Labels this benchmark's processes: the pids given (worker, API, …) and, for their descendants and
 * ours, by command name (postgres, temporal, java). Everything else on the machine is "other".
 */
export class CpuMeter {
  private readonly labels = new Map<number, Role>();

  label(pid: number | undefined, role: Role): void {
    if (pid !== undefined) this.labels.set(pid, role);
  }

  /** Runs `run`, adding the CPU time it took by role. */
  async metered<R extends object>(run: () => Promise<R>): Promise<R & { cpu: CpuUse }> {
    const before = this.snapshot();
    const result = await run();
    return { ...result, cpu: cpuBetween(before, this.snapshot()) };
  }

  /** This benchmark's processes by role (the roles of the CPU breakdown). */
  pidsByRole(): Map<Role, number[]> {
    const pids = new Map<Role, number[]>();
    const processes = allProcesses();
    const byPid = new Map(processes.map((p) => [p.pid, p]));
    for (const stat of processes) {
      const role = this.roleOf(stat, byPid);
      if (role) pids.set(role, [...(pids.get(role) ?? []), stat.pid]);
    }
    return pids;
  }

  snapshot(): CpuSnapshot {
    const processes = allProcesses();
    const byPid = new Map(processes.map((p) => [p.pid, p]));
    const byRole: Record<Role, number> = {};
    const waitingByRole: Record<Role, number> = {};
    for (const stat of processes) {
      const role = this.roleOf(stat, byPid) ?? 'other';
      byRole[role] = (byRole[role] ?? 0) + stat.cpuMs;
      if (role !== 'other') waitingByRole[role] = (waitingByRole[role] ?? 0) + waitingForCoreMs(stat.pid);
    }
    return {
      at: performance.now(),
      byRole,
      waitingByRole,
      machine: { ...machineCpu(), pressureMs: cpuPressureMs() },
    };
  }

  /** The nearest labelled ancestor names a process; below this benchmark, its command does. */
  private roleOf(stat: ProcStat, byPid: Map<number, ProcStat>): Role | undefined {
    for (let p: ProcStat | undefined = stat, hops = 0; p && hops < 64; p = byPid.get(p.ppid), hops++) {
      const named = this.labels.get(p.pid);
      if (named) return named;
      if (p.pid === process.pid) return byCommand(stat.comm) ?? 'bench client';
    }
    return undefined;
  }
}

function byCommand(comm: string): Role | undefined {
  if (comm.startsWith('postgres')) return 'postgres';
  if (comm.startsWith('temporal')) return 'temporal server';
  if (comm.startsWith('java')) return 'temporal test server';
  return undefined;
}

export interface CpuSnapshot {
  at: number;
  byRole: Record<Role, number>;
  waitingByRole: Record<Role, number>;
  machine: { busyMs: number; totalMs: number; pressureMs: number | null };
}

export interface CpuUse {
  wallMs: number;
  /** CPU ms used by each role over the interval. "other" is the rest of the machine's busy time. */
  byRoleMs: Record<Role, number>;
  /** Share of the machine's CPU capacity (all cores) that was idle. */
  idleShare: number;
  /** ms each of this benchmark's roles spent runnable but waiting for a core. */
  waitingByRoleMs: Record<Role, number>;
  /** Share of the interval during which some task on the machine waited for a core (PSI); null without PSI. */
  cpuPressure: number | null;
}

/** CPU used between two snapshots; "other" is the machine's busy time not used by our processes. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuUse {
  const byRoleMs: Record<Role, number> = {};
  let ours = 0;
  for (const [role, ms] of Object.entries(after.byRole)) {
    if (role === 'other') continue;
    const used = Math.max(0, ms - (before.byRole[role] ?? 0));
    byRoleMs[role] = used;
    ours += used;
  }
  const busy = after.machine.busyMs - before.machine.busyMs;
  const total = after.machine.totalMs - before.machine.totalMs;
  byRoleMs.other = Math.max(0, busy - ours);
  const waitingByRoleMs: Record<Role, number> = {};
  for (const [role, ms] of Object.entries(after.waitingByRole))
    waitingByRoleMs[role] = Math.max(0, ms - (before.waitingByRole[role] ?? 0));
  const wallMs = after.at - before.at;
  const { pressureMs: from } = before.machine;
  const { pressureMs: to } = after.machine;
  return {
    wallMs,
    byRoleMs,
    idleShare: total > 0 ? 1 - busy / total : 0,
    waitingByRoleMs,
    cpuPressure: from !== null && to !== null && wallMs > 0 ? Math.min(1, (to - from) / wallMs) : null,
  };
}

/** Sums several intervals' CPU use. */
export function addCpu(uses: readonly CpuUse[]): CpuUse {
  const byRoleMs: Record<Role, number> = {};
  const waitingByRoleMs: Record<Role, number> = {};
  let wallMs = 0;
  let idle = 0;
  let pressure: number | null = 0;
  for (const use of uses) {
    wallMs += use.wallMs;
    idle += use.idleShare * use.wallMs;
    pressure = pressure === null || use.cpuPressure === null ? null : pressure + use.cpuPressure * use.wallMs;
    for (const [role, ms] of Object.entries(use.byRoleMs)) byRoleMs[role] = (byRoleMs[role] ?? 0) + ms;
    for (const [role, ms] of Object.entries(use.waitingByRoleMs))
      waitingByRoleMs[role] = (waitingByRoleMs[role] ?? 0) + ms;
  }
  return {
    wallMs,
    byRoleMs,
    idleShare: wallMs > 0 ? idle / wallMs : 0,
    waitingByRoleMs,
    cpuPressure: pressure === null || wallMs === 0 ? null : pressure / wallMs,
  };
}

/** CPU ms (or, with `waiting`, ms waiting for a core) per operation by role, rounded. */
export function perOperation(use: CpuUse, operations: number, waiting = false): Record<Role, number> {
  return Object.fromEntries(
    Object.entries(waiting ? use.waitingByRoleMs : use.byRoleMs)
      .sort(([, a], [, b]) => b - a)
      .map(([role, ms]) => [role, Math.round((ms / Math.max(1, operations)) * 100) / 100]),
  );
}

/** This process's descendants whose command name is `comm`. */
export function descendantsNamed(comm: string): number[] {
  const processes = allProcesses();
  const byPid = new Map(processes.map((p) => [p.pid, p]));
  const ours = (stat: ProcStat) => {
    for (let p = byPid.get(stat.ppid), hops = 0; p && hops < 64; p = byPid.get(p.ppid), hops++)
      if (p.pid === process.pid) return true;
    return false;
  };
  return processes.filter((p) => p.comm === comm && ours(p)).map((p) => p.pid);
}

/** Resident set size now and at its peak (VmHWM), MiB; undefined when the process is gone. */
export function residentMemory(pid: number): { rssMiB: number; peakMiB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** The machine: cores, memory, load averages (1, 5, 15 min). */
export function machineState() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round((os.freemem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    at: new Date().toISOString(),
  };
}

/**
 * Pins every thread of these processes to `cores` (a taskset list such as "0" or "0-1"); processes
 * forked from them later (PostgreSQL backends) inherit it. False when taskset is not installed.
 */
export function pinToCores(pids: readonly number[], cores: string): boolean {
  for (const pid of pids) {
    try {
      execFileSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      // The process exited meanwhile (a PostgreSQL backend): nothing to pin.
    }
  }
  return true;
}
