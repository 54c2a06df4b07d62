/**
 * Counting a period, as the Civil Code says (民法典 第二百零一条至第二百零三条):
 * the day of the act is not counted; a period in months ends on the corresponding day of the final
 * month, or on that month's last day where it has no such day; the last day ends at 24:00 China
 * Standard Time (UTC+8, no daylight saving), so the period lapses at the first instant of the next day.
 *
 * Pure and deterministic: safe in workflow code. Dates are ISO calendar dates, 'YYYY-MM-DD'.
 */

export type LocalDate = string;

const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const PERIOD_RULE = 'civil-code-201-203' as const;

export interface Deadline {
  /** Last day of the period, a China Standard Time calendar date. */
  lastDay: LocalDate;
  /** The instant the period lapses: 24:00 CST of the last day, as a UTC ISO-8601 instant. */
  lapsesAt: string;
  rule: typeof PERIOD_RULE;
  inputs: { from: LocalDate; months: number };
  /** Whether the period's last day was clamped to the end of a shorter month. */
  clampedToMonthEnd: boolean;
  /** The rest-day rule (a last day on a rest day moves to the next working day) is not applied yet. */
  restDayRuleApplied: false;
  explanation: string;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(date: LocalDate): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not an ISO calendar date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`no such day: ${date}`);
  }
  return { year, month, day };
}

function format({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLocalDate(value: string): boolean {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return format({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** The corresponding day `months` later, clamped to the last day of a shorter month. */
export function addMonthsClamped(date: LocalDate, months: number): { date: LocalDate; clamped: boolean } {
  const { year, month, day } = parts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return {
    date: format({ year: targetYear, month: targetMonth, day: Math.min(day, lastDay) }),
    clamped: day > lastDay,
  };
}

/** The UTC instant at which a China Standard Time calendar day begins. */
export function startOfChinaDay(date: LocalDate): string {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day) - CHINA_UTC_OFFSET_MS).toISOString();
}

/** The China Standard Time calendar date of an instant. */
export function chinaDateOf(instant: Date): LocalDate {
  const shifted = new Date(instant.getTime() + CHINA_UTC_OFFSET_MS);
  return format({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** The deadline of a period of `months` months counted from the act dated `from`. */
export function periodDeadline(from: LocalDate, months: number): Deadline {
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError(`a period needs whole months ≥ 1, got ${months}`);
  const { date: lastDay, clamped } = addMonthsClamped(from, months);
  const lapsesAt = startOfChinaDay(addDays(lastDay, 1));
  const clampNote = clamped ? `; ${lastDay.slice(0, 7)} has no day ${from.slice(8)}, so its last day` : '';
  return {
    lastDay,
    lapsesAt,
    rule: PERIOD_RULE,
    inputs: { from, months },
    clampedToMonthEnd: clamped,
    restDayRuleApplied: false,
    explanation:
      `${months} month(s) counted from ${from}, the day of the act not counted, end on ${lastDay}${clampNote} ` +
      `(民法典 第二百零一、二百零二条); the period lapses at 24:00 China Standard Time, ` +
      `${addDays(lastDay, 1)}T00:00+08:00 = ${lapsesAt} (第二百零三条).`,
  };
}
