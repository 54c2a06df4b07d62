/**
 * A year's notices and interviews (通报、约谈) of the regions under its jurisdiction: each with who, when,
 * why, the commitments made and the follow-up's last day, lapsed or recorded; and, when the server says the
 * caller may (`supervision.mayI.record`), the forms to record one (POST …/supervision-actions) and to
 * record a follow-up (POST …/supervision-actions/:number/follow-ups).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Radio, Select, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { api, publicApi, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { ToneTag } from '../case/tone-tag';
import { chinaDateTime, chinaToday } from '../china-time';
import { newIdempotencyKey } from '../idempotency';
import { YearModal } from './year-modal';

type Year = Schemas['BureauYear'];
type Action = Year['supervision']['actions'][number];

export function SupervisionActions({ year }: { year: Year }) {
  const messages = useMessages();
  const s = messages.supervision.actions;
  const [form, setForm] = useState<{ kind: 'record' } | { kind: 'follow-up'; number: number } | null>(null);
  const { actions, mayI } = year.supervision;
  if (actions.length === 0 && mayI.record !== null) return null;
  return (
    <section aria-labelledby="supervision-actions-title" data-testid="supervision-actions">
      <Typography.Title level={3} id="supervision-actions-title" style={{ marginTop: 32 }}>
        {s.title}
      </Typography.Title>
      {mayI.record === null && (
        <Button style={{ marginBottom: 12 }} onClick={() => setForm({ kind: 'record' })}>
          {s.record}
        </Button>
      )}
      {actions.length > 0 && (
        <Table<Action>
          rowKey="number"
          dataSource={actions}
          pagination={false}
          size="small"
          onRow={(action) => ({ 'data-action': action.number }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: s.columns.number, key: 'number', dataIndex: 'number' },
            {
              title: s.columns.what,
              key: 'what',
              render: (_, a) =>
                `${a.heldOn} ${messages.labels.supervisionAction[a.kind]} ${a.regionName ?? a.regionCode}（${a.who}）：${a.reason}`,
            },
            { title: s.columns.commitments, key: 'commitments', dataIndex: 'commitments' },
            {
              title: s.columns.followUp,
              key: 'followUp',
              render: (_, a) =>
                a.followedUp ? (
                  <>
                    <ToneTag tone="success" data-testid="follow-up">
                      {s.followedUp(chinaDateTime(a.followedUp.at))}
                    </ToneTag>{' '}
                    {a.followedUp.note}
                  </>
                ) : (
                  <>
                    {s.due(a.followUp.lastDay)}{' '}
                    {a.overdueSince && (
                      <ToneTag tone="error" data-testid="follow-up">
                        {s.overdue}
                      </ToneTag>
                    )}
                  </>
                ),
            },
            {
              title: s.columns.actions,
              key: 'actions',
              render: (_, a) =>
                mayI.record === null && a.followedUp === null ? (
                  <Button onClick={() => setForm({ kind: 'follow-up', number: a.number })}>
                    {s.recordFollowUp}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {form?.kind === 'record' && <ActionForm year={year} onClose={() => setForm(null)} />}
      {form?.kind === 'follow-up' && (
        <FollowUpForm year={year} number={form.number} onClose={() => setForm(null)} />
      )}
    </section>
  );
}

function useAfter(year: Year, onClose: () => void) {
  const { message } = App.useApp();
  const messages = useMessages();
  const queryClient = useQueryClient();
  return async () => {
    void message.success(messages.supervision.actions.applied);
    await queryClient.invalidateQueries({ queryKey: ['year', year.id] });
    onClose();
  };
}

interface ActionValues {
  kind?: 'notice' | 'interview';
  regionCode?: string;
  heldOn?: string;
  who?: string;
  reason?: string;
  commitments?: string;
  followUpBy?: string;
}

function ActionForm({ year, onClose }: { year: Year; onClose(): void }) {
  const messages = useMessages();
  const s = messages.supervision.actions;
  const [form] = Form.useForm<ActionValues>();
  const [key] = useState(newIdempotencyKey);
  const below = useQuery({
    queryKey: ['region', year.regionCode],
    queryFn: () =>
      unwrap(publicApi.GET('/v1/regions/{code}', { params: { path: { code: year.regionCode } } })),
    staleTime: Infinity,
  });
  const send = useMutation({
    mutationFn: (values: ActionValues) =>
      unwrap(
        api.POST('/v1/years/{id}/supervision-actions', {
          params: { path: { id: year.id }, header: { 'idempotency-key': key } },
          body: {
            kind: values.kind!,
            regionCode: values.regionCode ?? '',
            heldOn: values.heldOn ?? '',
            who: values.who ?? '',
            reason: values.reason ?? '',
            commitments: values.commitments ?? '',
            followUpBy: values.followUpBy ?? '',
          },
        }),
      ),
    onSuccess: useAfter(year, onClose),
  });
  const required = [{ required: true, whitespace: true, message: messages.years.form.required }];
  return (
    <YearModal
      title={s.recordTitle}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        name="supervision-action"
        initialValues={{ kind: 'interview', heldOn: chinaToday() }}
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item
          name="kind"
          label={s.kind}
          rules={[{ required: true, message: messages.years.form.required }]}
        >
          <Radio.Group
            options={(['notice', 'interview'] as const).map((value) => ({
              value,
              label: messages.labels.supervisionAction[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={s.region}
          rules={[{ required: true, message: messages.years.form.required }]}
        >
          <Select
            aria-label={s.region}
            options={(below.data?.children ?? []).map((child) => ({ value: child.code, label: child.name }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={s.heldOn} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="who" label={s.who} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="reason" label={s.reason} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="commitments" label={s.commitments} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="followUpBy" label={s.followUpBy} rules={required}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </YearModal>
  );
}

function FollowUpForm({ year, number, onClose }: { year: Year; number: number; onClose(): void }) {
  const messages = useMessages();
  const s = messages.supervision.actions;
  const [form] = Form.useForm<{ note?: string }>();
  const [key] = useState(newIdempotencyKey);
  const send = useMutation({
    mutationFn: (values: { note?: string }) =>
      unwrap(
        api.POST('/v1/years/{id}/supervision-actions/{number}/follow-ups', {
          params: { path: { id: year.id, number }, header: { 'idempotency-key': key } },
          body: { note: values.note ?? '' },
        }),
      ),
    onSuccess: useAfter(year, onClose),
  });
  return (
    <YearModal
      title={s.followUpTitle(number)}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="supervision-follow-up"
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item
          name="note"
          label={s.note}
          rules={[{ required: true, whitespace: true, message: messages.years.form.required }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </YearModal>
  );
}
