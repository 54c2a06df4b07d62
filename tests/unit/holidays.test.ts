import { addDays } from '../../domain/calendar';
import {
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_VERSION,
  describeNotice,
  holidayOn,
  holidayYear,
  isRestDay,
  isYearInTable,
  weekdayOf,
} from '../../domain/holidays';

function restDaysOf(year: number): string[] {
  return holidayYear(year)!.blocks.flatMap((block) => [...block.restDays]);
}

function makeUpWorkingDaysOf(year: number): string[] {
  return holidayYear(year)!.blocks.flatMap((block) => [...block.makeUpWorkingDays]);
}

function range(from: string, to: string): string[] {
  const days = [from];
  while (days[days.length - 1]! < to) days.push(addDays(days[days.length - 1]!, 1));
  return days;
}

describe('the State Council holiday table', () => {
  it('is versioned and covers 2019 to 2026', () => {
    expect(HOLIDAY_TABLE_VERSION).toMatch(/^\d{4}\.\d+$/);
    expect(HOLIDAY_TABLE.map((entry) => entry.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it.each([
    // year, days off (the notices' 共N天 added up, as amended), weekend days worked, holiday blocks
    [2019, 24, 7, 7], // from Sunday 30 December 2018; Labour Day as amended to 1–4 May
    [2020, 30, 6, 6], // the Spring Festival as extended to 2 February: 10 days, Saturday 1 February not worked
    [2021, 31, 7, 7],
    [2022, 31, 7, 7],
    [2023, 27, 7, 6], // from Saturday 31 December 2022; Mid-Autumn and National Day together
    [2024, 28, 8, 7],
    [2025, 28, 5, 6], // National Day and Mid-Autumn together
    [2026, 33, 6, 7],
  ])('%i: %i days off, %i make-up working days, %i blocks', (year, off, worked, blocks) => {
    expect(restDaysOf(year)).toHaveLength(off);
    expect(makeUpWorkingDaysOf(year)).toHaveLength(worked);
    expect(holidayYear(year)!.blocks).toHaveLength(blocks);
  });

  it('has each block’s days off consecutive, and every make-up working day a Saturday or Sunday', () => {
    for (const year of HOLIDAY_TABLE) {
      for (const block of year.blocks) {
        expect(block.restDays.length).toBeGreaterThan(0);
        expect([...block.restDays]).toEqual(
          range(block.restDays[0]!, block.restDays[block.restDays.length - 1]!),
        );
        for (const day of block.makeUpWorkingDays) expect([0, 6]).toContain(weekdayOf(day));
      }
    }
  });

  it('lists no day twice, and dates each day in its year (29–31 December 2018 with 2019, 31 December 2022 with 2023)', () => {
    const all = HOLIDAY_TABLE.flatMap((y) => [...restDaysOf(y.year), ...makeUpWorkingDaysOf(y.year)]);
    expect(new Set(all).size).toBe(all.length);
    for (const year of HOLIDAY_TABLE) {
      for (const day of [...restDaysOf(year.year), ...makeUpWorkingDaysOf(year.year)]) {
        if (!['2018-12-29', '2018-12-30', '2018-12-31', '2022-12-31'].includes(day))
          expect(day.slice(0, 4)).toBe(String(year.year));
      }
    }
  });

  it('carries the 2025 and 2026 arrangements as published', () => {
    expect(range('2025-01-28', '2025-02-04').every((d) => restDaysOf(2025).includes(d))).toBe(true);
    expect(range('2025-05-01', '2025-05-05').every((d) => restDaysOf(2025).includes(d))).toBe(true);
    expect(range('2025-10-01', '2025-10-08').every((d) => restDaysOf(2025).includes(d))).toBe(true);
    expect(makeUpWorkingDaysOf(2025)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    const blocks2026 = holidayYear(2026)!.blocks.map((b) => [
      b.restDays[0],
      b.restDays[b.restDays.length - 1],
    ]);
    expect(blocks2026).toEqual([
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ]);
    expect(makeUpWorkingDaysOf(2026)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('names its sources: title, document number (or why not) and date', () => {
    for (const year of HOLIDAY_TABLE) {
      expect(year.sources[0]!.title).toBe(`国务院办公厅关于${year.year}年部分节假日安排的通知`);
      for (const notice of year.sources) {
        if (notice.documentNumber === null) expect(notice.note).toMatch(/unverified/);
        else expect(notice.documentNumber).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
        expect(notice.numberCheckedAgainst).toMatch(/\S{10}/);
        expect(notice.numberCheckedAgainst).toMatch(/reproduction|not confirmed/);
      }
      // the arrangement comes before its year; an amendment may come in it
      expect(year.sources[0]!.issued < `${year.year}-01-01`).toBe(true);
    }
    expect(describeNotice(holidayYear(2025)!.sources[0]!)).toBe(
      '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）',
    );
    expect(holidayYear(2020)!.sources[1]!.title).toBe('国务院办公厅关于延长2020年春节假期的通知');
  });
});

describe('isRestDay', () => {
  it.each([
    ['2025-01-29', true, 'public_holiday', true], // Wednesday, Spring Festival
    ['2025-02-01', true, 'public_holiday', true], // Saturday inside the Spring Festival block
    ['2025-01-26', false, 'make_up_working_day', true], // Sunday worked
    ['2025-02-08', false, 'make_up_working_day', true], // Saturday worked
    ['2025-03-01', true, 'weekend', true], // an ordinary Saturday
    ['2025-03-03', false, 'working_day', true], // an ordinary Monday
    ['2024-06-08', true, 'weekend', true], // the weekend the Dragon Boat day off (10 June) joins
    ['2024-06-10', true, 'public_holiday', true],
    ['2022-12-31', true, 'public_holiday', true], // in the arrangement for 2023
    ['2020-02-01', true, 'public_holiday', true], // was to be worked, until the Spring Festival was extended
    ['2020-01-19', false, 'make_up_working_day', true],
    ['2031-01-01', false, 'working_day', false], // a Wednesday; no notice for 2031 in the table
    ['2031-01-04', true, 'weekend', false],
    ['2019-12-31', false, 'working_day', true],
    ['2018-12-28', false, 'working_day', false], // a Friday; no notice for 2018 in the table
    ['2018-12-31', true, 'public_holiday', false], // in the arrangement for 2019, though 2018 is not in the table
    ['2019-04-28', false, 'make_up_working_day', true], // Sunday worked, under the Labour Day amendment
  ])('%s: rest %s (%s), year in table %s', (date, rest, reason, yearInTable) => {
    expect(isRestDay(date)).toEqual({ rest, reason, yearInTable });
  });

  it('names the holiday a day belongs to', () => {
    expect(holidayOn('2026-02-20')).toEqual({ holiday: '春节 Spring Festival', year: 2026 });
    expect(holidayOn('2022-12-31')).toEqual({ holiday: "元旦 New Year's Day", year: 2023 });
    expect(holidayOn('2026-03-02')).toBeNull();
  });

  it('knows which years it has', () => {
    expect(isYearInTable(2020)).toBe(true);
    expect(isYearInTable(2026)).toBe(true);
    expect(isYearInTable(2019)).toBe(true);
    expect(isYearInTable(2018)).toBe(false);
    expect(isYearInTable(2027)).toBe(false);
  });

  it('rejects what is not a calendar date', () => {
    expect(() => isRestDay('2025-02-29')).toThrow(RangeError);
    expect(() => isRestDay('2025-2-1')).toThrow(RangeError);
    expect(() => weekdayOf('2025-13-01')).toThrow(RangeError);
  });
});

describe('2019, as amended (国办发明电〔2018〕15号; Labour Day by 国办发明电〔2019〕3号)', () => {
  it('carries the arrangement and the Labour Day amendment as its two sources', () => {
    const sources = holidayYear(2019)!.sources;
    expect(sources.map((notice) => [notice.title, notice.documentNumber, notice.issued])).toEqual([
      ['国务院办公厅关于2019年部分节假日安排的通知', '国办发明电〔2018〕15号', '2018-12-04'],
      ['国务院办公厅关于调整2019年劳动节假期安排的通知', '国办发明电〔2019〕3号', '2019-03-22'],
    ]);
  });

  it('has every block as the notices give it', () => {
    expect(holidayYear(2019)!.blocks.map((b) => [b.restDays[0], b.restDays[b.restDays.length - 1]])).toEqual([
      ['2018-12-30', '2019-01-01'],
      ['2019-02-04', '2019-02-10'],
      ['2019-04-05', '2019-04-05'],
      ['2019-05-01', '2019-05-04'],
      ['2019-06-07', '2019-06-07'],
      ['2019-09-13', '2019-09-13'],
      ['2019-10-01', '2019-10-07'],
    ]);
  });

  it.each([
    ['2018-12-29', 6], // Saturday worked for New Year's Day
    ['2019-02-02', 6], // Saturday and Sunday worked for the Spring Festival
    ['2019-02-03', 0],
    ['2019-04-28', 0], // Sunday and Sunday worked for Labour Day, as amended
    ['2019-05-05', 0],
    ['2019-09-29', 0], // Sunday and Saturday worked for National Day
    ['2019-10-12', 6],
  ])('makes %s (weekday %i) a working day', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
    expect(isRestDay(date)).toMatchObject({ rest: false, reason: 'make_up_working_day' });
  });

  it('gives 2–4 May off, as amended, and Saturday 4 May inside the block', () => {
    for (const day of ['2019-05-02', '2019-05-03', '2019-05-04'])
      expect(isRestDay(day)).toEqual({ rest: true, reason: 'public_holiday', yearInTable: true });
    expect(holidayOn('2019-05-04')).toEqual({ holiday: '劳动节 Labour Day', year: 2019 });
  });
});
