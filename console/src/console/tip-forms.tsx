/**
 * The two decisions a tip waits for, as forms: the office's triage (POST /v1/tips/:id/triage) and the
 * assigned department's verification (POST /v1/tips/:id/verification). Each form makes one
 * Idempotency-Key when it opens and sends it with every try, so a double click or a retry after a lost
 * answer is applied once. A refusal shows the server's reason as written.
 */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Department, Dimension, Industry } from '../../../domain/enums';
import { NATIONAL, currentVersionOf, isKnownPolicy, policyOf as resolvePolicy } from '../../../domain/policy';
import { api, ProblemError, unwrap, type Schemas } from '../http/client';
import { useMessages } from '../i18n/console';
import { chinaToday } from './china-time';
import { newIdempotencyKey } from './idempotency';

type TipRecord = Schemas['TipRecord'];

/** The policy the tip was received under (the national default's current one for a policy this build does not know). */
function policyOf(tip: Pick<TipRecord, 'policyProfile' | 'policyVersion'>) {
  const key = { policyProfile: tip.policyProfile, policyVersion: tip.policyVersion };
  return resolvePolicy(isKnownPolicy(key) ? key : { policyVersion: currentVersionOf(NATIONAL) });
}

/** One key per opened form, and what a sent decision does to the cached tip and list. */
function useDecision<Body>(
  tip: TipRecord,
  send: (key: string, body: Body) => Promise<Schemas['TipDecisionReceipt']>,
) {
  const messages = useMessages();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [key] = useState(newIdempotencyKey);
  return useMutation({
    mutationFn: (body: Body) => send(key, body),
    onSuccess: async (receipt) => {
      void message.success(messages.tips.form.applied(messages.labels.tipStatus[receipt.status]));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tip', tip.id] }),
        queryClient.invalidateQueries({ queryKey: ['tips'] }),
      ]);
    },
  });
}

/** Why the server did not take a decision, as it wrote it; or, with no answer, that a retry is safe. */
function DecisionProblem({ error }: { error: Error | null }) {
  const messages = useMessages();
  if (!error) return null;
  if (error instanceof ProblemError && error.status < 500) {
    const fields = (error.problem as { errors?: { pointer: string; detail: string }[] }).errors ?? [];
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        title={messages.tips.form.refused}
        description={
          <>
            <span data-testid="refusal">{error.problem.detail ?? error.message}</span>
            {fields.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {fields.map((field) => (
                  <li key={field.pointer}>
                    <code>{field.pointer}</code> {field.detail}
                  </li>
                ))}
              </ul>
            )}
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={messages.common.errorTitle}
      description={`${messages.tips.form.retry} (${error.message})`}
    />
  );
}

// ---- triage (分办), by the office

interface TriageValues {
  /** Absent for a tip about an illegal capacity swap: a swap is not one of the five standards. */
  dimension?: Dimension;
  department: Department;
  reason: string;
}

