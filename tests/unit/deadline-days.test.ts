/** A deadline's days named for readers (domain/deadline-days.ts): the structured parts behind its explanation. */
import fc from 'fast-check';
import { dayPeriodDeadline, periodDeadline, type Deadline } from '../../domain/calendar';
import { deadlineDays, holidayName } from '../../domain/deadline-days';
import { HOLIDAY_TABLE, HOLIDAY_TABLE_VERSION, describeNotice } from '../../domain/holidays';

describe('holiday names', () => {
  it('split every block of the table into its Chinese and its English name', () => {
    for (const year of HOLIDAY_TABLE)
      for (const block of year.blocks) {
        const { zh, en } = holidayName(block.holiday);
        expect(zh).toMatch(/^[\u4e00-\u9fff、]+$/);
        expect(en).toMatch(/^[A-Z][A-Za-z' -]+$/);
        expect(`${zh} ${en}`).toBe(block.holiday);
      }
  });
});

describe('the days of a deadline', () => {
  it('names the README’s example: six months from 31 August 2026, clamped, moved past a Sunday', () => {
    expect(deadlineDays(periodDeadline('2026-08-31', 6))).toEqual({
      holidayTableVersion: HOLIDAY_TABLE_VERSION,
      nominalLastDay: {
        date: '2027-02-28',
        weekday: 0,
        kind: 'weekend',
        holiday: null,
        noticeYear: null,
        yearInTable: false,
      },
      movedOver: [
        {
          date: '2027-02-28',
          weekday: 0,
          kind: 'weekend',
          holiday: null,
          noticeYear: null,
          yearInTable: false,
        },
      ],
      lastDay: {
        date: '2027-03-01',
        weekday: 1,
        kind: 'working_day',
        holiday: null,
        noticeYear: null,
        yearInTable: false,
      },
      lapsesOn: '2027-03-02',
      notices: [],
    });
  });

  it('names each public holiday moved over, with the notice that gives it', () => {
    const days = deadlineDays(periodDeadline('2026-04-01', 6))!;
    expect(days.movedOver.map((day) => day.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(days.movedOver[0]).toEqual({
      date: '2026-10-01',
      weekday: 4,
      kind: 'public_holiday',
      holiday: { zh: '国庆节', en: 'National Day' },
      noticeYear: 2026,
      yearInTable: true,
    });
    expect(days.lastDay).toMatchObject({ date: '2026-10-08', kind: 'working_day' });
    expect(days.notices).toEqual([
      {
        year: 2026,
        title: '国务院办公厅关于2026年部分节假日安排的通知',
        documentNumber: '国办发明电〔2025〕7号',
        issued: '2025-11-04',
      },
    ]);
  });

  it('names a Saturday worked for a holiday (调休上班) that stays the last day', () => {
    const days = deadlineDays(periodDeadline('2025-08-28', 6))!;
    expect(days.movedOver).toEqual([]);
    expect(days.lastDay).toEqual({
      date: '2026-02-28',
      weekday: 6,
      kind: 'make_up_working_day',
      holiday: { zh: '春节', en: 'Spring Festival' },
      noticeYear: 2026,
      yearInTable: true,
    });
  });

  it('puts 31 December 2022 under the notice for 2023', () => {
    const days = deadlineDays(dayPeriodDeadline('2022-12-01', 30))!;
    expect(days.nominalLastDay).toMatchObject({
      date: '2022-12-31',
      kind: 'public_holiday',
      noticeYear: 2023,
    });
    expect(days.notices.map((notice) => notice.year)).toEqual([2022, 2023]);
  });

  it('is null for a deadline recorded before it kept its nominal day and rest days', () => {
    const older: Partial<Deadline> = periodDeadline('2024-03-15', 6);
    delete older.nominalLastDay;
    delete older.restDays;
    expect(deadlineDays(older as Deadline)).toBeNull();
  });

  // The same parts the English explanation was written from, whatever the deadline.
  const dates = fc
    .date({
      min: new Date('2019-06-01T00:00:00Z'),
      max: new Date('2027-06-30T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const deadlines = fc.oneof(
    fc.tuple(dates, fc.integer({ min: 1, max: 24 })).map(([from, n]) => periodDeadline(from, n)),
    fc.tuple(dates, fc.integer({ min: 1, max: 120 })).map(([from, n]) => dayPeriodDeadline(from, n)),
  );

  it('agrees with the deadline: its dates, rest days and notices', () => {
    fc.assert(
      fc.property(deadlines, (deadline) => {
        const days = deadlineDays(deadline)!;
        expect(days.nominalLastDay.date).toBe(deadline.nominalLastDay);
        expect(days.movedOver.map((day) => day.date)).toEqual(deadline.restDays.movedOver);
        expect(days.lastDay.date).toBe(deadline.lastDay);
        for (const day of days.movedOver) expect(['weekend', 'public_holiday']).toContain(day.kind);
        expect(['working_day', 'make_up_working_day']).toContain(days.lastDay.kind);
        const yearsNotInTable = new Set(
          [days.nominalLastDay, ...days.movedOver, days.lastDay]
            .filter((day) => !day.yearInTable)
            .map((day) => Number(day.date.slice(0, 4))),
        );
        expect([...yearsNotInTable].sort()).toEqual(deadline.restDays.yearsNotInTable);
        expect(days.notices.map(describeNotice)).toEqual(deadline.restDays.sources);
        expect(Date.parse(`${days.lapsesOn}T00:00:00+08:00`)).toBe(Date.parse(deadline.lapsesAt));
      }),
    );
  });
});
