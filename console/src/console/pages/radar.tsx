/**
 * The deadline radar (临期雷达), for supervisors: open cases by region × dimension × days left
 * (GET /v1/cases/radar); a count lists its cases (GET /v1/cases with `bucket`, the radar's own
 * bounds), which can be urged in a batch and exported as XLSX; and a month calendar of holidays,
 * make-up working days and the cases falling due. Every filter and the selection live in the URL.
 */
import { DownloadOutlined, NotificationOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { OPEN_STATUSES } from '../../../../domain/case';
import { timeLeft } from '../../../../domain/radar';
import { api, publicApi, unwrap, type Schemas } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import { useMe } from '../auth';
import { lastDayOf, TimeLeftTag } from '../deadline';
import { DueCalendar, isMonth, thisMonth } from '../radar/calendar';
import { downloadRadarExport } from '../radar/download';
import { RadarHeatmap, type Cell, type Dimension, type RadarBucket } from '../radar/heatmap';
import { UrgeModal, UrgingResults, useBatchUrging } from '../radar/urging';

type CaseSummary = Schemas['CaseSummary'];

const LIST_LIMIT = 100;
const REGION = /^\d{6}$/;

export function RadarPage() {
  const messages = useMessages();
  const { locale } = useLocale();
  const m = messages.radar;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const region = REGION.test(params.get('region') ?? '') ? params.get('region')! : undefined;
  const dimension = (params.get('dimension') ?? undefined) as Dimension | undefined;
  const cell: Cell = {
    region: REGION.test(params.get('cellRegion') ?? '') ? params.get('cellRegion')! : undefined,
    dimension: (params.get('cellDimension') ?? undefined) as Dimension | undefined,
    bucket: (params.get('bucket') ?? undefined) as RadarBucket | undefined,
  };
  const cursor = params.get('cursor') ?? undefined;
  const month = isMonth(params.get('month')) ? params.get('month')! : thisMonth();

  const update = (changes: Record<string, string | undefined>, keepCursor = false) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      if (!keepCursor) next.delete('cursor');
      return next;
    });
  const setFilter = (name: 'region' | 'dimension', value: string | undefined) =>
    update({ [name]: value, cellRegion: undefined, cellDimension: undefined, bucket: undefined });
  const select = (next: Cell) =>
    update({ cellRegion: next.region, cellDimension: next.dimension, bucket: next.bucket });

  const radar = useQuery({
    queryKey: ['radar', region, dimension],
    queryFn: () => unwrap(api.GET('/v1/cases/radar', { params: { query: { region, dimension } } })),
  });
  const children = useQuery({
    queryKey: ['region', me.regionCode],
    queryFn: () => unwrap(publicApi.GET('/v1/regions/{code}', { params: { path: { code: me.regionCode } } })),
    staleTime: Infinity,
    enabled: me.regionLevel !== 'county',
  });
  // The list, and the export: the selected row's region and dimension within the radar's filter.
  const listQuery = {
    region: cell.region ?? region,
    dimension: cell.dimension ?? dimension,
    bucket: cell.bucket,
  };
  const list = useQuery({
    queryKey: ['radar-list', listQuery, cursor],
    queryFn: () =>
      unwrap(
        api.GET('/v1/cases', {
          params: {
            query: { ...listQuery, status: OPEN_STATUSES.join(','), sort: 'due', limit: LIST_LIMIT, cursor },
          },
        }),
      ),
  });

  const [selected, setSelected] = useState<Record<string, CaseSummary>>({});
  const selectedCases = Object.values(selected);
  const [urging, setUrging] = useState(false);
  const batch = useBatchUrging();
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const exportXlsx = async () => {
    setExportError(null);
    setExporting(true);
    try {
      await downloadRadarExport(listQuery);
    } catch (error) {
      setExportError((error as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const ownName = me.regionName ?? messages.common.unknownRegion(me.regionCode);
  const regionOptions = [
    { value: me.regionCode, label: m.filters.whole(ownName) },
    ...(children.data?.children ?? []).map((child) => ({ value: child.code, label: child.name })),
  ];
  if (region && !regionOptions.some((option) => option.value === region))
    regionOptions.push({ value: region, label: radar.data?.regionName ?? region });
  const dimensionOptions = Object.entries(messages.labels.dimension).map(([value, label]) => ({
    value,
    label,
  }));
  const regionLabel = (code: string) =>
    radar.data?.rows.find((row) => row.regionCode === code)?.regionName ??
    regionOptions.find((option) => option.value === code)?.label ??
    messages.common.unknownRegion(code);
  const scope = [
    listQuery.region ? regionLabel(listQuery.region) : ownName,
    listQuery.dimension ? messages.labels.dimension[listQuery.dimension] : null,
    cell.bucket ? messages.labels.radarBucket[cell.bucket] : m.list.allOpen,
  ]
    .filter(Boolean)
    .join(' · ');
  const now = new Date();

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <label>
          {m.filters.region}{' '}
          <Select
            style={{ width: 240 }}
            aria-label={m.filters.region}
            options={regionOptions}
            value={region ?? me.regionCode}
            onChange={(value: string) => setFilter('region', value === me.regionCode ? undefined : value)}
          />
        </label>
        <label>
          {m.filters.dimension}{' '}
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={m.filters.all}
            aria-label={m.filters.dimension}
            options={dimensionOptions}
            value={dimension}
            onChange={(value?: string) => setFilter('dimension', value)}
          />
        </label>
        {radar.data && (
          <Typography.Text type="secondary">
            {m.asOf(new Date(radar.data.asOf).toLocaleString(locale, { timeZone: 'Asia/Shanghai' }))}
          </Typography.Text>
        )}
      </Space>
      {radar.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={radar.error.message} />
      )}
      {radar.data && <RadarHeatmap radar={radar.data} selected={cell} onSelect={select} />}

      <section aria-labelledby="radar-list-title" style={{ marginTop: 24 }}>
        <Typography.Title level={3} id="radar-list-title">
          {m.list.title}
        </Typography.Title>
        <Space style={{ marginBottom: 12 }} wrap>
          <Typography.Text data-testid="radar-scope">{m.list.scope(scope)}</Typography.Text>
          {(cell.region || cell.dimension || cell.bucket) && (
            <Button onClick={() => select({})}>{m.list.clear}</Button>
          )}
        </Space>
        <Space style={{ marginBottom: 12, display: 'flex' }} wrap>
          <Button
            type="primary"
            icon={<NotificationOutlined />}
            disabled={selectedCases.length === 0}
            onClick={() => setUrging(true)}
          >
            {m.urge.button(selectedCases.length)}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {m.exportXlsx}
          </Button>
          {selectedCases.length > 0 && (
            <Typography.Text aria-live="polite">{m.list.selected(selectedCases.length)}</Typography.Text>
          )}
        </Space>
        {exportError && (
          <Alert
            type="error"
            showIcon
            title={`${m.exportFailed}: ${exportError}`}
            style={{ marginBottom: 12 }}
          />
        )}
        {batch.batch && (
          <UrgingResults
            batch={batch.batch}
            retryCount={batch.notUrged.length}
            sending={batch.sending}
            error={batch.error}
            onRetry={batch.retry}
            onDismiss={batch.dismiss}
          />
        )}
        {list.error && (
          <Alert type="error" showIcon title={messages.common.errorTitle} description={list.error.message} />
        )}
        <Table<CaseSummary>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <span style={{ color: '#595959' }}>{m.list.empty}</span> }}
          rowSelection={{
            selectedRowKeys: Object.keys(selected),
            preserveSelectedRowKeys: true,
            getCheckboxProps: (row) => ({ 'aria-label': m.list.selectRow(row.enterpriseName) }),
            onChange: (_keys, rows) => {
              const visible = new Set((list.data?.items ?? []).map((row) => row.id));
              setSelected((previous) => {
                const next: Record<string, CaseSummary> = {};
                for (const [id, row] of Object.entries(previous)) if (!visible.has(id)) next[id] = row;
                for (const row of rows) if (row) next[row.id] = row;
                return next;
              });
            },
          }}
          columns={[
            {
              title: m.list.columns.enterprise,
              key: 'enterprise',
              render: (_, row) => (
                <Link to={`/cases/${encodeURIComponent(row.id)}`}>{row.enterpriseName}</Link>
              ),
            },
            {
              title: m.list.columns.region,
              key: 'region',
              render: (_, row) => row.regionName ?? messages.common.unknownRegion(row.regionCode),
            },
            {
              title: m.list.columns.dimension,
              key: 'dimension',
              render: (_, row) => messages.labels.dimension[row.dimension as Dimension] ?? row.dimension,
            },
            {
              title: m.list.columns.status,
              key: 'status',
              render: (_, row) => messages.labels.caseStatus[row.status],
            },
            {
              title: m.list.columns.due,
              key: 'due',
              render: (_, row) => (row.dueAt ? lastDayOf(row.dueAt) : messages.inbox.noDeadline),
            },
            {
              title: m.list.columns.timeLeft,
              key: 'timeLeft',
              render: (_, row) => (
                <TimeLeftTag timeLeft={timeLeft(row.dueAt ? new Date(row.dueAt) : null, now)} />
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          {cursor && <Button onClick={() => update({})}>{messages.common.firstPage}</Button>}
          {list.data?.nextCursor && (
            <Button onClick={() => update({ cursor: list.data!.nextCursor! }, true)}>
              {messages.common.nextPage}
            </Button>
          )}
        </Space>
      </section>

      <div style={{ marginTop: 32 }}>
        <DueCalendar
          month={month}
          onMonth={(next) => update({ month: next === thisMonth() ? undefined : next }, true)}
          region={listQuery.region}
          dimension={listQuery.dimension}
        />
      </div>

      <UrgeModal
        open={urging}
        cases={selectedCases}
        sending={batch.sending}
        onUrge={async (reason) => {
          await batch.urge(reason, selectedCases);
          setSelected({});
        }}
        onClose={() => setUrging(false)}
      />
    </>
  );
}
