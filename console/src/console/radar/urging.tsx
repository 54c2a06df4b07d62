/**
 * Batch urging (批量催办) from the radar: a note for the selected cases, sent as one batch
 * (POST /v1/urgings/batch) under a key made once per batch; the result per case as the API gives it;
 * and "retry the failed ones", which sends the cases not urged again under the same key, so a case
 * already urged is never urged twice.
 */
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  RedoOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';

type CaseSummary = Schemas['CaseSummary'];
type BatchResult = Schemas['UrgingBatchResult'];
type CaseResult = BatchResult['results'][number];
type Outcome = CaseResult['result'];

/** A key for one batch: 128 random bits (getRandomValues works where randomUUID needs HTTPS). */
function newBatchKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `urging-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface Batch {
  key: string;
  reason: string;
  /** The cases sent, in order, as the list showed them. */
  cases: CaseSummary[];
  /** The latest result of each case. */
  results: Record<string, CaseResult>;
}

/** The batch in hand: send it, retry the cases not urged, forget it. */
export function useBatchUrging() {
  const [batch, setBatch] = useState<Batch | null>(null);
  const send = useMutation({
    mutationFn: async ({ key, reason, cases }: { key: string; reason: string; cases: CaseSummary[] }) =>
      unwrap(
        api.POST('/v1/urgings/batch', {
          params: { header: { 'idempotency-key': key } },
          body: { caseIds: cases.map((c) => c.id), reason, evidence: [] },
        }),
      ),
    onSuccess: (answer, { key, reason, cases }) =>
      setBatch((previous) => {
        const base = previous?.key === key ? previous : { key, reason, cases, results: {} };
        const results = { ...base.results };
        for (const result of answer.results) results[result.caseId] = result;
        return { ...base, results };
      }),
  });
  const notUrged = batch ? batch.cases.filter((c) => batch.results[c.id]?.result !== 'urged') : [];
  return {
    batch,
    sending: send.isPending,
    error: send.error,
    urge: (reason: string, cases: CaseSummary[]) => send.mutateAsync({ key: newBatchKey(), reason, cases }),
    notUrged,
    retry: () => batch && send.mutate({ key: batch.key, reason: batch.reason, cases: notUrged }),
    dismiss: () => {
      send.reset();
      setBatch(null);
    },
  };
}

export function UrgeModal({
  open,
  cases,
  sending,
  onUrge,
  onClose,
}: {
  open: boolean;
  cases: CaseSummary[];
  sending: boolean;
  onUrge: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const messages = useMessages();
  const m = messages.radar.urge;
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setFailure(null);
    try {
      await onUrge(reason.trim());
      onClose();
    } catch (error) {
      setFailure(`${m.failed}: ${(error as Error).message}`);
    }
  };
  return (
    <Modal open={open} title={m.title(cases.length)} onCancel={onClose} destroyOnHidden footer={null}>
      <ul aria-label={m.cases} style={{ maxHeight: 160, overflowY: 'auto', paddingInlineStart: 20 }}>
        {cases.map((c) => (
          <li key={c.id}>
            {m.caseLine(c.enterpriseName, c.regionName ?? messages.common.unknownRegion(c.regionCode))}
          </li>
        ))}
      </ul>
      <Form layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="reason"
          label={m.note}
          rules={[{ required: true, whitespace: true, message: m.noteRequired }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder={m.notePlaceholder} autoFocus />
        </Form.Item>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
        <Space>
          <Button type="primary" htmlType="submit" loading={sending}>
            {m.submit}
          </Button>
          <Button onClick={onClose}>{m.cancel}</Button>
        </Space>
      </Form>
    </Modal>
  );
}

const LOOK: Record<Outcome, { color: string; background: string; border: string; icon: ReactNode }> = {
  urged: { color: '#135200', background: '#f6ffed', border: '#b7eb8f', icon: <CheckCircleOutlined /> },
  refused: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e', icon: <CloseCircleOutlined /> },
  failed: { color: '#613400', background: '#fffbe6', border: '#ffd666', icon: <ExclamationCircleOutlined /> },
};

export function UrgingResults({
  batch,
  retryCount,
  sending,
  error,
  onRetry,
  onDismiss,
}: {
  batch: Batch;
  retryCount: number;
  sending: boolean;
  error: Error | null;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const messages = useMessages();
  const m = messages.radar.results;
  const results = batch.cases.map((c) => ({ summary: c, result: batch.results[c.id] }));
  const count = (outcome: Outcome) => results.filter((r) => r.result?.result === outcome).length;
  const why = (type: string) => (m.why as Record<string, string>)[type] ?? type;
  return (
    <Card
      title={<span id="urging-results-title">{m.title}</span>}
      role="region"
      aria-labelledby="urging-results-title"
      style={{ marginBottom: 24 }}
      extra={
        <Space>
          {retryCount > 0 && (
            <Button icon={<RedoOutlined />} loading={sending} onClick={onRetry}>
              {m.retry(retryCount)}
            </Button>
          )}
          <Button onClick={onDismiss}>{m.dismiss}</Button>
        </Space>
      }
    >
      <Typography.Paragraph aria-live="polite" data-testid="urging-summary">
        {m.summary(count('urged'), count('refused'), count('failed'))}
      </Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          title={`${messages.radar.urge.failed}: ${error.message}`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table
        rowKey={(row) => row.summary.id}
        size="small"
        pagination={false}
        dataSource={results}
        columns={[
          {
            title: m.columns.enterprise,
            key: 'enterprise',
            render: (_, row) => (
              <Link to={`/cases/${encodeURIComponent(row.summary.id)}`}>{row.summary.enterpriseName}</Link>
            ),
          },
          {
            title: m.columns.result,
            key: 'result',
            render: (_, row) =>
              row.result && (
                <Tag
                  icon={LOOK[row.result.result].icon}
                  data-result={row.result.result}
                  style={{
                    color: LOOK[row.result.result].color,
                    background: LOOK[row.result.result].background,
                    borderColor: LOOK[row.result.result].border,
                  }}
                >
                  {m.result[row.result.result]}
                </Tag>
              ),
          },
          {
            title: m.columns.detail,
            key: 'detail',
            render: (_, row) =>
              row.result?.receipt
                ? m.ledger(row.result.receipt.sequence)
                : row.result?.problem && (
                    <>
                      {why(row.result.problem.type)}
                      {' — '}
                      <span lang="en">{row.result.problem.detail}</span>
                    </>
                  ),
          },
        ]}
      />
    </Card>
  );
}
