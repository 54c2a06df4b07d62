/** The results: their shape (bench/results.json) and the markdown table README links (bench/results.md). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { measureBurst } from './burst';
import type { measureCensus } from './census';
import type { measureYearStatistics } from './year-stats';
import type { measureConsole } from './console';
import type { measureDecisions } from './decisions';
import type { machineState } from './machine';
import type { measureSearch } from './search';
import type { Settings } from './settings';
import type { measureProjectionLag } from './projection';
import type { quiesce } from './quiet';
import type { measureStarts } from './starts';
import type { Spread } from './stats';
import type { measureTimers } from './timers';

type Failed = { failed: string };
type Outcome<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>> | Failed;

export interface Results {
  measuredAt: string;
  machine: {
    node: string;
    before: ReturnType<typeof machineState>;
    after?: ReturnType<typeof machineState>;
  };
  /** The load average (1, 5, 15 min) before and after each figure. */
  load?: Partial<Record<string, { before: number[]; after: number[] }>>;
  /** How long the worker took to work off the previous figure's backlog before each figure. */
  quiesce?: Partial<Record<string, Awaited<ReturnType<typeof quiesce>>>>;
  settings: Settings;
  figures: {
    caseStarts?: Outcome<typeof measureStarts> extends infer O
      ? O extends { result: infer R }
        ? R
        : O
      : never;
    projectionLag?: Outcome<typeof measureProjectionLag>;
    decisions?: Outcome<typeof measureDecisions>;
    search?: Outcome<typeof measureSearch>;
    timers?: Outcome<typeof measureTimers>;
    burst?: Outcome<typeof measureBurst>;
    console?: Outcome<typeof measureConsole>;
    census?: Outcome<typeof measureCensus>;
    yearStatistics?: Outcome<typeof measureYearStatistics>;
  };
}

export const f = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);
export const s = (x: Spread, d = 1) => `${f(x.median, d)} (${f(x.min, d)}–${f(x.max, d)})`;
const verdict = (met: boolean) => (met ? '**met**' : '**missed**');
export const ok = <T extends object>(figure: T | Failed | undefined): figure is T =>
  figure !== undefined && !('failed' in figure);
