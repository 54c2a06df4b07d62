/** Dates and times as the service counts them: China Standard Time, whatever the browser's zone. */

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Today's date in China, YYYY-MM-DD. */
export function chinaToday(now = new Date()): string {
  return DAY.format(now);
}

/** The China Standard Time date of an instant, YYYY-MM-DD. */
export function chinaDate(instant: string): string {
  return DAY.format(new Date(instant));
}

/** An instant as China Standard Time wall-clock time, YYYY-MM-DD HH:mm:ss. */
export function chinaDateTime(instant: string): string {
  return DATE_TIME.format(new Date(instant));
}
