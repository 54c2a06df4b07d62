/**
 * The fault drills on the cluster topology: the production Temporal server's services as separate
 * processes on PostgreSQL, two workers, two API processes behind the load balancer. Each loads the
 * service with real cases, breaks one part at a random point of the load, recovers, and ends like the
 * dev-server drills: every case checked, nothing lost or doubled, no 5xx but 503, the reconciliation at
 * zero.
 */
import { sleep } from '../../tests/kit/poll';
import type { DrillContext } from './verify';
import { Service, type Role } from '../lib/scratch-service';
import { size, withService, type Drill } from './drill';
import { postgresOutage } from './postgres-stop';
import { underLoad } from './under-load';

function clusterDrill(
  name: string,
  summary: string,
  trigger: 'ledger' | 'filings',
  fault: (service: Service, ctx: DrillContext) => Promise<Record<string, number | string>>,
): Drill {
  return {
    name,
    summary,
    run: (ctx) =>
      withService(
        // Its own embedded PostgreSQL: Temporal's databases go beside the service's.
        () => Service.start({ name, topology: 'cluster' }),
        (service) =>
          underLoad(ctx, {
            drill: name,
            service,
            cases: size('DRILL_CASES', 1000),
            trigger: { on: trigger, fraction: 0.2 + ctx.random() * 0.5 },
            fault: async () => {
              const figures = await fault(service, ctx);
              return { ...figures, temporalCrashes: service.temporalCrashes.join(', ') || 'none' };
            },
          }),
      ),
  };
}

/** SIGKILL one process of the Temporal cluster, start it again after a random pause. */
function temporalProcessKill(name: string, processName: string, what: string): Drill {
  return clusterDrill(
    name,
    `cluster: SIGKILL ${what} mid-load, start it again`,
    'filings',
    async (service, ctx) => {
      const member = service.cluster!.process(processName);
      await member.kill();
      const downMs = ctx.random.int(2_000, 15_000);
      ctx.say(`${processName} killed (SIGKILL); starting it again in ${downMs} ms`);
      await sleep(downMs);
      member.start();
      ctx.say(`${processName} started again`);
      return { [`${processName}DownMs`]: downMs };
    },
  );
}

/** SIGKILL one of the two workers or API processes; the other carries the load meanwhile. */
function serviceProcessKill(name: string, role: Role, what: string): Drill {
  return clusterDrill(
    name,
    `cluster: SIGKILL ${what} of two mid-load, the other carries on; start it again`,
    role.startsWith('worker') ? 'ledger' : 'filings',
    async (service, ctx) => {
      await service.kill(role);
      const downMs = ctx.random.int(1_000, 10_000);
      ctx.say(`${role} killed (SIGKILL); starting it again in ${downMs} ms`);
      await sleep(downMs);
      await service.start(role);
      ctx.say(`${role} running again`);
      return { [`${role}DownMs`]: downMs };
    },
  );
}

export const clusterHistoryKill = temporalProcessKill(
  'cluster-history-kill',
  'history-1',
  'a history process',
);
export const clusterMatchingKill = temporalProcessKill(
  'cluster-matching-kill',
  'matching',
  'the matching process',
);
export const clusterWorkerKill = serviceProcessKill('cluster-worker-kill', 'worker', 'one worker');
export const clusterApiKill = serviceProcessKill('cluster-api-kill', 'api', 'one API process');

export const clusterPostgresStop = clusterDrill(
  'cluster-postgres-stop',
  'cluster: stop PostgreSQL — Temporal’s persistence and visibility and the service’s — for DRILL_PG_DOWN_SECONDS (30) while filings arrive',
  // While filings still arrive: cases between their first step's attempts when PostgreSQL comes back
  // are what the worker once cancelled (workflows/local-activities.ts).
  'filings',
  postgresOutage,
);
