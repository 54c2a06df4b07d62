import { radarBounds, radarBucket } from '../../domain/radar';

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

  it('counts days by the China Standard Time date, not UTC', () => {
    // 23:30 UTC on 2 December is already 3 December in China.
    const late = radarBounds(new Date('2026-12-02T23:30:00Z'));
    expect(radarBucket(lapsesAfter('2026-12-10'), late)).toBe('within_7');
    expect(radarBucket(lapsesAfter('2026-12-11'), late)).toBe('within_30');
  });
});
