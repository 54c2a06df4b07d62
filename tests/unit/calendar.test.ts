import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  chinaDateOf,
  chinaDatesOfEpochMs,
  dayPeriodDeadline,
  daysInMonth,
  extendDeadline,
  periodDeadline,
  startOfChinaDay,
  type Deadline,
} from '../../domain/calendar';
import { HOLIDAY_TABLE_VERSION, isRestDay, isYearInTable } from '../../domain/holidays';

const NOTICE_2024 = '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）';
const NOTICE_2025 = '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）';

describe('counting a period in months (民法典 201–203)', () => {
  it.each([
    // from, months, nominal last day, last day, lapses at (UTC), clamped
    ['2023-08-31', 6, '2024-02-29', '2024-02-29', '2024-02-29T16:00:00.000Z', true], // leap year: Thursday 29 February
    ['2022-08-31', 6, '2023-02-28', '2023-02-28', '2023-02-28T16:00:00.000Z', true], // Tuesday 28 February
    // The rest-day rule now moves this one: Sunday 15 September 2024 opens the Mid-Autumn Festival (15–17).
    ['2024-03-15', 6, '2024-09-15', '2024-09-18', '2024-09-18T16:00:00.000Z', false],
    ['2024-01-31', 1, '2024-02-29', '2024-02-29', '2024-02-29T16:00:00.000Z', true],
    ['2023-01-31', 1, '2023-02-28', '2023-02-28', '2023-02-28T16:00:00.000Z', true],
    // The rest-day rule now moves this one: Saturday 30 November 2024 → Monday 2 December.
    ['2024-05-31', 6, '2024-11-30', '2024-12-02', '2024-12-02T16:00:00.000Z', true],
    ['2024-08-30', 6, '2025-02-28', '2025-02-28', '2025-02-28T16:00:00.000Z', true],
    // The rest-day rule now moves this one: Friday 31 January 2025 is in the Spring Festival (28 Jan–4 Feb).
    ['2024-07-31', 6, '2025-01-31', '2025-02-05', '2025-02-05T16:00:00.000Z', false],
    ['2024-12-31', 3, '2025-03-31', '2025-03-31', '2025-03-31T16:00:00.000Z', false],
    ['2024-11-30', 3, '2025-02-28', '2025-02-28', '2025-02-28T16:00:00.000Z', true],
    ['2023-12-31', 2, '2024-02-29', '2024-02-29', '2024-02-29T16:00:00.000Z', true],
  ])(
    '%s + %i months: nominally %s, ends on %s and lapses at %s',
    (from, months, nominalLastDay, lastDay, lapsesAt, clamped) => {
      const deadline = periodDeadline(from, months);
      expect(deadline.nominalLastDay).toBe(nominalLastDay);
      expect(deadline.lastDay).toBe(lastDay);
      expect(deadline.lapsesAt).toBe(lapsesAt);
      expect(deadline.clampedToMonthEnd).toBe(clamped);
      expect(deadline.rule).toBe('civil-code-201-203');
      expect(deadline.inputs).toEqual({ from, months, holidayTableVersion: HOLIDAY_TABLE_VERSION });
    },
  );

  it('lapses at 24:00 China Standard Time of the last day, i.e. 00:00+08:00 the next day', () => {
    const deadline = periodDeadline('2023-08-31', 6);
    expect(new Date(deadline.lapsesAt).getTime()).toBe(Date.parse('2024-03-01T00:00:00+08:00'));
    expect(deadline.explanation).toContain('2024-03-01T00:00+08:00');
    expect(deadline.explanation).toContain('2024-02 has no day 31');
    expect(deadline.explanation).toContain('2024-02-29 (Thursday) is a working day');
    expect(deadline.restDays).toEqual({ movedOver: [], yearsNotInTable: [], sources: [NOTICE_2024] });
  });

  it('rejects dates that do not exist and periods that are not whole months or days', () => {
    expect(() => periodDeadline('2023-02-29', 6)).toThrow(RangeError);
    expect(() => periodDeadline('2023-13-01', 6)).toThrow(RangeError);
    expect(() => periodDeadline('2023-8-1', 6)).toThrow(RangeError);
    expect(() => periodDeadline('2023-08-01', 0)).toThrow(RangeError);
    expect(() => periodDeadline('2023-08-01', 1.5)).toThrow(RangeError);
    expect(() => dayPeriodDeadline('2023-08-01', 0)).toThrow(RangeError);
    expect(() => dayPeriodDeadline('2023-08-01', -3)).toThrow(RangeError);
    expect(() => dayPeriodDeadline('2023-02-30', 10)).toThrow(RangeError);
    expect(() => extendDeadline(periodDeadline('2023-08-01', 6), 0)).toThrow(RangeError);
  });

  it('maps instants to China calendar dates across the UTC day boundary', () => {
    expect(chinaDateOf(new Date('2024-02-29T15:59:59.999Z'))).toBe('2024-02-29');
    expect(chinaDateOf(new Date('2024-02-29T16:00:00.000Z'))).toBe('2024-03-01');
    expect(startOfChinaDay('2024-03-01')).toBe('2024-02-29T16:00:00.000Z');
  });

  it('gives the same dates from epoch milliseconds, remembered by day, as chinaDateOf does', () => {
    const dateOf = chinaDatesOfEpochMs();
    expect(dateOf(null)).toBeNull();
    expect(dateOf(Date.parse('2024-02-29T15:59:59.999Z'))).toBe('2024-02-29');
    expect(dateOf(Date.parse('2024-02-29T16:00:00.000Z'))).toBe('2024-03-01');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }), { maxLength: 50 }),
        (instants) => {
          for (const ms of [...instants, ...instants.map((at) => at + 1), ...instants.map((at) => at - 1)])
            expect(dateOf(ms)).toBe(chinaDateOf(new Date(ms)));
        },
      ),
    );
  });
});

