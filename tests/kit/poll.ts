/** The one polling loop: for tests waiting on a recorded step, and for the benchmark and the drills. */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PollOptions {
  /** How long to keep asking (default 20 s). */
  timeoutMs?: number;
  /** The pause between two probes (default 100 ms). */
  everyMs?: number;
}

/** Probes until `accept` holds or `timeoutMs` passes; returns the last value and whether it was accepted. */
export async function poll<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 20_000, everyMs = 100 }: PollOptions = {},
): Promise<{ value: T; met: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return { value, met: true };
    if (Date.now() > deadline) return { value, met: false };
    await sleep(everyMs);
  }
}

/**
 * Polls `probe` until `accept` holds and returns that value. On time-out it throws when told `what` it
 * waited for (with the last value seen), and otherwise returns the last value for the caller's
 * assertion to report.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what?: string,
  options?: PollOptions,
): Promise<T> {
  const { value, met } = await poll(probe, accept, options);
  if (!met && what) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
  return value;
}
