/**
 * One decision's form, drawn from its request schema (form-model.ts): choices as Selects labelled in
 * the user's language, numbers, dates as DatePickers, lines and paragraphs of text, groups as
 * fieldsets, lists with add and remove. It carries one idempotency key from the moment it opens: every
 * retry and double click sends the same key, so the decision applies once; a recorded decision gets a
 * new key. What the user types is kept as a draft in this browser until the decision is recorded.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import type { FormInstance, Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api, ProblemError, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft, type DraftPlace } from './drafts';
import {
  bodyOf,
  draftOf,
  formValuesOf,
  initialItems,
  requiredByAlternatives,
  satisfies,
  shapeOf,
  visibleFields,
  type DateCodec,
  type Field,
  type Shape,
} from './form-model';
import type { JsonSchema } from './request-schemas.mjs';

type Allowed = Schemas['DecisionOptions']['allowed'][number];
type Receipt = Schemas['DecisionReceipt'];
type NamePath = (string | number)[];

const DATES: DateCodec = {
  toText: (value, kind) =>
    dayjs.isDayjs(value) ? (kind === 'date' ? value.format('YYYY-MM-DD') : value.toISOString()) : undefined,
  fromText: (text) => dayjs(text),
};

/** How one decision's fields are worded: its own labels first, then the common ones, then the domain's. */
function wording(messages: Messages, kind: Allowed['kind']) {
  const m = messages.decisions;
  const own = (m.fieldsOf as Record<string, Record<string, string> | undefined>)[kind] ?? {};
  const ownValues =
    (m.valuesOf as Record<string, Record<string, Record<string, string>> | undefined>)[kind] ?? {};
  const domain: Record<string, Record<string, string>> = {
    measure: messages.labels.exitMeasure,
    scope: messages.labels.exitScope,
    item: messages.labels.exitEvidenceItem,
    level: messages.labels.acceptanceLevel,
  };
  const values = m.values as Record<string, Record<string, string>>;
  return {
    label: (name: string) => own[name] ?? (m.fields as Record<string, string>)[name] ?? name,
    value: (name: string, value: string) =>
      ownValues[name]?.[value] ?? values[name]?.[value] ?? domain[name]?.[value] ?? value,
  };
}
type Wording = ReturnType<typeof wording>;

interface Context {
  form: FormInstance;
  words: Wording;
  messages: Messages;
  presets: Record<string, unknown>;
}

