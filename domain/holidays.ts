/**
 * The State Council General Office's yearly holiday arrangements (国务院办公厅关于XXXX年部分节假日安排的通知),
 * as the rest-day rule for counting periods needs them (民法典 第二百零三条: a period whose last day is a
 * statutory rest day ends on the day after the rest days).
 *
 * Data only, plus a pure look-up: safe in workflow code. Dates are ISO calendar dates, 'YYYY-MM-DD'.
 *
 * - `restDays` are the days a notice gives off (放假), weekend days inside a block included, exactly as the
 *   notice's range runs: where a notice says a day off 与周末连休 (joins the weekend), the weekend is not in the
 *   range and stays an ordinary weekend.
 * - `makeUpWorkingDays` are the Saturdays and Sundays a notice makes working days (调休上班).
 * - Each year is carried as amended: the 2020 Spring Festival ran to 2 February under the extension notice, so
 *   Saturday 1 February 2020, first a make-up working day, is a rest day here.
 * - A year missing from the table has no public holidays here, only Saturdays and Sundays: `isRestDay` says so
 *   (`yearInTable: false`), and a deadline that consults such a year reports it.
 *
 * Changing any date or adding a year changes deadlines: bump HOLIDAY_TABLE_VERSION, which every deadline records.
 * The dates were cross-checked against an independent machine-readable transcription of the notices (the
 * holiday-cn data, github.com/NateScarlet/holiday-cn); the document numbers and dates against reproductions of the
 * notices, never the gov.cn originals: each notice says where in `numberCheckedAgainst`. A number that could not be
 * confirmed is left null, with a note.
 *
 * Versions: 2026.1 carried 2020–2026; 2026.2 adds 2019 (as amended for Labour Day) and where each number was checked.
 */
import type { LocalDate } from './calendar';

export const HOLIDAY_TABLE_VERSION = '2026.2';

export interface HolidayNotice {
  /** The notice's title, as published. */
  title: string;
  /** Its document number (发文字号), or null where it is not verified (see `note`). */
  documentNumber: string | null;
  /** The date the notice bears, which is also the day it was published unless `note` says otherwise. */
  issued: LocalDate;
  /**
   * Where the document number (or, when it is null, the candidate number) was checked, and how far that goes: a
   * reproduction is named as one. None of the numbers here was checked against the gov.cn original.
   */
  numberCheckedAgainst: string;
  note?: string;
}

export interface HolidayBlock {
  /** The holiday, in Chinese and English, as the notice names it. */
  holiday: string;
  /** The days off (放假), in order; weekend days inside the block included. */
  restDays: readonly LocalDate[];
  /** The Saturdays and Sundays worked for this block (调休上班). */
  makeUpWorkingDays: readonly LocalDate[];
}

export interface HolidayYear {
  year: number;
  /** The notice that arranges the year first, then any notice that amends it. */
  sources: readonly HolidayNotice[];
  blocks: readonly HolidayBlock[];
  note?: string;
}

