/**
 * The benchmark's settings, all from the environment so that a quick run is one line:
 *   BENCH_ROUNDS=2 BENCH_WINDOW_SECONDS=3 BENCH_SEARCH_CASES=5000 BENCH_TIMER_CASES=500 BENCH_BURST=1000 npm run bench
 */
/** `npm run bench`'s figures. */
export const FIGURES = [
  'starts',
  'decisions',
  'search',
  'timers',
  'burst',
  'console',
  'census',
  'statistics',
] as const;
/** `npm run bench:cluster`'s, on each server: figures 1, 2, 4 (with starts) and 6, the cost of a case, and (on the cluster) scaling. */
export const CLUSTER_FIGURES = ['starts', 'decisions', 'burst', 'cost', 'scaling'] as const;
export type Figure = (typeof FIGURES)[number] | (typeof CLUSTER_FIGURES)[number];

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return value;
}

function figures(ofCommand: readonly Figure[]): Figure[] {
  const raw = process.env.BENCH_ONLY;
  if (!raw) return [...ofCommand];
  const wanted = raw.split(',').map((name) => name.trim());
  for (const name of wanted)
    if (!(ofCommand as readonly string[]).includes(name))
      throw new Error(`BENCH_ONLY: unknown figure ${name} (one of ${ofCommand.join(', ')})`);
  return ofCommand.filter((figure) => wanted.includes(figure));
}

export const TOPOLOGIES = ['dev', 'cluster'] as const;
export type Topology = (typeof TOPOLOGIES)[number];

function topologies(): Topology[] {
  const wanted = (process.env.BENCH_TOPOLOGIES ?? TOPOLOGIES.join(',')).split(',').map((name) => name.trim());
  for (const name of wanted)
    if (!(TOPOLOGIES as readonly string[]).includes(name))
      throw new Error(`BENCH_TOPOLOGIES: unknown topology ${name} (one of ${TOPOLOGIES.join(', ')})`);
  return TOPOLOGIES.filter((topology) => wanted.includes(topology));
}

/** `ofCommand`: the figures the command measures, all of them unless BENCH_ONLY picks some. */
export function loadSettings(ofCommand: readonly Figure[] = FIGURES) {
  return {
    /** Which figures to measure (comma-separated; default all). Projection lag comes with `starts`. */
    only: figures(ofCommand),
    /** `npm run bench:cluster`: the Temporal servers the figures are measured on, in turn (dev,cluster). */
    topologies: topologies(),
    /** `npm run bench:cluster`: cases queued for each pass of the one-worker-to-two scaling figure. */
    scalingCases: Math.floor(positive('BENCH_SCALING_CASES', 2_000)),
    /** `npm run bench:cluster`: findings filed for the cost of a case, and urgings on them for a decision's. */
    costCases: Math.floor(positive('BENCH_COST_CASES', 1_000)),
    costDecisions: Math.floor(positive('BENCH_COST_DECISIONS', 200)),
    /** Where results.json and results.md go (a partial run can write elsewhere). */
    outDir: process.env.BENCH_OUT ?? 'bench',
    rounds: Math.floor(positive('BENCH_ROUNDS', 5)),
    windowSeconds: positive('BENCH_WINDOW_SECONDS', 8),
    /** Callers in a closed-loop (saturation) window. */
    concurrency: Math.floor(positive('BENCH_CONCURRENCY', 64)),
    /** Open cases prepared for the decision round trips when the case-start windows left too few. */
    decisionCases: Math.floor(positive('BENCH_DECISION_CASES', 2_000)),
    /** Rows seeded into the read model for the search figure. */
    searchCases: Math.floor(positive('BENCH_SEARCH_CASES', 100_000)),
    /** Arrival rate of the search latency windows (requests per second, a mix of typical queries). */
    searchRate: positive('BENCH_SEARCH_RATE', 20),
    timerCases: Math.floor(positive('BENCH_TIMER_CASES', 10_000)),
    /**
     * The timer worker's workflow cache, one run each: `deployed` (WORKER_MAX_CACHED_WORKFLOWS, as
     * worker.ts runs), `sdk` (the SDK's default from the heap limit), `all` (every case held) or a number.
     */
    timerCaches: (process.env.BENCH_TIMER_CACHES ?? 'deployed').split(',').map((c) => c.trim()),
    /** Cases in the small run whose workflow-thread heap snapshots say what a cached case holds (0: none). */
    timerHeapProfileCases: Math.floor(Number(process.env.BENCH_TIMER_HEAP_PROFILE_CASES ?? 200)),
    /** Histories read back to count failed workflow tasks (0 < n ≤ BENCH_TIMER_CASES). */
    timerHistorySample: Math.floor(positive('BENCH_TIMER_HISTORY_SAMPLE', 500)),
    burst: Math.floor(positive('BENCH_BURST', 10_000)),
    /** Findings per batch request (the API takes up to 1,000). */
    burstBatch: Math.floor(positive('BENCH_BURST_BATCH', 1_000)),
    /** Batch requests in flight at once; default: all of them (the burst). */
    burstParallel: process.env.BENCH_BURST_PARALLEL ? Math.floor(positive('BENCH_BURST_PARALLEL', 1)) : null,
    /** Rows of the city's census (issue 15: 20,000), and raw starts for its filing's baseline. */
    censusRows: Math.floor(positive('BENCH_CENSUS_ROWS', 20_000)),
    censusRawStarts: Math.floor(positive('BENCH_CENSUS_RAW_STARTS', 2_000)),
    /** Exited cases seeded for the year-end statistics (issue 15: 100,000). */
    statisticsCases: Math.floor(positive('BENCH_STATS_CASES', 100_000)),
  };
}

export type Settings = ReturnType<typeof loadSettings>;
