/** bench:cluster's results: their shape (bench/cluster/results.json) and their table (results.md). */
import type { measureBurst } from './burst';
import type { measureCost } from './cost';
import type { measureDecisions } from './decisions';
import type { FigureLog, Failed } from './figure';
import type { machineState } from './machine';
import type { measureProjectionLag } from './projection';
import { cpuTable, f, ok, s } from './report';
import type { measureApiScaling, measureWorkerScaling } from './scaling';
import type { Settings, Topology } from './settings';
import type { measureStarts } from './starts';

type Outcome<T> = T | Failed;

export interface MeasuredTopology extends FigureLog {
  /** What the Temporal server said it is (GetClusterInfo), so that no figure is taken for another server's. */
  server: {
    serverVersion: string | null;
    persistenceStore: string | null;
    visibilityStore: string | null;
    historyShardCount: number | null;
    processes: string[];
  };
  figures: {
    caseStarts?: Outcome<Awaited<ReturnType<typeof measureStarts>>['result']>;
    projectionLag?: Outcome<Awaited<ReturnType<typeof measureProjectionLag>>>;
    decisions?: Outcome<Awaited<ReturnType<typeof measureDecisions>>>;
    burst?: Outcome<Awaited<ReturnType<typeof measureBurst>>>;
    workerScaling?: Outcome<Awaited<ReturnType<typeof measureWorkerScaling>>>;
    apiScaling?: Outcome<Awaited<ReturnType<typeof measureApiScaling>>>;
    cost?: Outcome<Awaited<ReturnType<typeof measureCost>>>;
  };
  /** Temporal processes that exited on their own during the run (and were started again). */
  temporalCrashes?: string[];
  unexpectedExits?: string[];
  /** Where the processes' logs were kept, when one exited on its own. */
  logs?: string;
}

export type TopologyResults = MeasuredTopology | { notMeasured: string };

export interface ClusterResults {
  measuredAt: string;
  machine: { node: string; before: ReturnType<typeof machineState>; after?: ReturnType<typeof machineState> };
  settings: Settings;
  topologies: Partial<Record<Topology, TopologyResults>>;
}

const signed = (x: number) => `${x < 0 ? '−' : '+'}${f(Math.abs(x))}`;
const NAMES: Record<Topology, string> = { dev: 'dev server', cluster: 'cluster' };
const measured = (t: TopologyResults | undefined): t is MeasuredTopology => !!t && !('notMeasured' in t);

