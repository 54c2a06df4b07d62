/**
 * The yearly announcement (年度公告, GET /v1/announcements/:key) of the caller's jurisdiction or one
 * directly inside it: every version with its cut-off, content, correction, who drew it up and who
 * decided it; the actions the server says the caller may take now (`mayI`) — draw up a version (POST
 * /v1/announcements), approve or discard a draft (POST …/decisions) — each in a dialog that keeps one
 * Idempotency-Key; each version's workbook; the public page of what is published; the ledger.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Spin, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';

import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { useRegionYearChoice } from '../years/region-year-choice';
import { ToneTag, type Tone } from '../case/tone-tag';
import { chinaDateTime, chinaToday } from '../china-time';
import { blobOf, saveBlob } from '../download';
import { newIdempotencyKey } from '../idempotency';
import { YearModal } from '../years/year-modal';

type Announcement = Schemas['Announcement'];
type Version = Announcement['versions'][number];

const STATUS_TONES: Record<Version['status'], Tone> = {
  draft: 'info',
  published: 'success',
  discarded: 'neutral',
};
const who = (actor: Record<string, unknown>) => String(actor.userId ?? '');

export function AnnouncementsPage() {
  const messages = useMessages();
  const m = messages.announcements;
  const thisYear = Number(chinaToday().slice(0, 4));
  // The year just ended is the one to announce.
  const { regionCode, year, picker } = useRegionYearChoice({ lastYear: thisYear, defaultYear: thisYear - 1 });
  const key = `GG-${regionCode}-${year}`;
  const [form, setForm] = useState<
    { kind: 'draft' } | { kind: 'approved' | 'discarded'; version: number } | null
  >(null);

  const announcement = useQuery({
    queryKey: ['announcement', key],
    queryFn: () => unwrap(api.GET('/v1/announcements/{key}', { params: { path: { key } } })),
    retry: false,
  });
  const download = async (version: number) => {
    const { blob, name } = await blobOf(
      api.GET('/v1/announcements/{key}/versions/{version}', {
        params: { path: { key, version }, query: { format: 'xlsx' } },
        parseAs: 'blob',
      }),
      `${key}-${version}.xlsx`,
    );
    saveBlob(blob, name);
  };
  const data = announcement.data;

  return (
    <>
      <Typography.Title level={2}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      {picker}
      {announcement.isPending && <Spin />}
      {announcement.error && (
        <Alert
          type="error"
          showIcon
          title={messages.common.errorTitle}
          description={announcement.error.message}
        />
      )}
      {data && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {data.published !== null ? (
              <>
                <ToneTag tone="success" data-testid="announcement-published">
                  {m.published(data.published)}
                </ToneTag>
                <a href={`/public/announcements/${data.key}-${data.published}`}>{m.publicLink}</a>
              </>
            ) : (
              <span>{data.versions.length === 0 ? m.none : null}</span>
            )}
            {data.mayI.draft === null && (
              <Button type="primary" onClick={() => setForm({ kind: 'draft' })}>
                {m.draft}
              </Button>
            )}
          </Space>
          {data.versions.length > 0 && (
            <Table<Version>
              caption={<Typography.Text strong>{m.versionsTitle}</Typography.Text>}
              rowKey="version"
              dataSource={data.versions}
              pagination={false}
              onRow={(v) => ({ 'data-version': v.version }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: m.columns.version, key: 'version', dataIndex: 'version' },
                {
                  title: m.columns.status,
                  key: 'status',
                  render: (_, v) => (
                    <ToneTag tone={STATUS_TONES[v.status]} data-testid="version-status">
                      {messages.labels.announcementStatus[v.status]}
                    </ToneTag>
                  ),
                },
                { title: m.columns.cutoff, key: 'cutoff', dataIndex: 'cutoff' },
                {
                  title: m.columns.content,
                  key: 'content',
                  render: (_, v) =>
                    m.content(
                      v.enterprises,
                      v.rows,
                      v.totals.map((t) => `${t.capacityValue} ${t.capacityUnit}`).join('；'),
                    ),
                },
                {
                  title: m.columns.correction,
                  key: 'correction',
                  render: (_, v) => (v.corrects === null ? '' : m.corrects(v.corrects, v.correction ?? '')),
                },
                {
                  title: m.columns.drafted,
                  key: 'drafted',
                  render: (_, v) => m.by(who(v.draftedBy), chinaDateTime(v.draftedAt)),
                },
                {
                  title: m.columns.decision,
                  key: 'decision',
                  render: (_, v) =>
                    v.decision
                      ? `${m.by(who(v.decision.by), chinaDateTime(v.decision.at))}：${v.decision.reason}`
                      : '',
                },
                {
                  title: m.columns.actions,
                  key: 'actions',
                  render: (_, v) => (
                    <span style={{ display: 'inline-flex', gap: 8, flexWrap: 'wrap' }}>
                      <Button onClick={() => void download(v.version)}>{m.preview}</Button>
                      {v.mayI.approve === null && (
                        <Button onClick={() => setForm({ kind: 'approved', version: v.version })}>
                          {m.approve}
                        </Button>
                      )}
                      {v.mayI.discard === null && (
                        <Button onClick={() => setForm({ kind: 'discarded', version: v.version })}>
                          {m.discard}
                        </Button>
                      )}
                    </span>
                  ),
                },
              ]}
            />
          )}
          {data.events.length > 0 && (
            <>
              <Typography.Title level={3} style={{ marginTop: 32 }}>
                {m.ledger}{' '}
                <ToneTag tone={data.chain.intact ? 'success' : 'error'} data-testid="chain">
                  {data.chain.intact ? messages.years.page.chainIntact : messages.years.page.chainBroken}
                </ToneTag>
              </Typography.Title>
              <Table<Announcement['events'][number]>
                rowKey="sequence"
                dataSource={data.events}
                pagination={false}
                size="small"
                onRow={(entry) => ({ 'data-event': entry.type }) as HTMLAttributes<HTMLElement>}
                columns={[
                  {
                    title: messages.years.page.ledgerColumns.sequence,
                    key: 'sequence',
                    dataIndex: 'sequence',
                  },
                  {
                    title: messages.years.page.ledgerColumns.type,
                    key: 'type',
                    render: (_, entry) => (m.eventType as Record<string, string>)[entry.type] ?? entry.type,
                  },
                  {
                    title: messages.years.page.ledgerColumns.at,
                    key: 'at',
                    render: (_, entry) => chinaDateTime(entry.occurredAt),
                  },
                  {
                    title: messages.years.page.ledgerColumns.actor,
                    key: 'actor',
                    render: (_, entry) => who(entry.actor),
                  },
                  {
                    title: messages.years.page.ledgerColumns.detail,
                    key: 'detail',
                    render: (_, entry) => entry.reason ?? '',
                  },
                ]}
              />
            </>
          )}
          {form?.kind === 'draft' && (
            <DraftForm
              announcement={data}
              onClose={() => setForm(null)}
              regionCode={regionCode}
              year={year}
            />
          )}
          {form && form.kind !== 'draft' && (
            <DecisionForm
              announcement={data}
              version={form.version}
              outcome={form.kind}
              onClose={() => setForm(null)}
            />
          )}
        </>
      )}
    </>
  );
}

function useAfterDecision(key: string, onClose: () => void) {
  const messages = useMessages();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return async (receipt: Schemas['AnnouncementReceipt']) => {
    void message.success(
      messages.announcements.form.applied(messages.labels.announcementStatus[receipt.status]),
    );
    await queryClient.invalidateQueries({ queryKey: ['announcement', key] });
    onClose();
  };
}

function DraftForm({
  announcement,
  regionCode,
  year,
  onClose,
}: {
  announcement: Announcement;
  regionCode: string;
  year: number;
  onClose(): void;
}) {
  const messages = useMessages();
  const f = messages.announcements.form;
  const [form] = Form.useForm<{ cutoff?: string; correction?: string }>();
  const [key] = useState(newIdempotencyKey);
  const correcting = announcement.published !== null;
  const send = useMutation({
    mutationFn: (values: { cutoff?: string; correction?: string }) =>
      unwrap(
        api.POST('/v1/announcements', {
          params: { header: { 'idempotency-key': key } },
          body: {
            regionCode,
            year,
            cutoff: values.cutoff ?? '',
            ...(correcting ? { correction: values.correction ?? '' } : {}),
          },
        }),
      ),
    onSuccess: useAfterDecision(announcement.key, onClose),
  });
  const required = [{ required: true, whitespace: true, message: messages.years.form.required }];
  return (
    <YearModal
      title={f.draftTitle}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="announcement-draft"
        initialValues={{ cutoff: chinaToday() }}
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item name="cutoff" label={f.cutoff} rules={required}>
          <Input type="date" />
        </Form.Item>
        {correcting && (
          <Form.Item name="correction" label={f.correction} rules={required}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </YearModal>
  );
}

function DecisionForm({
  announcement,
  version,
  outcome,
  onClose,
}: {
  announcement: Announcement;
  version: number;
  outcome: 'approved' | 'discarded';
  onClose(): void;
}) {
  const messages = useMessages();
  const f = messages.announcements.form;
  const [form] = Form.useForm<{ reason?: string }>();
  const [key] = useState(newIdempotencyKey);
  const send = useMutation({
    mutationFn: (values: { reason?: string }) =>
      unwrap(
        api.POST('/v1/announcements/{key}/versions/{version}/decisions', {
          params: { path: { key: announcement.key, version }, header: { 'idempotency-key': key } },
          body: { outcome, reason: values.reason ?? '' },
        }),
      ),
    onSuccess: useAfterDecision(announcement.key, onClose),
  });
  return (
    <YearModal
      title={outcome === 'approved' ? f.approveTitle(version) : f.discardTitle(version)}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        name="announcement-decision"
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item
          name="reason"
          label={f.reason}
          rules={[{ required: true, whitespace: true, message: messages.years.form.required }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </YearModal>
  );
}
