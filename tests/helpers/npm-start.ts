/** `npm start` run as a terminal runs it, for the end-to-end tests: started, awaited, stopped with Ctrl-C. */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface Started {
  child: ChildProcess;
  output: () => string;
}

export async function startService(env: NodeJS.ProcessEnv, withinMs = 120_000): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, as a terminal's foreground job has.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + withinMs;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { child, output: () => output };
}

/** Ctrl-C as a terminal sends it: SIGINT to every process of the group. Resolves to the exit code. */
export async function stopService({ child, output }: Started): Promise<number | null> {
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGINT');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000);
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  if (signal === 'SIGKILL') throw new Error(`npm start did not stop within 60 s of Ctrl-C:\n${output()}`);
  return code;
}

/** The command names (/proc/<pid>/stat's comm) of a process group's members, on Linux. */
export async function processGroupCommands(pgid: number): Promise<string[]> {
  const commands: string[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) commands.push(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
  }
  return commands;
}

/** The supervisor's "stopped …" lines, in the order it printed them. */
export function stopOrder(output: string): string[] {
  return [...output.matchAll(/^\[start\] (stopped.*)$/gm)].map((match) => match[1]!);
}

/** A process's descendants (children, their children, …) with their command lines, on Linux. */
export async function descendantsOf(pid: number): Promise<Array<{ pid: number; commandLine: string }>> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => null);
    if (stat) parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const descendants = new Set<number>([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents)
      if (descendants.has(parent) && !descendants.has(child)) {
        descendants.add(child);
        grew = true;
      }
  }
  descendants.delete(pid);
  const found = await Promise.all(
    [...descendants].map(async (child) => ({
      pid: child,
      commandLine: await readFile(`/proc/${child}/cmdline`, 'utf8').then(
        (line) => line.split('\0').join(' ').trim(),
        () => '',
      ),
    })),
  );
  return found.filter(({ commandLine }) => commandLine !== '');
}
