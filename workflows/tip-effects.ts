/**
 * The messages a tip sends, built from its state (as workflows/effects.ts does for a case). Each key is
 * stable for the step that causes it, so a retried or replayed step writes and delivers it once. No
 * message carries the reporter.
 */
import type { TipState } from '../domain/tip';
import type { Effect } from './contract';

/**
 * 督办: the verification is overdue. The office that triaged the tip and the department that owes the
 * verification are each told, once per deadline.
 */
export function verificationOverdueNotices(state: TipState): Effect[] {
  const triage = state.triage!;
  const due = state.verificationDue!;
  const about = {
    tipId: state.tipId,
    receiptNumber: state.receiptNumber,
    enterprise: state.tip.enterpriseName,
    regionCode: state.tip.regionCode,
    dimension: triage.dimension,
    department: triage.department,
    triagedAt: triage.at,
    lastDay: due.lastDay,
    lapsesAt: due.lapsesAt,
    overdueSince: state.verificationOverdueAt,
  };
  return [
    {
      key: `${state.tipId}/supervisor_notice/tip_verification/${due.lapsesAt}`,
      kind: 'supervisor_notice',
      channel: 'people',
      recipient: { role: 'supervisor', regionCode: triage.by.regionCode, departments: null },
      payload: { ...about, about: 'tip_verification' },
    },
    {
      key: `${state.tipId}/verification_overdue_notice/${due.lapsesAt}`,
      kind: 'verification_overdue_notice',
      channel: 'people',
      recipient: {
        role: 'department_officer',
        regionCode: state.tip.regionCode,
        departments: [triage.department],
      },
      payload: about,
    },
  ];
}
