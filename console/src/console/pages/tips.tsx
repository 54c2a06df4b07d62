/**
 * Tips (举报线索): the tips of the caller's jurisdiction, newest first (GET /v1/tips) — all of them for
 * the office, auditors and administrators, a department's own for its officers. The status and category
 * filters and the page live in the URL, so opening a tip and coming back keeps them.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { chinaDateTime } from '../china-time';
import { lastDayOf } from '../deadline';

type Tip = Schemas['TipSummary'];
type TipStatus = Tip['status'];
type TipCategory = Tip['category'];

export function TipsPage() {
  const messages = useMessages();
  const m = messages.tips;
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const status = (params.get('status') ?? undefined) as TipStatus | undefined;
  const category = (params.get('category') ?? undefined) as TipCategory | undefined;
  const cursor = params.get('cursor') ?? undefined;
  const tips = useQuery({
    queryKey: ['tips', status, category, cursor],
    queryFn: () =>
      unwrap(api.GET('/v1/tips', { params: { query: { limit: 50, status, category, cursor } } })),
  });
  const setParam = (name: string, value: string | undefined) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'cursor') next.delete('cursor');
      return next;
    });
  const statusOptions = Object.entries(messages.labels.tipStatus).map(([value, label]) => ({ value, label }));
  const categoryOptions = Object.entries(messages.labels.tipCategory).map(([value, label]) => ({
    value,
    label,
  }));
  const named = (labels: Record<string, string>, code: string | null) =>
    code === null ? '—' : (labels[code] ?? code);

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <label>
          {m.filters.status}{' '}
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={m.filters.all}
            aria-label={m.filters.status}
            options={statusOptions}
            value={status}
            onChange={(value?: string) => setParam('status', value)}
          />
        </label>
        <label>
          {m.filters.category}{' '}
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={m.filters.all}
            aria-label={m.filters.category}
            options={categoryOptions}
            value={category}
            onChange={(value?: string) => setParam('category', value)}
          />
        </label>
      </Space>
      {tips.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={tips.error.message} />
      )}
      <Table<Tip>
        rowKey="id"
        loading={tips.isPending}
        dataSource={tips.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: m.empty }}
        columns={[
          {
            title: m.columns.receipt,
            key: 'receipt',
            render: (_, tip) => (
              <Link to={`/tips/${encodeURIComponent(tip.id)}`} state={{ back: `/tips${location.search}` }}>
                {tip.receiptNumber}
              </Link>
            ),
          },
          {
            title: m.columns.receivedAt,
            key: 'receivedAt',
            render: (_, tip) => chinaDateTime(tip.receivedAt),
          },
          {
            title: m.columns.enterprise,
            key: 'enterprise',
            render: (_, tip) => (
              <>
                {tip.enterpriseName} {tip.anonymous && <Tag>{m.anonymous}</Tag>}
              </>
            ),
          },
          {
            title: m.columns.region,
            key: 'region',
            render: (_, tip) => tip.regionName ?? messages.common.unknownRegion(tip.regionCode),
          },
          {
            title: m.columns.category,
            key: 'category',
            render: (_, tip) => (
              <span data-category={tip.category}>{messages.labels.tipCategory[tip.category]}</span>
            ),
          },
          {
            title: m.columns.dimension,
            key: 'dimension',
            render: (_, tip) => named(messages.labels.dimension, tip.dimension),
          },
          {
            title: m.columns.department,
            key: 'department',
            render: (_, tip) => named(messages.labels.department, tip.department),
          },
          {
            title: m.columns.status,
            key: 'status',
            render: (_, tip) => (
              <span data-status={tip.status}>
                {messages.labels.tipStatus[tip.status]}
                {tip.outcome && ` · ${messages.labels.tipOutcome[tip.outcome]}`}
              </span>
            ),
          },
          {
            title: m.columns.verificationDue,
            key: 'verificationDue',
            render: (_, tip) => (tip.verificationDueAt ? lastDayOf(tip.verificationDueAt) : '—'),
          },
          {
            title: m.columns.case,
            key: 'case',
            render: (_, tip) =>
              tip.caseId ? <Link to={`/cases/${encodeURIComponent(tip.caseId)}`}>{tip.caseId}</Link> : '—',
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        {cursor && <Button onClick={() => setParam('cursor', undefined)}>{messages.common.firstPage}</Button>}
        {tips.data?.nextCursor && (
          <Button onClick={() => setParam('cursor', tips.data.nextCursor!)}>
            {messages.common.nextPage}
          </Button>
        )}
      </Space>
    </>
  );
}
