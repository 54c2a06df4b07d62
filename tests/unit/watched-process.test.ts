import { spawn } from 'node:child_process';
import { watchedProcess } from '../../scripts/lib/processes';
import { poll, sleep } from '../kit/poll';

/** A child that lives until killed, or exits at once with `code`. */
const child = (code?: number) => () =>
  spawn(
    process.execPath,
    ['-e', code === undefined ? 'setInterval(() => {}, 1000)' : `process.exit(${code})`],
    {
      stdio: 'ignore',
    },
  );

describe('watchedProcess, what the supervisor and the cluster keep running', () => {
  it('starts a process that exits on its own again when told to restart, and not after stop', async () => {
    let spawned = 0;
    const exits: string[] = [];
    let crash = true;
    const watched = watchedProcess(
      () => {
        spawned += 1;
        return child(crash ? 3 : undefined)();
      },
      (how) => {
        exits.push(how);
        crash = false;
        return 'restart';
      },
    );
    const { met } = await poll(async () => spawned === 2 && watched.running(), Boolean, {
      timeoutMs: 10_000,
      everyMs: 50,
    });
    expect(met).toBe(true);
    expect(exits).toEqual(['code 3']);
    expect(spawned).toBe(2);
    await watched.stop();
    await sleep(1_500);
    expect(watched.running()).toBe(false);
    expect(spawned).toBe(2);
  });

  it('leaves a process down when told to leave it, or when it is no longer wanted by the restart', async () => {
    const left = watchedProcess(child(1), () => 'leave');
    let wanted = true;
    let spawned = 0;
    const unwanted = watchedProcess(
      () => {
        spawned += 1;
        return child(2)();
      },
      () => {
        wanted = false;
        return 'restart';
      },
      () => wanted,
    );
    await sleep(1_800);
    expect(left.running()).toBe(false);
    expect(unwanted.running()).toBe(false);
    expect(spawned).toBe(1);
  });

  it('kills a process as in a crash without starting it again, and starts it when asked', async () => {
    const exits: string[] = [];
    const watched = watchedProcess(child(), (how) => {
      exits.push(how);
      return 'restart';
    });
    await watched.kill();
    expect(watched.child.signalCode).toBe('SIGKILL');
    await sleep(1_300);
    expect(watched.running()).toBe(false);
    expect(exits).toEqual([]);
    watched.start();
    expect(watched.running()).toBe(true);
    expect(() => watched.start()).toThrow('the process is running');
    await watched.stop();
  });
});
