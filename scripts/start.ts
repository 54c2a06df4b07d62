/**
 * `npm start`: the whole service on one machine; scripts/supervisor.ts starts and stops its parts.
 *
 * A terminal's Ctrl-C signals every process of its foreground group at once. PostgreSQL and the
 * Temporal server, started from here, would stop under the worker and the API still writing to them.
 * So the supervisor runs in a session of its own, and this process relays Ctrl-C (or SIGTERM, or the
 * terminal hanging up) to it as one SIGTERM, then exits with its exit code. Should this process die
 * without a word, the supervisor sees its channel close and stops everything just the same.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const supervisor = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'supervisor.ts')], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => supervisor.kill('SIGTERM'));
supervisor.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