export const cpuTable = (rows: Record<string, Record<string, number>>, unit: string) => {
  const roles = [...new Set(Object.values(rows).flatMap((r) => Object.keys(r)))];
  const columns = Object.keys(rows);
  return [
    `| CPU ms per ${unit} | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...roles.map((role) => `| ${role} | ${columns.map((c) => f(rows[c]![role] ?? 0, 2)).join(' | ')} |`),
    `| **sum** | ${columns
      .map((c) =>
        f(
          Object.values(rows[c]!).reduce((a, b) => a + b, 0),
          2,
        ),
      )
      .join(' | ')} |`,
  ];
};

/** results.json and results.md in `outDir`. */
export async function writeResults(outDir: string, results: Results): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(outDir, 'results.md'), markdown(results));
}

export function markdown(r: Results): string {
  const {
    caseStarts: starts,
    projectionLag: lag,
    decisions,
    search,
    timers,
    burst,
    console: web,
    census,
    yearStatistics,
  } = r.figures;
  const m = r.machine;
  const lines: string[] = [
    `# Benchmark results`,
    ``,
    `Measured ${r.measuredAt} on ${m.before.cpus} cores (${m.before.cpuModel}), ${m.before.memoryGiB} GiB, ` +
      `Node ${m.node}: the Temporal dev server (SQLite file), embedded PostgreSQL, the worker and the API as ` +
      `separate processes, all on this machine. Load average (1/5/15 min) ${m.before.loadAverage.join(' / ')} ` +
      `before, ${m.after?.loadAverage.join(' / ') ?? '—'} after: other people's test suites were running on ` +
      `the same cores (their CPU time is the "other" row of each breakdown). ${r.settings.rounds} rounds of ` +
      `${r.settings.windowSeconds} s windows, raw and service alternating; median (min–max over rounds).`,
    ``,
    `| # | figure | baseline | service | result | target | |`,
    `|---|---|---|---|---|---|---|`,
  ];
  if (ok(starts))
    lines.push(
      `| 1 | case starts per second (closed loop, ${r.settings.concurrency} callers) | raw client ${s(starts.rawPerSecond)} | API ${s(starts.apiPerSecond)} | API / raw ${s(starts.ratioApiToRaw, 2)} | ≥ 0.9 | ${verdict(starts.met)} |`,
      ...(starts.splitCores
        ? [
            `| 1 | the same, callers (load generator, API) on core ${starts.splitCores.callerCores}, the service (Temporal, worker, PostgreSQL) on ${starts.splitCores.serviceCores} | raw client ${s(starts.splitCores.rawPerSecond)} | API ${s(starts.splitCores.apiPerSecond)} | API / raw ${s(starts.splitCores.ratioApiToRaw, 2)} | ≥ 0.9 | ${starts.splitCores.ratioApiToRaw.median >= 0.9 ? 'met' : '**missed**'} (not the verdict: the row above is) |`,
          ]
        : []),
    );
  if (ok(decisions))
    lines.push(
      `| 2 | decision round trip at ${f(decisions.ratePerSecond)}/s (half raw saturation), p50 / p95 / p99 ms | executeUpdate ${f(decisions.rawMs.p50)} / ${f(decisions.rawMs.p95)} / ${f(decisions.rawMs.p99)} | API ${f(decisions.apiMs.p50)} / ${f(decisions.apiMs.p95)} / ${f(decisions.apiMs.p99)} | p50 +${f(decisions.p50DifferenceMs)} ms; p99 ×${f(decisions.p99RatioApiToRaw, 2)} (allowed ${f(decisions.p99AllowedMs)} ms) | p50 +≤ 5 ms; p99 ≤ raw × 1.25 + 10 ms | p50 ${verdict(decisions.met.p50)}, p99 ${verdict(decisions.met.p99)} |`,
    );
  if (ok(search))
    lines.push(
      `| 3 | case search at ${f(search.ratePerSecond, 0)}/s, ${search.cases.toLocaleString('en')} cases, p50 / p95 ms | pg ${f(search.pgMs.p50)} / ${f(search.pgMs.p95)} | API ${f(search.apiMs.p50)} / ${f(search.apiMs.p95)} | API p95 per round ${s(search.p95PerRound.api)} | p95 ≤ 50 ms at 100,000 | ${verdict(search.met)}${search.atTargetSize ? '' : ' (fewer cases than the target’s)'} |`,
    );
  if (ok(lag))
    lines.push(
      `| 4 | projection lag, workflow step → PostgreSQL row, p50 / p95 ms | | ${f(lag.atOwnRate.p50)} / ${f(lag.atOwnRate.p95)} at ${f(lag.ratePerSecond)} starts/s (${lag.atOwnRate.events} events) | p95 per round ${s(lag.p95PerRound)}; during the case-start windows at half raw saturation ${f(lag.atHalfRawSaturation.p50)} / ${f(lag.atHalfRawSaturation.p95)} | p95 ≤ 500 ms | ${verdict(lag.met)} |`,
    );
  if (ok(timers))
    for (const v of timers.variants)
      lines.push(
        'failed' in v
          ? `| 5 | one worker, ${timers.cases.toLocaleString('en')} open cases with live timers, cache ${v.cacheSetting} | | | failed ${v.failed} | < 1 GiB, all escalated, none failed | **missed** |`
          : `| 5 | one worker, ${v.cases.toLocaleString('en')} open cases with live timers (time-skipping server), workflow cache ${cacheLabel(v.cacheSetting, v.workflowCache)} | | RSS ${f(v.workerRssMiB.holdingAllCases, 0)} MiB holding, peak ${f(v.workerRssMiB.peak, 0)} MiB | all escalated ${f(v.escalationSeconds)} s after the skip (${v.escalated} of ${v.cases}); failed workflow tasks ${v.histories.workflowTaskFailed} in ${v.histories.sampled} histories | < 1 GiB, all escalated, none failed | ${verdict(v.met)} |`,
      );
  if (ok(burst))
    lines.push(
      `| 6 | burst: ${burst.findings.toLocaleString('en')} findings through the batch endpoint | | answered in ${f(burst.answeredSeconds)} s, all deadlines set in ${f(burst.totalSeconds)} s (${f(burst.perSecond)}/s) | HTTP ${Object.entries(
        burst.httpStatuses,
      )
        .map(([k, v]) => `${k}×${v}`)
        .join(', ')}; rows ${Object.entries(burst.rowResults)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} | < 10 min, no error but 429/503 | ${verdict(burst.met)} |`,
    );
  if (ok(web)) {
    const w = web.pageWeight;
    lines.push(
      `| 7 | console: the inbox with ${web.tasks} tasks on a cold cache, under ${f(web.loadAchievedPerSecond)} findings/s, p50 ms | API ${f(web.apiMs.median)}, SQL ${f(web.sqlMs.median)} | ${f(web.inboxColdMs.median, 0)} (${f(web.inboxColdMs.min, 0)}–${f(web.inboxColdMs.max, 0)}) | ×${f(web.inboxOverApi)} the API, ×${f(web.inboxOverSql)} the SQL | ≤ 1,500 ms | ${verdict(web.inboxColdMs.median <= 1500)} |`,
      `| 7 | page weight, JavaScript + CSS gzip | | console ${f(w.console.gzipKiB)} KiB (${w.console.files} files), public ${f(w.public.gzipKiB)} KiB (${w.public.files} files) | raw ${f(w.console.rawKiB)} / ${f(w.public.rawKiB)} KiB | console ≤ 400 KB, public ≤ 100 KB | console ${verdict(w.console.gzipKiB * 1.024 <= 400)}, public ${verdict(w.public.gzipKiB * 1.024 <= 100)} |`,
    );
  }
  if (ok(census))
    lines.push(
      `| 8 | census: ${census.rows.toLocaleString('en')} rows (${f(census.csvMiB)} MiB CSV) imported, then filed | pg insert ${f(census.rawInsertSeconds, 2)} s; raw client ${f(census.rawStartsPerSecond)} starts/s | import ${f(census.importSeconds)} s (API RSS peak ${f(census.apiRssMiB.peakDuringImport, 0)} MiB); filing ${f(census.filingPerSecond)}/s; all deadlines set after ${f(census.totalSeconds)} s | import / pg ×${f(census.importVsRawInsert)}; filing / raw starts ${f(census.filingVsRawStarts, 2)} | < 10 min, API < 500 MiB | ${verdict(census.met)} |`,
    );
  if (ok(yearStatistics))
    lines.push(
      `| 9 | year-end statistics, ${yearStatistics.cases.toLocaleString('en')} exited cases, p50 / max ms | pg ${f(yearStatistics.pgMs.p50, 0)} / ${f(yearStatistics.pgMs.max, 0)} | API ${f(yearStatistics.apiMs.p50, 0)} / ${f(yearStatistics.apiMs.max, 0)} (${yearStatistics.rowsInTable.toLocaleString('en')} rows) | API / pg ×${f(yearStatistics.apiVsPg, 2)} | < 5 s | ${verdict(yearStatistics.met)} |`,
    );
  for (const [name, figure] of Object.entries(r.figures))
    if (figure && 'failed' in figure) lines.push(`| | ${name} | | | failed: ${figure.failed} | | |`);

  if (ok(starts)) {
    const l = starts.latencyAtHalfRawSaturation;
    lines.push(
      ``,
      `## 1. Case starts`,
      ``,
      ...(starts.splitCores
        ? [
            `The second row splits the cores as a deployment puts the two sides on machines of their own; the ` +
              `idle share of the cores in that loop was ${starts.splitCores.idleShare.raw} (raw) and ` +
              `${starts.splitCores.idleShare.api} (API).`,
            ``,
          ]
        : []),
      `Then at ${f(l.ratePerSecond)}/s (half the raw saturation) the raw client, the API's own filing function ` +
        `called in-process (api/services/cases.ts fileFinding: the start and its PostgreSQL work, no HTTP) and the ` +
        `API over HTTP, latency from each request's scheduled send time:`,
      ``,
      `| start latency ms | p50 | p95 | p99 | p50 per round |`,
      `|---|---:|---:|---:|---|`,
      `| raw client | ${f(l.rawMs.p50)} | ${f(l.rawMs.p95)} | ${f(l.rawMs.p99)} | ${s(l.p50PerRound.raw)} |`,
      `| fileFinding in-process (the API without HTTP) | ${f(l.serviceMs.p50)} | ${f(l.serviceMs.p95)} | ${f(l.serviceMs.p99)} | ${s(l.p50PerRound.service)} |`,
      `| API | ${f(l.apiMs.p50)} | ${f(l.apiMs.p95)} | ${f(l.apiMs.p99)} | ${s(l.p50PerRound.api)} |`,
      ``,
      `Where a start's CPU goes, by process, in the fixed-rate windows (the same starts at the same pace, so the ` +
        `difference is what the API adds; ${m.before.cpus} cores give ${m.before.cpus * 1000} CPU ms a second; ` +
        `"other" is the rest of the machine):`,
      ``,
      ...cpuTable(
        {
          raw: starts.cpuMsPerStart.raw,
          'in-process': starts.cpuMsPerStart.service,
          API: starts.cpuMsPerStart.api,
        },
        'start',
      ),
      ...(starts.errors.count ? [``, `Errors: ${starts.errors.count} (first: ${starts.errors.first}).`] : []),
      ...notes(starts),
    );
  }
  if (ok(decisions)) {
    const d = decisions;
    lines.push(
      ``,
      `## 2. Decision round trip`,
      ``,
      `${d.decision}, each request on another of ${d.openCases} open cases, at ${f(d.ratePerSecond)}/s:`,
      ``,
      `| ms | p50 | p95 | p99 | p50 per round | p99 per round |`,
      `|---|---:|---:|---:|---|---|`,
      `| executeUpdate | ${f(d.rawMs.p50)} | ${f(d.rawMs.p95)} | ${f(d.rawMs.p99)} | ${s(d.p50PerRound.raw)} | ${s(d.p99PerRound.raw)} |`,
      `| API | ${f(d.apiMs.p50)} | ${f(d.apiMs.p95)} | ${f(d.apiMs.p99)} | ${s(d.p50PerRound.api)} | ${s(d.p99PerRound.api)} |`,
      ``,
      `Saturation (closed loop): raw ${s(d.saturation.rawPerSecond)}/s, API ${s(d.saturation.apiPerSecond)}/s, ` +
        `ratio ${s(d.saturation.ratioApiToRaw, 2)}. The API's own steps, each timed alone (p50 / p95 ms): ` +
        `HTTP round trip to Fastify ${f(d.apiSteps.httpRoundTrip.p50, 2)} / ${f(d.apiSteps.httpRoundTrip.p95, 2)}, ` +
        `token check ${f(d.apiSteps.tokenCheck.p50, 2)} / ${f(d.apiSteps.tokenCheck.p95, 2)}, ` +
        `case row read ${f(d.apiSteps.caseRowRead.p50, 2)} / ${f(d.apiSteps.caseRowRead.p95, 2)}.`,
      ``,
      `Inside Temporal, from the histories of cases urged in the last round (p50 ms; the same path for both):`,
      ``,
      `| | updates | handler's workflow task | ledger activity queued | ledger activity running | completing workflow task | first task scheduled → update completed |`,
      `|---|---:|---:|---:|---:|---:|---:|`,
      ...(['raw', 'api'] as const).map((mode) => {
        const h = d.inHistory[mode];
        return `| ${mode} | ${h.updates} | ${f(h.p50Ms.handlerWorkflowTask)} | ${f(h.p50Ms.activityQueued)} | ${f(h.p50Ms.activityRunning)} | ${f(h.p50Ms.completingWorkflowTask)} | ${f(h.p50Ms.total)} |`;
      }),
      ``,
      ...cpuTable({ raw: d.cpuMsPerDecision.raw, API: d.cpuMsPerDecision.api }, 'decision (fixed rate)'),
      ...(d.errors.count ? [``, `Errors: ${d.errors.count} (first: ${d.errors.first}).`] : []),
      ...notes(d),
    );
  }
  if (ok(search)) {
    lines.push(
      ``,
      `## 3. Case search`,
      ``,
      `${search.cases.toLocaleString('en')} cases in \`cases\` (${search.tableSize} with indexes), seeded with SQL in ` +
        `${f(search.seedSeconds)} s — by status ${mix(search.seeded.status)}; by dimension ${mix(search.seeded.dimension)}. ` +
        `Each query through the API (token, validation, the page as JSON) and its captured SQL through pg, ` +
        `in turn at ${f(search.ratePerSecond, 0)}/s:`,
      ``,
      `| query | rows | pg p50 / p95 ms | API p50 / p95 ms | EXPLAIN ANALYZE ms | plan |`,
      `|---|---:|---|---|---:|---|`,
      ...search.byQuery.map(
        (q) =>
          `| ${q.name}: ${q.what} | ${q.rowsOnPage} | ${f(q.pgMs.p50)} / ${f(q.pgMs.p95)} | ${f(q.apiMs.p50)} / ${f(q.apiMs.p95)} | ${f(q.executionMs, 2)} | ${q.plan} |`,
      ),
      ...(search.errors.count ? [``, `Errors: ${search.errors.count} (first: ${search.errors.first}).`] : []),
      ...notes(search),
    );
  }
  if (ok(lag))
    lines.push(
      ``,
      `## 4. Projection lag`,
      ``,
      `From the step's workflow time (\`occurred_at\`) to its ledger row's insert (\`recorded_at\`). The figure's ` +
        `own windows ran at half the worker's capacity measured below (or the start windows' rate when the worker ` +
        `kept up), after the worker had drained its queue (${f(lag.drainSeconds)} s); p50 per round ` +
        `${s(lag.p50PerRound)}. During the case-start windows the p95 per round was ` +
        `${s(lag.atHalfRawSaturation.p95PerRound)}; in the closed loop p50 ${f(lag.inSaturation.p50)} ms, p95 ` +
        `${f(lag.inSaturation.p95)} ms. Worker capacity: ${lag.workerCasesPerSecond === null ? 'it kept up' : `${f(lag.workerCasesPerSecond)} cases/s`}; ` +
        `last started case recorded ${f(lag.backlogSeconds)} s after the last window.`,
      ...notes(lag),
    );
  if (ok(timers)) {
    lines.push(``, `## 5. One worker, ${timers.cases.toLocaleString('en')} open cases with live timers`);
    for (const t of timers.variants) {
      if ('failed' in t) {
        lines.push(``, `Cache ${t.cacheSetting}: failed ${t.failed}.`);
        continue;
      }
      const held = t.workerMemory.holdingAllCases;
      lines.push(
        ``,
        `**Workflow cache ${cacheLabel(t.cacheSetting, t.workflowCache)}.** ` +
          `Findings dated ${t.findingDate}, deadline ${t.lapsesAt}; started with the raw client in ${f(t.startSeconds)} s, ` +
          `all recorded (rectifying, deadline set) after ${f(t.recordedSeconds)} s. Worker RSS (its own process): idle ` +
          `${f(t.workerRssMiB.idle, 0)} MiB; holding the cases, V8 heaps of ${f(held?.heapUsed, 0)} MiB used on the main ` +
          `thread and ${f(held?.workflowThreadHeapUsed, 0)} MiB on the workflow thread; after the escalations ` +
          `${f(t.workerRssMiB.afterEscalation, 0)} MiB (test server: ${f(t.testServerRssMiB, 0)} MiB). The skip past the ` +
          `deadlines returned after ${f(t.skipSeconds, 2)} s; ${f(t.escalationsPerSecond)} escalations/s. Of the ` +
          `histories read back (${t.histories.events} events), ${t.histories.workflowTaskTimedOut} had timed-out ` +
          `workflow tasks and ${t.histories.escalatedByQuery} were escalated by their live state.`,
        ``,
        ...cpuTable({ escalation: t.cpuMsPerEscalation }, 'escalated case'),
      );
    }
    lines.push(...notes(timers));
  }
  if (ok(burst)) {
    const b = burst;
    lines.push(
      ``,
      `## 6. Burst`,
      ``,
      `${b.batches} batches of ${b.batchSize}, ${b.inFlight} in flight, answered at ${f(b.answeredPerSecond)}/s. ` +
        `Verified: ${b.verified.rectifyingWithDeadline} ` +
        `cases rectifying with a deadline, ${b.verified.openWorkflowsAdded ?? '—'} more open workflows, deadline timer in ` +
        `the live state of ${b.verified.deadlineTimerInLiveState}; rows sent again after a "failed": ${b.rowsResent}.`,
      ``,
      ...cpuTable({ burst: b.cpuMsPerFinding }, 'finding'),
      ...notes(b),
    );
  }
  if (r.quiesce && Object.keys(r.quiesce).length)
    lines.push(
      ``,
      `Before each figure the worker first delivered what the previous one left in the outbox: ` +
        Object.entries(r.quiesce)
          .map(([figure, q]) => `${figure} ${f(q?.seconds)} s (${q?.undeliveredAtStart} messages)`)
          .join(', ') +
        '.',
    );
  lines.push(``, `Settings: \`${JSON.stringify(r.settings)}\`.`, ``);
  return lines.join('\n');
}

const mix = (counts: Record<string, number> | undefined) =>
  Object.entries(counts ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

function cacheLabel(setting: string, size: number | null | undefined): string {
  if (setting === 'deployed') return `${size} (WORKER_MAX_CACHED_WORKFLOWS, as worker.ts runs)`;
  if (setting === 'sdk') return `${size} (the SDK's default, from the heap limit)`;
  return String(size);
}

function notes(figure: object): string[] {
  const analysis = (figure as { analysis?: string[] }).analysis;
  return analysis?.length ? ['', ...analysis.map((line) => `- ${line}`)] : [];
}
