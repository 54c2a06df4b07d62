/**
 * How a deadline is shown everywhere in the console: the day it lapses (24:00 China Standard Time) and
 * a tag that says how it stands in words, with an icon and a colour — never by colour alone.
 */
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { Schemas } from '../http/client';
import { useMessages } from '../i18n/console';

type TimeLeft = Schemas['TimeLeft'];

/** Text and background pairs with at least 7:1 contrast (antd's preset tag colours fall below 4.5:1). */
const LOOK = {
  overdue: {
    color: '#a8071a',
    background: '#fff1f0',
    border: '#ffa39e',
    icon: <ExclamationCircleOutlined />,
  },
  due_soon: { color: '#613400', background: '#fffbe6', border: '#ffd666', icon: <ClockCircleOutlined /> },
  on_time: { color: '#135200', background: '#f6ffed', border: '#b7eb8f', icon: <CheckCircleOutlined /> },
  no_deadline: { color: '#434343', background: '#fafafa', border: '#d9d9d9', icon: <MinusCircleOutlined /> },
} as const;

export function TimeLeftTag({ timeLeft }: { timeLeft: TimeLeft }) {
  const messages = useMessages();
  const { calendarDays, workingDays, urgency } = timeLeft;
  const words =
    calendarDays === null || workingDays === null
      ? messages.inbox.noDeadline
      : calendarDays < 0
        ? messages.inbox.overdue(-calendarDays)
        : calendarDays === 0
          ? messages.inbox.dueToday
          : messages.inbox.daysLeft(calendarDays, workingDays);
  return (
    <Tag
      icon={LOOK[urgency].icon}
      style={{
        color: LOOK[urgency].color,
        background: LOOK[urgency].background,
        borderColor: LOOK[urgency].border,
      }}
      data-urgency={urgency}
    >
      {messages.inbox.urgency[urgency]} · {words}
    </Tag>
  );
}

const CST_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last day of a deadline that lapses at `dueAt` (24:00 China Standard Time of that day). */
export function lastDayOf(dueAt: string): string {
  return CST_DAY.format(new Date(Date.parse(dueAt) - 1));
}
