/**
 * The messages a year sends (as workflows/tip-effects.ts does for a tip): each keyed by the step that
 * causes it, so a retried or replayed step writes and delivers it once.
 */
import type { MilestoneState, YearState } from '../domain/year-state';
import type { PlanVersion } from '../domain/work-plan';
import type { SupervisionAction } from '../domain/supervision';
import { MEMBER_UNIT_DUTIES_SOURCE, dutiesOf, type QuarterlyNotice } from '../domain/quarterly-notice';
import type { Effect, PeopleRecipient } from './contract';

function about(state: YearState, milestone: MilestoneState) {
  return {
    yearId: state.yearId,
    regionCode: state.regionCode,
    year: state.year,
    milestone: milestone.kind,
    reviewRegion: milestone.reviewRegion,
    lastDay: milestone.deadline.lastDay,
    lapsesAt: milestone.deadline.lapsesAt,
  };
}

/** Who owes a milestone: the jurisdiction's office, and for what its departments owe it, its departments too. */
function owers(state: YearState, milestone: MilestoneState): PeopleRecipient[] {
  const office = { role: 'supervisor' as const, regionCode: state.regionCode, departments: null };
  return milestone.reportsTo === 'own_office'
    ? [office, { role: 'department_officer', regionCode: state.regionCode, departments: null }]
    : [office];
}

/** A reminder, `day` being the reminder day, to those who owe the milestone. */
export function reminderNotices(state: YearState, milestone: MilestoneState, day: string): Effect[] {
  return owers(state, milestone).map((recipient) => ({
    key: `${state.yearId}/milestone_reminder/${milestone.kind}/${day}/${recipient.role}`,
    kind: 'milestone_reminder',
    channel: 'people',
    recipient,
    payload: { ...about(state, milestone), reminderDay: day },
  }));
}

/**
 * 督办: the milestone lapsed with nothing submitted. The office that receives it is told (for one that goes
 * outside the service, the jurisdiction's government), and those who owe it.
 */
export function overdueNotices(state: YearState, milestone: MilestoneState): Effect[] {
  const supervising = milestone.reviewRegion
    ? { role: 'supervisor' as const, regionCode: milestone.reviewRegion, departments: null }
    : { role: 'government_approver' as const, regionCode: state.regionCode, departments: null };
  const payload = { ...about(state, milestone), overdueSince: milestone.overdueSince };
  return [
    {
      key: `${state.yearId}/supervisor_notice/${milestone.kind}/${milestone.deadline.lapsesAt}`,
      kind: 'supervisor_notice',
      channel: 'people',
      recipient: supervising,
      payload: { ...payload, about: 'milestone' },
    },
    ...owers(state, milestone).map((recipient): Effect => ({
      key: `${state.yearId}/milestone_overdue_notice/${milestone.kind}/${recipient.role}`,
      kind: 'milestone_overdue_notice',
      channel: 'people',
      recipient,
      payload,
    })),
  ];
}

/** A submission, to the office that reviews it (none for one that goes outside the service). */
export function submittedNotices(state: YearState, milestone: MilestoneState, sequence: number): Effect[] {
  if (!milestone.reviewRegion) return [];
  return [
    {
      key: `${state.yearId}/milestone_submitted/${milestone.kind}/${sequence}`,
      kind: 'milestone_submitted',
      channel: 'people',
      recipient: { role: 'supervisor', regionCode: milestone.reviewRegion, departments: null },
      payload: about(state, milestone),
    },
  ];
}

/** A return, to those who owe the milestone: it is to be submitted again. */
export function returnedNotices(state: YearState, milestone: MilestoneState, sequence: number): Effect[] {
  return owers(state, milestone).map((recipient) => ({
    key: `${state.yearId}/milestone_returned/${milestone.kind}/${sequence}/${recipient.role}`,
    kind: 'milestone_returned',
    channel: 'people',
    recipient,
    payload: about(state, milestone),
  }));
}

