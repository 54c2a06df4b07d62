/**
 * PostgreSQL stopped for DRILL_PG_DOWN_SECONDS (30) while the worker writes projections and delivers
 * outbox messages, then started on the same data directory: the activities retry until it is back, the
 * API answers 503 meanwhile, and nothing is written twice or lost.
 */
import { sleep } from '../../tests/kit/poll';
import { Service } from '../lib/scratch-service';
import { size, withService, type Drill } from './drill';
import { underLoad } from './under-load';
import type { DrillContext } from './verify';

/** Stops the drill's own PostgreSQL for DRILL_PG_DOWN_SECONDS (30), then starts it on its data again. */
export async function postgresOutage(
  service: Service,
  ctx: DrillContext,
): Promise<{ postgresDownMs: number }> {
  const downMs = size('DRILL_PG_DOWN_SECONDS', 30) * 1000;
  await service.stopPostgres();
  ctx.say(`PostgreSQL stopped; starting it again in ${downMs / 1000} s`);
  await sleep(downMs);
  await service.startPostgres();
  ctx.say('PostgreSQL up again');
  return { postgresDownMs: downMs };
}

export const postgresStop: Drill = {
  name: 'postgres-stop',
  summary: 'stop PostgreSQL for DRILL_PG_DOWN_SECONDS (30) during projection and outbox writes',
  run: (ctx) =>
    withService(
      // Its own embedded PostgreSQL: a shared one must not be stopped.
      () => Service.start({ name: 'postgres-stop' }),
      (service) =>
        underLoad(ctx, {
          drill: 'postgres-stop',
          service,
          cases: size('DRILL_CASES', 1000),
          trigger: { on: 'ledger', fraction: 0.1 + ctx.random() * 0.5 },
          fault: () => postgresOutage(service, ctx),
        }),
    ),
};
