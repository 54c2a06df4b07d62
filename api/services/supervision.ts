/** Supervision over the API: each region directly under the jurisdiction, against its year (domain/supervision.ts). */
import type { Database } from '../../db/client';
import { regionYearFigures } from '../../db/supervision';
import { capabilityProblem, regionCovers } from '../../domain/authority';
import { currentPolicyKeyFor } from '../../domain/policy';
import { isKnownRegion, regionChildren, regionName } from '../../domain/region-names';
import { exitGap, exitTargetOf, laggingReasons } from '../../domain/supervision';
import { scheduleYear } from '../../domain/year';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import type { Supervision } from '../schemas/supervision';

export async function supervision(
  db: Database,
  principal: Principal,
  { regionCode, year }: { regionCode: string; year: number },
): Promise<Supervision> {
  const refusal = capabilityProblem(principal, 'read_statistics');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  if (!isKnownRegion(regionCode))
    throw new ProblemError('notFound', 404, `no region ${regionCode} in the name table`);
  if (!regionCovers(principal.regionCode, regionCode))
    throw new ProblemError(
      'forbidden',
      403,
      `${regionCode} is outside the caller’s jurisdiction ${principal.regionCode}`,
    );
  const asOf = new Date();
  const regions = [];
  for (const child of regionChildren(regionCode)) {
    const figures = await regionYearFigures(db, { regionCode: child.code, year, asOf });
    const exitTarget =
      figures.year && figures.year.planVersion !== null ? exitTargetOf(figures.year.targets) : null;
    const gap = exitTarget ? exitGap(exitTarget, figures.exits) : null;
    regions.push({
      regionCode: child.code,
      regionName: child.name,
      casesOpen: figures.casesOpen,
      casesOverdue: figures.casesOverdue,
      acceptancesPending: figures.acceptancesPending,
      exits: figures.exits,
      yearId: figures.year?.id ?? null,
      milestonesPending: figures.year?.pending ?? null,
      milestonesOverdue: figures.year?.overdue ?? null,
      planVersion: figures.year?.planVersion ?? null,
      exitTarget,
      exitGap: gap,
      lagging: laggingReasons({
        casesOverdue: figures.casesOverdue,
        exitGap: gap,
        milestonesOverdue: figures.year?.overdue ?? 0,
      }),
    });
  }
  const opens = scheduleYear(regionCode, year, currentPolicyKeyFor(regionCode)).find(
    (milestone) => milestone.kind === 'supervision',
  );
  return {
    regionCode,
    regionName: regionName(regionCode),
    year,
    asOf: asOf.toISOString(),
    supervisionOpensOn: opens?.opensOn ?? null,
    regions,
  };
}
