/**
 * One case (案件): the enterprise, the finding and its evidence; where the case stands on its process
 * and the path it took; every deadline with a live countdown and "why this date?"; the running timers;
 * its list memberships; its open tasks; the decisions panel; and, for auditors, the ledger timeline with
 * its hash chain checked, the ledger-against-history check and the raw history in the Temporal Web UI.
 * A case the API will not show (missing, or outside the user's jurisdiction) reads as not found.
 */
import { useQuery } from '@tanstack/react-query';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Spin, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../http/client';
import { LoadFailure } from '../load-failure';
import { useLocale, useMessages } from '../../i18n/console';
import { profileById } from '../../../../domain/policy';
import { hasCapability, useMe } from '../auth';
import { AuditSection } from '../case/audit';
import { Countdown } from '../case/countdown';
import { DecisionPanel } from '../decisions/panel';
import { CaseProcess } from '../case/process';
import { ToneTag } from '../case/tone-tag';
import { WhyThisDate } from '../case/why-this-date';
import { lastDayOf } from '../deadline';
import { INLINE_LINK, versionPath } from '../policies/policies';
import { cstDateTime } from '../format';

type CaseView = Schemas['Case'];
type Deadline = Schemas['Deadline'];
const DEADLINES = ['rectification', 'governmentDecision', 'exit', 'dismantling'] as const;

/** An empty table's words, dark enough to read (antd's placeholder grey is below 4.5:1). */
const EMPTY_TEXT = { color: '#595959' };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} style={{ marginTop: 32 }}>
      <Typography.Title level={3} id={`section-${id}`} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function DeadlineCard({
  kind,
  name,
  deadline,
  current,
}: {
  kind: string;
  name: string;
  deadline: Deadline;
  current: boolean;
}) {
  const messages = useMessages();
  const { deadlines } = messages.cases;
  return (
    <Card
      size="small"
      title={name}
      data-testid="deadline"
      data-deadline={kind}
      extra={
        current ? (
          <ToneTag tone="info" icon={<ClockCircleOutlined />}>
            {deadlines.current}
          </ToneTag>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'last',
            label: deadlines.lastDay,
            children: messages.cases.why.day(
              deadline.lastDay,
              deadline.days?.lastDay.weekday ?? new Date(`${deadline.lastDay}T00:00:00Z`).getUTCDay(),
            ),
          },
          { key: 'lapses', label: deadlines.lapsesAt, children: deadlines.lapsesAtValue(deadline.lastDay) },
          {
            key: 'left',
            label: deadlines.timeLeft,
            children:
              current || Date.parse(deadline.lapsesAt) <= Date.now() ? (
                <Countdown lapsesAt={deadline.lapsesAt} />
              ) : (
                deadlines.notRunning
              ),
          },
        ]}
      />
      <WhyThisDate deadline={deadline} />
    </Card>
  );
}

