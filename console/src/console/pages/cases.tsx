/**
 * Case search (案件查询): the cases the user may see (GET /v1/cases — the API limits it to their
 * jurisdiction and, for a department, its dimensions), with its filters and cursor paging. Every filter
 * and the page live in the URL, so opening a case and coming back keeps them.
 */
import { ExclamationCircleOutlined, MinusCircleOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { addDays, isLocalDate } from '../../../../domain/calendar';
import { api, publicApi, unwrap, type Schemas } from '../../http/client';
import type { paths } from '../../http/schema';
import { useMessages } from '../../i18n/console';
import { useMe } from '../auth';
import { ToneTag } from '../case/tone-tag';
import { lastDayOf } from '../deadline';

type Summary = Schemas['CaseSummary'];
type Query = NonNullable<paths['/v1/cases']['get']['parameters']['query']>;

/** The URL's filters as the API's query. `from`/`to` are last days, inclusive; the API compares lapse instants. */
function queryOf(params: URLSearchParams): Query {
  const get = (name: string) => params.get(name) || undefined;
  const from = get('from');
  const to = get('to');
  return {
    limit: 50,
    enterprise: get('enterprise'),
    region: get('region'),
    industry: get('industry') as Query['industry'],
    dimension: get('dimension') as Query['dimension'],
    status: get('status'),
    // A deadline whose last day is D lapses at 00:00 China Standard Time of D + 1.
    dueAfter: from && isLocalDate(from) ? from : undefined,
    dueBefore: to && isLocalDate(to) ? addDays(to, 2) : undefined,
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    sort: params.get('sort') === 'recent' ? 'recent' : undefined,
    cursor: get('cursor'),
  } as Query;
}

export function CasesPage() {
  const messages = useMessages();
  const { list } = messages.cases;
  const { labels } = messages;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [enterprise, setEnterprise] = useState(params.get('enterprise') ?? '');
  const query = queryOf(params);
  const cases = useQuery({
    queryKey: ['cases', params.toString()],
    queryFn: () => unwrap(api.GET('/v1/cases', { params: { query } })),
  });
  const region = useQuery({
    queryKey: ['region', me.regionCode],
    queryFn: () => unwrap(publicApi.GET('/v1/regions/{code}', { params: { path: { code: me.regionCode } } })),
    staleTime: Infinity,
  });

  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('cursor');
    setParams(next);
  };
  const options = (labelsOf: Record<string, string>) =>
    Object.entries(labelsOf).map(([value, label]) => ({ value, label }));
  const regionOptions = region.data
    ? [region.data, ...region.data.children].map(({ code, name }) => ({ value: code, label: name }))
    : [];
  const statuses = params.get('status')?.split(',').filter(Boolean) ?? [];

  return (
    <>
      <Typography.Title level={2}>{list.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{list.intro}</Typography.Paragraph>
      <form
        role="search"
        aria-label={list.title}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter('enterprise', enterprise.trim() || undefined);
        }}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <label>
            {list.filters.enterprise}{' '}
            <Input
              style={{ width: 260 }}
              value={enterprise}
              placeholder={list.filters.enterpriseHint}
              aria-label={list.filters.enterprise}
              minLength={2}
              onChange={(event) => setEnterprise(event.target.value)}
            />
          </label>
          <Button type="primary" htmlType="submit">
            {list.filters.search}
          </Button>
        </Space>
      </form>
      <Space wrap style={{ marginBottom: 16 }}>
        {regionOptions.length > 1 && (
          <label>
            {list.filters.region}{' '}
            <Select
              allowClear
              style={{ width: 160 }}
              placeholder={list.filters.all}
              aria-label={list.filters.region}
              options={regionOptions}
              value={params.get('region') ?? undefined}
              onChange={(value?: string) => setFilter('region', value)}
            />
          </label>
        )}
        <label>
          {list.filters.dimension}{' '}
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={list.filters.all}
            aria-label={list.filters.dimension}
            options={options(labels.dimension)}
            value={params.get('dimension') ?? undefined}
            onChange={(value?: string) => setFilter('dimension', value)}
          />
        </label>
        <label>
          {list.filters.industry}{' '}
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={list.filters.all}
            aria-label={list.filters.industry}
            options={options(labels.industry)}
            value={params.get('industry') ?? undefined}
            onChange={(value?: string) => setFilter('industry', value)}
          />
        </label>
        <label>
          {list.filters.status}{' '}
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 200 }}
            placeholder={list.filters.all}
            aria-label={list.filters.status}
            options={options(labels.caseStatus)}
            value={statuses}
            onChange={(value: string[]) => setFilter('status', value.join(',') || undefined)}
          />
        </label>
        <span>
          {list.filters.due}{' '}
          <Input
            type="date"
            style={{ width: 150 }}
            aria-label={`${list.filters.due} ${list.filters.dueFrom}`}
            value={params.get('from') ?? ''}
            onChange={(event) => setFilter('from', event.target.value || undefined)}
          />{' '}
          {list.filters.dueTo}{' '}
          <Input
            type="date"
            style={{ width: 150 }}
            aria-label={`${list.filters.due} ${list.filters.dueTo}`}
            value={params.get('to') ?? ''}
            onChange={(event) => setFilter('to', event.target.value || undefined)}
          />
        </span>
        <Checkbox
          checked={params.get('overdue') === 'true'}
          onChange={(event) => setFilter('overdue', event.target.checked ? 'true' : undefined)}
        >
          {list.filters.overdue}
        </Checkbox>
        <label>
          {list.filters.sort}{' '}
          <Select
            style={{ width: 190 }}
            aria-label={list.filters.sort}
            options={[
              { value: 'due', label: list.filters.sortDue },
              { value: 'recent', label: list.filters.sortRecent },
            ]}
            value={params.get('sort') === 'recent' ? 'recent' : 'due'}
            onChange={(value: string) => setFilter('sort', value === 'recent' ? 'recent' : undefined)}
          />
        </label>
        {[...params.keys()].length > 0 && (
          <Button
            onClick={() => {
              setEnterprise('');
              setParams(new URLSearchParams());
            }}
          >
            {list.filters.clear}
          </Button>
        )}
      </Space>
      {cases.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={cases.error.message} />
      )}
      <Table<Summary>
        rowKey="id"
        loading={cases.isPending}
        dataSource={cases.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: list.empty }}
        columns={[
          {
            title: list.columns.enterprise,
            key: 'enterprise',
            render: (_, item) => (
              <Link to={`/cases/${encodeURIComponent(item.id)}`}>{item.enterpriseName}</Link>
            ),
          },
          {
            title: list.columns.status,
            key: 'status',
            render: (_, item) => labels.caseStatus[item.status],
          },
          {
            title: list.columns.due,
            key: 'due',
            render: (_, item) =>
              item.dueAt ? (
                <Space size={4} wrap>
                  {lastDayOf(item.dueAt)}
                  {item.overdue ? (
                    <ToneTag tone="error" icon={<ExclamationCircleOutlined />}>
                      {list.overdue}
                    </ToneTag>
                  ) : (
                    <ToneTag tone="success" icon={<CheckCircleOutlined />}>
                      {list.onTime}
                    </ToneTag>
                  )}
                </Space>
              ) : (
                <ToneTag tone="neutral" icon={<MinusCircleOutlined />}>
                  {list.noDeadline}
                </ToneTag>
              ),
          },
          {
            title: list.columns.dimension,
            key: 'dimension',
            render: (_, item) =>
              labels.dimension[item.dimension as keyof typeof labels.dimension] ?? item.dimension,
          },
          {
            title: list.columns.industry,
            key: 'industry',
            render: (_, item) =>
              labels.industry[item.industry as keyof typeof labels.industry] ?? item.industry,
          },
          {
            title: list.columns.region,
            key: 'region',
            render: (_, item) => item.regionName ?? messages.common.unknownRegion(item.regionCode),
          },
          { title: list.columns.findingDate, dataIndex: 'findingDate', key: 'findingDate' },
          { title: list.columns.documentNumber, dataIndex: 'documentNumber', key: 'documentNumber' },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        {params.get('cursor') && (
          <Button onClick={() => setFilter('cursor', undefined)}>{messages.common.firstPage}</Button>
        )}
        {cases.data?.nextCursor && (
          <Button
            onClick={() => {
              const next = new URLSearchParams(params);
              next.set('cursor', cases.data!.nextCursor!);
              setParams(next);
            }}
          >
            {messages.common.nextPage}
          </Button>
        )}
      </Space>
    </>
  );
}
