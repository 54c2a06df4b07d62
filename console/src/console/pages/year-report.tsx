/**
 * A statistics table reported up the chain (统计表, GET /v1/year-reports/:id), reached from the submission
 * that carries it on a year's page: what it is (region, year, milestone, period, the instant it is as of,
 * its SHA-256), the table — per line (region, industry, standard, capacity unit) each column group planned
 * and actual (企业数 / 设备数 / 产能), and a total per capacity unit — then the regions under the
 * jurisdiction: the plan version counted, and where each one's own report of the milestone stands now.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { Link, useParams } from 'react-router';
import { api, ProblemError, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import { ToneTag, type Tone } from '../case/tone-tag';
import { chinaDateTime } from '../china-time';

type Report = Schemas['YearReport'];
type Line = Report['lines'][number];
type Figures = Line['figures'];
type Column = keyof Figures;
type Measure = keyof Figures[Column];
type RegionRow = Report['regions'][number];

const MEASURES: Measure[] = ['enterprises', 'equipment', 'capacity'];
const STATUS_TONES: Record<NonNullable<RegionRow['milestoneStatus']>, Tone> = {
  open: 'neutral',
  submitted: 'info',
  returned: 'warning',
  done: 'success',
};

const formatNumber = (value: number) =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(value);

/** One figure, marked for tests and tools: `data-figure="planned_exit.capacity"`. */
const figure = (figures: Figures, column: Column, measure: Measure) => (
  <span data-figure={`${column}.${measure}`}>{formatNumber(figures[column][measure])}</span>
);

/** Each column group (the server's order) with its three figures. */
function figureColumns(messages: Messages, columns: Column[]): ColumnsType<Line> {
  const m = messages.yearReports;
  return columns.map((column) => ({
    title: m.column[column],
    key: column,
    children: MEASURES.map((measure) => ({
      title: m.columns[measure],
      key: `${column}.${measure}`,
      align: 'right' as const,
      render: (_: unknown, line: Line) => figure(line.figures, column, measure),
    })),
  }));
}

