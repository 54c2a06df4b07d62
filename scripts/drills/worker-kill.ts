/**
 * The worker killed with SIGKILL in the middle of the cases' activities, then restarted: the activities
 * it had started time out and run again, the workflow tasks it held go to the new worker, and every
 * case still ends with each step recorded once and each message delivered once.
 */
import { sleep } from '../../tests/kit/poll';
import { Service } from '../lib/scratch-service';
import { size, withService, type Drill } from './drill';
import { underLoad } from './under-load';

export const workerKill: Drill = {
  name: 'worker-kill',
  summary: 'SIGKILL the worker in the middle of DRILL_CASES cases’ activities, restart it',
  run: (ctx) =>
    withService(
      () => Service.start({ name: 'worker-kill', baseDatabaseUrl: ctx.baseDatabaseUrl }),
      (service) =>
        underLoad(ctx, {
          drill: 'worker-kill',
          service,
          cases: size('DRILL_CASES', 1000),
          trigger: { on: 'ledger', fraction: 0.15 + ctx.random() * 0.6 },
          fault: async () => {
            await service.kill('worker');
            const downMs = ctx.random.int(0, 3_000);
            ctx.say(`worker killed (SIGKILL); restarting it in ${downMs} ms`);
            await sleep(downMs);
            await service.startWorker();
            ctx.say('worker running again');
            return { workerDownMs: downMs };
          },
        }),
    ),
};
