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
import { isRestDay } from './holidays';

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

/** The buckets in the order the radar shows them, soonest first. */
export const RADAR_BUCKET_ORDER = Object.keys(RADAR_BUCKETS) as RadarBucket[];

/**
 * The deadlines a range covers: those lapsing after `after` (none: no lower bound) and at or before
 * `atOrBefore` (none: no upper bound); or the cases waiting on no deadline.
 */
export type DueRange = { after: Date | null; atOrBefore: Date | null } | { noDeadline: true };

/**
 * The one rule of the buckets: the deadlines each covers as of `bounds`. The radar's counts (db/radar.ts),
 * the case search's `bucket` filter and the export (db/case-search.ts) and `radarBucket` all read it.
 */
export function bucketRange(bucket: RadarBucket, { now, within7, within30 }: RadarBounds): DueRange {
  switch (bucket) {
    case 'overdue':
      return { after: null, atOrBefore: now };
    case 'within_7':
      return { after: now, atOrBefore: within7 };
    case 'within_30':
      return { after: within7, atOrBefore: within30 };
    case 'later':
      return { after: within30, atOrBefore: null };
    case 'no_deadline':
      return { noDeadline: true };
  }
}

/** Whether a deadline lapsing at `dueAt` (null: none) lies in `range`. */
export function inDueRange(dueAt: Date | null, range: DueRange): boolean {
  if ('noDeadline' in range) return dueAt === null;
  return (
    dueAt !== null &&
    (range.after === null || dueAt > range.after) &&
    (range.atOrBefore === null || dueAt <= range.atOrBefore)
  );
}

/** The bucket one deadline falls in (what the SQL query computes, for one case). */
export function radarBucket(dueAt: Date | null, bounds: RadarBounds): RadarBucket {
  const bucket = RADAR_BUCKET_ORDER.find((b) => inDueRange(dueAt, bucketRange(b, bounds)));
  if (!bucket) throw new Error(`no radar bucket holds ${dueAt?.toISOString()}`);
  return bucket;
}

/** How a deadline stands for the person who owes it: the radar's buckets, as the inbox words them. */
export const URGENCIES = {
  overdue: '已逾期',
  due_soon: '即将到期',
  on_time: '期限内',
  no_deadline: '无期限',
} as const;
export type Urgency = keyof typeof URGENCIES;

export interface TimeLeft {
  /**
   * Calendar days from today (China Standard Time) to the deadline's last day: 0 on the last day itself,
   * negative once it has lapsed (−1 the day after); null without a deadline.
   */
  calendarDays: number | null;
  /** Working days (statutory rest days not counted) from today through the last day; 0 once lapsed. */
  workingDays: number | null;
  /** overdue once lapsed, due_soon within the radar's seven days, else on_time. */
  urgency: Urgency;
}

const DAY_MS = 86_400_000;

/** The days left before `dueAt` lapses (24:00 China Standard Time of its last day), as of `now`. */
export function timeLeft(dueAt: Date | null, now: Date): TimeLeft {
  if (dueAt === null) return { calendarDays: null, workingDays: null, urgency: 'no_deadline' };
  const today = chinaDateOf(now);
  const lastDay = chinaDateOf(new Date(dueAt.getTime() - 1));
  const calendarDays = Math.round((Date.parse(lastDay) - Date.parse(today)) / DAY_MS);
  let workingDays = 0;
  for (let day = today; day <= lastDay; day = addDays(day, 1)) if (!isRestDay(day).rest) workingDays += 1;
  const bounds = radarBounds(now);
  const urgency: Urgency = dueAt <= bounds.now ? 'overdue' : dueAt <= bounds.within7 ? 'due_soon' : 'on_time';
  return { calendarDays, workingDays, urgency };
}

/** The deadlines an urgency covers as of `bounds`. */
export type UrgencyRange = DueRange;

export function urgencyRange(urgency: Urgency, bounds: RadarBounds): UrgencyRange {
  switch (urgency) {
    case 'overdue':
      return { after: null, atOrBefore: bounds.now };
    case 'due_soon':
      return { after: bounds.now, atOrBefore: bounds.within7 };
    case 'on_time':
      return { after: bounds.within7, atOrBefore: null };
    case 'no_deadline':
      return { noDeadline: true };
  }
}