export function YearReportPage() {
  const messages = useMessages();
  const m = messages.yearReports;
  const { id = '' } = useParams();
  const report = useQuery({
    queryKey: ['year-report', id],
    queryFn: () => unwrap(api.GET('/v1/year-reports/{id}', { params: { path: { id } } })),
    retry: false,
    // A table never changes once drawn; where the regions under it stand may.
    staleTime: 60_000,
  });

  if (report.isPending) return <Spin size="large" tip={messages.common.loading} fullscreen />;
  if (report.error || !report.data) {
    const missing =
      report.error instanceof ProblemError && (report.error.status === 404 || report.error.status === 400);
    return (
      <>
        <Alert
          type="error"
          showIcon
          title={missing ? m.notFound : messages.common.errorTitle}
          description={report.error?.message}
        />
        <Link to="/years">{messages.years.page.back}</Link>
      </>
    );
  }
  const view = report.data;
  const regionLabel = view.regionName ?? messages.common.unknownRegion(view.regionCode);
  const milestoneLabel = messages.labels.milestoneKind[view.milestone];
  const columns = view.columns.map((column) => column.code);
  const placeColumns = 4;

  return (
    <>
      <Link to={`/years/${encodeURIComponent(view.yearId)}`} data-testid="back-to-year">
        {m.back}
      </Link>
      <Typography.Title level={2}>
        {m.title(view.title, regionLabel, view.year, milestoneLabel)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 24 }}
        items={[
          { key: 'region', label: m.fields.region, children: regionLabel },
          { key: 'year', label: m.fields.year, children: view.year },
          {
            key: 'milestone',
            label: m.fields.milestone,
            children: <span data-testid="report-milestone">{milestoneLabel}</span>,
          },
          {
            key: 'period',
            label: m.fields.period,
            children: messages.labels.statisticsPeriod[view.period],
          },
          {
            key: 'asOf',
            label: m.fields.asOf,
            children: <span data-testid="report-as-of">{chinaDateTime(view.asOf)}</span>,
          },
          {
            key: 'contentHash',
            label: m.fields.contentHash,
            children: (
              <code data-testid="report-hash" style={{ wordBreak: 'break-all' }}>
                {view.contentHash}
              </code>
            ),
          },
        ]}
      />

      {/* Wide: it scrolls by itself, and takes the focus so that the keyboard can scroll it. */}
      <div role="region" aria-label={m.tableCaption} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table<Line>
          caption={<Typography.Text strong>{m.tableCaption}</Typography.Text>}
          bordered
          size="small"
          rowKey={(line) => `${line.regionCode}/${line.industry}/${line.dimension}/${line.capacityUnit}`}
          dataSource={view.lines}
          pagination={false}
          locale={{ emptyText: m.empty }}
          onRow={(line) =>
            ({
              'data-line': `${line.regionCode}/${line.industry}/${line.dimension}/${line.capacityUnit}`,
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: m.columns.region,
              key: 'region',
              render: (_, line) => line.regionName ?? messages.common.unknownRegion(line.regionCode),
            },
            {
              title: m.columns.industry,
              key: 'industry',
              render: (_, line) => messages.labels.industry[line.industry],
            },
            {
              title: m.columns.dimension,
              key: 'dimension',
              render: (_, line) => messages.labels.dimension[line.dimension],
            },
            { title: m.columns.unit, key: 'unit', dataIndex: 'capacityUnit' },
            ...figureColumns(messages, columns),
          ]}
          summary={() =>
            view.totals.map((total) => (
              <Table.Summary.Row key={total.capacityUnit} data-total={total.capacityUnit}>
                <Table.Summary.Cell index={0} colSpan={placeColumns - 1}>
                  <strong>{m.total}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={placeColumns - 1}>{total.capacityUnit}</Table.Summary.Cell>
                {columns.flatMap((column, c) =>
                  MEASURES.map((measure, i) => (
                    <Table.Summary.Cell
                      key={`${column}.${measure}`}
                      index={placeColumns + c * MEASURES.length + i}
                      align="right"
                    >
                      <strong>{figure(total.figures, column, measure)}</strong>
                    </Table.Summary.Cell>
                  )),
                )}
              </Table.Summary.Row>
            ))
          }
        />
      </div>

      <section aria-labelledby="report-regions-title" data-testid="report-regions">
        <Typography.Title level={3} id="report-regions-title" style={{ marginTop: 32 }}>
          {m.regions.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{m.regions.intro}</Typography.Paragraph>
        <RegionsTable report={view} />
      </section>
    </>
  );
}

function RegionsTable({ report }: { report: Report }) {
  const messages = useMessages();
  const r = messages.yearReports.regions;
  return (
    <Table<RegionRow>
      size="small"
      rowKey="regionCode"
      dataSource={report.regions}
      pagination={false}
      locale={{ emptyText: r.none }}
      onRow={(row) => ({ 'data-region': row.regionCode }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: r.columns.region,
          key: 'region',
          render: (_, row) => row.regionName ?? messages.common.unknownRegion(row.regionCode),
        },
        {
          title: r.columns.plan,
          key: 'plan',
          render: (_, row) =>
            row.planYearId ? (
              <Link to={`/years/${encodeURIComponent(row.planYearId)}`} data-testid="plan-counted">
                {row.planVersion !== null ? r.planVersion(row.planVersion) : r.noPlan}
              </Link>
            ) : (
              <span data-testid="plan-counted">{r.noYear}</span>
            ),
        },
        {
          title: r.columns.status,
          key: 'status',
          render: (_, row) => (
            <>
              {row.milestoneStatus === null ? (
                <span data-testid="region-status">{r.notOwed}</span>
              ) : (
                <ToneTag tone={STATUS_TONES[row.milestoneStatus]} data-testid="region-status">
                  {messages.labels.milestoneStatus[row.milestoneStatus]}
                </ToneTag>
              )}{' '}
              {row.overdue && (
                <ToneTag tone="error" data-testid="region-overdue">
                  {r.overdue}
                </ToneTag>
              )}
            </>
          ),
        },
        {
          title: r.columns.table,
          key: 'table',
          render: (_, row) =>
            row.reportId ? (
              <Link to={`/year-reports/${encodeURIComponent(row.reportId)}`} data-testid="region-report">
                {messages.yearReports.view}
              </Link>
            ) : row.milestoneStatus === null ? (
              '—'
            ) : (
              r.noTable
            ),
        },
      ]}
    />
  );
}
