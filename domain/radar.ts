/**
 * The deadline radar (临期雷达): open cases by how many China Standard Time calendar days are left
 * before the deadline they wait on lapses (`due_at`, 24:00 of its last day).
 *
 * Days left are calendar days, not working days: a deadline's last day is already moved off rest
 * days when it is computed (domain/calendar.ts), so counting calendar days to it is exact and needs
 * no holiday table. A case whose last day is today has 0 days left (within_7); one whose deadline has
 * lapsed (due_at ≤ now) is overdue.
 */
import { addDays, chinaDateOf, startOfChinaDay } from './calendar';

export const RADAR_BUCKETS = {
  overdue: '已逾期',
  within_7: '7日内到期',
  within_30: '30日内到期',
  later: '30日后到期',
  no_deadline: '无期限',
} as const;
export type RadarBucket = keyof typeof RADAR_BUCKETS;

/** The instants that bound the buckets, as of `now`: a deadline lapsing at or before each falls in it. */
export interface RadarBounds {
  now: Date;
  /** 24:00 China Standard Time seven days after today (the last day is at most today + 7). */
  within7: Date;
  /** 24:00 China Standard Time thirty days after today. */
  within30: Date;
}

export function radarBounds(now: Date): RadarBounds {
  const today = chinaDateOf(now);
  return {
    now,
    within7: new Date(startOfChinaDay(addDays(today, 8))),
    within30: new Date(startOfChinaDay(addDays(today, 31))),
  };
}

/** The bucket one deadline falls in (what the SQL query computes, for one case). */
export function radarBucket(dueAt: Date | null, bounds: RadarBounds): RadarBucket {
  if (dueAt === null) return 'no_deadline';
  if (dueAt <= bounds.now) return 'overdue';
  if (dueAt <= bounds.within7) return 'within_7';
  if (dueAt <= bounds.within30) return 'within_30';
  return 'later';
}
