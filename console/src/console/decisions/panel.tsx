/**
 * The decisions panel: the forms for exactly the decisions this user may make on this case now. The
 * API says which (GET /v1/cases/{id}/decisions, worked out by the rules the case itself applies), and
 * why not the others, in the service's own words; each form is drawn from its request schema. Mounted
 * on the decisions page and on the case page.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Collapse, Empty, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import schemas from 'virtual:decision-request-schemas';
import { api, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { useMe } from '../auth';
import { DecisionForm } from './decision-form';

type Options = Schemas['DecisionOptions'];
type Receipt = Schemas['DecisionReceipt'];

export const decisionOptionsKey = (caseId: string) => ['decision-options', caseId] as const;

export function DecisionPanel({ caseId }: { caseId: string }) {
  const messages = useMessages();
  const m = messages.decisions;
  const me = useMe();
  const queryClient = useQueryClient();
  const [recorded, setRecorded] = useState<{ label: string; sequence: number } | null>(null);
  const options = useQuery({
    queryKey: decisionOptionsKey(caseId),
    queryFn: () => unwrap(api.GET('/v1/cases/{id}/decisions', { params: { path: { id: caseId } } })),
  });

  const onRecorded = (receipt: Receipt, decision: Options['allowed'][number]) => {
    setRecorded({ label: messages.labels.decisionKind[decision.kind], sequence: receipt.sequence });
    // Whatever shows this case (its page, this panel, the inbox) reads it again.
    void queryClient.invalidateQueries({
      predicate: ({ queryKey }) => queryKey.includes(caseId) || queryKey[0] === 'inbox',
    });
  };

  return (
    <section aria-labelledby="decision-panel-title" data-testid="decision-panel">
      <Typography.Title level={3} id="decision-panel-title">
        {m.panelTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <div role="status" aria-live="polite">
        {recorded && (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setRecorded(null)}
            style={{ marginBottom: 16 }}
            title={m.submitted(recorded.label, recorded.sequence)}
          />
        )}
      </div>
      {options.isPending && <Skeleton active />}
      {options.error && (
        <Alert type="error" showIcon title={messages.common.errorTitle} description={options.error.message} />
      )}
      {options.data && (
        <>
          {!options.data.live && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={m.notLive} />
          )}
          {options.data.allowed.length === 0 && <Empty description={m.none} />}
          {options.data.allowed.map((decision) => {
            const schema = schemas[decision.path];
            return schema ? (
              <DecisionForm
                // A form per case state: a decision recorded elsewhere gives fresh forms.
                key={`${decision.kind}/${options.data.sequence}`}
                caseId={caseId}
                userId={me.userId}
                decision={decision}
                schema={schema}
                onRecorded={onRecorded}
              />
            ) : null;
          })}
          {options.data.refused.length > 0 && (
            <Collapse
              style={{ marginTop: 16 }}
              items={[
                {
                  key: 'refused',
                  label: m.refusedTitle(options.data.refused.length),
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">{m.refusedNote}</Typography.Paragraph>
                      <dl style={{ margin: 0 }} data-testid="refused-decisions">
                        {options.data.refused.map((decision) => (
                          <div key={decision.kind} style={{ marginBottom: 8 }}>
                            <dt style={{ fontWeight: 600 }}>{messages.labels.decisionKind[decision.kind]}</dt>
                            <dd style={{ marginInlineStart: 16 }} lang="en">
                              {decision.reason}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </>
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