describe('the rest-day rule (民法典 第二百零三条第一款), the cases a lawyer would check', () => {
  it.each([
    // what, from, months, nominal last day, last day, rest days moved over, years not in the table
    [
      'month end, leap year: Thursday 29 Feb 2024, a working day',
      '2023-08-31',
      6,
      '2024-02-29',
      '2024-02-29',
      [],
      [],
    ],
    ['month end: Tuesday 28 Feb 2023, a working day', '2022-08-31', 6, '2023-02-28', '2023-02-28', [], []],
    [
      'a Saturday: 30 Nov 2024 → Monday 2 Dec',
      '2024-05-31',
      6,
      '2024-11-30',
      '2024-12-02',
      ['2024-11-30', '2024-12-01'],
      [],
    ],
    ['a Sunday: 2 Mar 2025 → Monday 3 Mar', '2024-09-02', 6, '2025-03-02', '2025-03-03', ['2025-03-02'], []],
    [
      'inside the 2025 Spring Festival (28 Jan–4 Feb) → Wednesday 5 Feb',
      '2024-07-31',
      6,
      '2025-01-31',
      '2025-02-05',
      ['2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'],
      [],
    ],
    [
      'inside the 2026 Spring Festival (15–23 Feb) → Tuesday 24 Feb',
      '2025-08-16',
      6,
      '2026-02-16',
      '2026-02-24',
      [
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-21',
        '2026-02-22',
        '2026-02-23',
      ],
      [],
    ],
    [
      'National Day 2025 (1–8 Oct, with Mid-Autumn) → Thursday 9 Oct',
      '2025-04-01',
      6,
      '2025-10-01',
      '2025-10-09',
      [
        '2025-10-01',
        '2025-10-02',
        '2025-10-03',
        '2025-10-04',
        '2025-10-05',
        '2025-10-06',
        '2025-10-07',
        '2025-10-08',
      ],
      [],
    ],
    [
      'National Day 2026 (1–7 Oct) → Thursday 8 Oct',
      '2026-04-01',
      6,
      '2026-10-01',
      '2026-10-08',
      ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
      [],
    ],
    [
      'Mid-Autumn and National Day 2023 (29 Sep–6 Oct) → Saturday 7 Oct, a make-up working day',
      '2023-03-29',
      6,
      '2023-09-29',
      '2023-10-07',
      [
        '2023-09-29',
        '2023-09-30',
        '2023-10-01',
        '2023-10-02',
        '2023-10-03',
        '2023-10-04',
        '2023-10-05',
        '2023-10-06',
      ],
      [],
    ],
    [
      'the 2020 Spring Festival as extended to 2 Feb: Saturday 1 Feb is no longer worked → Monday 3 Feb',
      '2019-07-31',
      6,
      '2020-01-31',
      '2020-02-03',
      ['2020-01-31', '2020-02-01', '2020-02-02'],
      [],
    ],
    ['a make-up working day stays: Sunday 26 Jan 2025', '2024-07-26', 6, '2025-01-26', '2025-01-26', [], []],
    ['a make-up working day stays: Saturday 8 Feb 2025', '2024-08-08', 6, '2025-02-08', '2025-02-08', [], []],
    ['a make-up working day stays: Sunday 4 Jan 2026', '2025-07-04', 6, '2026-01-04', '2026-01-04', [], []],
    ['a make-up working day stays: Saturday 9 May 2026', '2025-11-09', 6, '2026-05-09', '2026-05-09', [], []],
    [
      'a year missing from the table (2031): weekends only, Saturday 1 Mar → Monday 3 Mar',
      '2030-09-01',
      6,
      '2031-03-01',
      '2031-03-03',
      ['2031-03-01', '2031-03-02'],
      [2031],
    ],
    [
      // 1 January is a public holiday every year, but without the 2027 notice the table cannot say so:
      // the deadline says the year was missing, for a person to check.
      'a year missing from the table (2027): New Year’s Day, a Friday, is not known as a holiday',
      '2026-07-01',
      6,
      '2027-01-01',
      '2027-01-01',
      [],
      [2027],
    ],
  ])('%s', (_what, from, months, nominalLastDay, lastDay, movedOver, yearsNotInTable) => {
    const deadline = periodDeadline(from, months);
    expect(deadline.nominalLastDay).toBe(nominalLastDay);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.lapsesAt).toBe(`${lastDay}T16:00:00.000Z`);
    expect(deadline.restDays.movedOver).toEqual(movedOver);
    expect(deadline.restDays.yearsNotInTable).toEqual(yearsNotInTable);
    expect(isRestDay(deadline.lastDay).rest).toBe(false);
  });

  it('names the rest days, the notice and the article in the explanation', () => {
    const deadline = periodDeadline('2024-07-31', 6);
    expect(deadline.restDays.sources).toEqual([NOTICE_2025]);
    expect(deadline.explanation).toContain('end on 2025-01-31 (民法典 第二百零一、二百零二条)');
    expect(deadline.explanation).toContain('2025-01-31 to 2025-02-04 are statutory rest days');
    expect(deadline.explanation).toContain('2025-02-01 (Saturday, public holiday: 春节 Spring Festival)');
    expect(deadline.explanation).toContain('2025-02-05 (Wednesday) (第二百零三条第一款)');
    expect(deadline.explanation).toContain(NOTICE_2025);
    expect(deadline.explanation).toContain(
      '2025-02-06T00:00+08:00 = 2025-02-05T16:00:00.000Z (第二百零三条第二款)',
    );
  });

  it('says when a make-up working day is the last day', () => {
    const deadline = periodDeadline('2024-07-26', 6);
    expect(deadline.explanation).toContain(
      '2025-01-26 (Sunday, a make-up working day 调休上班 for 春节 Spring Festival) is a working day',
    );
  });

  it('cites both 2020 notices: the arrangement and the extension of the Spring Festival', () => {
    const { restDays } = periodDeadline('2019-07-31', 6);
    expect(restDays.sources).toHaveLength(2);
    expect(restDays.sources[0]).toContain('国办发明电〔2019〕16号');
    expect(restDays.sources[1]).toContain('国务院办公厅关于延长2020年春节假期的通知');
  });

  it('says when it fell back to weekends only', () => {
    const deadline = periodDeadline('2030-09-01', 6);
    expect(deadline.restDays.sources).toEqual([]);
    expect(deadline.explanation).toContain(
      `holiday table ${HOLIDAY_TABLE_VERSION} has no State Council notice for 2031, so only Saturdays and Sundays`,
    );
    expect(periodDeadline('2023-08-31', 6).explanation).not.toContain('has no State Council notice');
  });
});

