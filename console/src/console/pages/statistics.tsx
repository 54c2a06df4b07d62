/**
 * The exit statistics (退出统计): the yearly table as of a cut-off (GET /v1/statistics/exits), charts
 * by region, industry and standard (ECharts, loaded only here), and the very XLSX and CSV files the
 * API serves. The query lives in the URL; the files are fetched for the table shown (see pinnedCutoff).
 */
import { BarChartOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, publicApi, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import { useMe } from '../auth';
import { BarChartCard, type Bar } from '../bar-chart';
import { chinaDateTime, chinaToday } from '../china-time';
import { blobOf, saveBlob } from '../download';

type Table = Schemas['ExitStatistics'];
type DetailRow = Table['rows'][number];
type SummaryRow = Table['summary'][number];
type Period = Table['period'];
type Format = 'xlsx' | 'csv';

export interface StatisticsQuery {
  year: number;
  period: Period;
  region?: string;
  cutoff?: string;
}

/**
 * The cut-off the downloads ask for, so the file holds the table on screen: a past date as chosen
 * (final: entries recorded later never count); otherwise — now, or today, which is still filling — the
 * instant the table was made (`asOf`).
 */
export function pinnedCutoff(asked: string | undefined, table: Pick<Table, 'asOf'>, today: string): string {
  return asked !== undefined && asked < today ? asked : table.asOf;
}

const label = (labels: Record<string, string>, code: string | null) =>
  code === null ? '' : (labels[code] ?? code);

function useQueryFromUrl(): StatisticsQuery {
  const [params] = useSearchParams();
  const today = chinaToday();
  const year = Number(params.get('year'));
  return {
    year: Number.isInteger(year) && year >= 2000 ? year : Number(today.slice(0, 4)),
    period: params.get('period') === 'mid_year' ? 'mid_year' : 'year_end',
    ...(params.get('region') ? { region: params.get('region')! } : {}),
    ...(params.get('cutoff') ? { cutoff: params.get('cutoff')! } : {}),
  };
}

export function StatisticsPage() {
  const messages = useMessages();
  const m = messages.statistics;
  const me = useMe();
  const { message } = App.useApp();
  const [, setParams] = useSearchParams();
  const query = useQueryFromUrl();
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));

  const table = useQuery({
    queryKey: ['statistics', query],
    // format=json answers the JSON table; the typed answer also lists the CSV and XLSX bodies (strings).
    queryFn: async () =>
      (await unwrap(
        api.GET('/v1/statistics/exits', { params: { query: { ...query, format: 'json' } } }),
      )) as Table,
  });
  // The caller's region and the regions directly inside it, named (public GET /v1/regions/:code).
  const region = useQuery({
    queryKey: ['region', me.regionCode],
    queryFn: () => unwrap(publicApi.GET('/v1/regions/{code}', { params: { path: { code: me.regionCode } } })),
    retry: false,
    staleTime: Infinity,
  });

  const setFilter = (name: keyof StatisticsQuery, value: string | undefined) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  const [downloading, setDownloading] = useState<string | null>(null);
  const download = async (format: Format, part?: 'details' | 'summary') => {
    if (!table.data) return;
    const key = `${format}-${part ?? ''}`;
    setDownloading(key);
    try {
      const { blob, name } = await blobOf(
        api.GET('/v1/statistics/exits', {
          params: {
            query: {
              ...query,
              cutoff: pinnedCutoff(query.cutoff, table.data, today),
              format,
              ...(part ? { part } : {}),
            },
          },
          parseAs: 'blob',
        }),
        `exit-statistics.${format}`,
      );
      saveBlob(blob, name);
    } catch (error) {
      void message.error(`${m.downloads.failed}：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setDownloading(null);
    }
  };

  const regionOptions = [
    { value: me.regionCode, label: me.regionName ?? messages.common.unknownRegion(me.regionCode) },
    ...(region.data?.children ?? []).map((child) => ({ value: child.code, label: child.name })),
  ];

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap size="large">
        <label>
          {m.filters.year}{' '}
          <Select
            style={{ width: 110 }}
            aria-label={m.filters.year}
            value={query.year}
            options={Array.from({ length: 10 }, (_, i) => ({
              value: thisYear - i,
              label: String(thisYear - i),
            }))}
            onChange={(value: number) => setFilter('year', String(value))}
          />
        </label>
        <span>
          <span id="statistics-period">{m.filters.period}</span>{' '}
          <Radio.Group
            aria-labelledby="statistics-period"
            optionType="button"
            value={query.period}
            options={(['year_end', 'mid_year'] as const).map((value) => ({
              value,
              label: messages.labels.statisticsPeriod[value],
            }))}
            onChange={(event) => setFilter('period', event.target.value as string)}
          />
        </span>
        <label>
          {m.filters.region}{' '}
          <Select
            style={{ width: 160 }}
            aria-label={m.filters.region}
            value={query.region ?? me.regionCode}
            options={regionOptions}
            onChange={(value: string) => setFilter('region', value === me.regionCode ? undefined : value)}
          />
        </label>
        <label>
          {m.filters.cutoff}{' '}
          <DatePicker
            aria-label={m.filters.cutoff}
            placeholder={m.filters.cutoffPlaceholder}
            value={query.cutoff ? dayjs(query.cutoff.slice(0, 10)) : null}
            disabledDate={(day) => day.format('YYYY-MM-DD') > today}
            onChange={(day) => setFilter('cutoff', day ? day.format('YYYY-MM-DD') : undefined)}
          />
        </label>
      </Space>
      {table.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={table.error.message} />
      )}
      {table.data && (
        <StatisticsBody
          table={table.data}
          pinned={pinnedCutoff(query.cutoff, table.data, today)}
          downloading={downloading}
          onDownload={(format, part) => void download(format, part)}
        />
      )}
      {table.isPending && <Table loading dataSource={[]} columns={[]} />}
    </>
  );
}

function StatisticsBody({
  table,
  pinned,
  downloading,
  onDownload,
}: {
  table: Table;
  pinned: string;
  downloading: string | null;
  onDownload: (format: Format, part?: 'details' | 'summary') => void;
}) {
  const messages = useMessages();
  const m = messages.statistics;
  const [measure, setMeasure] = useState<string>('cases');
  const units = table.totals.map((total) => total.capacityUnit);
  const activeMeasure = measure === 'cases' || units.includes(measure) ? measure : 'cases';
  const measureLabel = activeMeasure === 'cases' ? m.charts.cases : m.charts.capacity(activeMeasure);
  const charts = useMemo(
    () => chartsOf(table.summary, activeMeasure, messages),
    [table, activeMeasure, messages],
  );

  return (
    <>
      <Typography.Paragraph>
        <strong>{table.title}</strong>
        <br />
        <span data-testid="statistics-as-of">{m.asOf(chinaDateTime(table.asOf))}</span>
      </Typography.Paragraph>

      <Card title={m.totals} size="small" style={{ marginBottom: 16 }}>
        {table.totals.length === 0 ? (
          <Typography.Text>{m.noExits}</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {table.totals.map((total) => (
              <li key={total.capacityUnit}>
                {m.totalLine(total.cases, formatNumber(total.capacityValue), total.capacityUnit)}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={m.downloads.title} size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={downloading === 'xlsx-'}
            onClick={() => onDownload('xlsx')}
          >
            {m.downloads.xlsx}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={downloading === 'csv-details'}
            onClick={() => onDownload('csv', 'details')}
          >
            {m.downloads.csvDetails}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={downloading === 'csv-summary'}
            onClick={() => onDownload('csv', 'summary')}
          >
            {m.downloads.csvSummary}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {m.downloads.pinned(pinned.length === 10 ? pinned : chinaDateTime(pinned))}
        </Typography.Paragraph>
      </Card>

      <Card
        title={
          <span>
            <BarChartOutlined /> {m.charts.title}
          </span>
        }
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <label>
            {m.charts.measure}{' '}
            <Select
              style={{ width: 200 }}
              aria-label={m.charts.measure}
              value={activeMeasure}
              options={[
                { value: 'cases', label: m.charts.cases },
                ...units.map((unit) => ({ value: unit, label: m.charts.capacity(unit) })),
              ]}
              onChange={setMeasure}
            />
          </label>
        }
      >
        <Row gutter={[24, 24]}>
          <Col xs={24} lg={8}>
            <BarChartCard id="region" title={m.charts.byRegion} measure={measureLabel} bars={charts.region} />
          </Col>
          <Col xs={24} lg={8}>
            <BarChartCard
              id="industry"
              title={m.charts.byIndustry}
              measure={measureLabel}
              bars={charts.industry}
            />
          </Col>
          <Col xs={24} lg={8}>
            <BarChartCard
              id="dimension"
              title={m.charts.byDimension}
              measure={measureLabel}
              bars={charts.dimension}
            />
          </Col>
        </Row>
      </Card>

      <Typography.Title level={3}>{m.summary}</Typography.Title>
      <SummaryTable table={table} />
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {m.details}
      </Typography.Title>
      <DetailsTable rows={table.rows} />
    </>
  );
}

const formatNumber = (value: number) =>
  new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(value);

/** The summary's groups added up by region, industry and standard, in cases or in one capacity unit. */
function chartsOf(
  summary: SummaryRow[],
  measure: string,
  messages: Messages,
): Record<'region' | 'industry' | 'dimension', Bar[]> {
  const rows = measure === 'cases' ? summary : summary.filter((row) => row.capacityUnit === measure);
  const value = (row: SummaryRow) => (measure === 'cases' ? row.cases : row.capacityValue);
  const by = (name: (row: SummaryRow) => string): Bar[] => {
    const sums = new Map<string, number>();
    for (const row of rows) sums.set(name(row), (sums.get(name(row)) ?? 0) + value(row));
    return [...sums].map(([key, sum]) => ({ name: key, value: sum }));
  };
  return {
    region: by((row) => row.regionName ?? messages.common.unknownRegion(row.regionCode)),
    industry: by((row) => label(messages.labels.industry, row.industry)),
    dimension: by((row) => label(messages.labels.dimension, row.dimension)),
  };
}

/** Where an exit is counted: its region (by name), industry and dimension — the same in both tables. */
function placeColumns<Row extends Place>(messages: Messages): ColumnsType<Row> {
  const c = messages.statistics.columns;
  return [
    {
      title: c.region,
      key: 'region',
      render: (_, row) => row.regionName ?? messages.common.unknownRegion(row.regionCode),
    },
    { title: c.industry, key: 'industry', render: (_, row) => label(messages.labels.industry, row.industry) },
    {
      title: c.dimension,
      key: 'dimension',
      render: (_, row) => label(messages.labels.dimension, row.dimension),
    },
  ];
}

interface Place {
  regionCode: string;
  regionName: string | null;
  industry: string | null;
  dimension: string | null;
}

function SummaryTable({ table }: { table: Table }) {
  const messages = useMessages();
  const c = messages.statistics.columns;
  return (
    <Table<SummaryRow>
      size="small"
      rowKey={(row) => `${row.regionCode}/${row.industry}/${row.dimension}/${row.capacityUnit}`}
      dataSource={table.summary}
      pagination={false}
      locale={{ emptyText: messages.statistics.noExits }}
      columns={[
        ...placeColumns<SummaryRow>(messages),
        { title: c.unit, dataIndex: 'capacityUnit' },
        { title: c.cases, dataIndex: 'cases', align: 'right' },
        {
          title: c.capacityValue,
          key: 'capacity',
          align: 'right',
          render: (_, row) => formatNumber(row.capacityValue),
        },
      ]}
      summary={() =>
        table.totals.map((total) => (
          <Table.Summary.Row key={total.capacityUnit}>
            <Table.Summary.Cell index={0} colSpan={3}>
              <strong>{messages.statistics.totals}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3}>{total.capacityUnit}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <strong>{total.cases}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <strong>{formatNumber(total.capacityValue)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ))
      }
    />
  );
}

function DetailsTable({ rows }: { rows: DetailRow[] }) {
  const messages = useMessages();
  const c = messages.statistics.columns;
  const date = (value: string | null) => value ?? '—';
  return (
    <Table<DetailRow>
      size="small"
      rowKey="caseId"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: messages.statistics.noExits }}
      columns={[
        { title: c.no, key: 'no', render: (_, _row, index) => index + 1 },
        { title: c.enterprise, dataIndex: 'enterpriseName' },
        { title: c.creditCode, dataIndex: 'creditCode' },
        ...placeColumns<DetailRow>(messages),
        { title: c.equipment, dataIndex: 'equipment' },
        {
          title: c.capacity,
          key: 'capacity',
          align: 'right',
          render: (_, row) => `${formatNumber(row.capacityValue)} ${row.capacityUnit}`,
        },
        {
          title: c.orderMeasure,
          key: 'orderMeasure',
          render: (_, row) => label(messages.labels.exitMeasure, row.orderMeasure),
        },
        {
          title: c.orderScope,
          key: 'orderScope',
          render: (_, row) => label(messages.labels.exitScope, row.orderScope),
        },
        {
          title: c.exitMethod,
          key: 'exitMethod',
          render: (_, row) => label(messages.labels.exitMethod, row.exitMethod),
        },
        { title: c.exitOrderedOn, key: 'exitOrderedOn', render: (_, row) => date(row.exitOrderedOn) },
        { title: c.sealedOn, key: 'sealedOn', render: (_, row) => date(row.sealedOn) },
        { title: c.dismantledOn, key: 'dismantledOn', render: (_, row) => date(row.dismantledOn) },
        { title: c.exitCompletedOn, key: 'exitCompletedOn', render: (_, row) => date(row.exitCompletedOn) },
        {
          title: c.countyAcceptedOn,
          key: 'countyAcceptedOn',
          render: (_, row) => date(row.countyAcceptedOn),
        },
        { title: c.acceptedOn, key: 'acceptedOn', render: (_, row) => date(row.acceptedOn) },
        {
          title: c.countedOn,
          key: 'countedOn',
          render: (_, row) => `${row.countedOn} · ${label(messages.labels.exitCounting, row.countedAs)}`,
        },
        {
          title: c.caseId,
          key: 'caseId',
          render: (_, row) => <Link to={`/cases/${encodeURIComponent(row.caseId)}`}>{row.caseId}</Link>,
        },
      ]}
    />
  );
}
