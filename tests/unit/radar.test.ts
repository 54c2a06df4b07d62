import {
  RADAR_BUCKET_ORDER,
  bucketRange,
  inDueRange,
  radarBounds,
  radarBucket,
  timeLeft,
  urgencyRange,
} from '../../domain/radar';

describe('radar buckets: China Standard Time calendar days to the deadline’s last day', () => {
  // 2026-12-03 10:00 China Standard Time.
  const now = new Date('2026-12-03T02:00:00Z');
  const bounds = radarBounds(now);
  /** The instant a deadline whose last day is `date` lapses: 24:00 China Standard Time. */
  const lapsesAfter = (date: string) => new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000);

  it('puts each deadline in its bucket', () => {
    expect(radarBucket(null, bounds)).toBe('no_deadline');
    expect(radarBucket(lapsesAfter('2026-12-02'), bounds)).toBe('overdue');
    expect(radarBucket(now, bounds)).toBe('overdue');
    expect(radarBucket(lapsesAfter('2026-12-03'), bounds)).toBe('within_7');
    expect(radarBucket(lapsesAfter('2026-12-10'), bounds)).toBe('within_7');
    expect(radarBucket(lapsesAfter('2026-12-11'), bounds)).toBe('within_30');
    expect(radarBucket(lapsesAfter('2027-01-02'), bounds)).toBe('within_30');
    expect(radarBucket(lapsesAfter('2027-01-03'), bounds)).toBe('later');
  });

  it('gives each deadline exactly one bucket’s range: the ranges the search and the export filter by', () => {
    const holding = (dueAt: Date | null) =>
      RADAR_BUCKET_ORDER.filter((bucket) => inDueRange(dueAt, bucketRange(bucket, bounds)));
    expect(holding(null)).toEqual(['no_deadline']);
    // Every hour from sixty days before to sixty days after, and the bounds themselves.
    const instants = [bounds.now, bounds.within7, bounds.within30];
    for (let hour = -60 * 24; hour <= 60 * 24; hour += 1)
      instants.push(new Date(now.getTime() + hour * 3_600_000));
    for (const dueAt of instants) expect(holding(dueAt)).toEqual([radarBucket(dueAt, bounds)]);
    expect(bucketRange('within_7', bounds)).toEqual({ after: bounds.now, atOrBefore: bounds.within7 });
  });

  it('counts days by the China Standard Time date, not UTC', () => {
    // 23:30 UTC on 2 December is already 3 December in China.
    const late = radarBounds(new Date('2026-12-02T23:30:00Z'));
    expect(radarBucket(lapsesAfter('2026-12-10'), late)).toBe('within_7');
    expect(radarBucket(lapsesAfter('2026-12-11'), late)).toBe('within_30');
  });
});

describe('time left: calendar and working days to the last day, and the urgency the inbox shows', () => {
  const lapsesAfter = (date: string) => new Date(new Date(`${date}T00:00:00+08:00`).getTime() + 86_400_000);
  const at = (instant: string) => new Date(instant);

  it('counts calendar days to the last day and working days through it, rest days left out', () => {
    // Thursday 3 December 2026, 10:00 China Standard Time; the last day is the Thursday after.
    expect(timeLeft(lapsesAfter('2026-12-10'), at('2026-12-03T02:00:00Z'))).toEqual({
      calendarDays: 7,
      workingDays: 6,
      urgency: 'due_soon',
    });
  });

  it('skips the New Year holiday and counts its make-up working day (Sunday 4 January 2026)', () => {
    expect(timeLeft(lapsesAfter('2026-01-05'), at('2025-12-31T02:00:00Z'))).toEqual({
      calendarDays: 5,
      workingDays: 3,
      urgency: 'due_soon',
    });
  });

  it('says 0 days on the last day, negative days once lapsed, nothing without a deadline', () => {
    expect(timeLeft(lapsesAfter('2026-12-03'), at('2026-12-03T15:59:59Z'))).toEqual({
      calendarDays: 0,
      workingDays: 1,
      urgency: 'due_soon',
    });
    expect(timeLeft(lapsesAfter('2026-12-03'), at('2026-12-03T16:00:00Z'))).toEqual({
      calendarDays: -1,
      workingDays: 0,
      urgency: 'overdue',
    });
    expect(timeLeft(null, at('2026-12-03T02:00:00Z'))).toEqual({
      calendarDays: null,
      workingDays: null,
      urgency: 'no_deadline',
    });
    expect(timeLeft(lapsesAfter('2027-03-01'), at('2026-12-03T02:00:00Z')).urgency).toBe('on_time');
  });

  it('filters by the same bounds it labels by', () => {
    const now = at('2026-12-03T02:00:00Z');
    const bounds = radarBounds(now);
    const inRange = (dueAt: Date, urgency: Parameters<typeof urgencyRange>[0]) => {
      const range = urgencyRange(urgency, bounds);
      if ('noDeadline' in range) return false;
      return (!range.after || dueAt > range.after) && (!range.atOrBefore || dueAt <= range.atOrBefore);
    };
    for (const day of ['2026-12-01', '2026-12-03', '2026-12-10', '2026-12-11', '2027-02-01']) {
      const dueAt = lapsesAfter(day);
      const label = timeLeft(dueAt, now).urgency;
      expect(
        (['overdue', 'due_soon', 'on_time'] as const).filter((urgency) => inRange(dueAt, urgency)),
      ).toEqual([label]);
    }
    expect(urgencyRange('no_deadline', bounds)).toEqual({ noDeadline: true });
  });
});
