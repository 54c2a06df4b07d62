/**
 * The month calendar beside the radar: statutory holidays (休) and make-up working days (班) from the
 * State Council's notices (domain/holidays.ts, the same table the deadlines are counted with), and the
 * open cases of the radar's filter on their last day (a deadline lapses at 24:00 of it).
 */
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Calendar, ConfigProvider, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { OPEN_STATUSES } from '../../../../domain/case';
import { holidayOn, isRestDay, isYearInTable } from '../../../../domain/holidays';
import { api, unwrap, type Schemas } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import { lastDayOf } from '../deadline';
import type { Dimension } from './heatmap';

type CaseSummary = Schemas['CaseSummary'];

/** The most cases the calendar fetches for one month (pages of 200). */
export const CALENDAR_LIMIT = 1000;
/** The cases named in one day's cell; the rest are counted. */
const NAMED_PER_DAY = 3;

/** 'YYYY-MM' of today in China Standard Time. */
export function thisMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
}

export function isMonth(text: string | null): text is string {
  return text !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

function shiftMonth(month: string, by: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, mon - 1 + by, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A holiday's name in the console's language: the table names each "中文 English". */
function holidayName(holiday: string, locale: string): string {
  const space = holiday.indexOf(' ');
  if (space < 0) return holiday;
  return locale === 'zh-CN' ? holiday.slice(0, space) : holiday.slice(space + 1);
}

/**
 * The open cases whose last day falls in `month`: a deadline lapses at 24:00 China Standard Time of
 * its last day, i.e. at 00:00 of the next, so those lapsing after the month's first 00:00 and at or
 * before the next month's first 00:00.
 */
async function casesDueIn(month: string, region: string | undefined, dimension: Dimension | undefined) {
  const items: CaseSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/v1/cases', {
        params: {
          query: {
            region,
            dimension,
            status: OPEN_STATUSES.join(','),
            dueAfter: `${month}-01T00:00:00+08:00`,
            dueBefore: `${shiftMonth(month, 1)}-01T00:00:00.001+08:00`,
            sort: 'due',
            limit: 200,
            cursor,
          },
        },
      }),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < CALENDAR_LIMIT);
  return { items, truncated: cursor !== undefined };
}

export function DueCalendar({
  month,
  onMonth,
  region,
  dimension,
}: {
  month: string;
  onMonth: (month: string) => void;
  region: string | undefined;
  dimension: Dimension | undefined;
}) {
  const messages = useMessages();
  const { locale } = useLocale();
  const m = messages.radar.calendar;
  const due = useQuery({
    queryKey: ['radar-calendar', month, region, dimension],
    queryFn: () => casesDueIn(month, region, dimension),
  });
  const byDay = new Map<string, CaseSummary[]>();
  for (const item of due.data?.items ?? []) {
    if (!item.dueAt) continue;
    const day = lastDayOf(item.dueAt);
    byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const [year, mon] = month.split('-').map(Number) as [number, number];

  const dateCell = (date: Dayjs) => {
    const day = date.format('YYYY-MM-DD');
    const inMonth = day.startsWith(month);
    const holiday = holidayOn(day);
    const rest = isRestDay(day);
    const cases = inMonth ? (byDay.get(day) ?? []) : [];
    return (
      <div data-day={day}>
        {holiday && rest.reason === 'public_holiday' && (
          <Tag
            style={{
              color: '#a8071a',
              background: '#fff1f0',
              borderColor: '#ffa39e',
              marginBottom: 2,
              whiteSpace: 'normal',
            }}
          >
            {m.rest} · {holidayName(holiday.holiday, locale)}
          </Tag>
        )}
        {holiday && rest.reason === 'make_up_working_day' && (
          <Tag
            style={{
              color: '#10239e',
              background: '#f0f5ff',
              borderColor: '#adc6ff',
              marginBottom: 2,
              whiteSpace: 'normal',
            }}
          >
            {m.makeUp} · {m.makeUpDay(holidayName(holiday.holiday, locale))}
          </Tag>
        )}
        {cases.length > 0 && (
          <div>
            <Typography.Text strong style={{ color: '#1f1f1f' }}>
              {m.due(cases.length)}
            </Typography.Text>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {cases.slice(0, NAMED_PER_DAY).map((item) => (
                <li
                  key={item.id}
                  style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                >
                  <Link to={`/cases/${encodeURIComponent(item.id)}`}>{item.enterpriseName}</Link>
                </li>
              ))}
              {cases.length > NAMED_PER_DAY && <li>{m.more(cases.length - NAMED_PER_DAY)}</li>}
            </ul>
          </div>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="radar-calendar-title">
      <Typography.Title level={3} id="radar-calendar-title">
        {m.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {!isYearInTable(year) && (
        <Alert type="warning" showIcon title={m.notInTable(year)} style={{ marginBottom: 8 }} />
      )}
      {due.data?.truncated && (
        <Alert type="info" showIcon title={m.truncated(CALENDAR_LIMIT)} style={{ marginBottom: 8 }} />
      )}
      {due.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={due.error.message} />
      )}
      {/*
        The other months' days are greyed with colorTextDisabled: dark enough here for 4.5:1 on white. The
        calendar's value only picks the month, so its first day is not marked as chosen.
      */}
      <ConfigProvider
        theme={{
          token: { colorTextDisabled: '#6b6b6b' },
          components: { Calendar: { itemActiveBg: 'transparent' } },
        }}
      >
        <Calendar
          value={dayjs(`${month}-01`)}
          cellRender={(date, info) => (info.type === 'date' ? dateCell(date) : info.originNode)}
          headerRender={() => (
            <Space style={{ padding: '8px 0' }}>
              <Button icon={<LeftOutlined />} onClick={() => onMonth(shiftMonth(month, -1))}>
                {m.previous}
              </Button>
              <Typography.Text strong aria-live="polite" data-testid="calendar-month">
                {m.month(year, mon)}
              </Typography.Text>
              <Button onClick={() => onMonth(shiftMonth(month, 1))}>
                {m.next} <RightOutlined />
              </Button>
              {month !== thisMonth() && <Button onClick={() => onMonth(thisMonth())}>{m.thisMonth}</Button>}
            </Space>
          )}
          onSelect={(date, { source }) => {
            const picked = date.format('YYYY-MM');
            if (source === 'date' && picked !== month) onMonth(picked);
          }}
        />
      </ConfigProvider>
    </section>
  );
}