describe('a period in days', () => {
  it.each([
    // from, days, nominal last day, last day, rest days moved over
    ['2025-09-20', 10, '2025-09-30', '2025-09-30', []], // Tuesday, the eve of National Day
    [
      '2025-09-23',
      8,
      '2025-10-01',
      '2025-10-09',
      [
        '2025-10-01',
        '2025-10-02',
        '2025-10-03',
        '2025-10-04',
        '2025-10-05',
        '2025-10-06',
        '2025-10-07',
        '2025-10-08',
      ],
    ],
    ['2025-09-13', 15, '2025-09-28', '2025-09-28', []], // Sunday 28 September 2025 is a make-up working day
    ['2024-02-28', 1, '2024-02-29', '2024-02-29', []],
    ['2024-12-24', 7, '2024-12-31', '2024-12-31', []], // Tuesday; 1 January 2025 is a holiday, but not the last day
  ])('%s + %i days: nominally %s, ends on %s', (from, days, nominalLastDay, lastDay, movedOver) => {
    const deadline = dayPeriodDeadline(from, days);
    expect(deadline.nominalLastDay).toBe(nominalLastDay);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.lapsesAt).toBe(`${lastDay}T16:00:00.000Z`);
    expect(deadline.restDays.movedOver).toEqual(movedOver);
    expect(deadline.clampedToMonthEnd).toBe(false);
    expect(deadline.inputs).toEqual({ from, days, holidayTableVersion: HOLIDAY_TABLE_VERSION });
    expect(deadline.explanation).toContain(
      `${days} day(s) counted from ${from}, the day of the act not counted, end on ${nominalLastDay} (民法典 第二百零一条)`,
    );
  });

  it('walks into the next year’s notice: 31 December 2022 is in the arrangement for 2023', () => {
    const deadline = dayPeriodDeadline('2022-12-30', 1);
    expect(deadline.nominalLastDay).toBe('2022-12-31');
    expect(deadline.restDays.movedOver).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    expect(deadline.lastDay).toBe('2023-01-03');
    expect(deadline.restDays.sources).toEqual([
      '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021-10-25）',
      '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号，2022-12-08）',
    ]);
  });
});

