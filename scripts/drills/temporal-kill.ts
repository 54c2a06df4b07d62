/**
 * The Temporal dev server killed with SIGKILL mid-load and started again on its SQLite file: every
 * filing it acknowledged is still there (WAL, synchronous=full), the API answers 503 meanwhile and the
 * client's retry files each finding once, the worker carries on where the history says.
 */
import { sleep } from '../../tests/kit/poll';
import { Service } from '../lib/scratch-service';
import { size, withService, type Drill } from './drill';
import { underLoad } from './under-load';

export const temporalKill: Drill = {
  name: 'temporal-kill',
  summary: 'SIGKILL the Temporal dev server mid-load, restart it on its data file',
  run: (ctx) =>
    withService(
      () =>
        Service.start({ name: 'temporal-kill', temporalOnDisk: true, baseDatabaseUrl: ctx.baseDatabaseUrl }),
      (service) =>
        underLoad(ctx, {
          drill: 'temporal-kill',
          service,
          cases: size('DRILL_CASES', 1000),
          trigger: { on: 'filings', fraction: 0.2 + ctx.random() * 0.6 },
          fault: async () => {
            await service.killTemporal();
            const downMs = ctx.random.int(2_000, 15_000);
            ctx.say(`Temporal dev server killed (SIGKILL); restarting it on its data file in ${downMs} ms`);
            await sleep(downMs);
            const restarting = Date.now();
            await service.startTemporal();
            ctx.say(`Temporal dev server up again after ${Date.now() - restarting} ms of start-up`);
            return { temporalDownMs: downMs, temporalStartMs: Date.now() - restarting };
          },
        }),
    ),
};