export const HOLIDAY_TABLE: readonly HolidayYear[] = [
  {
    year: 2019,
    sources: [
      {
        title: '国务院办公厅关于2019年部分节假日安排的通知',
        documentNumber: '国办发明电〔2018〕15号',
        issued: '2018-12-04',
        numberCheckedAgainst:
          'reproductions only: the full text with its number and date on a local finance bureau’s site ' +
          '(czj.gnzrmzf.gov.cn, posted 2018-12-13) and on a news aggregator (baogaosu.com); not the gov.cn original',
        note:
          'Dated 4 December, published 6 December 2018 (gov.cn policy library, zhengceku/2018-12/06). Labour Day as ' +
          'first published: 1 May only; amended by the notice below.',
      },
      {
        title: '国务院办公厅关于调整2019年劳动节假期安排的通知',
        documentNumber: '国办发明电〔2019〕3号',
        issued: '2019-03-22',
        numberCheckedAgainst:
          'reproductions only: a mirror of the Beijing municipal government’s policy library (首都之窗; its ' +
          '发文字号 field 国办发明电[2019]3号, 成文日期 and 发布日期 2019-03-22) and a traditional-character ' +
          'reproduction with the same number; not the gov.cn original. No source found gives 〔2019〕2号.',
        note: 'Labour Day becomes 1–4 May, with Sunday 28 April and Sunday 5 May worked.',
      },
    ],
    note:
      "New Year's Day runs from Sunday 30 December 2018, with Saturday 29 December 2018 worked; those days are " +
      'carried here with 2019 (the table has no 2018, so they say yearInTable: false, like any 2018 day). ' +
      'Qingming (5 April), the Dragon Boat Festival (7 June) and Mid-Autumn (13 September) are single days off ' +
      'joining the weekend (与周末连休). Labour Day as amended.',
    blocks: [
      {
        holiday: "元旦 New Year's Day",
        restDays: ['2018-12-30', '2018-12-31', '2019-01-01'],
        makeUpWorkingDays: ['2018-12-29'],
      },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2019-02-04',
          '2019-02-05',
          '2019-02-06',
          '2019-02-07',
          '2019-02-08',
          '2019-02-09',
          '2019-02-10',
        ],
        makeUpWorkingDays: ['2019-02-02', '2019-02-03'],
      },
      { holiday: '清明节 Qingming Festival', restDays: ['2019-04-05'], makeUpWorkingDays: [] },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04'],
        makeUpWorkingDays: ['2019-04-28', '2019-05-05'],
      },
      { holiday: '端午节 Dragon Boat Festival', restDays: ['2019-06-07'], makeUpWorkingDays: [] },
      { holiday: '中秋节 Mid-Autumn Festival', restDays: ['2019-09-13'], makeUpWorkingDays: [] },
      {
        holiday: '国庆节 National Day',
        restDays: [
          '2019-10-01',
          '2019-10-02',
          '2019-10-03',
          '2019-10-04',
          '2019-10-05',
          '2019-10-06',
          '2019-10-07',
        ],
        makeUpWorkingDays: ['2019-09-29', '2019-10-12'],
      },
    ],
  },
  {
    year: 2020,
    sources: [
      {
        title: '国务院办公厅关于2020年部分节假日安排的通知',
        documentNumber: '国办发明电〔2019〕16号',
        issued: '2019-11-21',
        numberCheckedAgainst:
          'reproductions only: the full text with its number on a reprint site (gansulong.com) and the number cited by a ' +
          'municipal office’s own holiday notice of December 2019; not the gov.cn original',
      },
      {
        title: '国务院办公厅关于延长2020年春节假期的通知',
        documentNumber: null,
        issued: '2020-01-26',
        numberCheckedAgainst:
          'not confirmed: a reprint (gansulong.com) gives 国办发明电〔2020〕1号, the news agency’s text none, and an index of ' +
          'gov.cn was read as giving that number to another notice; left null until checked against gov.cn',
        note:
          'Document number unverified: reproductions of the notice give 国办发明电〔2020〕1号, but an index of ' +
          'gov.cn gives that number to another notice of January 2020; check against gov.cn. Dated 26 January, ' +
          'published 27 January 2020. Extends the Spring Festival to Sunday 2 February, work resuming Monday ' +
          '3 February.',
      },
    ],
    note:
      'Spring Festival as first published: 24–30 January, with Sunday 19 January and Saturday 1 February worked; ' +
      'the extension runs it to 2 February, so 1 February is a rest day, not a make-up working day.',
    blocks: [
      { holiday: "元旦 New Year's Day", restDays: ['2020-01-01'], makeUpWorkingDays: [] },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2020-01-24',
          '2020-01-25',
          '2020-01-26',
          '2020-01-27',
          '2020-01-28',
          '2020-01-29',
          '2020-01-30',
          '2020-01-31',
          '2020-02-01',
          '2020-02-02',
        ],
        makeUpWorkingDays: ['2020-01-19'],
      },
      {
        holiday: '清明节 Qingming Festival',
        restDays: ['2020-04-04', '2020-04-05', '2020-04-06'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2020-05-01', '2020-05-02', '2020-05-03', '2020-05-04', '2020-05-05'],
        makeUpWorkingDays: ['2020-04-26', '2020-05-09'],
      },
      {
        holiday: '端午节 Dragon Boat Festival',
        restDays: ['2020-06-25', '2020-06-26', '2020-06-27'],
        makeUpWorkingDays: ['2020-06-28'],
      },
      {
        holiday: '国庆节、中秋节 National Day and Mid-Autumn Festival',
        restDays: [
          '2020-10-01',
          '2020-10-02',
          '2020-10-03',
          '2020-10-04',
          '2020-10-05',
          '2020-10-06',
          '2020-10-07',
          '2020-10-08',
        ],
        makeUpWorkingDays: ['2020-09-27', '2020-10-10'],
      },
    ],
  },
  {
    year: 2021,
    sources: [
      {
        title: '国务院办公厅关于2021年部分节假日安排的通知',
        documentNumber: '国办发明电〔2020〕27号',
        issued: '2020-11-25',
        numberCheckedAgainst:
          'reproductions only: the full text with its number on the site of a China National Committee on Ageing ' +
          'centre (cncaprc.cn, citing the central government’s site) and on a labour-law site; not the gov.cn original',
      },
    ],
    blocks: [
      {
        holiday: "元旦 New Year's Day",
        restDays: ['2021-01-01', '2021-01-02', '2021-01-03'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2021-02-11',
          '2021-02-12',
          '2021-02-13',
          '2021-02-14',
          '2021-02-15',
          '2021-02-16',
          '2021-02-17',
        ],
        makeUpWorkingDays: ['2021-02-07', '2021-02-20'],
      },
      {
        holiday: '清明节 Qingming Festival',
        restDays: ['2021-04-03', '2021-04-04', '2021-04-05'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2021-05-01', '2021-05-02', '2021-05-03', '2021-05-04', '2021-05-05'],
        makeUpWorkingDays: ['2021-04-25', '2021-05-08'],
      },
      {
        holiday: '端午节 Dragon Boat Festival',
        restDays: ['2021-06-12', '2021-06-13', '2021-06-14'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '中秋节 Mid-Autumn Festival',
        restDays: ['2021-09-19', '2021-09-20', '2021-09-21'],
        makeUpWorkingDays: ['2021-09-18'],
      },
      {
        holiday: '国庆节 National Day',
        restDays: [
          '2021-10-01',
          '2021-10-02',
          '2021-10-03',
          '2021-10-04',
          '2021-10-05',
          '2021-10-06',
          '2021-10-07',
        ],
        makeUpWorkingDays: ['2021-09-26', '2021-10-09'],
      },
    ],
  },
  {
    year: 2022,
    sources: [
      {
        title: '国务院办公厅关于2022年部分节假日安排的通知',
        documentNumber: '国办发明电〔2021〕11号',
        issued: '2021-10-25',
        numberCheckedAgainst:
          'a reproduction on a government site: the Beijing municipal government’s policy library (首都之窗, ' +
          'beijing.gov.cn: 发文字号 field and text, 成文日期 2021-10-25); not the gov.cn original',
      },
    ],
    blocks: [
      {
        holiday: "元旦 New Year's Day",
        restDays: ['2022-01-01', '2022-01-02', '2022-01-03'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2022-01-31',
          '2022-02-01',
          '2022-02-02',
          '2022-02-03',
          '2022-02-04',
          '2022-02-05',
          '2022-02-06',
        ],
        makeUpWorkingDays: ['2022-01-29', '2022-01-30'],
      },
      {
        holiday: '清明节 Qingming Festival',
        restDays: ['2022-04-03', '2022-04-04', '2022-04-05'],
        makeUpWorkingDays: ['2022-04-02'],
      },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03', '2022-05-04'],
        makeUpWorkingDays: ['2022-04-24', '2022-05-07'],
      },
      {
        holiday: '端午节 Dragon Boat Festival',
        restDays: ['2022-06-03', '2022-06-04', '2022-06-05'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '中秋节 Mid-Autumn Festival',
        restDays: ['2022-09-10', '2022-09-11', '2022-09-12'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '国庆节 National Day',
        restDays: [
          '2022-10-01',
          '2022-10-02',
          '2022-10-03',
          '2022-10-04',
          '2022-10-05',
          '2022-10-06',
          '2022-10-07',
        ],
        makeUpWorkingDays: ['2022-10-08', '2022-10-09'],
      },
    ],
  },
  {
    year: 2023,
    sources: [
      {
        title: '国务院办公厅关于2023年部分节假日安排的通知',
        documentNumber: '国办发明电〔2022〕16号',
        issued: '2022-12-08',
        numberCheckedAgainst:
          'reproductions only: Wikisource’s transcription from the State Council Gazette (国务院公报) 2023 no. 1, and a ' +
          'reprint citing the Ministry of Ecology and Environment’s copy; not the gov.cn original',
      },
    ],
    note: "New Year's Day runs from Saturday 31 December 2022; that day is carried here with 2023.",
    blocks: [
      {
        holiday: "元旦 New Year's Day",
        restDays: ['2022-12-31', '2023-01-01', '2023-01-02'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2023-01-21',
          '2023-01-22',
          '2023-01-23',
          '2023-01-24',
          '2023-01-25',
          '2023-01-26',
          '2023-01-27',
        ],
        makeUpWorkingDays: ['2023-01-28', '2023-01-29'],
      },
      { holiday: '清明节 Qingming Festival', restDays: ['2023-04-05'], makeUpWorkingDays: [] },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03'],
        makeUpWorkingDays: ['2023-04-23', '2023-05-06'],
      },
      {
        holiday: '端午节 Dragon Boat Festival',
        restDays: ['2023-06-22', '2023-06-23', '2023-06-24'],
        makeUpWorkingDays: ['2023-06-25'],
      },
      {
        holiday: '中秋节、国庆节 Mid-Autumn Festival and National Day',
        restDays: [
          '2023-09-29',
          '2023-09-30',
          '2023-10-01',
          '2023-10-02',
          '2023-10-03',
          '2023-10-04',
          '2023-10-05',
          '2023-10-06',
        ],
        makeUpWorkingDays: ['2023-10-07', '2023-10-08'],
      },
    ],
  },
  {
    year: 2024,
    sources: [
      {
        title: '国务院办公厅关于2024年部分节假日安排的通知',
        documentNumber: '国办发明电〔2023〕7号',
        issued: '2023-10-25',
        numberCheckedAgainst:
          'reproductions only: Wikisource’s transcription from the State Council Gazette (国务院公报) 2023 no. 31, and a ' +
          'traditional-character reprint; not the gov.cn original',
      },
    ],
    note:
      "New Year's Day (1 January) and the Dragon Boat Festival (10 June) are single days off joining the weekend " +
      '(与周末连休); the notice encourages, but does not give, 9 February (Spring Festival eve) off.',
    blocks: [
      { holiday: "元旦 New Year's Day", restDays: ['2024-01-01'], makeUpWorkingDays: [] },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2024-02-10',
          '2024-02-11',
          '2024-02-12',
          '2024-02-13',
          '2024-02-14',
          '2024-02-15',
          '2024-02-16',
          '2024-02-17',
        ],
        makeUpWorkingDays: ['2024-02-04', '2024-02-18'],
      },
      {
        holiday: '清明节 Qingming Festival',
        restDays: ['2024-04-04', '2024-04-05', '2024-04-06'],
        makeUpWorkingDays: ['2024-04-07'],
      },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05'],
        makeUpWorkingDays: ['2024-04-28', '2024-05-11'],
      },
      { holiday: '端午节 Dragon Boat Festival', restDays: ['2024-06-10'], makeUpWorkingDays: [] },
      {
        holiday: '中秋节 Mid-Autumn Festival',
        restDays: ['2024-09-15', '2024-09-16', '2024-09-17'],
        makeUpWorkingDays: ['2024-09-14'],
      },
      {
        holiday: '国庆节 National Day',
        restDays: [
          '2024-10-01',
          '2024-10-02',
          '2024-10-03',
          '2024-10-04',
          '2024-10-05',
          '2024-10-06',
          '2024-10-07',
        ],
        makeUpWorkingDays: ['2024-09-29', '2024-10-12'],
      },
    ],
  },
  {
    year: 2025,
    sources: [
      {
        title: '国务院办公厅关于2025年部分节假日安排的通知',
        documentNumber: '国办发明电〔2024〕12号',
        issued: '2024-11-12',
        numberCheckedAgainst:
          'reproductions only: reprints of the full text with its number (the news agency’s text, which carries no ' +
          'number, agrees on the rest); not the gov.cn original',
        note: 'The first arrangement under the 2024 revision of 全国年节及纪念日放假办法 (国务院令第795号).',
      },
    ],
    blocks: [
      { holiday: "元旦 New Year's Day", restDays: ['2025-01-01'], makeUpWorkingDays: [] },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2025-01-28',
          '2025-01-29',
          '2025-01-30',
          '2025-01-31',
          '2025-02-01',
          '2025-02-02',
          '2025-02-03',
          '2025-02-04',
        ],
        makeUpWorkingDays: ['2025-01-26', '2025-02-08'],
      },
      {
        holiday: '清明节 Qingming Festival',
        restDays: ['2025-04-04', '2025-04-05', '2025-04-06'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'],
        makeUpWorkingDays: ['2025-04-27'],
      },
      {
        holiday: '端午节 Dragon Boat Festival',
        restDays: ['2025-05-31', '2025-06-01', '2025-06-02'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '国庆节、中秋节 National Day and Mid-Autumn Festival',
        restDays: [
          '2025-10-01',
          '2025-10-02',
          '2025-10-03',
          '2025-10-04',
          '2025-10-05',
          '2025-10-06',
          '2025-10-07',
          '2025-10-08',
        ],
        makeUpWorkingDays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    sources: [
      {
        title: '国务院办公厅关于2026年部分节假日安排的通知',
        documentNumber: '国办发明电〔2025〕7号',
        issued: '2025-11-04',
        numberCheckedAgainst:
          'a single weak reproduction: a forum reprint of the text with its number (“转自人社通”); the news agency’s ' +
          'text carries no number; not the gov.cn original — check it there',
      },
    ],
    blocks: [
      {
        holiday: "元旦 New Year's Day",
        restDays: ['2026-01-01', '2026-01-02', '2026-01-03'],
        makeUpWorkingDays: ['2026-01-04'],
      },
      {
        holiday: '春节 Spring Festival',
        restDays: [
          '2026-02-15',
          '2026-02-16',
          '2026-02-17',
          '2026-02-18',
          '2026-02-19',
          '2026-02-20',
          '2026-02-21',
          '2026-02-22',
          '2026-02-23',
        ],
        makeUpWorkingDays: ['2026-02-14', '2026-02-28'],
      },
      {
        holiday: '清明节 Qingming Festival',
        restDays: ['2026-04-04', '2026-04-05', '2026-04-06'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '劳动节 Labour Day',
        restDays: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'],
        makeUpWorkingDays: ['2026-05-09'],
      },
      {
        holiday: '端午节 Dragon Boat Festival',
        restDays: ['2026-06-19', '2026-06-20', '2026-06-21'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '中秋节 Mid-Autumn Festival',
        restDays: ['2026-09-25', '2026-09-26', '2026-09-27'],
        makeUpWorkingDays: [],
      },
      {
        holiday: '国庆节 National Day',
        restDays: [
          '2026-10-01',
          '2026-10-02',
          '2026-10-03',
          '2026-10-04',
          '2026-10-05',
          '2026-10-06',
          '2026-10-07',
        ],
        makeUpWorkingDays: ['2026-09-20', '2026-10-10'],
      },
    ],
  },
];

export type RestDayReason = 'weekend' | 'public_holiday' | 'make_up_working_day' | 'working_day';

export interface RestDayStatus {
  rest: boolean;
  reason: RestDayReason;
  /** Whether the table has the notice for the date's year; when false, only weekends count as rest days. */
  yearInTable: boolean;
}

interface TableEntry {
  kind: 'public_holiday' | 'make_up_working_day';
  holiday: string;
  year: HolidayYear;
}

const YEARS = new Map<number, HolidayYear>(HOLIDAY_TABLE.map((entry) => [entry.year, entry]));

const DAYS = new Map<LocalDate, TableEntry>();
for (const year of HOLIDAY_TABLE) {
  for (const block of year.blocks) {
    for (const day of block.restDays) DAYS.set(day, { kind: 'public_holiday', holiday: block.holiday, year });
    for (const day of block.makeUpWorkingDays)
      DAYS.set(day, { kind: 'make_up_working_day', holiday: block.holiday, year });
  }
}

function yearOf(date: LocalDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not an ISO calendar date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new RangeError(`no such day: ${date}`);
  }
  return year;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (the proleptic Gregorian calendar, no time zone involved). */
export function weekdayOf(date: LocalDate): number {
  const year = yearOf(date);
  return new Date(Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
}

/** Whether the table carries the State Council's notice for `year`. */
export function isYearInTable(year: number): boolean {
  return YEARS.has(year);
}

/** The year's entry in the table, or undefined for a year the table lacks. */
export function holidayYear(year: number): HolidayYear | undefined {
  return YEARS.get(year);
}

/**
 * Whether `date` is a statutory rest day: a public holiday as the State Council's notice arranges it, or a
 * Saturday or Sunday the notice does not make a working day. A year missing from the table falls back to
 * weekends only, and says so.
 */
export function isRestDay(date: LocalDate): RestDayStatus {
  const yearInTable = YEARS.has(yearOf(date));
  const entry = DAYS.get(date);
  if (entry?.kind === 'public_holiday') return { rest: true, reason: 'public_holiday', yearInTable };
  if (entry?.kind === 'make_up_working_day')
    return { rest: false, reason: 'make_up_working_day', yearInTable };
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return { rest: true, reason: 'weekend', yearInTable };
  return { rest: false, reason: 'working_day', yearInTable };
}

/** The holiday block a public holiday or make-up working day belongs to, or null for any other day. */
export function holidayOn(date: LocalDate): { holiday: string; year: number } | null {
  const entry = DAYS.get(date);
  return entry ? { holiday: entry.holiday, year: entry.year.year } : null;
}

/** A notice as one line: title, document number (or that it is unverified), and date. */
export function describeNotice(notice: Pick<HolidayNotice, 'title' | 'documentNumber' | 'issued'>): string {
  const number = notice.documentNumber ?? '文号未核实 document number unverified';
  return `${notice.title}（${number}，${notice.issued}）`;
}
