/**
 * The days behind a deadline, as structured parts a reader can put into words in any language: the
 * nominal last day, each rest day it was moved over (a weekend, or a public holiday with its name and
 * the State Council notice that gives it), the last day (a working day, or a make-up working day 调休上班),
 * the notices consulted and the day at whose first instant the period lapses.
 *
 * A deadline keeps the dates it was counted with (`nominalLastDay`, `restDays.movedOver`, `lastDay`);
 * this names them from the holiday table (domain/holidays.ts) and says which version named them. Pure.
 */
import { addDays, type Deadline, type LocalDate } from './calendar';
import {
  HOLIDAY_TABLE_VERSION,
  holidayOn,
  holidayYear,
  isRestDay,
  weekdayOf,
  type RestDayReason,
} from './holidays';

/** A holiday's name, as the table gives it in both languages ("元旦 New Year's Day"). */
export interface HolidayName {
  zh: string;
  en: string;
}

/** One day of a deadline, named. */
export interface DeadlineDay {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  kind: RestDayReason;
  /** The holiday a public holiday or a make-up working day belongs to; null for any other day. */
  holiday: HolidayName | null;
  /** The year of the notice that arranges this day (31 December 2022 is in 2023's); null for other days. */
  noticeYear: number | null;
  /** Whether the table has the State Council notice for the day's year (else only weekends rest). */
  yearInTable: boolean;
}

export interface DeadlineNotice {
  /** The year the notice arranges. */
  year: number;
  title: string;
  /** Null where the table leaves it unverified. */
  documentNumber: string | null;
  issued: LocalDate;
}

export interface DeadlineDays {
  /** The holiday table that named the days (the current one). */
  holidayTableVersion: string;
  nominalLastDay: DeadlineDay;
  movedOver: DeadlineDay[];
  lastDay: DeadlineDay;
  /** The day after the last day: the period lapses at its 00:00 China Standard Time. */
  lapsesOn: LocalDate;
  /** The notices for the years the rule consulted, in order of year. */
  notices: DeadlineNotice[];
}

/** Splits a block's name as the table writes it, Chinese first: "国庆节、中秋节 National Day and Mid-Autumn Festival". */
export function holidayName(holiday: string): HolidayName {
  const space = holiday.indexOf(' ');
  if (space < 0) return { zh: holiday, en: holiday };
  return { zh: holiday.slice(0, space), en: holiday.slice(space + 1) };
}

export function deadlineDay(date: LocalDate): DeadlineDay {
  const status = isRestDay(date);
  const entry = holidayOn(date);
  return {
    date,
    weekday: weekdayOf(date),
    kind: status.reason,
    holiday: entry ? holidayName(entry.holiday) : null,
    noticeYear: entry?.year ?? null,
    yearInTable: status.yearInTable,
  };
}

/** The named days of a deadline; null for one recorded before deadlines kept their nominal day and rest days. */
export function deadlineDays(deadline: Deadline): DeadlineDays | null {
  const { nominalLastDay, restDays, lastDay } = deadline as Partial<Deadline> & Pick<Deadline, 'lastDay'>;
  if (!nominalLastDay || !restDays) return null;
  const days = [nominalLastDay, ...restDays.movedOver, lastDay].map(deadlineDay);
  const years = new Set<number>();
  for (const day of days) {
    years.add(Number(day.date.slice(0, 4)));
    if (day.noticeYear !== null) years.add(day.noticeYear);
  }
  const notices = [...years]
    .sort((a, b) => a - b)
    .flatMap((year) =>
      (holidayYear(year)?.sources ?? []).map((notice) => ({
        year,
        title: notice.title,
        documentNumber: notice.documentNumber,
        issued: notice.issued,
      })),
    );
  return {
    holidayTableVersion: HOLIDAY_TABLE_VERSION,
    nominalLastDay: days[0]!,
    movedOver: days.slice(1, -1),
    lastDay: days[days.length - 1]!,
    lapsesOn: addDays(lastDay, 1),
    notices,
  };
}
