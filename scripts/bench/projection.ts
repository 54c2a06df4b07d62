/**
 * Figure 4: projection lag, from a workflow step (the event's workflow time, `occurred_at`) to its
 * ledger row in PostgreSQL (`recorded_at`). The case-start windows show it under their load: at half
 * the raw saturation rate — which may be more starts than the worker can run on this machine, so the
 * lag there is its queue — and in the closed loop. The figure itself is measured in windows of its own
 * at half the worker's measured capacity (the rate at which it recorded cases while it had a backlog),
 * after the backlog has drained, so that it is the lag of a step rather than the length of a queue.
 */
import { log, type BenchContext } from './context';
import { seriesPattern } from '../../tests/kit/findings';
import { atRate, type Request } from './load';
import { poll } from '../../tests/kit/poll';
import { quiesce } from './quiet';
import { round, spread } from './stats';

type Span = readonly [number, number];

export async function measureProjectionLag(
  ctx: BenchContext,
  startWindows: { saturation: Span[]; fixedRate: Span[][] },
  start: { series: string; started: number; ratePerSecond: number; rawStart: Request },
) {
  log('projection lag: waiting for the worker to record every started case');
  const recorded = (series: string) => async () => {
    const { rows } = await ctx.pool.query<{ n: string }>(
      `select count(*) as n from cases where document_number like $1 and state_version >= 2`,
      [seriesPattern(series)],
    );
    return Number(rows[0]!.n);
  };
  const settled = await poll(recorded(start.series), (n) => n >= start.started, {
    timeoutMs: 30 * 60_000,
    everyMs: 1_000,
  });

  // The worker's capacity: deadlines recorded per second from the first fixed-rate window to the last
  // one recorded, when it was still working off a queue at the end (else it kept up: no figure).
  const fixedFrom = new Date(Math.min(...startWindows.fixedRate.flat().map(([from]) => from)));
  const fixedTo = Math.max(...startWindows.fixedRate.flat().map(([, to]) => to));
  const { rows: throughput } = await ctx.pool.query<{ n: string; last: Date | null }>(
    `select count(*) as n, max(recorded_at) as last from case_events
      where type = 'deadline_set' and recorded_at >= $1`,
    [fixedFrom],
  );
  const last = throughput[0]!.last?.getTime() ?? fixedTo;
  const backlogSeconds = (last - fixedTo) / 1000;
  const capacity =
    backlogSeconds > 2 ? Number(throughput[0]!.n) / ((last - fixedFrom.getTime()) / 1000) : null;

  const drained = await quiesce(ctx, 'the projection-lag windows');
  const rate = capacity === null ? start.ratePerSecond : Math.min(start.ratePerSecond, capacity / 2);
  log(`projection lag: ${ctx.settings.rounds} windows at ${rate.toFixed(1)}/s`);
  const own: Span[] = [];
  let total = start.started;
  for (let r = 0; r < ctx.settings.rounds; r++) {
    const window = await atRate(start.rawStart, rate, ctx.settings.windowSeconds * 1000);
    own.push([window.startedAt, window.endedAt]);
    total += window.completed;
  }
  await poll(recorded(start.series), (n) => n >= total, { timeoutMs: 30 * 60_000, everyMs: 1_000 });

  const lagIn = async (spans: readonly Span[]) => {
    const { rows } = await ctx.pool.query<{ p50: number | null; p95: number | null; n: string }>(
      `select percentile_cont(0.5) within group (order by lag) as p50,
              percentile_cont(0.95) within group (order by lag) as p95, count(*) as n
         from (select extract(epoch from (recorded_at - occurred_at)) * 1000 as lag
                 from case_events e
                 join unnest($1::timestamptz[], $2::timestamptz[]) as w(since, until)
                   on e.occurred_at >= w.since and e.occurred_at < w.until) as lags`,
      [spans.map(([from]) => new Date(from)), spans.map(([, to]) => new Date(to))],
    );
    const row = rows[0]!;
    return { p50: Number(row.p50), p95: Number(row.p95), events: Number(row.n) };
  };
  const perRound = [];
  for (const span of own) perRound.push(await lagIn([span]));
  const figure = await lagIn(own);
  const atHalfRawSaturation = await lagIn(startWindows.fixedRate.flat());
  const inSaturation = await lagIn(startWindows.saturation);
  const startRoundsP95 = [];
  for (const spans of startWindows.fixedRate) startRoundsP95.push((await lagIn(spans)).p95);
  return {
    ratePerSecond: round(rate, 1),
    atOwnRate: figure,
    p50PerRound: spread(perRound.map((r) => r.p50)),
    p95PerRound: spread(perRound.map((r) => r.p95)),
    /** Deadlines the worker recorded per second while working off the case-start windows' queue. */
    workerCasesPerSecond: capacity === null ? null : round(capacity, 1),
    /** How long after the last fixed-rate window the worker recorded its last started case. */
    backlogSeconds: round(Math.max(0, backlogSeconds), 1),
    drainSeconds: drained.seconds,
    atHalfRawSaturation: { ...atHalfRawSaturation, p95PerRound: spread(startRoundsP95) },
    inSaturation,
    everyCaseRecorded: settled.met,
    target: 'p95 ≤ 500 ms',
    met: figure.p95 <= 500,
    analysis:
      capacity === null
        ? []
        : [
            `The case-start windows sent ${start.ratePerSecond.toFixed(1)} starts/s (half the raw saturation) for ` +
              `${startWindows.fixedRate.flat().length} windows; the worker recorded about ${capacity.toFixed(1)} cases/s on ` +
              `this machine, so a queue built up (the last started case was recorded ${backlogSeconds.toFixed(0)} s after ` +
              `the last window): the lag of those steps, p95 ${atHalfRawSaturation.p95.toFixed(0)} ms, is mostly that queue. ` +
              `At ${rate.toFixed(1)} starts/s, half that capacity, it is p95 ${figure.p95.toFixed(0)} ms.`,
          ],
  };
}
