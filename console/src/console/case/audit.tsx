/**
 * A case's audit trail, for those who may read it (read_audit): the ledger as a timeline — who, role,
 * when, what, why, evidence — each entry marked by the service's check of its link in the hash chain
 * (never recomputed here); the ledger-against-history check on demand; and the raw history in the
 * Temporal Web UI.
 */
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  ExportOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Space, Timeline, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { cstDateTime } from '../format';
import { ToneTag } from './tone-tag';

type Entry = Schemas['LedgerEntry'];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function EntryView({ entry }: { entry: Entry }) {
  const messages = useMessages();
  const { audit } = messages.cases;
  const actor = entry.actor ?? {};
  const role = text(actor.role);
  const region = text(actor.regionCode);
  const department = text(actor.department);
  const roleLabel =
    role === 'system'
      ? audit.systemActor
      : role
        ? (messages.labels.role[role as keyof typeof messages.labels.role] ?? role)
        : messages.common.none;
  const what = messages.cases.eventType[entry.type as keyof typeof messages.cases.eventType] ?? entry.type;
  return (
    <article
      data-testid="ledger-entry"
      data-sequence={entry.sequence}
      data-chain-intact={entry.chainIntact}
      aria-label={`${audit.sequence(entry.sequence)} ${what}`}
      style={
        entry.chainIntact ? undefined : { borderInlineStart: '4px solid #a8071a', paddingInlineStart: 12 }
      }
    >
      <Space wrap>
        <Typography.Text strong>
          {audit.sequence(entry.sequence)} · {what}
        </Typography.Text>
        {entry.chainIntact ? (
          <ToneTag tone="success" icon={<CheckCircleOutlined />}>
            {audit.entryIntact}
          </ToneTag>
        ) : (
          <ToneTag tone="error" icon={<CloseCircleOutlined />}>
            {audit.entryBroken}
          </ToneTag>
        )}
      </Space>
      {!entry.chainIntact && (
        <ul data-testid="chain-problems">
          {entry.chainProblems.map((problem) => (
            <li key={problem}>{audit.problem(problem)}</li>
          ))}
        </ul>
      )}
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'who', label: audit.who, children: text(actor.userId) ?? messages.common.none },
          { key: 'role', label: audit.role, children: roleLabel },
          { key: 'when', label: audit.when, children: cstDateTime(entry.occurredAt) },
          ...(region
            ? [
                {
                  key: 'region',
                  label: audit.region,
                  children: entry.actorRegionName ?? messages.common.unknownRegion(region),
                },
              ]
            : []),
          ...(department
            ? [
                {
                  key: 'department',
                  label: audit.department,
                  children:
                    messages.labels.department[department as keyof typeof messages.labels.department] ??
                    department,
                },
              ]
            : []),
          { key: 'why', label: audit.why, children: entry.reason ?? messages.common.none, span: 2 },
          {
            key: 'evidence',
            label: audit.evidence,
            span: 2,
            children:
              entry.evidence.length === 0 ? (
                messages.common.none
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {entry.evidence.map((item) => (
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
    </article>
  );
}

function AuditCheck({ caseId }: { caseId: string }) {
  const messages = useMessages();
  const { audit } = messages.cases;
  const check = useMutation({
    mutationFn: () => unwrap(api.GET('/v1/cases/{id}/audit-check', { params: { path: { id: caseId } } })),
  });
  const result = check.data;
  return (
    <div style={{ marginTop: 16 }}>
      <Button icon={<SafetyCertificateOutlined />} loading={check.isPending} onClick={() => check.mutate()}>
        {check.isPending ? audit.checking : audit.check}
      </Button>
      <div aria-live="polite" data-testid="audit-check-result" style={{ marginTop: 12 }}>
        {check.error && (
          <Alert type="error" showIcon title={messages.common.errorTitle} description={check.error.message} />
        )}
        {result && (
          <Alert
            type={result.agrees ? 'success' : 'error'}
            showIcon
            title={result.agrees ? audit.checkAgrees : audit.checkDisagrees}
            description={
              <>
                <div>{audit.checkSummary(result.ledgerEntries, result.historySteps, result.runs)}</div>
                <div>
                  {result.chain.intact
                    ? audit.chainIntact(result.chain.entries)
                    : audit.chainBroken(result.chain.breaks.length)}
                </div>
                {result.pending.length > 0 && <div>{audit.pending(result.pending.join(', '))}</div>}
                {result.mismatches.length > 0 && (
                  <ul>
                    {result.mismatches.map((mismatch) => (
                      <li key={`${mismatch.sequence}-${mismatch.problem}`}>
                        {audit.mismatch(mismatch.sequence, mismatch.problem)}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        )}
      </div>
    </div>
  );
}

export function AuditSection({ caseId, temporalUiUrl }: { caseId: string; temporalUiUrl: string }) {
  const messages = useMessages();
  const { audit } = messages.cases;
  const timeline = useQuery({
    queryKey: ['case', caseId, 'timeline'],
    queryFn: () => unwrap(api.GET('/v1/cases/{id}/timeline', { params: { path: { id: caseId } } })),
  });
  return (
    <>
      <Typography.Paragraph>{audit.intro}</Typography.Paragraph>
      <Typography.Paragraph>
        <a href={temporalUiUrl} target="_blank" rel="noreferrer" style={{ textDecoration: 'underline' }}>
          {audit.temporalLink} <ExportOutlined />
        </a>{' '}
        <Typography.Text type="secondary">{audit.temporalHint}</Typography.Text>
      </Typography.Paragraph>
      <AuditCheck caseId={caseId} />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {audit.timeline}
      </Typography.Title>
      {timeline.error && (
        <Alert
          type="error"
          showIcon
          title={messages.common.errorTitle}
          description={timeline.error.message}
        />
      )}
      {timeline.data && (
        <>
          <Alert
            data-testid="chain-summary"
            style={{ marginBottom: 16 }}
            type={timeline.data.chain.intact ? 'success' : 'error'}
            showIcon
            title={
              timeline.data.chain.intact
                ? audit.chainIntact(timeline.data.chain.entries)
                : audit.chainBroken(timeline.data.chain.breaks.length)
            }
          />
          <Timeline
            items={timeline.data.entries.map((entry) => ({
              key: entry.sequence,
              color: entry.chainIntact ? 'blue' : 'red',
              icon: entry.chainIntact ? undefined : <CloseCircleOutlined aria-hidden />,
              content: <EntryView entry={entry} />,
            }))}
          />
        </>
      )}
    </>
  );
}
