/** The SQL side of domain/authority.ts `caseScope`: the cases whose policy gives the caller's department their dimension. */
import { sql, type SQL } from 'drizzle-orm';
import type { OwnedDimension } from '../domain/authority';
import { cases } from './schema';

/** Only cases whose (profile, version, dimension) is one the caller owns; null: every case. */
export function ownedDimensionsFilter(owned: readonly OwnedDimension[] | null): SQL {
  if (owned === null) return sql`true`;
  if (owned.length === 0) return sql`false`;
  return sql`(${cases.policyProfile}, ${cases.policyVersion}, ${cases.dimension}) in (${sql.join(
    owned.map((o) => sql`(${o.policyProfile}, ${o.policyVersion}, ${o.dimension})`),
    sql`, `,
  )})`;
}
