/**
 * My inbox (我的待办): the open tasks the signed-in user may act on, soonest legal deadline first.
 * Filters and the page live in the URL, so opening a case and coming back keeps them.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { lastDayOf, TimeLeftTag } from '../deadline';

type Task = Schemas['Inbox']['items'][number];
type TaskKind = Task['kind'];
type Urgency = Schemas['TimeLeft']['urgency'];

/** Tasks per page: the API answers up to 200 at once. */
const PAGE_SIZES = [50, 100, 200] as const;

export function InboxPage() {
  const messages = useMessages();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') ?? undefined) as TaskKind | undefined;
  const urgency = (params.get('urgency') ?? undefined) as Urgency | undefined;
  const cursor = params.get('cursor') ?? undefined;
  const size = PAGE_SIZES.find((choice) => String(choice) === params.get('size')) ?? PAGE_SIZES[0];
  const inbox = useQuery({
    queryKey: ['inbox', kind, urgency, cursor, size],
    queryFn: () =>
      unwrap(api.GET('/v1/tasks', { params: { query: { limit: size, kind, urgency, cursor } } })),
  });
  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('cursor');
    setParams(next);
  };
  const kindOptions = Object.entries(messages.labels.taskKind).map(([value, label]) => ({ value, label }));
  const urgencyOptions = Object.entries(messages.inbox.urgency).map(([value, label]) => ({ value, label }));

  return (
    <>
      <Typography.Title level={2}>{messages.inbox.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{messages.inbox.intro}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <label>
          {messages.inbox.filters.kind}{' '}
          <Select
            allowClear
            style={{ width: 180 }}
            placeholder={messages.inbox.filters.all}
            aria-label={messages.inbox.filters.kind}
            options={kindOptions}
            value={kind}
            onChange={(value?: string) => setFilter('kind', value)}
          />
        </label>
        <label>
          {messages.inbox.filters.urgency}{' '}
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={messages.inbox.filters.all}
            aria-label={messages.inbox.filters.urgency}
            options={urgencyOptions}
            value={urgency}
            onChange={(value?: string) => setFilter('urgency', value)}
          />
        </label>
        <label>
          {messages.inbox.filters.pageSize}{' '}
          <Select
            style={{ width: 100 }}
            aria-label={messages.inbox.filters.pageSize}
            options={PAGE_SIZES.map((choice) => ({ value: choice, label: String(choice) }))}
            value={size}
            onChange={(value: number) =>
              setFilter('size', value === PAGE_SIZES[0] ? undefined : String(value))
            }
          />
        </label>
      </Space>
      {inbox.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={inbox.error.message} />
      )}
      <Table<Task>
        rowKey="id"
        loading={inbox.isPending}
        dataSource={inbox.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: messages.inbox.empty }}
        columns={[
          {
            title: messages.inbox.columns.due,
            key: 'due',
            render: (_, task) => (task.dueAt ? lastDayOf(task.dueAt) : messages.inbox.noDeadline),
          },
          {
            title: messages.inbox.columns.timeLeft,
            key: 'timeLeft',
            render: (_, task) => <TimeLeftTag timeLeft={task.timeLeft} />,
          },
          {
            title: messages.inbox.columns.task,
            key: 'kind',
            render: (_, task) => messages.labels.taskKind[task.kind],
          },
          {
            title: messages.inbox.columns.enterprise,
            key: 'enterprise',
            // A case's task names its enterprise; a year's, the region, the year and the milestone.
            render: (_, task) =>
              task.caseId ? (
                <Link to={`/cases/${encodeURIComponent(task.caseId)}`}>{task.enterpriseName}</Link>
              ) : (
                <Link to={`/years/${encodeURIComponent(task.yearId ?? '')}`}>
                  {messages.inbox.yearTask(
                    task.yearRegionName ?? messages.common.unknownRegion(task.yearRegionCode ?? ''),
                    task.year ?? 0,
                    task.milestone ? messages.labels.milestoneKind[task.milestone] : '',
                  )}
                </Link>
              ),
          },
          {
            title: messages.inbox.columns.dimension,
            key: 'dimension',
            render: (_, task) =>
              task.dimension === null
                ? '—'
                : (messages.labels.dimension[task.dimension as keyof typeof messages.labels.dimension] ??
                  task.dimension),
          },
          {
            title: messages.inbox.columns.region,
            key: 'region',
            render: (_, task) => task.regionName ?? messages.common.unknownRegion(task.regionCode),
          },
          {
            title: messages.inbox.columns.role,
            key: 'role',
            render: (_, task) => messages.labels.role[task.role],
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        {cursor && (
          <Button onClick={() => setFilter('cursor', undefined)}>{messages.common.firstPage}</Button>
        )}
        {inbox.data?.nextCursor && (
          <Button
            onClick={() =>
              setParams((prev) => {
                const next = new URLSearchParams(prev);
                next.set('cursor', inbox.data!.nextCursor!);
                return next;
              })
            }
          >
            {messages.common.nextPage}
          </Button>
        )}
      </Space>
    </>
  );
}