describe('an extension adds its months to the deadline it extends, by the same rules', () => {
  it('counts from the last day of the base deadline, after its rest-day move', () => {
    const base = periodDeadline('2024-07-31', 6); // nominally 31 January 2025, moved to 5 February
    const extended = extendDeadline(base, 3);
    expect(extended.inputs).toEqual({
      from: '2025-02-05',
      months: 3,
      extends: '2025-02-05',
      holidayTableVersion: HOLIDAY_TABLE_VERSION,
    });
    expect(extended.nominalLastDay).toBe('2025-05-05'); // Labour Day, 1–5 May 2025
    expect(extended.restDays.movedOver).toEqual(['2025-05-05']);
    expect(extended.lastDay).toBe('2025-05-06');
    expect(extended.lapsesAt).toBe('2025-05-06T16:00:00.000Z');
    expect(extended.explanation).toContain('Extends the deadline whose last day is 2025-02-05');
  });

  it('takes the corresponding day of the base’s last day, not the month end it was clamped to', () => {
    const base = periodDeadline('2023-08-31', 6); // Thursday 29 February 2024
    const extended = extendDeadline(base, 6);
    expect(extended.nominalLastDay).toBe('2024-08-29');
    expect(extended.lastDay).toBe('2024-08-29'); // a Thursday
    expect(extended.clampedToMonthEnd).toBe(false);
  });

  it('extends an extension, and a day period, the same way', () => {
    const twice = extendDeadline(extendDeadline(periodDeadline('2024-07-31', 6), 3), 1);
    expect(twice.inputs.extends).toBe('2025-05-06');
    expect(twice.lastDay).toBe('2025-06-06'); // a Friday
    expect(extendDeadline(dayPeriodDeadline('2025-09-23', 8), 1).nominalLastDay).toBe('2025-11-09');
    expect(extendDeadline(dayPeriodDeadline('2025-09-23', 8), 1).lastDay).toBe('2025-11-10');
  });
});

