/**
 * Starting the real servers' clients again when the machine is too busy for them to answer at once: on
 * two cores under load, the Java time-skipping server can miss its 5 s start, and the dev server's SQLite
 * can answer `describe_namespace` "interrupted" for some seconds. Only a start is retried, never a check.
 */
export async function retryStart<T>(
  what: string,
  start: () => Promise<T>,
  transient: RegExp,
  { tries = 4, delayMs = 3_000 } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= tries || !transient.test(message)) throw error;
      process.stderr.write(
        `[test] ${what} did not start (${message.slice(0, 160)}); try ${attempt + 1} of ${tries}\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
