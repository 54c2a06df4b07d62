/**
 * The cost of a case before and after a change, from `bench:cluster` runs of the cost figure
 * (`BENCH_ONLY=cost`), each run's results.json in a directory of its own: the median over the runs of each
 * side, by server. Run the two sides alternately on the same machine (a `git worktree` of the commit before
 * the change, with this checkout's node_modules), so that the machine's state weighs on both alike.
 *
 *   npx tsx scripts/bench-cost-compare.ts --before <dir>… --after <dir>… [--out <file.md>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClusterResults, MeasuredTopology } from './bench/cluster-report';
import { f } from './bench/report';
import type { Topology } from './bench/settings';

type Cost = Extract<NonNullable<MeasuredTopology['figures']['cost']>, { cases: number }>;

function argumentLists(argv: string[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  let current = '';
  for (const arg of argv)
    if (arg.startsWith('--')) current = arg.slice(2);
    else (lists[current] ??= []).push(arg);
  return lists;
}

function costsOf(dirs: string[]): { at: string; costs: Partial<Record<Topology, Cost>> }[] {
  return dirs.map((dir) => {
    const results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as ClusterResults;
    const costs: Partial<Record<Topology, Cost>> = {};
    for (const [topology, measured] of Object.entries(results.topologies) as [Topology, MeasuredTopology][]) {
      const cost = measured && 'figures' in measured ? measured.figures.cost : undefined;
      if (cost && 'cases' in cost) costs[topology] = cost;
    }
    return { at: results.measuredAt, costs };
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** What the table compares, each read from one run's cost figure. */
const ROWS: [string, (cost: Cost) => number | undefined][] = [
  [
    'worker + Temporal CPU ms per case, filing to deadline recorded (the target: ≤ 50 % of before)',
    (c) =>
      (c.filing.cpuMs['temporal server'] ?? 0) +
      (c.firstSteps.cpuMs['temporal server'] ?? 0) +
      (c.firstSteps.cpuMs.worker ?? 0),
  ],
  [
    '· the floor: a workflow of the case’s shape doing none of its work (measured since 5 December)',
    (c) => c.floor?.workerAndTemporalMs,
  ],
  ['· worker, first steps', (c) => c.firstSteps.cpuMs.worker ?? 0],
  ['· Temporal server, filing', (c) => c.filing.cpuMs['temporal server'] ?? 0],
  ['· Temporal server, first steps', (c) => c.firstSteps.cpuMs['temporal server'] ?? 0],
  ['service CPU ms per case (Temporal, worker, PostgreSQL, API)', (c) => c.serviceCpuMsPerCase],
  [
    '· PostgreSQL, filing + first steps',
    (c) => (c.filing.cpuMs.postgres ?? 0) + (c.firstSteps.cpuMs.postgres ?? 0),
  ],
  ['CPU limit, cases/s (cores × 1,000 ÷ service CPU ms)', (c) => c.cpuLimitPerSecond],
  ['one worker working off the queue, cases/s', (c) => c.firstSteps.perSecond],
  ['service SQL statements per case, first steps', (c) => c.firstSteps.statements.service ?? 0],
  ['service commits per case, first steps', (c) => c.firstSteps.commits.service ?? 0],
  ['history events per case', (c) => c.caseHistory.events ?? 0],
  ['local activities per case', (c) => c.caseHistory['local activities'] ?? 0],
  ['search-attribute upserts per case', (c) => c.caseHistory['search attribute upserts'] ?? 0],
  ['service CPU ms per decision (an urging)', (c) => c.decision.serviceCpuMs],
  ['· worker, per decision', (c) => c.decision.cpuMs.worker ?? 0],
  ['service SQL statements per decision', (c) => c.decision.statements.service ?? 0],
];

function comparison(before: ReturnType<typeof costsOf>, after: ReturnType<typeof costsOf>): string {
  const topologies = (['dev', 'cluster'] as const).filter(
    (t) => before.some((run) => run.costs[t]) && after.some((run) => run.costs[t]),
  );
  const sides = (runs: ReturnType<typeof costsOf>, t: Topology, read: (c: Cost) => number | undefined) => {
    const values = runs.flatMap((run) => {
      const value = run.costs[t] ? read(run.costs[t]) : undefined;
      return value === undefined ? [] : [value];
    });
    return values.length > 0 ? median(values) : undefined;
  };
  const lines = [
    `Medians over ${before.length} run(s) before and ${after.length} after, alternating: before ${before
      .map((run) => run.at)
      .join(', ')}; after ${after.map((run) => run.at).join(', ')}.`,
    '',
    `| per case | ${topologies.map((t) => `${t} before · after · after ÷ before`).join(' | ')} |`,
    `|---|${topologies.map(() => '---').join('|')}|`,
    ...ROWS.map(([label, read]) => {
      const cells = topologies.map((t) => {
        const [was, is] = [sides(before, t, read), sides(after, t, read)];
        const shown = (value: number | undefined) => (value === undefined ? '—' : f(value));
        const ratio = was !== undefined && is !== undefined && was > 0 ? (is / was).toFixed(2) : '—';
        return `${shown(was)} · ${shown(is)} · **${ratio}**`;
      });
      return `| ${label} | ${cells.join(' | ')} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

const lists = argumentLists(process.argv.slice(2));
if (!lists.before?.length || !lists.after?.length) {
  process.stderr.write('usage: bench-cost-compare.ts --before <dir>… --after <dir>… [--out <file.md>]\n');
  process.exit(2);
}
const table = comparison(costsOf(lists.before), costsOf(lists.after));
if (lists.out?.[0]) writeFileSync(lists.out[0], table);
process.stdout.write(table);
