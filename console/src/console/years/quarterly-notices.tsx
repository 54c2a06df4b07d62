/**
 * A year's quarterly notices to the member units (季度通报, 000 五（五）): for each quarter, whether it is
 * issued — its lists' counts as of the quarter's end, the receipts' last day, lapsed or not, a link to its
 * public page — or, when the server says the caller may (`mayIssue[].problem` null), the form to issue it
 * on demand (POST …/quarterly-notices), disabled with the server's reason otherwise. Under each notice,
 * every member unit with what it must do and its receipt (签收), or the form to record it (POST
 * …/quarterly-notices/:quarter/receipts) when `mayRecordReceipts` is null.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { ToneTag } from '../case/tone-tag';
import { chinaDate, chinaDateTime, chinaToday } from '../china-time';
import { newIdempotencyKey } from '../idempotency';
import { YearModal } from './year-modal';

type Year = Schemas['BureauYear'];
type Notices = Year['quarterlyNotices'];
type Notice = Notices['notices'][number];
type UnitRow = Notice['units'][number];
type MemberUnit = UnitRow['unit'];

interface QuarterRow {
  quarter: number;
  notice: Notice | undefined;
  problem: string | null;
}

const QUARTERS = [1, 2, 3, 4];

/** The quarter's last day: a notice is as of 24:00 of it (the next day's first instant). */
const lastDayOf = (asOf: string) => chinaDate(new Date(Date.parse(asOf) - 1).toISOString());

