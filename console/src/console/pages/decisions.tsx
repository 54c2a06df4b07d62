/**
 * A case's decisions page (/cases/:id/decisions): which case it is — enterprise, region, status and the
 * deadline it waits on now — and the decisions panel with the forms this user may fill in now.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Result, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { api, ProblemError, unwrap } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { lastDayOf } from '../deadline';
import { DecisionPanel } from '../decisions/panel';

export function CaseDecisionsPage() {
  const messages = useMessages();
  const m = messages.decisions;
  const caseId = useParams().id ?? '';
  const found = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => unwrap(api.GET('/v1/cases/{id}', { params: { path: { id: caseId } } })),
  });
  if (found.isPending) return <Skeleton active />;
  if (found.error)
    return found.error instanceof ProblemError && found.error.status === 404 ? (
      <Result status="404" title={messages.common.notFound} subTitle={found.error.message} />
    ) : (
      <Alert type="error" showIcon title={messages.common.errorTitle} description={found.error.message} />
    );
  const view = found.data;
  const enterprise = view.finding.enterprise;
  return (
    <>
      <Typography.Title level={2}>
        {m.pageTitle} · {enterprise.name}
      </Typography.Title>
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 24, maxWidth: 960 }}
        items={[
          {
            key: 'case',
            label: m.caseLabel,
            children: <Link to={`/cases/${encodeURIComponent(view.id)}`}>{view.id}</Link>,
          },
          { key: 'enterprise', label: m.enterprise, children: enterprise.name },
          {
            key: 'region',
            label: m.region,
            children: view.regionName ?? messages.common.unknownRegion(enterprise.regionCode),
          },
          {
            key: 'status',
            label: m.status,
            children: <span data-testid="case-status">{messages.labels.caseStatus[view.status]}</span>,
          },
          {
            key: 'deadline',
            label: m.currentDeadline,
            children: (
              <span data-testid="current-deadline">
                {view.dueAt ? m.lapsesAt(lastDayOf(view.dueAt)) : m.noDeadline}
              </span>
            ),
          },
        ]}
      />
      <DecisionPanel caseId={view.id} />
    </>
  );
}
