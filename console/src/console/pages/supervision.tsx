/**
 * Supervision (督查进度, GET /v1/supervision/:region/:year): each region directly under the chosen one
 * against its year — cases open, overdue and awaiting acceptance; exits so far against the exit targets of
 * its plan in force; its milestones; and why it lags. The region and year are in the address.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Spin, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { useRegionYearChoice } from '../years/region-year-choice';
import { ToneTag } from '../case/tone-tag';
import { chinaDateTime, chinaToday } from '../china-time';

type Progress = Schemas['Supervision']['regions'][number];
const capacityText = (capacity: { capacityUnit: string; value: number }[]) =>
  capacity.map((c) => `${c.value} ${c.capacityUnit}`).join('；');

export function SupervisionPage() {
  const messages = useMessages();
  const m = messages.supervision;
  const thisYear = Number(chinaToday().slice(0, 4));
  const { regionCode, year, picker } = useRegionYearChoice({ lastYear: thisYear, defaultYear: thisYear });
  const progress = useQuery({
    queryKey: ['supervision', regionCode, year],
    queryFn: () =>
      unwrap(api.GET('/v1/supervision/{regionCode}/{year}', { params: { path: { regionCode, year } } })),
    retry: false,
  });
  const data = progress.data;

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {picker}
      {progress.isPending && <Spin />}
      {progress.error && (
        <Alert
          type="error"
          showIcon
          title={messages.common.errorTitle}
          description={progress.error.message}
        />
      )}
      {data && (
        <>
          <Typography.Paragraph>
            {[
              data.supervisionOpensOn ? m.opensOn(data.supervisionOpensOn) : null,
              m.asOf(chinaDateTime(data.asOf)),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Paragraph>
          {data.regions.length === 0 ? (
            <Typography.Paragraph>{m.none}</Typography.Paragraph>
          ) : (
            <Table<Progress>
              rowKey="regionCode"
              dataSource={data.regions}
              pagination={false}
              onRow={(row) => ({ 'data-region': row.regionCode }) as HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: m.columns.region,
                  key: 'region',
                  render: (_, row) => row.regionName ?? messages.common.unknownRegion(row.regionCode),
                },
                {
                  title: m.columns.cases,
                  key: 'cases',
                  render: (_, row) => `${row.casesOpen} / ${row.casesOverdue} / ${row.acceptancesPending}`,
                },
                {
                  title: m.columns.exits,
                  key: 'exits',
                  render: (_, row) =>
                    m.exits(row.exits.enterprises, row.exits.equipment, capacityText(row.exits.capacity)),
                },
                {
                  title: m.columns.target,
                  key: 'target',
                  render: (_, row) =>
                    row.exitTarget
                      ? m.exits(
                          row.exitTarget.enterprises,
                          row.exitTarget.equipment,
                          capacityText(row.exitTarget.capacity),
                        )
                      : m.noPlan,
                },
                {
                  title: m.columns.gap,
                  key: 'gap',
                  render: (_, row) =>
                    row.exitGap
                      ? m.exits(
                          row.exitGap.enterprises,
                          row.exitGap.equipment,
                          capacityText(row.exitGap.capacity),
                        )
                      : '—',
                },
                {
                  title: m.columns.milestones,
                  key: 'milestones',
                  render: (_, row) =>
                    row.yearId ? (
                      <Link to={`/years/${row.yearId}`}>
                        {m.milestones(row.milestonesPending ?? 0, row.milestonesOverdue ?? 0)}
                      </Link>
                    ) : (
                      m.noYear
                    ),
                },
                {
                  title: m.columns.lagging,
                  key: 'lagging',
                  render: (_, row) =>
                    row.lagging.length === 0 ? (
                      <ToneTag tone="success" data-testid="lagging">
                        {m.onTrack}
                      </ToneTag>
                    ) : (
                      <Space wrap size={4}>
                        {row.lagging.map((reason) => (
                          <ToneTag key={reason} tone="error" data-testid="lagging">
                            {messages.labels.laggingReason[reason]}
                          </ToneTag>
                        ))}
                      </Space>
                    ),
                },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
