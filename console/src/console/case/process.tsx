/**
 * Where a case stands, drawn on its process — 立案 → 整改 → 政府决定 → 退出 → 验收 — with each stage
 * said in words (done, current, closed here, not taken, not reached yet), and beneath it the path this
 * case took: every status it entered, by which step, and when (the API's `statusPath`, from the ledger).
 */
import { Steps, Typography } from 'antd';
import type { Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import { cstDateTime } from '../format';

type CaseView = Schemas['Case'];
type Status = CaseView['status'];
const STAGES = ['filing', 'rectification', 'government', 'exit', 'acceptance'] as const;
type Stage = (typeof STAGES)[number];

const STAGE_OF: Record<Status, Stage> = {
  filed: 'filing',
  rectifying: 'rectification',
  rectified: 'rectification',
  awaiting_government_decision: 'government',
  closed: 'government',
  exiting: 'exit',
  awaiting_acceptance: 'acceptance',
  exited: 'acceptance',
};

const stageOf = (status: string): Stage | undefined => STAGE_OF[status as Status];

export function CaseProcess({ view }: { view: CaseView }) {
  const messages = useMessages();
  const { process } = messages.cases;
  const path = view.statusPath ?? [];
  const visited = new Set(path.map((entry) => stageOf(entry.status)));
  const current = STAGE_OF[view.status];
  const closed = view.outcome !== null;
  const currentIndex = STAGES.indexOf(current);

  const stages = STAGES.map((stage, index) => {
    const state =
      stage === current
        ? closed
          ? 'ended'
          : 'current'
        : visited.has(stage)
          ? 'done'
          : index < currentIndex || closed
            ? 'notTaken'
            : 'ahead';
    return {
      key: stage,
      title: process.stages[stage],
      content: <span data-stage-state={state}>{process.stageState[state]}</span>,
      status: (state === 'current'
        ? 'process'
        : state === 'done' || state === 'ended'
          ? 'finish'
          : 'wait') as 'process' | 'finish' | 'wait',
    };
  });

  const statusLabel = (status: string) => messages.labels.caseStatus[status as Status] ?? status;
  const stepLabel = (type: string) =>
    messages.cases.eventType[type as keyof typeof messages.cases.eventType] ?? type;

  return (
    <>
      <div data-testid="process-stages">
        <Steps current={currentIndex} items={stages} />
      </div>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {process.pathTitle}
      </Typography.Title>
      {path.length === 0 ? (
        <Typography.Paragraph>{process.noPath}</Typography.Paragraph>
      ) : (
        <ol data-testid="status-path" style={{ paddingInlineStart: 20 }}>
          {path.map((entry) => (
            <li key={entry.sequence}>
              <Typography.Text strong>
                {process.stages[stageOf(entry.status) ?? 'filing']} · {statusLabel(entry.status)}
              </Typography.Text>{' '}
              — {process.pathEntry(stepLabel(entry.type), cstDateTime(entry.since))}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
