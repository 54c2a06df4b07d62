/**
 * The year's calendar (年度工作日历): what the caller's jurisdiction — or one directly inside it — owes in a
 * year under its policy profile, from the public GET /v1/calendars/{regionCode}/{year}: each milestone with
 * the office it goes to, the day it opens, its last day after the rest-day rule, its reminders and the
 * words of the document that date it. The region and year are in the address, so a view can be shared.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Spin, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { regionLevel } from '../../../../domain/region';
import { publicApi, unwrap, type Schemas } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import { useRegionYearChoice } from '../years/region-year-choice';
import { chinaDateTime, chinaToday } from '../china-time';
import { milestoneColumns } from '../years/milestone-columns';
import { INLINE_LINK, SourceCell, nameIn, versionPath } from '../policies/policies';

type Milestone = Schemas['YearCalendar']['milestones'][number];

export function YearCalendarPage() {
  const messages = useMessages();
  const m = messages.years;
  const { locale } = useLocale();
  const thisYear = Number(chinaToday().slice(0, 4));
  const { regionCode, year, picker } = useRegionYearChoice({ lastYear: thisYear + 1, defaultYear: thisYear });
  const calendar = useQuery({
    queryKey: ['calendar', regionCode, year],
    queryFn: () =>
      unwrap(publicApi.GET('/v1/calendars/{regionCode}/{year}', { params: { path: { regionCode, year } } })),
  });

  const data = calendar.data;
  const level = data ? messages.labels.regionLevel[regionLevel(data.regionCode)] : '';

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {picker}
      {calendar.error && (
        <Alert
          type="error"
          showIcon
          title={messages.common.errorTitle}
          description={calendar.error.message}
        />
      )}
      {calendar.isPending && <Spin size="large" tip={messages.common.loading} fullscreen />}
      {data && (
        <>
          <Typography.Paragraph>
            <Link to={versionPath(data.policyProfile, data.policyVersion)} style={INLINE_LINK}>
              {m.profile(nameIn(locale, data.policyProfileName), data.policyVersion)}
            </Link>
          </Typography.Paragraph>
          <Typography.Title level={3}>{m.levelOwes(level)}</Typography.Title>
          <Table<Milestone>
            rowKey="kind"
            dataSource={data.milestones}
            pagination={false}
            locale={{ emptyText: m.none }}
            onRow={(milestone) => ({ 'data-milestone': milestone.kind }) as HTMLAttributes<HTMLElement>}
            columns={[
              ...milestoneColumns<Milestone>(messages),
              { title: m.columns.opensOn, key: 'opensOn', dataIndex: 'opensOn' },
              {
                title: m.columns.lastDay,
                key: 'lastDay',
                render: (_, { deadline }) => (
                  <>
                    <Typography.Text strong data-testid="last-day">
                      {deadline.lastDay}
                    </Typography.Text>
                    {deadline.nominalLastDay && deadline.nominalLastDay !== deadline.lastDay && (
                      <div>
                        <Typography.Text type="secondary">
                          {m.movedFrom(deadline.nominalLastDay)}
                        </Typography.Text>
                      </div>
                    )}
                    <div>
                      <Typography.Text type="secondary">
                        {m.lapses(chinaDateTime(deadline.lapsesAt))}
                      </Typography.Text>
                    </div>
                  </>
                ),
              },
              {
                title: m.columns.remindOn,
                key: 'remindOn',
                render: (_, milestone) => milestone.remindOn.join('、'),
              },
              {
                title: m.columns.source,
                key: 'source',
                render: (_, milestone) => <SourceCell source={milestone.source} />,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
