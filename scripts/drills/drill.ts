/** What a drill is: a name, what it breaks, and a run that starts its own service and checks it. */
import type { Service } from '../lib/scratch-service';
import type { DrillContext, DrillResult } from './verify';

export interface Drill {
  name: string;
  /** One line: what it breaks and what must hold. */
  summary: string;
  run(ctx: DrillContext): Promise<DrillResult>;
}

/** A whole number from the environment, or the default. */
export function size(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0, not ${value}`);
  return n;
}

/** Runs `body` with the service, stops it after, keeping its logs and data when the drill did not pass. */
export async function withService(
  start: () => Promise<Service>,
  body: (service: Service) => Promise<DrillResult>,
): Promise<DrillResult> {
  const service = await start();
  let result: DrillResult | undefined;
  try {
    result = await body(service);
    return result;
  } finally {
    const keep = !result?.passed || process.env.DRILL_KEEP === '1';
    await service.stop({ keep });
    if (result && keep) result.scratch = service.scratch;
  }
}