/** The problem's `errors` pointers (/exitOrder/measure, /evidence/0/reference) as the form's field names. */
function nameOfPointer(pointer: string): NamePath {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

interface FormProps {
  caseId: string;
  userId: string;
  decision: Allowed;
  schema: JsonSchema;
  onRecorded: (receipt: Receipt, decision: Allowed) => void;
}

/**
 * The form and its idempotency key, which outlives the form's fields: a discarded draft starts the
 * fields afresh under the same key (an earlier attempt may have landed), a recorded decision under a
 * new one.
 */
export function DecisionForm(props: FormProps) {
  const place: DraftPlace = { userId: props.userId, caseId: props.caseId, kind: props.decision.kind };
  // One key from the moment the form opens (or its draft's, if one was saved): every attempt reuses it.
  const [key, setKey] = useState(() => loadDraft(place)?.key ?? newIdempotencyKey());
  const [generation, setGeneration] = useState(0);
  return (
    <DecisionFormFields
      key={generation}
      {...props}
      place={place}
      idempotencyKey={key}
      onRecorded={(receipt, decision) => {
        setKey(newIdempotencyKey());
        setGeneration((n) => n + 1);
        props.onRecorded(receipt, decision);
      }}
      onDiscarded={() => setGeneration((n) => n + 1)}
    />
  );
}

function DecisionFormFields({
  caseId,
  decision,
  schema,
  place,
  idempotencyKey: key,
  onRecorded,
  onDiscarded,
}: FormProps & { place: DraftPlace; idempotencyKey: string; onDiscarded: () => void }) {
  const messages = useMessages();
  const m = messages.decisions;
  const [form] = Form.useForm();
  const shape = useMemo(() => shapeOf(schema), [schema]);
  const presets = decision.presets as Record<string, unknown>;
  const [draft] = useState(() => loadDraft(place));
  const [invalid, setInvalid] = useState<string[]>([]);
  const words = wording(messages, decision.kind);

  const initialValues = useMemo(() => {
    const start: Record<string, unknown> = {};
    for (const field of shape.fields)
      if (field.kind === 'list' && field.minItems) start[field.name] = initialItems(field);
    return { ...start, ...(draft ? formValuesOf(shape, draft.values, DATES) : {}), ...presets };
    // The form's first values only: later drafts and presets do not reset what the user is typing.
  }, []);

  // The language switched: the errors on show are said again in the new one.
  useEffect(() => {
    const shown = form.getFieldsError().filter((field) => field.errors.length > 0);
    if (shown.length) form.validateFields(shown.map((field) => field.name)).catch(() => undefined);
  }, [form, messages]);

  const submit = useMutation({
    mutationFn: async (body: Record<string, unknown>) => {
      const { data, error, response } = await api.POST(
        `/v1/cases/{id}/${decision.path}` as '/v1/cases/{id}/urgings',
        {
          params: { path: { id: caseId }, header: { 'idempotency-key': key } },
          body: body as never,
        },
      );
      if (!response.ok) throw new ProblemError(response.status, (error ?? {}) as ProblemError['problem']);
      return data as Receipt;
    },
    onSuccess: (receipt) => {
      clearDraft(place);
      onRecorded(receipt, decision);
    },
    onError: (error) => {
      const errors = error instanceof ProblemError ? (error.problem.errors ?? []) : [];
      setInvalid(errors.map((e) => e.detail));
      if (errors.length)
        form.setFields(errors.map((e) => ({ name: nameOfPointer(e.pointer), errors: [e.detail] })));
    },
  });

  const onFinish = (values: Record<string, unknown>) => {
    // A second click while the first is on its way sends nothing new; either way the key is the same.
    if (submit.isPending) return;
    submit.mutate(bodyOf(shape, { ...form.getFieldsValue(true), ...values, ...presets }, DATES));
  };
  const onValuesChange = () =>
    saveDraft(place, { key, values: draftOf(shape, form.getFieldsValue(true), DATES) });
  const discard = () => {
    clearDraft(place);
    onDiscarded();
  };

  const failure = submit.error;
  const context: Context = { form, words, messages, presets };
  const titleId = `decision-${decision.kind}-title`;
  return (
    <Card
      title={
        <Typography.Title level={4} id={titleId} style={{ margin: 0 }}>
          {messages.labels.decisionKind[decision.kind]}
        </Typography.Title>
      }
      style={{ marginBottom: 16 }}
    >
      <Form
        form={form}
        name={decision.kind}
        aria-labelledby={titleId}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        data-idempotency-key={key}
        style={{ maxWidth: 720 }}
      >
        {draft && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={m.draftRestored}
            action={
              <Button size="small" onClick={discard}>
                {m.discardDraft}
              </Button>
            }
          />
        )}
        <ShapeView shape={shape} prefix={[]} absolute={[]} context={context} />
        {failure && (
          <Alert
            role="alert"
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              failure instanceof ProblemError && failure.status === 409
                ? m.rejectedTitle
                : failure instanceof ProblemError && failure.status === 400
                  ? m.invalidTitle
                  : failure instanceof ProblemError && failure.status < 500
                    ? messages.common.errorTitle
                    : m.errorTitle
            }
            description={
              <>
                <div data-testid="refusal-detail" lang={failure instanceof ProblemError ? 'en' : undefined}>
                  {failure.message}
                </div>
                {invalid.length > 0 && (
                  <ul style={{ margin: 0 }}>
                    {invalid.map((detail, index) => (
                      <li key={index}>{detail}</li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={submit.isPending} autoInsertSpace={false}>
            {m.submit}
          </Button>
          {!draft && <Typography.Text type="secondary">{m.draftSaved}</Typography.Text>}
        </Space>
      </Form>
    </Card>
  );
}

/** An object's fields; a union's chosen variant's (the variant chosen first). */
function ShapeView({
  shape,
  prefix,
  absolute,
  context,
}: {
  shape: Shape;
  prefix: NamePath;
  absolute: NamePath;
  context: Context;
}) {
  const chosen = Form.useWatch(
    shape.variant ? [...absolute, shape.variant.name] : [],
    context.form,
  ) as unknown;
  const fields = shape.variant ? visibleFields(shape, { [shape.variant.name]: chosen }) : shape.fields;
  return (
    <>
      {shape.variant && (
        <FieldView
          field={{
            kind: 'choice',
            name: shape.variant.name,
            required: true,
            options: shape.variant.options.map((o) => o.value),
          }}
          prefix={prefix}
          absolute={absolute}
          shape={shape}
          context={context}
        />
      )}
      {fields.map((field) => (
        <FieldView
          key={field.name}
          field={field}
          prefix={prefix}
          absolute={absolute}
          shape={shape}
          context={context}
        />
      ))}
    </>
  );
}

function rulesOf(field: Field, label: string, shape: Shape, absolute: NamePath, context: Context): Rule[] {
  const m = context.messages.decisions;
  const rules: Rule[] = [];
  const choosing =
    field.kind === 'choice' || field.kind === 'yes-no' || field.kind === 'date' || field.kind === 'date-time';
  if (field.required && field.kind !== 'group' && field.kind !== 'list')
    rules.push({
      required: true,
      // The rule's type is the value's: without it the validator expects a string.
      type:
        field.kind === 'yes-no'
          ? 'boolean'
          : field.kind === 'number'
            ? 'number'
            : field.kind === 'date' || field.kind === 'date-time'
              ? 'object'
              : 'string',
      whitespace: field.kind === 'text',
      message: choosing ? m.chooseRequired(label) : m.required(label),
    });
  if (!field.required && requiredByAlternatives(shape).has(field.name))
    rules.push({
      validator: async () => {
        const object = (
          absolute.length ? context.form.getFieldValue(absolute) : context.form.getFieldsValue(true)
        ) as Record<string, unknown>;
        if (shape.alternatives.some((alternative) => satisfies(alternative, object))) return;
        throw new Error(m.required(label));
      },
    });
  if (field.kind === 'text') {
    if (field.maxLength !== undefined)
      rules.push({ max: field.maxLength, message: m.tooLong(field.maxLength) });
    for (const pattern of field.patterns)
      rules.push({
        validator: async (_, value: unknown) => {
          if (typeof value !== 'string' || value === '' || new RegExp(pattern, 'u').test(value)) return;
          throw new Error(m.pattern);
        },
      });
  }
  if (field.kind === 'number')
    rules.push({
      validator: async (_, value: unknown) => {
        if (typeof value !== 'number') return;
        if (field.integer && !Number.isInteger(value)) throw new Error(m.wholeNumber);
        if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max))
          throw new Error(m.range(field.min, field.max));
      },
    });
  return rules;
}

function FieldView({
  field,
  prefix,
  absolute,
  shape,
  context,
  at,
}: {
  field: Field;
  prefix: NamePath;
  absolute: NamePath;
  shape: Shape;
  context: Context;
  /** A list item's own name and label, in place of the field's. */
  at?: { name: NamePath; label: string };
}) {
  const { words, messages, presets } = context;
  const m = messages.decisions;
  const label = at?.label ?? words.label(field.name);
  const name = at?.name ?? [...prefix, field.name];
  const fixed = absolute.length === 0 && field.name in presets;
  const siblings = shape.fields
    .filter((other) => other.name !== field.name)
    .map((other) => [...absolute, other.name]);
  const common = {
    name,
    label,
    rules: rulesOf(field, label, shape, absolute, context),
    dependencies: requiredByAlternatives(shape).has(field.name) ? siblings : undefined,
    extra: fixed ? m.fixed : undefined,
  };
  switch (field.kind) {
    case 'choice':
      return (
        <Form.Item {...common}>
          <Select
            disabled={fixed}
            placeholder={m.choose}
            style={{ maxWidth: 420 }}
            options={field.options.map((value) => ({
              value,
              label: words.value(field.name, value),
              title: words.value(field.name, value),
            }))}
          />
        </Form.Item>
      );
    case 'yes-no':
      return (
        <Form.Item {...common}>
          <Radio.Group
            aria-label={label}
            disabled={fixed}
            options={[true, false].map((value) => ({
              value,
              label:
                words.value(field.name, String(value)) === String(value)
                  ? value
                    ? m.yes
                    : m.no
                  : words.value(field.name, String(value)),
            }))}
          />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...common}>
          <InputNumber
            disabled={fixed}
            min={field.min}
            max={field.max}
            precision={field.integer ? 0 : undefined}
            style={{ width: 160 }}
          />
        </Form.Item>
      );
    case 'date':
    case 'date-time':
      return (
        <Form.Item {...common}>
          <DatePicker disabled={fixed} showTime={field.kind === 'date-time'} />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item {...common}>
          {field.long ? (
            <Input.TextArea
              disabled={fixed}
              rows={3}
              maxLength={field.maxLength}
              showCount={field.maxLength !== undefined}
            />
          ) : (
            <Input disabled={fixed} maxLength={field.maxLength} />
          )}
        </Form.Item>
      );
    case 'group':
      return (
        <fieldset
          style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: '8px 16px', marginBottom: 16 }}
        >
          <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', marginBottom: 0, border: 0 }}>
            {label}
          </legend>
          <ShapeView
            shape={field.shape}
            prefix={name}
            absolute={[...absolute, field.name]}
            context={context}
          />
        </fieldset>
      );
    case 'list':
      return (
        <ListView
          field={field}
          label={label}
          name={name}
          absolute={[...absolute, field.name]}
          context={context}
        />
      );
  }
}

function ListView({
  field,
  label,
  name,
  absolute,
  context,
}: {
  field: Extract<Field, { kind: 'list' }>;
  label: string;
  name: NamePath;
  absolute: NamePath;
  context: Context;
}) {
  const m = context.messages.decisions;
  const min = field.minItems ?? 0;
  const rules = [
    {
      validator: async (_: unknown, items: unknown[] | undefined) => {
        const count = items?.length ?? 0;
        if (count < min) throw new Error(m.atLeast(min, label));
        if (field.maxItems !== undefined && count > field.maxItems)
          throw new Error(m.atMost(field.maxItems, label));
      },
    },
  ];
  return (
    <Form.List name={name} rules={rules}>
      {(items, { add, remove }, { errors }) => (
        <fieldset
          style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: '8px 16px', marginBottom: 16 }}
        >
          <legend style={{ fontSize: 14, width: 'auto', padding: '0 4px', marginBottom: 0, border: 0 }}>
            {label}
          </legend>
          {items.map((item, index) => (
            <div key={item.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <div style={{ flex: 1 }} role="group" aria-label={m.itemOf(label, index + 1)}>
                {field.item.kind === 'group' ? (
                  <ShapeView
                    shape={field.item.shape}
                    prefix={[item.name]}
                    absolute={[...absolute, item.name]}
                    context={context}
                  />
                ) : (
                  <FieldView
                    field={field.item}
                    prefix={[]}
                    absolute={absolute}
                    shape={{ fields: [], alternatives: [] }}
                    context={context}
                    at={{ name: [item.name], label: m.itemOf(label, index + 1) }}
                  />
                )}
              </div>
              <Button
                icon={<DeleteOutlined />}
                aria-label={m.remove(label, index + 1)}
                disabled={items.length <= min}
                onClick={() => remove(item.name)}
                style={{ marginTop: 30 }}
              />
            </div>
          ))}
          {(field.maxItems === undefined || items.length < field.maxItems) && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => add(field.item.kind === 'group' ? {} : undefined)}
              style={{ marginBottom: 8 }}
            >
              {m.add(label)}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
