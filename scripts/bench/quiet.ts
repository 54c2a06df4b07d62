/**
 * Waiting for the worker to catch up between figures, so that one figure's backlog (workflow tasks,
 * ledger writes, outbox deliveries) does not run under the next one's windows.
 */
import { log, type BenchContext } from './context';
import { poll } from '../../tests/kit/poll';
import { round } from './stats';

/** Until every outbox message is delivered (the last activity of a step); returns how long it took. */
export async function quiesce(ctx: BenchContext, before: string) {
  const began = performance.now();
  const undelivered = async () => {
    const { rows } = await ctx.pool.query<{ n: string }>(
      `select count(*) as n from outbox where delivered_at is null`,
    );
    return Number(rows[0]!.n);
  };
  const first = await undelivered();
  if (first > 0) log(`waiting for the worker to deliver ${first} outbox messages before ${before}`);
  const done = await poll(undelivered, (n) => n === 0, { timeoutMs: 30 * 60_000, everyMs: 1_000 });
  return { seconds: round((performance.now() - began) / 1000), undeliveredAtStart: first, quiet: done.met };
}
