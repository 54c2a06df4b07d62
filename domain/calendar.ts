/**
 * Counting a period, as the Civil Code says (民法典 第二百零一条至第二百零三条):
 * the day of the act is not counted; a period in months ends on the corresponding day of the final
 * month, or on that month's last day where it has no such day, and a period in days on the day that many
 * days after the act; a last day that is a statutory rest day (a weekend or a public holiday as the State
 * Council's yearly notice arranges them, make-up working days 调休上班 counting as working days) gives way
 * to the first working day after it; the last day ends at 24:00 China Standard Time (UTC+8, no daylight
 * saving), so the period lapses at the first instant of the next day. An extension adds its months to the
 * deadline it extends, by the same rules.
 *
 * Pure and deterministic: safe in workflow code. Dates are ISO calendar dates, 'YYYY-MM-DD'.
 */
import { HOLIDAY_TABLE_VERSION, describeNotice, holidayOn, holidayYear, isRestDay } from './holidays';
import type { RestDayStatus } from './holidays';

export type LocalDate = string;

const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const PERIOD_RULE = 'civil-code-201-203' as const;

export interface Deadline {
  /** Last day of the period, a China Standard Time calendar date, after the rest-day rule. */
  lastDay: LocalDate;
  /** The instant the period lapses: 24:00 CST of the last day, as a UTC ISO-8601 instant. */
  lapsesAt: string;
  rule: typeof PERIOD_RULE;
  /**
   * What the period was counted from: the day of the act and the months or days; for an extension, the
   * last day of the deadline it extends (`extends`, which is also `from`); the holiday table's version.
   */
  inputs: {
    from: LocalDate;
    months?: number;
    days?: number;
    extends?: LocalDate;
    /** The date a document fixes as the last day ("by 15 May"), for a deadline not counted as a period. */
    on?: LocalDate;
    /** The latest nominal last day, for a period that must end within its year (31 December). */
    notAfter?: LocalDate;
    holidayTableVersion: string;
  };
  /** Whether the nominal last day was clamped to the end of a shorter month. */
  clampedToMonthEnd: boolean;
  /** Whether the period was cut short at `inputs.notAfter`, the end of its year (在今年内). */
  cappedAtYearEnd?: boolean;
  /** The last day before the rest-day rule: the corresponding (or month-end) day, or `from` + days. */
  nominalLastDay: LocalDate;
  restDays: {
    /** The rest days the last day was moved past, in order ([] when the nominal last day is a working day). */
    movedOver: LocalDate[];
    /** Years consulted that the holiday table lacks (weekends only were applied for them); [] normally. */
    yearsNotInTable: number[];
    /** The State Council notices consulted for the years involved. */
    sources: string[];
  };
  /** How the deadline was reached, in English with the Civil Code's articles. */
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

/**
 * `chinaDateOf` for many instants given as epoch milliseconds (null stays null), remembering each day it
 * has formatted: a table of 100,000 exits has a few hundred distinct days among its 700,000 dates.
 */
export function chinaDatesOfEpochMs(): (epochMs: number | null) => LocalDate | null {
  const byDay = new Map<number, LocalDate>();
  return (epochMs) => {
    if (epochMs === null) return null;
    const day = Math.floor((epochMs + CHINA_UTC_OFFSET_MS) / DAY_MS);
    let date = byDay.get(day);
    if (date === undefined) {
      date = chinaDateOf(new Date(epochMs));
      byDay.set(day, date);
    }
    return date;
  };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekdayName(date: LocalDate): string {
  const { year, month, day } = parts(date);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** A day as the explanation names it: the weekday, and the holiday a public holiday or make-up day belongs to. */
function describeDay(date: LocalDate, status: RestDayStatus): string {
  const holiday = holidayOn(date)?.holiday;
  switch (status.reason) {
    case 'public_holiday':
      return `${date} (${weekdayName(date)}, public holiday: ${holiday})`;
    case 'make_up_working_day':
      return `${date} (${weekdayName(date)}, a make-up working day 调休上班 for ${holiday})`;
    case 'weekend':
      return `${date} (${weekdayName(date)}, weekend)`;
    case 'working_day':
      return `${date} (${weekdayName(date)})`;
  }
}

/** The longest run of rest days the rule will walk: far beyond any the notices have arranged. */
const MAX_REST_RUN = 31;

interface RestDayMove {
  lastDay: LocalDate;
  restDays: Deadline['restDays'];
  text: string;
}

/** 民法典 第二百零三条第一款: a last day that is a rest day gives way to the day after the rest days. */
function applyRestDayRule(nominalLastDay: LocalDate): RestDayMove {
  const movedOver: LocalDate[] = [];
  const movedOverText: string[] = [];
  const yearsConsulted = new Set<number>();
  const noticeYears = new Set<number>();
  const consult = (date: LocalDate): RestDayStatus => {
    yearsConsulted.add(parts(date).year);
    const notice = holidayOn(date);
    if (notice) noticeYears.add(notice.year); // 31 December 2022 is in the notice for 2023
    return isRestDay(date);
  };

  let lastDay = nominalLastDay;
  let status = consult(lastDay);
  while (status.rest) {
    movedOver.push(lastDay);
    movedOverText.push(describeDay(lastDay, status));
    if (movedOver.length > MAX_REST_RUN) {
      throw new RangeError(
        `more than ${MAX_REST_RUN} rest days in a row from ${nominalLastDay}: check the table`,
      );
    }
    lastDay = addDays(lastDay, 1);
    status = consult(lastDay);
  }

  const years = [...yearsConsulted].sort((x, y) => x - y);
  const yearsNotInTable = years.filter((year) => !holidayYear(year));
  for (const year of years) if (holidayYear(year)) noticeYears.add(year);
  const sources = [...noticeYears]
    .sort((x, y) => x - y)
    .flatMap((year) => holidayYear(year)?.sources.map(describeNotice) ?? []);

  const ending = describeDay(lastDay, status);
  const moveText =
    movedOver.length === 0
      ? `; ${ending} is a working day, so it stays the last day (第二百零三条第一款)`
      : movedOver.length === 1
        ? `; ${movedOverText[0]} is a statutory rest day, so the period ends on the day after it, ` +
          `${ending} (第二百零三条第一款)`
        : `; ${nominalLastDay} to ${movedOver[movedOver.length - 1]} are statutory rest days: ` +
          `${movedOverText.join(', ')}; so the period ends on the first day after them, ${ending} (第二百零三条第一款)`;
  const tableText =
    sources.length > 0 ? `; rest days per holiday table ${HOLIDAY_TABLE_VERSION}: ${sources.join('; ')}` : '';
  const fallbackText =
    yearsNotInTable.length > 0
      ? `; holiday table ${HOLIDAY_TABLE_VERSION} has no State Council notice for ${yearsNotInTable.join(', ')}, ` +
        `so only Saturdays and Sundays were taken as rest days there, public holidays not applied`
      : '';
  return {
    lastDay,
    restDays: { movedOver, yearsNotInTable, sources },
    text: moveText + tableText + fallbackText,
  };
}

function lapseOf(lastDay: LocalDate): { lapsesAt: string; text: string } {
  const lapsesAt = startOfChinaDay(addDays(lastDay, 1));
  return {
    lapsesAt,
    text:
      `; the period lapses at 24:00 China Standard Time, ` +
      `${addDays(lastDay, 1)}T00:00+08:00 = ${lapsesAt} (第二百零三条第二款).`,
  };
}

function requireWhole(value: number, unit: 'months' | 'days'): void {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`a period needs whole ${unit} ≥ 1, got ${value}`);
}

function monthsDeadline(
  from: LocalDate,
  months: number,
  inputs: Deadline['inputs'],
  preamble: string,
): Deadline {
  requireWhole(months, 'months');
  const { date: nominalLastDay, clamped } = addMonthsClamped(from, months);
  const clampNote = clamped
    ? `; ${nominalLastDay.slice(0, 7)} has no day ${from.slice(8)}, so its last day`
    : '';
  const move = applyRestDayRule(nominalLastDay);
  const lapse = lapseOf(move.lastDay);
  return {
    lastDay: move.lastDay,
    lapsesAt: lapse.lapsesAt,
    rule: PERIOD_RULE,
    inputs,
    clampedToMonthEnd: clamped,
    nominalLastDay,
    restDays: move.restDays,
    explanation:
      `${preamble}${months} month(s) counted from ${from}, the day of the act not counted, ` +
      `end on ${nominalLastDay}${clampNote} (民法典 第二百零一、二百零二条)` +
      move.text +
      lapse.text,
  };
}

/** The deadline of a period of `months` months counted from the act dated `from`. */
export function periodDeadline(from: LocalDate, months: number): Deadline {
  return monthsDeadline(from, months, { from, months, holidayTableVersion: HOLIDAY_TABLE_VERSION }, '');
}

/** The deadline of a period of `days` days counted from the act dated `from`: its last day is `from` + `days`. */
export function dayPeriodDeadline(from: LocalDate, days: number): Deadline {
  requireWhole(days, 'days');
  const nominalLastDay = addDays(from, days);
  const move = applyRestDayRule(nominalLastDay);
  const lapse = lapseOf(move.lastDay);
  return {
    lastDay: move.lastDay,
    lapsesAt: lapse.lapsesAt,
    rule: PERIOD_RULE,
    inputs: { from, days, holidayTableVersion: HOLIDAY_TABLE_VERSION },
    clampedToMonthEnd: false,
    nominalLastDay,
    restDays: move.restDays,
    explanation:
      `${days} day(s) counted from ${from}, the day of the act not counted, end on ${nominalLastDay} ` +
      `(民法典 第二百零一条)` +
      move.text +
      lapse.text,
  };
}

/**
 * The deadline a document sets by a date ("5月15日前", "12月底前"): that day is the last day, and the
 * rest-day rule and the 24:00 lapse apply as to any period's last day. `from` is the day the work began.
 */
export function dateDeadline(from: LocalDate, date: LocalDate): Deadline {
  parts(date);
  const move = applyRestDayRule(date);
  const lapse = lapseOf(move.lastDay);
  return {
    lastDay: move.lastDay,
    lapsesAt: lapse.lapsesAt,
    rule: PERIOD_RULE,
    inputs: { from, on: date, holidayTableVersion: HOLIDAY_TABLE_VERSION },
    clampedToMonthEnd: false,
    nominalLastDay: date,
    restDays: move.restDays,
    explanation: `due by ${date} as the document dates it` + move.text + lapse.text,
  };
}

/**
 * An extension of `base` by `months` months: counted from the last day of `base` (after its rest-day rule) as
 * if that were the day of the act, by the same rules.
 */
export function extendDeadline(base: Deadline, months: number): Deadline {
  const from = base.lastDay;
  return monthsDeadline(
    from,
    months,
    { from, months, extends: from, holidayTableVersion: HOLIDAY_TABLE_VERSION },
    `Extends the deadline whose last day is ${from} (lapsing at ${base.lapsesAt}) ` +
      `by ${months} month(s), counted from that last day as if it were the day of the act, by the same rules: `,
  );
}

/** What a deadline is counted from, as a workflow asks for it. */
/**
 * The deadline of a period of `months` months that must also end within the year of `from` (在今年内): its
 * nominal last day is the earlier of the months' and 31 December of that year, then the same rest-day rule.
 */
export function periodDeadlineWithinYear(from: LocalDate, months: number): Deadline {
  const yearEnd = `${from.slice(0, 4)}-12-31`;
  const full = periodDeadline(from, months);
  if (full.nominalLastDay <= yearEnd)
    return { ...full, inputs: { ...full.inputs, notAfter: yearEnd }, cappedAtYearEnd: false };
  const move = applyRestDayRule(yearEnd);
  const lapse = lapseOf(move.lastDay);
  return {
    lastDay: move.lastDay,
    lapsesAt: lapse.lapsesAt,
    rule: PERIOD_RULE,
    inputs: { from, months, notAfter: yearEnd, holidayTableVersion: HOLIDAY_TABLE_VERSION },
    clampedToMonthEnd: false,
    cappedAtYearEnd: true,
    nominalLastDay: yearEnd,
    restDays: move.restDays,
    explanation:
      `${months} month(s) counted from ${from} would end on ${full.nominalLastDay}, after the end of ${from.slice(0, 4)}; ` +
      `the capacity must exit within the year (在今年内), so the period ends on ${yearEnd}` +
      move.text +
      lapse.text,
  };
}

export type DeadlineRequest =
  | { from: LocalDate; months: number; withinYear?: boolean }
  | { from: LocalDate; days: number }
  | { from: LocalDate; on: LocalDate }
  | { extend: Deadline; months: number };

export function computeDeadline(request: DeadlineRequest): Deadline {
  if ('extend' in request) return extendDeadline(request.extend, request.months);
  if ('days' in request) return dayPeriodDeadline(request.from, request.days);
  if ('on' in request) return dateDeadline(request.from, request.on);
  if (request.withinYear) return periodDeadlineWithinYear(request.from, request.months);
  return periodDeadline(request.from, request.months);
}
