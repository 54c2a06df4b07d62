/** Instants as people in China read them: China Standard Time, whatever the browser's own zone. */
const CST_DATE_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 2026-12-03T06:05:00Z → "2026-12-03 14:05" (China Standard Time). */
export function cstDateTime(instant: string): string {
  const parts = Object.fromEntries(
    CST_DATE_TIME.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
