/**
 * Polls `probe` every 100 ms until `accept` holds, for up to 20 s. On time-out it throws when told what
 * it waited for, and otherwise returns the last value for the caller's assertion to report.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what?: string,
): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      if (what) throw new Error(`timed out waiting for ${what}`);
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
