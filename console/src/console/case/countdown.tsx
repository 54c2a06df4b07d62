/**
 * A live countdown to the instant a deadline lapses: whole days and the clock, ticking each second.
 * role="timer" keeps screen readers from announcing every tick.
 */
import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/console';

const DAY_MS = 86_400_000;

/** The current time, renewed every `everyMs`. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

const two = (n: number) => String(n).padStart(2, '0');

/** What is left until `lapsesAt`, in days and hh:mm:ss; null once it has lapsed. */
export function timeLeft(lapsesAt: string, now: number): { days: number; clock: string } | null {
  const left = Date.parse(lapsesAt) - now;
  if (left <= 0) return null;
  const days = Math.floor(left / DAY_MS);
  const seconds = Math.floor((left % DAY_MS) / 1000);
  return {
    days,
    clock: `${two(Math.floor(seconds / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`,
  };
}

export function Countdown({ lapsesAt }: { lapsesAt: string }) {
  const messages = useMessages();
  const now = useNow();
  const left = timeLeft(lapsesAt, now);
  return (
    <span role="timer" data-testid="countdown" data-lapses-at={lapsesAt}>
      {left ? messages.cases.deadlines.countdown(left.days, left.clock) : messages.cases.deadlines.lapsed}
    </span>
  );
}
