/**
 * Load generators shared by the figures: a closed loop (saturation) and an open loop at a fixed
 * arrival rate, whose latency counts from each request's scheduled send time so that a slow server
 * cannot hide its queue; and raw/service windows alternating over rounds.
 */

/** One request; `i` numbers the requests of the run, so each can pick its own case or payload. */
export type Request = (i: number) => Promise<void>;

let issued = 0;
const nextIndex = () => issued++;

export interface WindowResult {
  /** Completed requests per second over the window. */
  perSecond: number;
  completed: number;
  errors: number;
  firstError?: string;
  startedAt: number;
  endedAt: number;
}

/** Closed loop: `concurrency` callers send back to back for `windowMs`. */
export async function saturate(
  request: Request,
  windowMs: number,
  concurrency: number,
): Promise<WindowResult> {
  const startedAt = Date.now();
  const begin = performance.now();
  const until = begin + windowMs;
  let completed = 0;
  let errors = 0;
  let firstError: string | undefined;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        try {
          await request(nextIndex());
          completed += 1;
        } catch (error) {
          errors += 1;
          firstError ??= String(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  return { perSecond: completed / seconds, completed, errors, firstError, startedAt, endedAt: Date.now() };
}

export interface RateResult extends WindowResult {
  /** Latency of each completed request from its scheduled send time, ms. */
  latencies: number[];
}

/**
 * Open loop: requests scheduled every 1/perSecond s for `windowMs`, sent on time whatever answers.
 * `onLatency` hears each request's index and latency (to split latencies by kind of request).
 */
export async function atRate(
  request: Request,
  perSecond: number,
  windowMs: number,
  onLatency?: (i: number, ms: number) => void,
): Promise<RateResult> {
  const count = Math.max(1, Math.floor((perSecond * windowMs) / 1000));
  const interval = 1000 / perSecond;
  const startedAt = Date.now();
  const t0 = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  await Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const scheduled = t0 + k * interval;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // A timer may fire a fraction of a millisecond early: never send before the scheduled time.
      while (performance.now() < scheduled) await new Promise((resolve) => setImmediate(resolve));
      const i = nextIndex();
      try {
        await request(i);
        const ms = performance.now() - scheduled;
        latencies.push(ms);
        onLatency?.(i, ms);
      } catch (error) {
        errors += 1;
        firstError ??= String(error);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return {
    perSecond: latencies.length / seconds,
    completed: latencies.length,
    errors,
    firstError,
    startedAt,
    endedAt: Date.now(),
    latencies,
  };
}

/**
 * Runs `window` for each mode in every round, rotating which goes first (raw, api / api, raw, …), so
 * that drift in the machine's load falls on every mode alike.
 */
export async function alternate<M extends string, R>(
  modes: readonly M[],
  rounds: number,
  window: (mode: M, round: number) => Promise<R>,
  onRound?: (round: number, results: Record<M, R>) => void,
): Promise<Record<M, R[]>> {
  const results = Object.fromEntries(modes.map((mode) => [mode, []])) as unknown as Record<M, R[]>;
  for (let round = 0; round < rounds; round++) {
    const order = modes.map((_, k) => modes[(k + round) % modes.length]!);
    const thisRound = {} as Record<M, R>;
    for (const mode of order) {
      const result = await window(mode, round);
      results[mode].push(result);
      thisRound[mode] = result;
    }
    onRound?.(round, thisRound);
  }
  return results;
}
