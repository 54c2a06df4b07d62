/**
 * A year's work plan (年度工作方案): the targets of the version in force (or of the one waiting, before any
 * is approved), every version with its approval, and the forms the server says the caller may use now
 * (`plan.mayI`): amend the plan (POST …/plan/amendments) and decide an amendment (POST
 * …/plan/versions/:version/reviews). The targets editor is shared with the work_plan milestone's form.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Radio, Select, Space, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import { ToneTag, type Tone } from '../case/tone-tag';
import { chinaDateTime } from '../china-time';
import { newIdempotencyKey } from '../idempotency';
import { YearModal } from './year-modal';

type Year = Schemas['BureauYear'];
type PlanVersion = Year['plan']['versions'][number];
type TargetView = PlanVersion['targets'][number];
export type PlanTarget = Schemas['PlanTarget'];

const VERSION_TONES: Record<PlanVersion['status'], Tone> = {
  submitted: 'info',
  approved: 'success',
  returned: 'warning',
  superseded: 'neutral',
};

const who = (actor: Record<string, unknown>) => String(actor.userId ?? '');

/** The documents typed one per line, as the API takes them. */
export function evidenceOf(lines: string | undefined) {
  return (lines ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((reference) => ({ reference }));
}

function targetColumns(messages: Messages) {
  const c = messages.years.plan.columns;
  return [
    {
      title: c.measure,
      key: 'measure',
      render: (_: unknown, t: TargetView) => messages.labels.planMeasure[t.measure],
    },
    {
      title: c.dimension,
      key: 'dimension',
      render: (_: unknown, t: TargetView) => messages.labels.dimension[t.dimension],
    },
    {
      title: c.industry,
      key: 'industry',
      render: (_: unknown, t: TargetView) => messages.labels.industry[t.industry],
    },
    { title: c.enterprises, key: 'enterprises', dataIndex: 'enterprises', align: 'right' as const },
    { title: c.equipment, key: 'equipment', dataIndex: 'equipment', align: 'right' as const },
    {
      title: c.capacity,
      key: 'capacity',
      align: 'right' as const,
      render: (_: unknown, t: TargetView) => `${t.capacity} ${t.unit}`,
    },
  ];
}

export function PlanSection({ year }: { year: Year }) {
  const messages = useMessages();
  const p = messages.years.plan;
  const [form, setForm] = useState<'amend' | 'review' | null>(null);
  const { plan } = year;
  const shown =
    plan.versions.find((v) => v.version === plan.inForce) ??
    plan.versions.find((v) => v.version === plan.pending) ??
    plan.versions.at(-1);
  return (
    <section aria-labelledby="work-plan-title" data-testid="work-plan">
      <Typography.Title level={3} id="work-plan-title" style={{ marginTop: 32 }}>
        {p.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{p.intro}</Typography.Paragraph>
      {!shown ? (
        <Typography.Paragraph>{p.none}</Typography.Paragraph>
      ) : (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            {plan.inForce !== null && (
              <ToneTag tone="success" data-testid="plan-in-force">
                {p.inForce(plan.inForce)}
              </ToneTag>
            )}
            {plan.pending !== null && (
              <ToneTag tone="info" data-testid="plan-pending">
                {p.pending(plan.pending)}
              </ToneTag>
            )}
            {plan.mayI.amend === null && <Button onClick={() => setForm('amend')}>{p.amend}</Button>}
            {plan.mayI.reviewAmendment === null && (
              <Button onClick={() => setForm('review')}>{p.reviewAmendment}</Button>
            )}
          </Space>
          <Table<TargetView>
            caption={<Typography.Text strong>{p.showing(shown.version)}</Typography.Text>}
            rowKey={(t) => `${t.measure}/${t.dimension}/${t.industry}/${t.unit}`}
            dataSource={shown.targets}
            pagination={false}
            size="small"
            columns={targetColumns(messages)}
          />
          <Table<PlanVersion>
            style={{ marginTop: 16 }}
            rowKey="version"
            dataSource={plan.versions}
            pagination={false}
            size="small"
            onRow={(v) => ({ 'data-plan-version': v.version }) as HTMLAttributes<HTMLElement>}
            columns={[
              { title: p.versionColumns.version, key: 'version', dataIndex: 'version' },
              {
                title: p.versionColumns.status,
                key: 'status',
                render: (_, v) => (
                  <ToneTag tone={VERSION_TONES[v.status]} data-testid="plan-version-status">
                    {messages.labels.planVersionStatus[v.status]}
                  </ToneTag>
                ),
              },
              {
                title: p.versionColumns.amends,
                key: 'amends',
                render: (_, v) =>
                  v.amends === null ? p.firstPlan : p.amendsVersion(v.amends, v.amendmentReason ?? ''),
              },
              {
                title: p.versionColumns.submitted,
                key: 'submitted',
                render: (_, v) =>
                  `${messages.years.page.submittedBy(who(v.submittedBy), chinaDateTime(v.submittedAt))}（${v.evidence.map((e) => e.reference).join('、')}）`,
              },
              {
                title: p.versionColumns.review,
                key: 'review',
                render: (_, v) =>
                  v.review
                    ? `${messages.years.page.reviewedBy(who(v.review.by), chinaDateTime(v.review.at), messages.labels.milestoneReviewOutcome[v.review.outcome])}：${v.review.reason}`
                    : '',
              },
            ]}
          />
        </>
      )}
      {form === 'amend' && (
        <AmendmentForm year={year} from={shown?.targets ?? []} onClose={() => setForm(null)} />
      )}
      {form === 'review' && plan.pending !== null && (
        <AmendmentReviewForm year={year} version={plan.pending} onClose={() => setForm(null)} />
      )}
    </section>
  );
}

/** One row per target: measure, standard, industry, counts and capacity with its unit. */
export function TargetsEditor() {
  const messages = useMessages();
  const p = messages.years.plan;
  const f = messages.years.form;
  const options = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }));
  const required = [{ required: true, message: f.required }];
  return (
    <Form.List name="targets">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14 }}>{p.targets}</legend>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" wrap data-testid="target-row">
              <Form.Item name={[field.name, 'measure']} rules={required}>
                <Select
                  aria-label={`${p.columns.measure} ${index + 1}`}
                  style={{ width: 130 }}
                  options={options(messages.labels.planMeasure)}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'dimension']} rules={required}>
                <Select
                  aria-label={`${p.columns.dimension} ${index + 1}`}
                  style={{ width: 90 }}
                  options={options(messages.labels.dimension)}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'industry']} rules={required}>
                <Select
                  aria-label={`${p.columns.industry} ${index + 1}`}
                  style={{ width: 110 }}
                  options={options(messages.labels.industry)}
                />
              </Form.Item>
              {(['enterprises', 'equipment', 'capacity'] as const).map((name) => (
                <Form.Item key={name} name={[field.name, name]} rules={required}>
                  <InputNumber
                    aria-label={`${p.columns[name]} ${index + 1}`}
                    placeholder={p.columns[name]}
                    min={0}
                    precision={name === 'capacity' ? undefined : 0}
                    style={{ width: 90 }}
                  />
                </Form.Item>
              ))}
              <Form.Item
                name={[field.name, 'unit']}
                rules={[{ required: true, whitespace: true, message: f.required }]}
              >
                <Input
                  aria-label={`${p.columns.unit} ${index + 1}`}
                  placeholder="万吨/年"
                  style={{ width: 90 }}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={p.removeTarget(index + 1)}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Form.Item>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: '万吨/年' })}>
              {p.addTarget}
            </Button>
          </Form.Item>
        </fieldset>
      )}
    </Form.List>
  );
}

