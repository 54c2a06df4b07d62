/**
 * One jurisdiction's year (GET /v1/years/:id): its milestones — the office each goes to, the last day,
 * whether it lapsed, where it stands, every submission and review — with the actions the server says the
 * caller may take now (`mayI`): submit (POST …/submissions: what is submitted and the documents) or
 * review (POST …/reviews: accept or return, with the opinion); a report milestone's submission links its
 * statistics table (pages/year-report.tsx). Each form keeps one Idempotency-Key while open. Then the work
 * plan, supervision's notices and interviews, and the quarterly notices to the member units (years/*.tsx). Below, the year's record (year_events) with its hash chain as the server checked it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Radio, Spin, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ProblemError, unwrap, type Schemas } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import { ToneTag, type Tone } from '../case/tone-tag';
import { chinaDateTime } from '../china-time';
import { newIdempotencyKey } from '../idempotency';
import { milestoneColumns } from '../years/milestone-columns';
import { evidenceOf, PlanSection, TargetsEditor, targetsOf, type PlanTarget } from '../years/work-plan';
import { YearModal } from '../years/year-modal';
import { SupervisionActions } from '../years/supervision-actions';
import { QuarterlyNotices } from '../years/quarterly-notices';
import { INLINE_LINK, nameIn, versionPath } from '../policies/policies';

type Year = Schemas['BureauYear'];
type Milestone = Year['milestones'][number];
type Action = { milestone: Milestone; kind: 'submit' | 'review' };

const STATUS_TONES: Record<Milestone['status'], Tone> = {
  open: 'neutral',
  submitted: 'info',
  returned: 'warning',
  done: 'success',
};

const who = (actor: Record<string, unknown>) => String(actor.userId ?? '');

export function YearPage() {
  const messages = useMessages();
  const m = messages.years.page;
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const [action, setAction] = useState<Action | null>(null);
  const year = useQuery({
    queryKey: ['year', id],
    queryFn: () => unwrap(api.GET('/v1/years/{id}', { params: { path: { id } } })),
    retry: false,
  });

  if (year.isPending) return <Spin size="large" tip={messages.common.loading} fullscreen />;
  if (year.error || !year.data)
    return (
      <>
        <Alert
          type="error"
          showIcon
          title={
            year.error instanceof ProblemError && year.error.status === 404
              ? m.notFound
              : messages.common.errorTitle
          }
          description={year.error?.message}
        />
        <Link to="/years">{m.back}</Link>
      </>
    );
  const view = year.data;
  const regionLabel = view.regionName ?? messages.common.unknownRegion(view.regionCode);

  return (
    <>
      <Link to="/years">{m.back}</Link>
      <Typography.Title level={2}>{m.title(regionLabel, view.year)}</Typography.Title>
      <Typography.Paragraph>
        <ToneTag tone={view.status === 'closed' ? 'success' : 'info'} data-testid="year-status">
          {messages.labels.yearStatus[view.status]}
        </ToneTag>{' '}
        <span data-testid="year-counts">{m.counts(view.pending, view.overdue)}</span> ·{' '}
        <Link to={versionPath(view.policyProfile, view.policyVersion)} style={INLINE_LINK}>
          {messages.years.profile(nameIn(locale, view.policyProfileName), view.policyVersion)}
        </Link>
      </Typography.Paragraph>

      <Typography.Title level={3}>{m.milestones}</Typography.Title>
      <Table<Milestone>
        rowKey="kind"
        dataSource={view.milestones}
        pagination={false}
        onRow={(milestone) => ({ 'data-milestone': milestone.kind }) as HTMLAttributes<HTMLElement>}
        columns={[
          ...milestoneColumns<Milestone>(messages),
          {
            title: m.columns.lastDay,
            key: 'lastDay',
            render: (_, milestone) => (
              <>
                <span data-testid="last-day">{milestone.deadline.lastDay}</span>{' '}
                {milestone.overdueSince && milestone.status !== 'done' && (
                  <ToneTag tone="error" data-testid="overdue">
                    {m.overdue}
                  </ToneTag>
                )}
              </>
            ),
          },
          {
            title: m.columns.status,
            key: 'status',
            render: (_, milestone) => (
              <ToneTag tone={STATUS_TONES[milestone.status]} data-testid="milestone-status">
                {messages.labels.milestoneStatus[milestone.status]}
              </ToneTag>
            ),
          },
          {
            title: m.columns.record,
            key: 'record',
            render: (_, milestone) => (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {[
                  ...milestone.submissions.map((s) => ({
                    sequence: s.sequence,
                    text: `${m.submittedBy(who(s.by), chinaDateTime(s.at))}：${s.note}（${s.evidence.map((e) => e.reference).join('、')}）`,
                    // A report milestone's submission carries its statistics table (统计表).
                    reportId: s.report?.reportId,
                  })),
                  ...milestone.reviews.map((r) => ({
                    sequence: r.sequence,
                    text: `${m.reviewedBy(who(r.by), chinaDateTime(r.at), messages.labels.milestoneReviewOutcome[r.outcome])}：${r.reason}`,
                    reportId: undefined,
                  })),
                ]
                  .sort((a, b) => a.sequence - b.sequence)
                  .map((entry) => (
                    <li key={entry.sequence}>
                      {entry.text}
                      {entry.reportId && (
                        <>
                          {' '}
                          <Link
                            to={`/year-reports/${encodeURIComponent(entry.reportId)}`}
                            data-testid="report-link"
                          >
                            {messages.yearReports.view}
                          </Link>
                        </>
                      )}
                    </li>
                  ))}
              </ul>
            ),
          },
          {
            title: m.columns.actions,
            key: 'actions',
            render: (_, milestone) => (
              <span style={{ display: 'inline-flex', gap: 8 }}>
                {milestone.mayI.submit === null && (
                  <Button onClick={() => setAction({ milestone, kind: 'submit' })}>{m.submit}</Button>
                )}
                {milestone.mayI.review === null && (
                  <Button onClick={() => setAction({ milestone, kind: 'review' })}>{m.review}</Button>
                )}
              </span>
            ),
          },
        ]}
      />

      <PlanSection year={view} />
      <SupervisionActions year={view} />
      <QuarterlyNotices year={view} />

      <Typography.Title level={3} style={{ marginTop: 32 }}>
        {m.ledger}{' '}
        <ToneTag tone={view.chain.intact ? 'success' : 'error'} data-testid="chain">
          {view.chain.intact ? m.chainIntact : m.chainBroken}
        </ToneTag>
      </Typography.Title>
      <Table<Year['events'][number]>
        rowKey="sequence"
        dataSource={view.events}
        pagination={false}
        size="small"
        onRow={(entry) => ({ 'data-event': entry.type }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: m.ledgerColumns.sequence, key: 'sequence', dataIndex: 'sequence' },
          {
            title: m.ledgerColumns.type,
            key: 'type',
            render: (_, entry) =>
              (messages.years.eventType as Record<string, string>)[entry.type] ?? entry.type,
          },
          { title: m.ledgerColumns.at, key: 'at', render: (_, entry) => chinaDateTime(entry.occurredAt) },
          {
            title: m.ledgerColumns.actor,
            key: 'actor',
            render: (_, entry) => (entry.actor.userId === 'system' ? m.system : who(entry.actor)),
          },
          {
            title: m.ledgerColumns.detail,
            key: 'detail',
            render: (_, entry) => {
              const kind = entry.detail.milestone as keyof typeof messages.labels.milestoneKind | undefined;
              // A quarterly notice's steps name the quarter, and a receipt the member unit that signed.
              const quarter = typeof entry.detail.quarter === 'number' ? entry.detail.quarter : null;
              const unit = entry.detail.unit as keyof typeof messages.labels.memberUnit | undefined;
              return [
                kind ? messages.labels.milestoneKind[kind] : null,
                quarter ? messages.years.notices.quarter(quarter) : null,
                unit ? messages.labels.memberUnit[unit] : null,
                entry.reason,
              ]
                .filter(Boolean)
                .join('：');
            },
          },
        ]}
      />
      {action && <MilestoneForm year={view} action={action} onClose={() => setAction(null)} />}
    </>
  );
}

interface FormValues {
  targets?: Partial<PlanTarget>[];
  note?: string;
  evidence?: string;
  outcome?: 'accepted' | 'returned';
  reason?: string;
}

function MilestoneForm({ year, action, onClose }: { year: Year; action: Action; onClose(): void }) {
  const messages = useMessages();
  const f = messages.years.form;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [key] = useState(newIdempotencyKey);
  const label = messages.labels.milestoneKind[action.milestone.kind];
  const path = { id: year.id, kind: action.milestone.kind };
  const withTargets = action.kind === 'submit' && action.milestone.kind === 'work_plan';
  // A plan returned for changes starts from its last version's targets.
  const lastTargets = year.plan.versions.at(-1)?.targets;
  const send = useMutation({
    mutationFn: (values: FormValues) =>
      withTargets
        ? unwrap(
            api.POST('/v1/years/{id}/milestones/work_plan/submissions', {
              params: { path: { id: year.id }, header: { 'idempotency-key': key } },
              body: {
                note: values.note ?? '',
                evidence: evidenceOf(values.evidence),
                targets: targetsOf(values.targets),
              },
            }),
          )
        : action.kind === 'submit'
          ? unwrap(
              api.POST('/v1/years/{id}/milestones/{kind}/submissions', {
                // Never the work plan here: it went by its own path above.
                params: {
                  path: { ...path, kind: path.kind as Exclude<typeof path.kind, 'work_plan'> },
                  header: { 'idempotency-key': key },
                },
                body: {
                  note: values.note ?? '',
                  evidence: evidenceOf(values.evidence),
                },
              }),
            )
          : unwrap(
              api.POST('/v1/years/{id}/milestones/{kind}/reviews', {
                params: { path, header: { 'idempotency-key': key } },
                body: { outcome: values.outcome!, reason: values.reason ?? '' },
              }),
            ),
    onSuccess: async (receipt) => {
      void message.success(f.applied(messages.labels.milestoneStatus[receipt.milestoneStatus]));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['year', year.id] }),
        queryClient.invalidateQueries({ queryKey: ['years'] }),
      ]);
      onClose();
    },
  });
  const required = [{ required: true, whitespace: true, message: f.required }];
  return (
    <YearModal
      title={action.kind === 'submit' ? f.submitTitle(label) : f.reviewTitle(label)}
      sending={send.isPending}
      error={send.error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        name={`milestone-${action.kind}`}
        initialValues={
          withTargets ? { targets: lastTargets ? targetsOf(lastTargets) : [{ unit: '万吨/年' }] } : {}
        }
        onFinish={(values) => send.mutate(values)}
      >
        {action.kind === 'submit' ? (
          <>
            {withTargets && <TargetsEditor />}
            <Form.Item name="note" label={f.note} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="evidence" label={f.evidence} rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="outcome" label={f.outcome} rules={[{ required: true, message: f.required }]}>
              <Radio.Group
                options={(['accepted', 'returned'] as const).map((value) => ({
                  value,
                  label: messages.labels.milestoneReviewOutcome[value],
                }))}
              />
            </Form.Item>
            <Form.Item name="reason" label={f.reason} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </YearModal>
  );
}
