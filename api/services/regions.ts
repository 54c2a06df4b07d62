/** Regions by code, from the name table in domain/region-names.ts: no database, no Temporal. */
import { describeRegion, namedProvinces } from '../../domain/region-names';
import { ProblemError } from '../problem';
import type { Region, Regions } from '../schemas/regions';

export function region(code: string): Region {
  const found = describeRegion(code);
  if (!found) throw new ProblemError('notFound', 404, `no region ${code} in the name table`);
  return found;
}

export function topRegions(): Regions {
  return { items: namedProvinces() };
}