describe('period properties', () => {
  const anyDates = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  // Most draws land near the years the holiday table covers, so the public holidays get exercised.
  const tableDates = fc
    .date({
      min: new Date('2019-01-01T00:00:00Z'),
      max: new Date('2027-06-30T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const dates = fc.oneof({ arbitrary: tableDates, weight: 3 }, { arbitrary: anyDates, weight: 1 });
  const months = fc.integer({ min: 1, max: 36 });
  const days = fc.integer({ min: 1, max: 400 });
  const deadlines = fc.oneof(
    fc.tuple(dates, months).map(([from, n]) => periodDeadline(from, n)),
    fc.tuple(dates, days).map(([from, n]) => dayPeriodDeadline(from, n)),
  );

  function daysBetween(a: string, b: string): number {
    return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
  }

  // The rest-day rule now applies: the corresponding-day rule holds for the nominal last day.
  it('nominally ends on the corresponding day, or on the last day of a shorter month', () => {
    fc.assert(
      fc.property(dates, months, (from, n) => {
        const { nominalLastDay, clampedToMonthEnd } = periodDeadline(from, n);
        const [y, m] = nominalLastDay.split('-').map(Number) as [number, number];
        const fromDay = Number(from.slice(8));
        const expectedDay = Math.min(fromDay, daysInMonth(y, m));
        expect(Number(nominalLastDay.slice(8))).toBe(expectedDay);
        expect(clampedToMonthEnd).toBe(fromDay > daysInMonth(y, m));
        const monthsApart = (y - Number(from.slice(0, 4))) * 12 + (m - Number(from.slice(5, 7)));
        expect(monthsApart).toBe(n);
      }),
    );
  });

  it('a period in days nominally ends that many days after the act', () => {
    fc.assert(
      fc.property(dates, days, (from, n) => {
        expect(dayPeriodDeadline(from, n).nominalLastDay).toBe(addDays(from, n));
      }),
    );
  });

  it('never ends on a rest day, as the table (or, for a year it lacks, the weekend) has it', () => {
    fc.assert(
      fc.property(deadlines, (deadline) => {
        expect(isRestDay(deadline.lastDay).rest).toBe(false);
      }),
    );
  });

  it('ends on or after the nominal last day, within 15 days, having moved over only rest days', () => {
    fc.assert(
      fc.property(deadlines, ({ lastDay, nominalLastDay, restDays }) => {
        expect(lastDay >= nominalLastDay).toBe(true);
        const moved = daysBetween(nominalLastDay, lastDay);
        expect(moved).toBeLessThanOrEqual(15);
        expect(restDays.movedOver).toEqual(
          Array.from({ length: moved }, (_, i) => addDays(nominalLastDay, i)),
        );
        for (const day of restDays.movedOver) expect(isRestDay(day).rest).toBe(true);
      }),
    );
  });

  it('reports exactly the years it consulted that the table lacks', () => {
    fc.assert(
      fc.property(deadlines, ({ lastDay, nominalLastDay, restDays }) => {
        const years = new Set([Number(nominalLastDay.slice(0, 4)), Number(lastDay.slice(0, 4))]);
        expect(restDays.yearsNotInTable).toEqual([...years].filter((y) => !isYearInTable(y)).sort());
        expect(restDays.sources.length > 0).toBe([...years].some(isYearInTable));
      }),
    );
  });

  it('lapses at exactly 16:00Z of the last day: the first instant of the next day, China time', () => {
    fc.assert(
      fc.property(deadlines, ({ lastDay, lapsesAt }) => {
        expect(lapsesAt).toBe(`${lastDay}T16:00:00.000Z`);
        const lapse = new Date(lapsesAt);
        expect(chinaDateOf(lapse)).toBe(addDays(lastDay, 1));
        expect(chinaDateOf(new Date(lapse.getTime() - 1))).toBe(lastDay);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(dates, months, days, (from, m, d) => {
        expect(periodDeadline(from, m)).toEqual(periodDeadline(from, m));
        expect(dayPeriodDeadline(from, d)).toEqual(dayPeriodDeadline(from, d));
        expect(extendDeadline(periodDeadline(from, m), m)).toEqual(
          extendDeadline(periodDeadline(from, m), m),
        );
      }),
    );
  });

  it('an extension ends, and lapses, after the deadline it extends, and records it', () => {
    fc.assert(
      fc.property(deadlines, months, (base: Deadline, n) => {
        const extended = extendDeadline(base, n);
        expect(extended.lastDay > base.lastDay).toBe(true);
        expect(Date.parse(extended.lapsesAt)).toBeGreaterThan(Date.parse(base.lapsesAt));
        expect(extended.inputs.extends).toBe(base.lastDay);
        expect(extended.nominalLastDay).toBe(addMonthsClamped(base.lastDay, n).date);
      }),
    );
  });

  it('is monotonic: a longer period never ends earlier', () => {
    fc.assert(
      fc.property(dates, months, (from, n) => {
        expect(periodDeadline(from, n + 1).lastDay > periodDeadline(from, n).lastDay).toBe(true);
        expect(addMonthsClamped(from, n).date > from).toBe(true);
      }),
    );
    fc.assert(
      fc.property(dates, days, (from, n) => {
        expect(dayPeriodDeadline(from, n + 1).lastDay >= dayPeriodDeadline(from, n).lastDay).toBe(true);
      }),
    );
  });
});

describe('deadlines in 2019 (国办发明电〔2018〕15号, Labour Day as amended by 国办发明电〔2019〕3号)', () => {
  it.each([
    // from, months, nominal last day, last day, rest days moved over
    // National Day: Tuesday 1 October → 1–7 October off → Tuesday 8 October.
    [
      '2019-04-01',
      6,
      '2019-10-01',
      '2019-10-08',
      ['2019-10-01', '2019-10-02', '2019-10-03', '2019-10-04', '2019-10-05', '2019-10-06', '2019-10-07'],
    ],
    // Labour Day as amended: Wednesday 1 May → 1–4 May off → Sunday 5 May, a make-up working day.
    ['2018-11-01', 6, '2019-05-01', '2019-05-05', ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']],
    // The Spring Festival: Monday 4 February → 4–10 February off → Monday 11 February.
    [
      '2018-08-04',
      6,
      '2019-02-04',
      '2019-02-11',
      ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08', '2019-02-09', '2019-02-10'],
    ],
    // Qingming, a Friday joining the weekend: Friday 5 April → Monday 8 April.
    ['2018-10-05', 6, '2019-04-05', '2019-04-08', ['2019-04-05', '2019-04-06', '2019-04-07']],
    // Mid-Autumn, Friday 13 September, joining the weekend → Monday 16 September.
    ['2019-03-13', 6, '2019-09-13', '2019-09-16', ['2019-09-13', '2019-09-14', '2019-09-15']],
    // Make-up working days stay: Sunday 29 September and Saturday 12 October 2019.
    ['2019-03-29', 6, '2019-09-29', '2019-09-29', []],
    ['2019-04-12', 6, '2019-10-12', '2019-10-12', []],
    // Sunday 28 April was worked under the amendment (before it, an ordinary Sunday).
    ['2018-10-28', 6, '2019-04-28', '2019-04-28', []],
  ])('%s + %i months: nominally %s, ends on %s', (from, months, nominalLastDay, lastDay, movedOver) => {
    const deadline = periodDeadline(from, months);
    expect(deadline.nominalLastDay).toBe(nominalLastDay);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.lapsesAt).toBe(`${lastDay}T16:00:00.000Z`);
    expect(deadline.restDays.movedOver).toEqual(movedOver);
    expect(deadline.restDays.yearsNotInTable).toEqual([]);
    expect(deadline.inputs).toEqual({ from, months, holidayTableVersion: HOLIDAY_TABLE_VERSION });
  });

  it('cites both 2019 notices', () => {
    expect(periodDeadline('2019-04-01', 6).restDays.sources).toEqual([
      '国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号，2018-12-04）',
      '国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号，2019-03-22）',
    ]);
  });

  it('moves a period in days past New Year 2019, which starts on Sunday 30 December 2018', () => {
    const deadline = dayPeriodDeadline('2018-12-20', 10);
    expect(deadline.nominalLastDay).toBe('2018-12-30');
    expect(deadline.restDays.movedOver).toEqual(['2018-12-30', '2018-12-31', '2019-01-01']);
    expect(deadline.lastDay).toBe('2019-01-02');
  });
});
