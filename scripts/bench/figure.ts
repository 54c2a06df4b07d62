/** One figure's measurement: the previous figure's backlog worked off first, the load around it noted, a failure kept as such. */
import { log, type BenchContext } from './context';
import { machineState } from './machine';
import { quiesce } from './quiet';

export type Failed = { failed: string };

/** Where the figures' circumstances are noted (results.json's `quiesce` and `load`). */
export interface FigureLog {
  load?: Partial<Record<string, { before: number[]; after: number[] }>>;
  quiesce?: Partial<Record<string, Awaited<ReturnType<typeof quiesce>>>>;
}

export async function measureFigure<T>(
  ctx: BenchContext,
  notes: FigureLog,
  figure: string,
  run: () => Promise<T>,
  { quiesceFirst = true }: { quiesceFirst?: boolean } = {},
): Promise<T | Failed> {
  // The worker first works off what the previous figure left (its time is recorded).
  if (quiesceFirst) (notes.quiesce ??= {})[figure] = await quiesce(ctx, figure);
  const before = machineState().loadAverage;
  try {
    return await run();
  } catch (error) {
    log(`${figure} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { failed: String(error) };
  } finally {
    (notes.load ??= {})[figure] = { before, after: machineState().loadAverage };
  }
}
