/** A jurisdiction's year as its profile dates it (domain/year.ts), with names for the regions. */
import { currentPolicyKeyFor, profileById } from '../../domain/policy';
import { isKnownRegion, regionName } from '../../domain/region-names';
import { ProblemError } from '../problem';
import { MILESTONE_KINDS, scheduleYear } from '../../domain/year';
import { deadlineView } from './deadlines';
import type { YearCalendar } from '../schemas/years';

export function yearCalendar(regionCode: string, year: number): YearCalendar {
  if (!isKnownRegion(regionCode))
    throw new ProblemError('notFound', 404, `no region ${regionCode} in the name table`);
  const key = currentPolicyKeyFor(regionCode);
  return {
    regionCode,
    regionName: regionName(regionCode),
    year,
    policyProfile: key.policyProfile,
    policyProfileName: profileById(key.policyProfile)!.name,
    policyVersion: key.policyVersion,
    milestones: scheduleYear(regionCode, year, key).map((milestone) => ({
      ...milestone,
      label: MILESTONE_KINDS[milestone.kind],
      reviewRegionName: milestone.reviewRegion ? regionName(milestone.reviewRegion) : null,
      deadline: deadlineView(milestone.deadline),
    })),
  };
}
