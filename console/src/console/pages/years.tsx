/**
 * The bureau's years (年度工作): the years opened in the caller's jurisdiction, newest first, each with
 * its milestones pending and overdue and its next lapse (GET /v1/years), linked to its page; a year of
 * the list's choice narrows it. An office that may open years (open_year) opens one for its own region or
 * one directly inside it (POST /v1/years: once per region and year; opening it again goes to the same).
 */
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Select, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, publicApi, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { hasCapability, useMe } from '../auth';
import { chinaDateTime, chinaToday } from '../china-time';
import { ToneTag } from '../case/tone-tag';
import { newIdempotencyKey } from '../idempotency';

type YearSummary = Schemas['BureauYearList']['items'][number];

const FIRST_YEAR = 2017;

export function YearsPage() {
  const messages = useMessages();
  const m = messages.years.list;
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday().slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR ? asked : undefined;
  const yearOptions = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => thisYear + 1 - i).map(
    (value) => ({ value: String(value), label: String(value) }),
  );

  const list = useInfiniteQuery({
    queryKey: ['years', year],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/v1/years', {
          params: {
            query: { limit: 50, ...(year ? { year } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const region = useQuery({
    queryKey: ['region', me.regionCode],
    queryFn: () => unwrap(publicApi.GET('/v1/regions/{code}', { params: { path: { code: me.regionCode } } })),
    retry: false,
    staleTime: Infinity,
  });
  const regionOptions = [
    { value: me.regionCode, label: me.regionName ?? messages.common.unknownRegion(me.regionCode) },
    ...(region.data?.children ?? []).map((child) => ({ value: child.code, label: child.name })),
  ];
  const [openRegion, setOpenRegion] = useState(me.regionCode);
  const [openYear, setOpenYear] = useState(String(thisYear));
  const [key] = useState(newIdempotencyKey);
  const open = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/years', {
          params: { header: { 'idempotency-key': `${key}-${openRegion}-${openYear}` } },
          body: { regionCode: openRegion, year: Number(openYear) },
        }),
      ),
    onSuccess: async (view) => {
      void message.success(m.opened(view.id));
      await navigate(`/years/${view.id}`);
    },
  });

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {hasCapability(me, 'open_year') && (
        <section aria-labelledby="open-year" style={{ marginBottom: 24 }}>
          <Typography.Title level={3} id="open-year" style={{ fontSize: 18 }}>
            {m.open}
          </Typography.Title>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'center' }}>
            <label>
              {m.openRegion}{' '}
              <Select
                style={{ width: 200 }}
                aria-label={m.openRegion}
                value={openRegion}
                options={regionOptions}
                onChange={setOpenRegion}
              />
            </label>
            <label>
              {m.openYear}{' '}
              <Select
                style={{ width: 120 }}
                aria-label={m.openYear}
                value={openYear}
                options={yearOptions}
                onChange={setOpenYear}
              />
            </label>
            <Button type="primary" loading={open.isPending} onClick={() => open.mutate()}>
              {m.open}
            </Button>
          </div>
          {open.error && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              title={messages.years.form.refused}
              description={open.error.message}
            />
          )}
        </section>
      )}
      <label style={{ display: 'inline-block', marginBottom: 16 }}>
        {m.year}{' '}
        <Select
          style={{ width: 120 }}
          aria-label={m.year}
          allowClear
          value={year ? String(year) : undefined}
          options={yearOptions}
          onChange={(value?: string) =>
            setParams((previous) => {
              const next = new URLSearchParams(previous);
              if (value) next.set('year', value);
              else next.delete('year');
              return next;
            })
          }
        />
      </label>
      {list.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={list.error.message} />
      )}
      <Table<YearSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: m.none }}
        onRow={(item) => ({ 'data-year': item.id }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: m.columns.region,
            key: 'region',
            render: (_, item) => (
              <Link to={`/years/${item.id}`}>
                {item.regionName ?? messages.common.unknownRegion(item.regionCode)} {item.year}
              </Link>
            ),
          },
          { title: m.columns.profile, key: 'profile', dataIndex: 'policyProfile' },
          {
            title: m.columns.status,
            key: 'status',
            render: (_, item) => (
              <ToneTag tone={item.status === 'closed' ? 'success' : 'info'}>
                {messages.labels.yearStatus[item.status]}
              </ToneTag>
            ),
          },
          { title: m.columns.pending, key: 'pending', dataIndex: 'pending' },
          {
            title: m.columns.overdue,
            key: 'overdue',
            render: (_, item) =>
              item.overdue > 0 ? <ToneTag tone="error">{item.overdue}</ToneTag> : item.overdue,
          },
          {
            title: m.columns.nextDue,
            key: 'nextDue',
            render: (_, item) => (item.nextDueAt ? chinaDateTime(item.nextDueAt) : '—'),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button
          style={{ marginTop: 12 }}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {m.more}
        </Button>
      )}
    </>
  );
}