/** An amendment of the work plan, to the office that approves it. */
export function amendmentSubmittedNotices(
  state: YearState,
  milestone: MilestoneState,
  version: PlanVersion,
): Effect[] {
  if (!milestone.reviewRegion) return [];
  return [
    {
      key: `${state.yearId}/plan_amendment_submitted/${version.version}`,
      kind: 'milestone_submitted',
      channel: 'people',
      recipient: { role: 'supervisor', regionCode: milestone.reviewRegion, departments: null },
      payload: { ...about(state, milestone), planVersion: version.version, amends: version.amends },
    },
  ];
}

/** A returned amendment, to the jurisdiction: the version in force stays. */
export function amendmentReturnedNotices(
  state: YearState,
  milestone: MilestoneState,
  version: PlanVersion,
): Effect[] {
  return owers(state, milestone).map((recipient) => ({
    key: `${state.yearId}/plan_amendment_returned/${version.version}/${recipient.role}`,
    kind: 'milestone_returned',
    channel: 'people',
    recipient,
    payload: { ...about(state, milestone), planVersion: version.version },
  }));
}

/** A notice or an interview, to the office of the region it was about: what it committed to, and by when. */
export function supervisionNotices(state: YearState, action: SupervisionAction): Effect[] {
  return [
    {
      key: `${state.yearId}/supervision_notice/${action.number}`,
      kind: 'supervision_notice',
      channel: 'people',
      recipient: { role: 'supervisor', regionCode: action.regionCode, departments: null },
      payload: {
        yearId: state.yearId,
        by: state.regionCode,
        action: action.number,
        kind: action.kind,
        heldOn: action.heldOn,
        reason: action.reason,
        commitments: action.commitments,
        followUpLastDay: action.followUp.lastDay,
      },
    },
  ];
}

/** A follow-up lapsed with nothing recorded: to the office that held it, and to the region it was about. */
export function followUpOverdueNotices(state: YearState, action: SupervisionAction): Effect[] {
  return [state.regionCode, action.regionCode].map((regionCode) => ({
    key: `${state.yearId}/supervision_follow_up_overdue/${action.number}/${regionCode}`,
    kind: 'supervision_follow_up_overdue',
    channel: 'people',
    recipient: { role: 'supervisor', regionCode, departments: null },
    payload: {
      yearId: state.yearId,
      action: action.number,
      regionCode: action.regionCode,
      followUpLastDay: action.followUp.lastDay,
    },
  }));
}

function noticeAbout(state: YearState, notice: QuarterlyNotice) {
  return {
    yearId: state.yearId,
    regionCode: state.regionCode,
    year: state.year,
    quarter: notice.quarter,
    noticeId: notice.noticeId,
    asOf: notice.asOf,
    counts: notice.counts,
    acknowledgeBy: notice.acknowledgeBy.lastDay,
  };
}

/** The quarterly notice, one copy to each member unit: the lists (public at the notice's id) and what it must do. */
export function quarterlyNoticeCopies(state: YearState, notice: QuarterlyNotice): Effect[] {
  return notice.units.map(({ unit }) => ({
    key: `${state.yearId}/quarterly_notice/Q${notice.quarter}/${unit}`,
    kind: 'quarterly_notice',
    channel: 'member_unit',
    recipient: { memberUnit: unit, regionCode: state.regionCode },
    payload: {
      ...noticeAbout(state, notice),
      duties: dutiesOf(unit),
      dutiesSource: MEMBER_UNIT_DUTIES_SOURCE,
    },
  }));
}

/** The acknowledgement deadline lapsed with receipts missing: to the office that issued it. */
export function unacknowledgedNotices(state: YearState, notice: QuarterlyNotice): Effect[] {
  return [
    {
      key: `${state.yearId}/quarterly_notice_unacknowledged/Q${notice.quarter}`,
      kind: 'quarterly_notice_unacknowledged',
      channel: 'people',
      recipient: { role: 'supervisor', regionCode: state.regionCode, departments: null },
      payload: {
        ...noticeAbout(state, notice),
        missing: notice.units.filter((u) => u.receipt === null).map((u) => u.unit),
      },
    },
  ];
}
