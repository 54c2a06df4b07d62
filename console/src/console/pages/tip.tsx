/**
 * One tip for the staff (GET /v1/tips/:id/record): as filed, its triage and verification, the finding
 * it became, and its record with the hash chain checked. The office (supervisors) triages a received
 * tip here and the assigned department verifies it (tip-forms.tsx); the API decides, and a refusal is
 * shown as the server wrote it.
 */
import { CheckCircleOutlined, ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Result, Space, Spin, Table, Typography } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { api, ProblemError, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import { hasCapability, useMe } from '../auth';
import { chinaDateTime } from '../china-time';
import { lastDayOf } from '../deadline';
import { TriageForm, VerificationForm } from '../tip-forms';

type TipRecord = Schemas['TipRecord'];
type TipEvent = TipRecord['events'][number];

export const tipRecordKey = (id: string) => ['tip', id] as const;

const named = (labels: Record<string, string>, code: string | null | undefined) =>
  code === null || code === undefined ? '—' : (labels[code] ?? code);

/** Who acted: the user and their role, or the system (intake, timers). */
export function actorText(actor: Record<string, unknown>, messages: Messages): string {
  const role = typeof actor.role === 'string' ? actor.role : '';
  if (role === 'system' || typeof actor.userId !== 'string') return messages.tips.events.system;
  return messages.tips.actor(actor.userId, named(messages.labels.role, role));
}

export function TipPage() {
  const messages = useMessages();
  const m = messages.tips;
  const me = useMe();
  const { id = '' } = useParams();
  const location = useLocation();
  const back = (location.state as { back?: string } | null)?.back ?? '/tips';
  const record = useQuery({
    queryKey: tipRecordKey(id),
    queryFn: () => unwrap(api.GET('/v1/tips/{id}/record', { params: { path: { id } } })),
  });

  const backLink = <Link to={back}>{m.back}</Link>;
  if (record.isPending) return <Spin size="large" tip={messages.common.loading} fullscreen />;
  if (record.error) {
    const missing =
      record.error instanceof ProblemError && (record.error.status === 404 || record.error.status === 400);
    return missing ? (
      <Result status="404" title={m.notFound} extra={backLink} />
    ) : (
      <Result
        status="error"
        title={messages.common.errorTitle}
        subTitle={record.error.message}
        extra={backLink}
      />
    );
  }
  const tip = record.data;
  const canTriage = tip.status === 'received' && hasCapability(me, 'tip_triage');
  const canVerify =
    tip.status === 'verifying' &&
    hasCapability(me, 'tip_verification') &&
    (me.department?.code ?? null) === tip.triage?.department;

  return (
    <>
      <Typography.Paragraph>{backLink}</Typography.Paragraph>
      <Typography.Title level={2}>{m.heading(tip.receiptNumber)}</Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{m.asFiled}</h3>} size="small">
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={m.fields.status}>
              <span data-testid="tip-status">{messages.labels.tipStatus[tip.status]}</span>
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.outcome}>
              {tip.outcome ? messages.labels.tipOutcome[tip.outcome] : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.enterprise}>{tip.tip.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label={m.fields.creditCode}>{tip.tip.creditCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={m.fields.region}>
              {tip.regionName ?? messages.common.unknownRegion(tip.regionCode)}
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.receivedAt}>{chinaDateTime(tip.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={m.fields.category}>
              <span data-testid="tip-category">{messages.labels.tipCategory[tip.category]}</span>
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.dimension}>
              {named(messages.labels.dimension, tip.tip.dimension)}
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.industry}>
              {named(messages.labels.industry, tip.tip.industry)}
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.description} span={2}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{tip.tip.description}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={m.fields.reporter} span={2}>
              {tip.tip.reporter
                ? `${tip.tip.reporter.name} · ${tip.tip.reporter.contact}`
                : m.fields.anonymousReporter}
            </Descriptions.Item>
            {tip.verificationDueAt && (
              <Descriptions.Item label={m.fields.verificationDue}>
                {lastDayOf(tip.verificationDueAt)}
                {tip.verificationOverdueAt && (
                  <span style={{ color: '#a8071a', marginInlineStart: 8 }}>
                    <ExclamationCircleOutlined /> {m.fields.overdueNoticed}
                  </span>
                )}
              </Descriptions.Item>
            )}
            {tip.caseId && (
              <Descriptions.Item label={m.fields.case}>
                <Link to={`/cases/${encodeURIComponent(tip.caseId)}`}>{tip.caseId}</Link>
              </Descriptions.Item>
            )}
            {tip.closedAt && (
              <Descriptions.Item label={m.fields.closedAt}>{chinaDateTime(tip.closedAt)}</Descriptions.Item>
            )}
            {tip.closedReason && (
              <Descriptions.Item label={m.fields.closedReason} span={2}>
                {tip.closedReason}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>

        <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{m.triage.title}</h3>} size="small">
          {tip.triage ? (
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={m.triage.department}>
                {named(messages.labels.department, tip.triage.department)}
              </Descriptions.Item>
              <Descriptions.Item label={m.triage.dimension}>
                {tip.triage.dimension === undefined
                  ? m.triage.noDimension
                  : named(messages.labels.dimension, tip.triage.dimension)}
              </Descriptions.Item>
              <Descriptions.Item label={m.triage.by}>{actorText(tip.triage.by, messages)}</Descriptions.Item>
              <Descriptions.Item label={m.triage.at}>{chinaDateTime(tip.triage.at)}</Descriptions.Item>
              <Descriptions.Item label={m.triage.reason} span={2}>
                {tip.triage.reason}
              </Descriptions.Item>
            </Descriptions>
          ) : canTriage ? (
            <TriageForm tip={tip} />
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </Card>

        {(tip.triage || tip.verification) && (
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{m.verification.title}</h3>} size="small">
            {tip.verification ? (
              <Descriptions column={2} size="small" bordered>
                <Descriptions.Item label={m.verification.result}>
                  {named(messages.labels.verificationResult, tip.verification.result)}
                </Descriptions.Item>
                <Descriptions.Item label={m.verification.by}>
                  {actorText(tip.verification.by, messages)}
                </Descriptions.Item>
                <Descriptions.Item label={m.verification.at}>
                  {chinaDateTime(tip.verification.at)}
                </Descriptions.Item>
                <Descriptions.Item label={m.verification.reason} span={2}>
                  {tip.verification.reason}
                </Descriptions.Item>
                <Descriptions.Item label={m.verification.evidence} span={2}>
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {tip.verification.evidence.map((item, index) => (
                      <li key={index}>
                        {item.reference}
                        {item.description ? ` — ${item.description}` : ''}
                      </li>
                    ))}
                  </ul>
                </Descriptions.Item>
              </Descriptions>
            ) : canVerify ? (
              <VerificationForm tip={tip} />
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Card>
        )}

        {tip.finding && (
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{m.finding}</h3>} size="small">
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={m.verification.documentNumber}>
                {tip.finding.documentNumber}
              </Descriptions.Item>
              <Descriptions.Item label={m.triage.department}>
                {named(messages.labels.department, tip.finding.department)}
              </Descriptions.Item>
              <Descriptions.Item label={m.verification.enterpriseName}>
                {tip.finding.enterprise.name}
              </Descriptions.Item>
              <Descriptions.Item label={m.verification.creditCode}>
                {tip.finding.enterprise.creditCode}
              </Descriptions.Item>
              <Descriptions.Item label={m.verification.equipment}>
                {tip.finding.capacity.equipment}
              </Descriptions.Item>
              <Descriptions.Item label={m.verification.capacityValue}>
                {tip.finding.capacity.value} {tip.finding.capacity.unit}
              </Descriptions.Item>
              <Descriptions.Item label={m.verification.law}>{tip.finding.legalBasis.law}</Descriptions.Item>
              <Descriptions.Item label={m.verification.findingDate}>
                {tip.finding.findingDate}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        )}

        <Card
          title={<h3 style={{ margin: 0, fontSize: 16 }}>{m.events.title}</h3>}
          size="small"
          extra={<ChainTag chain={tip.chain} messages={messages} />}
        >
          <Table<TipEvent>
            size="small"
            rowKey="sequence"
            dataSource={tip.events}
            pagination={false}
            columns={[
              { title: m.events.sequence, dataIndex: 'sequence' },
              {
                title: m.events.type,
                key: 'type',
                render: (_, event) => named(m.eventType, event.type),
              },
              { title: m.events.at, key: 'at', render: (_, event) => chinaDateTime(event.occurredAt) },
              { title: m.events.actor, key: 'actor', render: (_, event) => actorText(event.actor, messages) },
              { title: m.events.reason, key: 'reason', render: (_, event) => event.reason ?? '—' },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}

/** The ledger's hash chain, in words with an icon (dark enough to read beside the text; never colour alone). */
function ChainTag({ chain, messages }: { chain: TipRecord['chain']; messages: Messages }) {
  const m = messages.tips.events;
  if (!chain.chained)
    return (
      <span data-chain="unchained">
        <InfoCircleOutlined /> {m.notChained}
      </span>
    );
  return chain.intact ? (
    <span data-chain="intact">
      <CheckCircleOutlined style={{ color: '#237804' }} /> {m.chainIntact(chain.entries)}
    </span>
  ) : (
    <span data-chain="broken" style={{ color: '#a8071a', fontWeight: 600 }}>
      <ExclamationCircleOutlined /> {m.chainBroken(chain.breaks.length)}
    </span>
  );
}
