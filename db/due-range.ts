/** A deadline range (domain/radar.ts `DueRange`) as SQL on a `due_at` column: the radar's and the inbox's filters. */
import { and, gt, isNotNull, isNull, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DueRange } from '../domain/radar';

/** The condition that `column` (when the deadline lapses; null: none) lies in `range`. */
export function dueInRange(column: AnyColumn, range: DueRange): SQL {
  if ('noDeadline' in range) return isNull(column);
  return (
    and(
      isNotNull(column),
      range.after ? gt(column, range.after) : undefined,
      range.atOrBefore ? lte(column, range.atOrBefore) : undefined,
    ) ?? sql`true`
  );
}