function FindingSection({ view }: { view: CaseView }) {
  const messages = useMessages();
  const { finding: f } = messages.cases;
  const { finding } = view;
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      items={[
        { key: 'enterprise', label: f.enterprise, children: finding.enterprise.name },
        { key: 'creditCode', label: f.creditCode, children: finding.enterprise.creditCode },
        {
          key: 'region',
          label: f.region,
          children: view.regionName ?? messages.common.unknownRegion(finding.enterprise.regionCode),
        },
        { key: 'industry', label: f.industry, children: messages.labels.industry[finding.industry] },
        { key: 'dimension', label: f.dimension, children: messages.labels.dimension[finding.dimension] },
        { key: 'department', label: f.department, children: messages.labels.department[finding.department] },
        { key: 'documentNumber', label: f.documentNumber, children: finding.documentNumber },
        { key: 'findingDate', label: f.findingDate, children: finding.findingDate },
        { key: 'source', label: f.source, children: messages.labels.findingSource[finding.source] },
        {
          key: 'capacity',
          label: f.capacity,
          children: f.capacityValue(
            finding.capacity.value,
            finding.capacity.unit,
            finding.capacity.equipment,
          ),
        },
        {
          key: 'legalBasis',
          label: f.legalBasis,
          children: [finding.legalBasis.law, finding.legalBasis.standard].filter(Boolean).join(' · '),
        },
        ...(finding.rectificationMonths
          ? [{ key: 'months', label: f.rectificationMonths, children: finding.rectificationMonths }]
          : []),
        {
          key: 'evidence',
          label: f.evidence,
          span: 2,
          children:
            finding.evidence.length === 0 ? (
              f.none
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {finding.evidence.map((item) => (
                  <li key={item.reference}>
                    {item.reference}
                    {item.description ? ` — ${item.description}` : ''}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

function CaseBody({ view }: { view: CaseView }) {
  const messages = useMessages();
  const { locale } = useLocale();
  const me = useMe();
  const { cases } = messages;
  const open = view.outcome === null;
  const actorLabel = (actor: Schemas['EvidenceEntry']['actor']) =>
    actor
      ? cases.evidence.recordedBy(
          actor.userId,
          actor.role === 'system'
            ? cases.audit.systemActor
            : (messages.labels.role[actor.role as keyof typeof messages.labels.role] ?? actor.role),
        )
      : messages.common.none;
  const deadlines = DEADLINES.flatMap((name) => {
    const deadline = view.deadlines[name];
    return deadline ? [{ name, deadline }] : [];
  });

  return (
    <>
      <Typography.Title level={2}>{view.finding.enterprise.name}</Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{cases.page.caseId(view.id)}</Typography.Text>
        <ToneTag tone={open ? 'info' : 'neutral'} data-testid="case-status">
          {cases.page.statusIs(messages.labels.caseStatus[view.status])}
        </ToneTag>
        {view.outcome && (
          <ToneTag tone="success" icon={<CheckCircleOutlined />}>
            {cases.page.outcomeIs(messages.labels.caseOutcome[view.outcome])}
          </ToneTag>
        )}
        <Typography.Text type="secondary" data-testid="case-policy">
          {cases.page.policy}{' '}
          <Link to={versionPath(view.policyProfile, view.policyVersion)} style={INLINE_LINK}>
            {messages.policies.versionLink(
              locale === 'zh-CN'
                ? view.policyProfileName
                : (profileById(view.policyProfile)?.name.en ?? view.policyProfileName),
              view.policyVersion,
            )}
          </Link>
        </Typography.Text>
      </Space>
      {view.live === null && <Alert type="warning" showIcon title={cases.page.liveUnavailable} />}

      <Section id="finding" title={cases.sections.finding}>
        <FindingSection view={view} />
      </Section>

      <Section id="process" title={cases.sections.process}>
        <CaseProcess view={view} />
      </Section>

      <Section id="deadlines" title={cases.sections.deadlines}>
        {deadlines.length === 0 ? (
          <Typography.Paragraph>{cases.deadlines.none}</Typography.Paragraph>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            {deadlines.map(({ name, deadline }) => (
              <DeadlineCard
                key={name}
                kind={name}
                name={cases.deadlines.names[name]}
                deadline={deadline}
                current={
                  open && view.dueAt !== null && Date.parse(view.dueAt) === Date.parse(deadline.lapsesAt)
                }
              />
            ))}
          </Space>
        )}
      </Section>

      <Section id="timers" title={cases.sections.timers}>
        <Table
          rowKey={(timer) => `${timer.name}@${timer.dueAt}`}
          size="small"
          pagination={false}
          dataSource={view.timers}
          locale={{ emptyText: <span style={EMPTY_TEXT}>{cases.timers.empty}</span> }}
          columns={[
            {
              title: cases.sections.timers,
              key: 'kind',
              render: (_, timer) =>
                timer.kind === 'deadline_reminder'
                  ? cases.timers.kind.deadline_reminder(timer.daysBefore ?? 0)
                  : timer.kind === 'other'
                    ? timer.name
                    : cases.timers.kind[timer.kind],
            },
            { title: cases.timers.firesAt, key: 'dueAt', render: (_, timer) => cstDateTime(timer.dueAt) },
            {
              title: cases.deadlines.timeLeft,
              key: 'left',
              render: (_, timer) => <Countdown lapsesAt={timer.dueAt} />,
            },
          ]}
        />
      </Section>

      <Section id="lists" title={cases.sections.lists}>
        <Table
          rowKey={(membership) => `${membership.list}@${membership.enteredAt}`}
          size="small"
          pagination={false}
          dataSource={view.lists}
          locale={{ emptyText: <span style={EMPTY_TEXT}>{cases.lists.empty}</span> }}
          columns={[
            { title: cases.lists.list, key: 'list', render: (_, m) => messages.labels.list[m.list] },
            { title: cases.lists.entered, key: 'entered', render: (_, m) => cstDateTime(m.enteredAt) },
            {
              title: cases.lists.left,
              key: 'left',
              render: (_, m) =>
                m.leftAt ? (
                  cstDateTime(m.leftAt)
                ) : (
                  <ToneTag tone="warning" icon={<ExclamationCircleOutlined />}>
                    {cases.lists.onList}
                  </ToneTag>
                ),
            },
          ]}
        />
      </Section>

      {(view.revisits.length > 0 || view.revisitOf) && (
        <Section id="revisits" title={cases.sections.revisits}>
          {view.revisitOf && (
            <Typography.Paragraph>
              <Link to={`/cases/${encodeURIComponent(view.revisitOf)}`} style={INLINE_LINK}>
                {cases.revisits.revisitOf(view.revisitOf)}
              </Link>
            </Typography.Paragraph>
          )}
          {view.revisits.length > 0 && (
            <>
              <Typography.Paragraph type="secondary">{cases.revisits.intro}</Typography.Paragraph>
              <Table
                rowKey={(revisit) => String(revisit.months)}
                size="small"
                pagination={false}
                dataSource={view.revisits}
                columns={[
                  { title: cases.revisits.months, key: 'months', render: (_, r) => r.months },
                  { title: cases.revisits.due, key: 'due', render: (_, r) => r.due.lastDay },
                  {
                    title: cases.revisits.result,
                    key: 'result',
                    render: (_, r) =>
                      r.result ? (
                        <>
                          {messages.decisions.valuesOf.revisit.result[r.result.result]} ·{' '}
                          {cstDateTime(r.result.at)}
                        </>
                      ) : (
                        <ToneTag tone={r.overdueAt ? 'warning' : 'info'}>
                          {r.overdueAt ? cases.revisits.overdue : cases.revisits.pending}
                        </ToneTag>
                      ),
                  },
                  {
                    title: cases.revisits.newCase,
                    key: 'newCase',
                    render: (_, r) =>
                      r.result?.newCaseId ? (
                        <Link to={`/cases/${encodeURIComponent(r.result.newCaseId)}`}>
                          {r.result.newCaseId}
                        </Link>
                      ) : null,
                  },
                ]}
              />
            </>
          )}
        </Section>
      )}

      <Section id="evidence" title={cases.sections.evidence}>
        {(view.evidence ?? []).length === 0 ? (
          <Typography.Paragraph>{cases.evidence.empty}</Typography.Paragraph>
        ) : (
          <ul style={{ paddingInlineStart: 20 }}>
            {(view.evidence ?? []).map((entry) => (
              <li key={entry.sequence}>
                <Typography.Text strong>
                  {cases.eventType[entry.type as keyof typeof cases.eventType] ?? entry.type}
                </Typography.Text>{' '}
                · {cstDateTime(entry.occurredAt)} · {actorLabel(entry.actor)}
                {entry.reason ? ` — ${entry.reason}` : ''}
                <ul>
                  {entry.items.map((item) => (
                    <li key={item.reference}>
                      {item.reference}
                      {item.description ? ` — ${item.description}` : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="open-tasks" title={cases.sections.openTasks}>
        {view.openTasks.length === 0 ? (
          <Typography.Paragraph>{cases.openTasks.empty}</Typography.Paragraph>
        ) : (
          <ul style={{ paddingInlineStart: 20 }}>
            {view.openTasks.map((task) => (
              <li key={task.id}>
                {messages.labels.taskKind[task.kind]} · {messages.labels.role[task.role]} ·{' '}
                {task.regionName ?? messages.common.unknownRegion(task.regionCode)}
                {task.dueAt ? ` · ${cases.openTasks.due(lastDayOf(task.dueAt))}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <div style={{ marginTop: 32 }}>
        <DecisionPanel caseId={view.id} />
      </div>

      {hasCapability(me, 'read_audit') && (
        <Section id="audit" title={cases.sections.audit}>
          <AuditSection caseId={view.id} temporalUiUrl={view.temporalUiUrl} />
        </Section>
      )}
    </>
  );
}

export function CasePage() {
  const messages = useMessages();
  const { id = '' } = useParams();
  const view = useQuery({
    queryKey: ['case', id],
    queryFn: () => unwrap(api.GET('/v1/cases/{id}', { params: { path: { id } } })),
  });
  if (view.isPending) return <Spin size="large" tip={messages.common.loading} fullscreen />;
  if (view.error)
    return (
      <LoadFailure
        error={view.error}
        notFound={{ title: messages.cases.page.notFound, detail: messages.cases.page.notFoundDetail }}
        back={{ to: '/cases', label: messages.cases.page.backToList }}
      />
    );
  return <CaseBody view={view.data} />;
}
