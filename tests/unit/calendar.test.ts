import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  chinaDateOf,
  daysInMonth,
  periodDeadline,
  startOfChinaDay,
} from '../../domain/calendar';

describe('counting a period in months (民法典 201–203)', () => {
  it.each([
    // from, months, last day, lapses at (UTC), clamped
    ['2023-08-31', 6, '2024-02-29', '2024-02-29T16:00:00.000Z', true], // leap year: Thursday 29 February
    ['2022-08-31', 6, '2023-02-28', '2023-02-28T16:00:00.000Z', true], // Tuesday 28 February
    ['2024-03-15', 6, '2024-09-15', '2024-09-15T16:00:00.000Z', false],
    ['2024-01-31', 1, '2024-02-29', '2024-02-29T16:00:00.000Z', true],
    ['2023-01-31', 1, '2023-02-28', '2023-02-28T16:00:00.000Z', true],
    ['2024-05-31', 6, '2024-11-30', '2024-11-30T16:00:00.000Z', true],
    ['2024-08-30', 6, '2025-02-28', '2025-02-28T16:00:00.000Z', true],
    ['2024-07-31', 6, '2025-01-31', '2025-01-31T16:00:00.000Z', false],
    ['2024-12-31', 3, '2025-03-31', '2025-03-31T16:00:00.000Z', false],
    ['2024-11-30', 3, '2025-02-28', '2025-02-28T16:00:00.000Z', true],
    ['2023-12-31', 2, '2024-02-29', '2024-02-29T16:00:00.000Z', true],
  ])('%s + %i months ends on %s and lapses at %s', (from, months, lastDay, lapsesAt, clamped) => {
    const deadline = periodDeadline(from, months);
    expect(deadline.lastDay).toBe(lastDay);
    expect(deadline.lapsesAt).toBe(lapsesAt);
    expect(deadline.clampedToMonthEnd).toBe(clamped);
    expect(deadline.inputs).toEqual({ from, months });
  });

  it('lapses at 24:00 China Standard Time of the last day, i.e. 00:00+08:00 the next day', () => {
    const deadline = periodDeadline('2023-08-31', 6);
    expect(new Date(deadline.lapsesAt).getTime()).toBe(Date.parse('2024-03-01T00:00:00+08:00'));
    expect(deadline.explanation).toContain('2024-03-01T00:00+08:00');
    expect(deadline.explanation).toContain('2024-02 has no day 31');
  });

  it('rejects dates that do not exist and periods that are not whole months', () => {
    expect(() => periodDeadline('2023-02-29', 6)).toThrow(RangeError);
    expect(() => periodDeadline('2023-13-01', 6)).toThrow(RangeError);
    expect(() => periodDeadline('2023-8-1', 6)).toThrow(RangeError);
    expect(() => periodDeadline('2023-08-01', 0)).toThrow(RangeError);
    expect(() => periodDeadline('2023-08-01', 1.5)).toThrow(RangeError);
  });

  it('maps instants to China calendar dates across the UTC day boundary', () => {
    expect(chinaDateOf(new Date('2024-02-29T15:59:59.999Z'))).toBe('2024-02-29');
    expect(chinaDateOf(new Date('2024-02-29T16:00:00.000Z'))).toBe('2024-03-01');
    expect(startOfChinaDay('2024-03-01')).toBe('2024-02-29T16:00:00.000Z');
  });
});

describe('period properties', () => {
  const dates = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const months = fc.integer({ min: 1, max: 36 });

  it('ends on the corresponding day, or on the last day of a shorter month', () => {
    fc.assert(
      fc.property(dates, months, (from, n) => {
        const { lastDay, clampedToMonthEnd } = periodDeadline(from, n);
        const [y, m] = lastDay.split('-').map(Number) as [number, number];
        const fromDay = Number(from.slice(8));
        const expectedDay = Math.min(fromDay, daysInMonth(y, m));
        expect(Number(lastDay.slice(8))).toBe(expectedDay);
        expect(clampedToMonthEnd).toBe(fromDay > daysInMonth(y, m));
        const monthsApart = (y - Number(from.slice(0, 4))) * 12 + (m - Number(from.slice(5, 7)));
        expect(monthsApart).toBe(n);
      }),
    );
  });

  it('lapses exactly at the first instant of the day after the last day, China time', () => {
    fc.assert(
      fc.property(dates, months, (from, n) => {
        const { lastDay, lapsesAt } = periodDeadline(from, n);
        const lapse = new Date(lapsesAt);
        expect(chinaDateOf(lapse)).toBe(addDays(lastDay, 1));
        expect(chinaDateOf(new Date(lapse.getTime() - 1))).toBe(lastDay);
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
  });
});
