import { regionCovers } from '../../domain/authority';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';

/**
 * The region a query asks about: the caller's own unless it names one inside it; another answers 403.
 * Region codes are public (GB/T 2260): refusing one outside the jurisdiction reveals nothing.
 */
export function askedRegion(principal: Principal, region: string | undefined): string {
  const regionCode = region ?? principal.regionCode;
  if (!regionCovers(principal.regionCode, regionCode))
    throw new ProblemError(
      'forbidden',
      403,
      `region ${regionCode} is outside the caller’s jurisdiction (${principal.regionCode})`,
    );
  return regionCode;
}