export function clusterMarkdown(r: ClusterResults): string {
  const m = r.machine;
  const topologies = (Object.keys(r.topologies) as Topology[]).filter((t) => measured(r.topologies[t]));
  const runs = topologies.map((t) => [t, r.topologies[t] as MeasuredTopology] as const);
  const header = [
    `| | ${topologies.map((t) => NAMES[t]).join(' | ')} |`,
    `|---|${topologies.map(() => '---').join('|')}|`,
  ];
  const row = (label: string, cell: (run: MeasuredTopology) => string) =>
    `| ${label} | ${runs.map(([, run]) => cell(run)).join(' | ')} |`;
  const figure =
    <K extends keyof MeasuredTopology['figures']>(
      key: K,
      cell: (value: Exclude<NonNullable<MeasuredTopology['figures'][K]>, Failed>) => string,
    ) =>
    (run: MeasuredTopology) => {
      const value = run.figures[key];
      if (value === undefined) return '—';
      return ok(value as object) ? cell(value as never) : `failed: ${(value as Failed).failed}`;
    };
  const lines = [
    `# The service on the Temporal cluster beside the dev server`,
    ``,
    `Measured ${r.measuredAt} on ${m.before.cpus} cores (${m.before.cpuModel}), ${m.before.memoryGiB} GiB, Node ` +
      `${m.node}, by \`npm run bench:cluster\`. Load average (1/5/15 min) ${m.before.loadAverage.join(' / ')} before, ` +
      `${m.after?.loadAverage.join(' / ') ?? '—'} after. The same service on both servers — one worker and one API ` +
      `process, embedded PostgreSQL — one server after the other; every ratio is against the raw client on the ` +
      `same server in the same windows. ${r.settings.rounds} rounds of ${r.settings.windowSeconds} s windows, ` +
      `median (min–max over rounds).`,
    ``,
    ...(Object.entries(r.topologies) as [Topology, TopologyResults][])
      .filter(([, t]) => !measured(t))
      .map(
        ([t, run]) =>
          `**Not measured on the ${NAMES[t]}:** ${(run as { notMeasured: string }).notMeasured}\n`,
      ),
    ...header,
    row('Temporal server (GetClusterInfo)', (run) => {
      const x = run.server;
      return `${x.serverVersion ?? '?'}; persistence ${x.persistenceStore ?? '?'}, visibility ${x.visibilityStore ?? '?'}; ${x.historyShardCount ?? '?'} shard(s); processes: ${x.processes.join(', ')}`;
    }),
    row(
      `1 · case starts/s, closed loop, ${r.settings.concurrency} callers, shared cores: raw · API · API / raw`,
      figure(
        'caseStarts',
        (x) => `${s(x.rawPerSecond)} · ${s(x.apiPerSecond)} · **${s(x.ratioApiToRaw, 2)}**`,
      ),
    ),
    row(
      '1 · the same on split cores (callers on one core, the service on the other) — the verdict, ≥ 0.9',
      figure('caseStarts', (x) =>
        x.splitCores
          ? `${s(x.splitCores.rawPerSecond)} · ${s(x.splitCores.apiPerSecond)} · **${s(x.splitCores.ratioApiToRaw, 2)}** ${x.splitCores.ratioApiToRaw.median >= 0.9 ? 'met' : '**missed**'}`
          : 'not measured (one core, or no taskset)',
      ),
    ),
    row(
      '1 · start latency p50 / p99 ms at half the raw saturation: raw · API',
      figure('caseStarts', (x) => {
        const l = x.latencyAtHalfRawSaturation;
        return `${f(l.rawMs.p50)} / ${f(l.rawMs.p99)} · ${f(l.apiMs.p50)} / ${f(l.apiMs.p99)} (at ${f(l.ratePerSecond)}/s)`;
      }),
    ),
    row(
      '1 · the filing path at that rate: p50 ms raw · in-process filing (its PostgreSQL insert) · API; ms per start waiting for a core: bench client (the in-process filing) · API process · PostgreSQL; share of the time some task waited for a core (PSI)',
      figure('caseStarts', (x) => {
        const l = x.latencyAtHalfRawSaturation;
        const w = x.waitingForCoreMsPerStart;
        const pressure = (p: number | null) => (p === null ? '—' : `${f(p * 100, 0)} %`);
        return (
          `${f(l.rawMs.p50)} · ${f(l.serviceMs.p50)} · ${f(l.apiMs.p50)}; ` +
          `${f(w.service['bench client'] ?? 0, 2)} · ${f(w.api.api ?? 0, 2)} · ${f(w.service.postgres ?? 0, 2)} (raw: PostgreSQL ${f(w.raw.postgres ?? 0, 2)}); ` +
          `${pressure(x.cpuPressureAtFixedRate.service)} (raw ${pressure(x.cpuPressureAtFixedRate.raw)})`
        );
      }),
    ),
    row(
      '2 · decision round trip p50 / p99 ms: executeUpdate · API · API − raw p50, API / raw p99',
      figure(
        'decisions',
        (x) =>
          `${f(x.rawMs.p50)} / ${f(x.rawMs.p99)} · ${f(x.apiMs.p50)} / ${f(x.apiMs.p99)} · **${signed(x.p50DifferenceMs)} ms, ×${f(x.p99RatioApiToRaw, 2)}** (at ${f(x.ratePerSecond)}/s)`,
      ),
    ),
    row(
      '4 · projection lag p50 / p95 ms at half the worker’s capacity',
      figure(
        'projectionLag',
        (x) =>
          `${f(x.atOwnRate.p50)} / **${f(x.atOwnRate.p95)}** at ${f(x.ratePerSecond)}/s; worker ${f(x.workerCasesPerSecond)} cases/s under the start windows`,
      ),
    ),
    row(
      '6 · burst of findings through the batch endpoint: answered · every deadline set',
      figure(
        'burst',
        (x) =>
          `${x.findings.toLocaleString('en')} in ${f(x.answeredSeconds)} s · ${f(x.totalSeconds)} s (**${f(x.perSecond)}/s**); HTTP ${Object.entries(
            x.httpStatuses,
          )
            .map(([k, v]) => `${k}×${v}`)
            .join(', ')}`,
      ),
    ),
    row(
      '**end to end**: cases/s filed and worked off (figure 6) · the CPU limit (cores × 1,000 ÷ service CPU ms per case) · share, target ≥ 0.8',
      (run) => {
        const burst = run.figures.burst;
        const cost = run.figures.cost;
        if (!burst || !ok(burst) || !cost || !ok(cost)) return '—';
        const share = burst.perSecond / cost.cpuLimitPerSecond;
        return `**${f(burst.perSecond)}** · ${f(cost.cpuLimitPerSecond)} · **${f(share, 2)}** ${share >= 0.8 ? 'met' : '**missed**'}`;
      },
    ),
    row('Temporal processes that exited on their own', (run) =>
      run.temporalCrashes?.length ? run.temporalCrashes.join(', ') : 'none',
    ),
  ];

  const cluster = r.topologies.cluster;
  if (measured(cluster)) {
    const workers = cluster.figures.workerScaling;
    const apis = cluster.figures.apiScaling;
    lines.push(``, `## Scaling on the cluster`, ``);
    if (workers && ok(workers))
      lines.push(
        `**Workers.** ${workers.casesPerPass.toLocaleString('en')} cases queued while no worker ran, then worked off ` +
          `end to end (rectifying with the deadline set, every outbox message delivered), timed from the moment every ` +
          `worker polled: one worker ${s(workers.oneWorkerPerSecond, 2)} cases/s, two workers ` +
          `${s(workers.twoWorkersPerSecond, 2)} cases/s — **×${f(workers.ratioTwoToOne, 2)}**.`,
        ``,
        ...cpuTable(
          Object.fromEntries(
            workers.passes.map((p, i) => [`pass ${i + 1}: ${p.workers} worker(s)`, p.cpuMsPerCase]),
          ),
          'case',
        ),
        ``,
        `Idle share of the cores per pass: ${workers.passes.map((p) => p.idleShare).join(', ')}.`,
        ``,
      );
    else if (workers) lines.push(`Workers: failed: ${(workers as Failed).failed}`, ``);
    if (apis && ok(apis))
      lines.push(
        `**API processes.** Closed-loop filing (${apis.concurrency} callers) through the load balancer over one API ` +
          `process and over two, alternating with the raw client, both workers running: raw ${s(apis.rawPerSecond)}/s, ` +
          `one API ${s(apis.oneApiPerSecond)}/s (${s(apis.ratioOneApiToRaw, 2)} of raw), two APIs ` +
          `${s(apis.twoApisPerSecond)}/s (${s(apis.ratioTwoApisToRaw, 2)} of raw) — **×${s(apis.ratioTwoToOne, 2)}**.` +
          (apis.errors.count ? ` Errors: ${apis.errors.count} (first: ${apis.errors.first}).` : ''),
        ``,
        ...cpuTable(apis.cpuMsPerStart, 'start'),
        ``,
      );
    else if (apis) lines.push(`API processes: failed: ${(apis as Failed).failed}`, ``);
  }

  const costs = runs.filter(([, run]) => run.figures.cost && ok(run.figures.cost)) as Array<
    readonly [
      Topology,
      MeasuredTopology & {
        figures: { cost: Exclude<MeasuredTopology['figures']['cost'], Failed | undefined> };
      },
    ]
  >;
  if (costs.length) {
    const cost = (cell: (c: (typeof costs)[number][1]['figures']['cost']) => string) =>
      costs.map(([, run]) => cell(run.figures.cost)).join(' | ');
    const keyed = (pick: (c: (typeof costs)[number][1]['figures']['cost']) => Record<string, number>) => {
      const keys = [...new Set(costs.flatMap(([, run]) => Object.keys(pick(run.figures.cost))))];
      return keys.map((key) => `| ${key} | ${cost((c) => f(pick(c)[key] ?? 0, 2))} |`);
    };
    const first = costs[0]![1].figures.cost;
    lines.push(
      ``,
      `## The cost of a case`,
      ``,
      `${first.cases.toLocaleString('en')} findings filed through the API while no worker ran (the filing's CPU ` +
        `alone), then worked off by one worker until every deadline was recorded and every outbox message ` +
        `delivered (the first steps' CPU alone); then one urging through the API on each of ` +
        `${first.decisions} of those cases. SQL statements are pg_stat_statements' calls, by ` +
        `database; commits are transactions committed. History counts are from ${first.historySample} of the cases' histories.`,
      ``,
      `| per case | ${costs.map(([t]) => NAMES[t]).join(' | ')} |`,
      `|---|${costs.map(() => '---:').join('|')}|`,
      `| service CPU ms (Temporal, worker, PostgreSQL, API): filing + first steps | ${cost((c) => `${f(c.filing.serviceCpuMs, 2)} + ${f(c.firstSteps.serviceCpuMs, 2)} = **${f(c.serviceCpuMsPerCase, 2)}**`)} |`,
      ...keyed((c) =>
        Object.fromEntries(Object.entries(c.filing.cpuMs).map(([k, v]) => [`filing CPU ms: ${k}`, v])),
      ),
      ...keyed((c) =>
        Object.fromEntries(
          Object.entries(c.firstSteps.cpuMs).map(([k, v]) => [`first steps CPU ms: ${k}`, v]),
        ),
      ),
      `| worker + Temporal CPU ms, filing to deadline recorded | ${cost((c) => `**${f(c.workerAndTemporalMs, 2)}**`)} |`,
      `| · the floor: the same for a workflow of the case's shape doing none of its work (start options and input, one empty local activity, the timer) | ${cost((c) => `${f(c.floor.workerAndTemporalMs, 2)} (worker ${f(c.floor.firstSteps['floor worker'] ?? 0, 2)}, Temporal ${f((c.floor.filing['temporal server'] ?? 0) + (c.floor.firstSteps['temporal server'] ?? 0), 2)})`)} |`,
      `| · the case's own work above the floor | ${cost((c) => f(c.aboveFloorMs, 2))} |`,
      `| CPU limit, cases/s | ${cost((c) => f(c.cpuLimitPerSecond))} |`,
      `| **eager starts** (EAGER_CASE_START), findings at half the CPU limit: API + worker + Temporal CPU ms, as usual → eagerly (ratio) | ${cost((c) => (c.eagerly ? `${f(c.eagerly.usual.apiWorkerAndTemporalMs, 2)} → ${f(c.eagerly.eagerly.apiWorkerAndTemporalMs, 2)} (**${f(c.eagerly.ratio, 2)}**) at ${c.eagerly.perSecond}/s` : '—'))} |`,
      `| · Temporal CPU ms, as usual → eagerly (ratio) | ${cost((c) => (c.eagerly ? `${f(c.eagerly.usual.cpuMs['temporal server'] ?? 0, 2)} → ${f(c.eagerly.eagerly.cpuMs['temporal server'] ?? 0, 2)} (${f(c.eagerly.temporalRatio, 2)})` : '—'))} |`,
      `| · service CPU ms, as usual → eagerly | ${cost((c) => (c.eagerly ? `${f(c.eagerly.usual.serviceCpuMs, 2)} → ${f(c.eagerly.eagerly.serviceCpuMs, 2)}` : '—'))} |`,
      `| · eagerly: first task taken by the API's worker · handed back with the start (shares of a sample) | ${cost((c) => (c.eagerly ? `${f(c.eagerly.eagerly.firstTaskByApiShare, 2)} · ${f(c.eagerly.eagerly.eagerShare, 2)}` : '—'))} |`,
      `| one worker, first steps only, cases/s (share of their own CPU limit) | ${cost((c) => `${f(c.firstSteps.perSecond, 2)} (${f(c.firstStepsShareOfLimit, 2)})`)} |`,
      `| filing alone through the API, cases/s | ${cost((c) => f(c.filing.perSecond))} |`,
      ...keyed((c) =>
        Object.fromEntries(
          Object.entries(c.filing.statements).map(([k, v]) => [`filing SQL statements: ${k}`, v]),
        ),
      ),
      ...keyed((c) =>
        Object.fromEntries(
          Object.entries(c.firstSteps.statements).map(([k, v]) => [`first steps SQL statements: ${k}`, v]),
        ),
      ),
      ...keyed((c) =>
        Object.fromEntries(
          Object.entries({ ...c.filing.commits }).map(([k, v]) => [`filing commits: ${k}`, v]),
        ),
      ),
      ...keyed((c) =>
        Object.fromEntries(
          Object.entries(c.firstSteps.commits).map(([k, v]) => [`first steps commits: ${k}`, v]),
        ),
      ),
      ...keyed((c) =>
        Object.fromEntries(Object.entries(c.caseHistory).map(([k, v]) => [`history: ${k}`, v])),
      ),
      ``,
      `| per decision (an urging through the API) | ${costs.map(([t]) => NAMES[t]).join(' | ')} |`,
      `|---|${costs.map(() => '---:').join('|')}|`,
      `| service CPU ms | ${cost((c) => `**${f(c.decision.serviceCpuMs, 2)}**`)} |`,
      ...keyed((c) =>
        Object.fromEntries(Object.entries(c.decision.cpuMs).map(([k, v]) => [`CPU ms: ${k}`, v])),
      ),
      ...keyed((c) =>
        Object.fromEntries(
          Object.entries(c.decision.statements).map(([k, v]) => [`SQL statements: ${k}`, v]),
        ),
      ),
      ...keyed((c) =>
        Object.fromEntries(Object.entries(c.decision.commits).map(([k, v]) => [`commits: ${k}`, v])),
      ),
      ...keyed((c) =>
        Object.fromEntries(Object.entries(c.decision.history).map(([k, v]) => [`history: ${k}`, v])),
      ),
    );
  }

  for (const [t, run] of runs) {
    const starts = run.figures.caseStarts;
    if (starts && ok(starts))
      lines.push(
        ``,
        `## CPU per start on the ${NAMES[t]} (fixed-rate windows)`,
        ``,
        ...cpuTable({ raw: starts.cpuMsPerStart.raw, API: starts.cpuMsPerStart.api }, 'start'),
      );
  }
  return `${lines.join('\n')}\n`;
}