/** The quarter's last day before any notice says it (the quarter ends at 24:00 CST of it). */
const quarterLastDay = (year: number, quarter: number) =>
  `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;

export function QuarterlyNotices({ year }: { year: Year }) {
  const messages = useMessages();
  const n = messages.years.notices;
  const { notices, memberUnits, mayIssue, mayRecordReceipts } = year.quarterlyNotices;
  const [form, setForm] = useState<
    { kind: 'issue'; quarter: number } | { kind: 'receipt'; notice: Notice; unit: MemberUnit } | null
  >(null);
  const who = (actor: Record<string, unknown>) =>
    actor.userId === 'system' ? messages.years.page.system : String(actor.userId ?? '');
  const rows: QuarterRow[] = QUARTERS.map((quarter) => ({
    quarter,
    notice: notices.find((notice) => notice.quarter === quarter),
    problem: mayIssue.find((may) => may.quarter === quarter)?.problem ?? null,
  }));
  const unitLabel = (unit: MemberUnit) => messages.labels.memberUnit[unit];

  return (
    <section aria-labelledby="quarterly-notices-title" data-testid="quarterly-notices">
      <Typography.Title level={3} id="quarterly-notices-title" style={{ marginTop: 32 }}>
        {n.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{n.intro}</Typography.Paragraph>
      {memberUnits.length === 0 && notices.length === 0 ? (
        <Typography.Paragraph>{n.noMemberUnits}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph data-testid="member-units">
            {n.memberUnits(memberUnits.map(unitLabel).join('、'))}
          </Typography.Paragraph>
          <Table<QuarterRow>
            rowKey="quarter"
            dataSource={rows}
            pagination={false}
            size="small"
            onRow={(row) => ({ 'data-quarter': row.quarter }) as HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: n.columns.quarter,
                key: 'quarter',
                render: (_, row) => (
                  <>
                    <Typography.Text strong>{n.quarter(row.quarter)}</Typography.Text>
                    <br />
                    {n.asOf(row.notice ? lastDayOf(row.notice.asOf) : quarterLastDay(year.year, row.quarter))}
                  </>
                ),
              },
              {
                title: n.columns.status,
                key: 'status',
                render: (_, { notice }) =>
                  notice ? (
                    <>
                      <ToneTag tone="success" data-testid="notice-status">
                        {n.issued}
                      </ToneTag>{' '}
                      {n.issuedBy(who(notice.issuedBy), chinaDateTime(notice.issuedAt))}
                      <br />
                      <a href={`/public/quarterly-notices/${notice.noticeId}`} data-testid="notice-link">
                        {n.publicLink}（{notice.noticeId}）
                      </a>
                    </>
                  ) : (
                    <ToneTag tone="neutral" data-testid="notice-status">
                      {n.notIssued}
                    </ToneTag>
                  ),
              },
              {
                title: n.columns.lists,
                key: 'lists',
                render: (_, { notice }) =>
                  notice ? (
                    <span data-testid="notice-counts">
                      {n.counts(notice.counts.to_rectify, notice.counts.to_exit)}
                    </span>
                  ) : null,
              },
              {
                title: n.columns.receipts,
                key: 'receipts',
                render: (_, { notice }) =>
                  notice ? (
                    <>
                      {n.signed(
                        notice.units.filter((unit) => unit.receipt !== null).length,
                        notice.units.length,
                      )}
                      <br />
                      <span data-testid="acknowledge-by">
                        {n.acknowledgeBy(notice.acknowledgeBy.lastDay)}
                      </span>{' '}
                      {notice.overdueSince && (
                        <ToneTag tone="error" data-testid="notice-overdue">
                          {n.overdue}
                        </ToneTag>
                      )}
                    </>
                  ) : null,
              },
              {
                title: n.columns.actions,
                key: 'actions',
                render: (_, { quarter, notice, problem }) =>
                  notice ? null : (
                    <>
                      <Button
                        disabled={problem !== null}
                        aria-describedby={problem !== null ? `issue-problem-${quarter}` : undefined}
                        onClick={() => setForm({ kind: 'issue', quarter })}
                      >
                        {n.issue}
                      </Button>
                      {problem !== null && (
                        <Typography.Paragraph
                          type="secondary"
                          id={`issue-problem-${quarter}`}
                          data-testid="issue-problem"
                          lang="en"
                          style={{ margin: '4px 0 0', maxWidth: 320 }}
                        >
                          {problem}
                        </Typography.Paragraph>
                      )}
                    </>
                  ),
              },
            ]}
          />
        </>
      )}
      {[...notices]
        .sort((a, b) => a.quarter - b.quarter)
        .map((notice) => (
          <div key={notice.quarter} data-notice={notice.noticeId}>
            <Typography.Title level={4} style={{ marginTop: 24 }}>
              {n.unitsTitle(notice.quarter)}
            </Typography.Title>
            <Table<UnitRow>
              rowKey="unit"
              dataSource={notice.units}
              pagination={false}
              size="small"
              onRow={(row) => ({ 'data-unit': row.unit }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: n.unitColumns.unit, key: 'unit', render: (_, row) => unitLabel(row.unit) },
                {
                  title: n.unitColumns.duties,
                  key: 'duties',
                  render: (_, row) =>
                    row.duties.map((duty) => messages.quarterlyNotices.duty[duty.code]).join('；'),
                },
                {
                  title: n.unitColumns.receipt,
                  key: 'receipt',
                  render: (_, { receipt }) =>
                    receipt ? (
                      <>
                        <ToneTag tone={receipt.late ? 'warning' : 'success'} data-testid="receipt">
                          {receipt.late ? n.late : n.receipt(receipt.signer, receipt.receivedOn)}
                        </ToneTag>
                        {receipt.late && <> {n.receipt(receipt.signer, receipt.receivedOn)}</>}
                        {receipt.note && <> {receipt.note}</>}
                      </>
                    ) : (
                      <ToneTag tone={notice.overdueSince ? 'error' : 'neutral'} data-testid="receipt">
                        {notice.overdueSince ? n.overdue : n.awaiting}
                      </ToneTag>
                    ),
                },
                {
                  title: n.unitColumns.actions,
                  key: 'actions',
                  render: (_, row) =>
                    mayRecordReceipts === null && row.receipt === null ? (
                      <Button onClick={() => setForm({ kind: 'receipt', notice, unit: row.unit })}>
                        {n.record}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </div>
        ))}
      {form?.kind === 'issue' && (
        <IssueForm
          year={year}
          quarter={form.quarter}
          units={memberUnits.length}
          onClose={() => setForm(null)}
        />
      )}
      {form?.kind === 'receipt' && (
        <ReceiptForm year={year} notice={form.notice} unit={form.unit} onClose={() => setForm(null)} />
      )}
    </section>
  );
}

function useAfter(year: Year, onClose: () => void) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['year', year.id] }),
      queryClient.invalidateQueries({ queryKey: ['years'] }),
    ]);
    onClose();
  };
}

function IssueForm({
  year,
  quarter,
  units,
  onClose,
}: {
  year: Year;
  quarter: number;
  units: number;
  onClose(): void;
}) {
  const messages = useMessages();
  const n = messages.years.notices;
  const { message } = App.useApp();
  const [key] = useState(newIdempotencyKey);
  const after = useAfter(year, onClose);
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/v1/years/{id}/quarterly-notices', {
          params: { path: { id: year.id }, header: { 'idempotency-key': key } },
          body: { quarter: quarter as 1 | 2 | 3 | 4 },
        }),
      ),
    onSuccess: async (receipt) => {
      void message.success(n.issuedApplied(receipt.noticeId));
      await after();
    },
  });
  return (
    <YearModal
      title={n.issueTitle(quarter)}
      sending={send.isPending}
      error={send.error}
      onOk={() => send.mutate()}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {n.issueExplained(quarterLastDay(year.year, quarter), units)}
      </Typography.Paragraph>
    </YearModal>
  );
}

interface ReceiptValues {
  unit?: MemberUnit;
  signer?: string;
  receivedOn?: string;
  note?: string;
}

function ReceiptForm({
  year,
  notice,
  unit,
  onClose,
}: {
  year: Year;
  notice: Notice;
  unit: MemberUnit;
  onClose(): void;
}) {
  const messages = useMessages();
  const n = messages.years.notices;
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptValues>();
  const [key] = useState(newIdempotencyKey);
  const after = useAfter(year, onClose);
  const send = useMutation({
    mutationFn: (values: ReceiptValues) =>
      unwrap(
        api.POST('/v1/years/{id}/quarterly-notices/{quarter}/receipts', {
          params: { path: { id: year.id, quarter: notice.quarter }, header: { 'idempotency-key': key } },
          body: {
            unit: values.unit!,
            signer: values.signer ?? '',
            receivedOn: values.receivedOn ?? '',
            note: values.note ?? '',
          },
        }),
      ),
    onSuccess: async () => {
      void message.success(n.recorded);
      await after();
    },
  });
  const required = [{ required: true, whitespace: true, message: messages.years.form.required }];
  return (
    <YearModal
      title={n.recordTitle(notice.quarter)}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ReceiptValues>
        form={form}
        layout="vertical"
        name="notice-receipt"
        initialValues={{ unit, receivedOn: chinaToday() }}
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item
          name="unit"
          label={n.unit}
          rules={[{ required: true, message: messages.years.form.required }]}
        >
          <Select
            aria-label={n.unit}
            options={notice.units
              .filter((row) => row.receipt === null)
              .map((row) => ({ value: row.unit, label: messages.labels.memberUnit[row.unit] }))}
          />
        </Form.Item>
        <Form.Item name="signer" label={n.signer} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="receivedOn" label={n.receivedOn} rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="note" label={n.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </YearModal>
  );
}