export function TriageForm({ tip }: { tip: TipRecord }) {
  const messages = useMessages();
  const m = messages.tips.triage;
  const [form] = Form.useForm<TriageValues>();
  const dimension = Form.useWatch('dimension', form);
  const policy = policyOf(tip);
  // A swap tip goes to a department that owns capacity swaps under the tip's policy, with no dimension.
  const swap = tip.category === 'illegal_capacity_swap';
  const decision = useDecision<TriageValues>(tip, (key, body) =>
    unwrap(
      api.POST('/v1/tips/{id}/triage', {
        params: { path: { id: tip.id }, header: { 'idempotency-key': key } },
        body: swap ? { reason: body.reason, department: body.department } : body,
      }),
    ),
  );
  const owners: readonly string[] = swap
    ? policy.rules.capacitySwapOwners
    : dimension
      ? policy.dimensions[dimension].owners
      : [];
  const required = [{ required: true, message: messages.tips.form.required }];

  return (
    <Form<TriageValues>
      form={form}
      name="tip-triage"
      layout="vertical"
      initialValues={swap ? {} : { dimension: tip.tip.dimension as Dimension | undefined }}
      onValuesChange={(changed: Partial<TriageValues>) => {
        // A department that does not own the newly chosen standard is cleared, not sent.
        if (
          changed.dimension &&
          !policy.dimensions[changed.dimension].owners.includes(form.getFieldValue('department'))
        )
          form.setFieldValue('department', undefined);
      }}
      onFinish={(values) => decision.mutate(values)}
    >
      <DecisionProblem error={decision.error} />
      <Row gutter={16}>
        {!swap && (
          <Col xs={24} md={12}>
            <Form.Item name="dimension" label={m.dimension} rules={required}>
              <Select
                options={Object.entries(messages.labels.dimension).map(([value, label]) => ({
                  value,
                  label,
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item
            name="department"
            label={m.department}
            rules={required}
            extra={swap ? m.swapOwnersHint : m.ownersHint}
          >
            <Select
              options={owners.map((value) => ({
                value,
                label: messages.labels.department[value as Department],
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="reason" label={m.reason} rules={[{ ...required[0], whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={decision.isPending}>
        {m.submit}
      </Button>
    </Form>
  );
}

// ---- verification (核查), by the assigned department

interface VerificationValues {
  result: 'verified' | 'unfounded';
  /** A swap tip found true: the standard its finding is in, or '' for none (closed as swap_confirmed). */
  findingDimension?: Dimension | '';
  reason: string;
  evidence: { reference: string; description?: string }[];
  finding?: {
    documentNumber: string;
    enterprise: { name: string; creditCode: string; regionCode: string };
    industry: Industry;
    capacity: { equipment: string; value: number; unit: string };
    legalBasis: { law: string; standard?: string };
    findingDate: Dayjs;
    rectificationMonths?: number;
  };
}

const trimmedOrAbsent = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

export function VerificationForm({ tip }: { tip: TipRecord }) {
  const messages = useMessages();
  const m = messages.tips.verification;
  const [form] = Form.useForm<VerificationValues>();
  const result = Form.useWatch('result', form);
  const findingDimension = Form.useWatch('findingDimension', form);
  const triage = tip.triage!;
  const policy = policyOf(tip);
  // A swap tip has no triaged dimension: found true, it either closes with no finding or files one in a
  // standard the department owns under the tip's policy (domain/tip.ts).
  const swap = tip.category === 'illegal_capacity_swap';
  const dimension: Dimension | undefined = swap
    ? findingDimension || undefined
    : (triage.dimension as Dimension);
  const ownedDimensions = (Object.keys(policy.dimensions) as Dimension[]).filter((code) =>
    policy.dimensions[code].owners.includes(triage.department as Department),
  );
  const setsPeriod =
    dimension !== undefined && policy.dimensions[dimension].rectificationMonths === 'set_by_department';
  const decision = useDecision<Schemas['TipVerificationInput']>(tip, (key, body) =>
    unwrap(
      api.POST('/v1/tips/{id}/verification', {
        params: { path: { id: tip.id }, header: { 'idempotency-key': key } },
        body,
      }),
    ),
  );
  const required = [{ required: true, whitespace: true, message: messages.tips.form.required }];
  const today = chinaToday();

  const submit = (values: VerificationValues) => {
    const evidence = values.evidence.map((item) => ({
      reference: item.reference.trim(),
      ...(trimmedOrAbsent(item.description) ? { description: trimmedOrAbsent(item.description)! } : {}),
    }));
    const finding =
      values.result === 'verified' && dimension !== undefined && values.finding ? values.finding : undefined;
    decision.mutate({
      result: values.result,
      reason: values.reason,
      evidence,
      ...(finding
        ? {
            finding: {
              // The finding is the assigned department's, of the triaged standard, made on a tip.
              department: triage.department as Department,
              dimension: dimension!,
              source: 'tip' as const,
              documentNumber: finding.documentNumber,
              enterprise: finding.enterprise,
              industry: finding.industry,
              capacity: finding.capacity,
              legalBasis: {
                law: finding.legalBasis.law,
                ...(trimmedOrAbsent(finding.legalBasis.standard)
                  ? { standard: trimmedOrAbsent(finding.legalBasis.standard)! }
                  : {}),
              },
              findingDate: finding.findingDate.format('YYYY-MM-DD'),
              ...(setsPeriod && finding.rectificationMonths !== undefined
                ? { rectificationMonths: finding.rectificationMonths }
                : {}),
              evidence,
            },
          }
        : {}),
    });
  };

  return (
    <Form<VerificationValues>
      form={form}
      name="tip-verification"
      layout="vertical"
      initialValues={{
        evidence: [{ reference: '' }],
        findingDimension: '',
        finding: {
          enterprise: {
            name: tip.tip.enterpriseName,
            creditCode: tip.tip.creditCode ?? '',
            regionCode: tip.tip.regionCode,
          },
          industry: tip.tip.industry as Industry | undefined,
          findingDate: dayjs(today),
        },
      }}
      onFinish={submit}
    >
      <DecisionProblem error={decision.error} />
      <Form.Item
        name="result"
        label={m.result}
        rules={[{ required: true, message: messages.tips.form.required }]}
      >
        <Radio.Group
          options={(['verified', 'unfounded'] as const).map((value) => ({
            value,
            label: messages.labels.verificationResult[value],
          }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={m.reason} rules={required}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 14, fontWeight: 600, border: 0, marginBottom: 8 }}>{m.evidence}</legend>
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col flex="1 1 260px">
                    <Form.Item name={[field.name, 'reference']} rules={required}>
                      <Input
                        aria-label={`${m.evidenceItem(index + 1)}：${m.reference}`}
                        placeholder={m.reference}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="1 1 260px">
                    <Form.Item name={[field.name, 'description']}>
                      <Input
                        aria-label={`${m.evidenceItem(index + 1)}：${m.description}`}
                        placeholder={m.description}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <Button
                      icon={<MinusCircleOutlined />}
                      aria-label={m.removeEvidence(index + 1)}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({ reference: '' })}>
                  {m.addEvidence}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
      </fieldset>

      {result === 'verified' && swap && (
        <Form.Item name="findingDimension" label={m.swapFinding} extra={m.swapFindingHint}>
          <Radio.Group
            options={[
              { value: '', label: m.swapNoFinding },
              ...ownedDimensions.map((code) => ({
                value: code,
                label: m.swapFindingIn(messages.labels.dimension[code]),
              })),
            ]}
          />
        </Form.Item>
      )}
      {result === 'verified' && dimension !== undefined && (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, fontWeight: 600, border: 0, marginBottom: 8 }}>{m.finding}</legend>
          <Typography.Paragraph type="secondary">
            {messages.labels.department[triage.department as Department]} ·{' '}
            {messages.labels.dimension[dimension]}
          </Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['finding', 'documentNumber']} label={m.documentNumber} rules={required}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['finding', 'findingDate']}
                label={m.findingDate}
                rules={[{ required: true, message: messages.tips.form.required }]}
              >
                <DatePicker
                  disabledDate={(day) => day.format('YYYY-MM-DD') > today}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['finding', 'enterprise', 'name']} label={m.enterpriseName} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['finding', 'enterprise', 'creditCode']} label={m.creditCode} rules={required}>
                <Input maxLength={18} spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['finding', 'enterprise', 'regionCode']} label={m.regionCode} rules={required}>
                <Input maxLength={6} inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['finding', 'industry']}
                label={m.industry}
                rules={[{ required: true, message: messages.tips.form.required }]}
              >
                <Select
                  options={Object.entries(messages.labels.industry).map(([value, label]) => ({
                    value,
                    label,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['finding', 'capacity', 'equipment']} label={m.equipment} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={['finding', 'capacity', 'value']}
                label={m.capacityValue}
                rules={[{ required: true, message: messages.tips.form.required }]}
              >
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['finding', 'capacity', 'unit']} label={m.capacityUnit} rules={required}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['finding', 'legalBasis', 'law']} label={m.law} rules={required}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['finding', 'legalBasis', 'standard']} label={m.standard}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            {setsPeriod && (
              <Col xs={24} md={12}>
                <Form.Item
                  name={['finding', 'rectificationMonths']}
                  label={m.rectificationMonths}
                  rules={[{ required: true, message: messages.tips.form.required }]}
                >
                  <InputNumber min={1} max={24} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
          </Row>
        </fieldset>
      )}
      <Button type="primary" htmlType="submit" loading={decision.isPending}>
        {m.submit}
      </Button>
    </Form>
  );
}