/** The editor's rows as the API takes them (the labels a view carries are left out). */
export function targetsOf(rows: Partial<PlanTarget>[] | undefined): PlanTarget[] {
  return (rows ?? []).map((row) => ({
    measure: row.measure!,
    dimension: row.dimension!,
    industry: row.industry!,
    enterprises: row.enterprises ?? 0,
    equipment: row.equipment ?? 0,
    capacity: row.capacity ?? 0,
    unit: (row.unit ?? '').trim(),
  }));
}

function useAfterPlanDecision(year: Year, onClose: () => void) {
  const messages = useMessages();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return async (receipt: Schemas['PlanReceipt']) => {
    void message.success(
      messages.years.plan.applied(messages.labels.planVersionStatus[receipt.versionStatus]),
    );
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['year', year.id] }),
      queryClient.invalidateQueries({ queryKey: ['years'] }),
    ]);
    onClose();
  };
}

interface AmendmentValues {
  targets?: Partial<PlanTarget>[];
  reason?: string;
  evidence?: string;
}

function AmendmentForm({ year, from, onClose }: { year: Year; from: TargetView[]; onClose(): void }) {
  const messages = useMessages();
  const p = messages.years.plan;
  const [form] = Form.useForm<AmendmentValues>();
  const [key] = useState(newIdempotencyKey);
  const send = useMutation({
    mutationFn: (values: AmendmentValues) =>
      unwrap(
        api.POST('/v1/years/{id}/plan/amendments', {
          params: { path: { id: year.id }, header: { 'idempotency-key': key } },
          body: {
            targets: targetsOf(values.targets),
            reason: values.reason ?? '',
            evidence: evidenceOf(values.evidence),
          },
        }),
      ),
    onSuccess: useAfterPlanDecision(year, onClose),
  });
  const required = [{ required: true, whitespace: true, message: messages.years.form.required }];
  return (
    <YearModal
      title={p.amendTitle}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<AmendmentValues>
        form={form}
        layout="vertical"
        name="plan-amendment"
        // The amendment starts from the plan it amends.
        initialValues={{ targets: targetsOf(from) }}
        onFinish={(values) => send.mutate(values)}
      >
        <TargetsEditor />
        <Form.Item name="reason" label={p.amendReason} rules={required}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidence" label={p.amendEvidence} rules={required}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </YearModal>
  );
}

interface ReviewValues {
  outcome?: 'accepted' | 'returned';
  reason?: string;
}

function AmendmentReviewForm({ year, version, onClose }: { year: Year; version: number; onClose(): void }) {
  const messages = useMessages();
  const f = messages.years.form;
  const [form] = Form.useForm<ReviewValues>();
  const [key] = useState(newIdempotencyKey);
  const send = useMutation({
    mutationFn: (values: ReviewValues) =>
      unwrap(
        api.POST('/v1/years/{id}/plan/versions/{version}/reviews', {
          params: { path: { id: year.id, version }, header: { 'idempotency-key': key } },
          body: { outcome: values.outcome!, reason: values.reason ?? '' },
        }),
      ),
    onSuccess: useAfterPlanDecision(year, onClose),
  });
  return (
    <YearModal
      title={messages.years.plan.reviewTitle(version)}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<ReviewValues>
        form={form}
        layout="vertical"
        name="plan-review"
        onFinish={(values) => send.mutate(values)}
      >
        <Form.Item name="outcome" label={f.outcome} rules={[{ required: true, message: f.required }]}>
          <Radio.Group
            options={(['accepted', 'returned'] as const).map((value) => ({
              value,
              label: messages.labels.milestoneReviewOutcome[value],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={f.reason}
          rules={[{ required: true, whitespace: true, message: f.required }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </YearModal>
  );
}
