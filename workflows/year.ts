/**
 * A jurisdiction's year (年度工作, issue 15): its milestones as its policy profile dates them, each
 * reminded before its last day, submitted by the jurisdiction and accepted or returned by the office it
 * goes to; a milestone whose deadline lapses with nothing submitted is reported (督办) to that office.
 * The year closes once every milestone is done. Deterministic workflow code: the schedule is counted by
 * a local activity and kept in history, every change is recorded through the shared recording pipeline,
 * every human decision is an update whose validator asks domain/year-state.ts.
 */
import {
  allHandlersFinished,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { startOfChinaDay } from '../domain/calendar';
import {
  awaitsSubmission,
  openedYear,
  reviewProblem,
  submissionProblem,
  type MilestoneReview,
  type MilestoneState,
  type MilestoneSubmission,
  type YearInput,
  type YearState,
} from '../domain/year-state';
import type { MilestoneKind } from '../domain/year';
import { recording } from './recording';
import { refuseIf, takeTurns } from './turns';
import {
  getYearStateQuery,
  reviewMilestoneUpdate,
  submitMilestoneUpdate,
  type MilestoneReceipt,
  type YearEventType,
} from './year-contract';
import { overdueNotices, reminderNotices, returnedNotices, submittedNotices } from './year-effects';

const { recordYearStep, deliverEffect } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // A ledger write or a delivery must eventually land: retry without limit, backing off to ten minutes.
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

// The schedule is counted once, outside workflow code, and kept in history: a later holiday table or
// profile never moves the dates of a year already opened when it replays.
const { scheduleYearMilestones } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export async function bureauYearWorkflow(input: YearInput): Promise<YearState> {
  const now = () => new Date().toISOString();
  // The state answers queries from the start; its milestones come with the schedule.
  const state: YearState = openedYear(input, [], now());
  setHandler(getYearStateQuery, () => state);
  const schedule = await scheduleYearMilestones({
    regionCode: input.regionCode,
    year: input.year,
    policyProfile: input.policyProfile,
    policyVersion: input.policyVersion,
  });
  state.milestones = openedYear(input, schedule, state.openedAt).milestones;

  const { step, settled } = recording<YearState, YearEventType>(state, {
    write: ({ event, snapshot, effects }) => recordYearStep({ event, snapshot, effects }),
    deliver: deliverEffect,
  });
  const exclusively = takeTurns();
  const milestoneOf = (kind: MilestoneKind) => state.milestones.find((m) => m.kind === kind)!;
  const receipt = (milestone: MilestoneState, sequence: number): MilestoneReceipt => ({
    yearId: state.yearId,
    kind: milestone.kind,
    sequence,
    milestoneStatus: milestone.status,
    yearStatus: state.status,
  });

  // ---- human decisions: validated against domain rules, so a refusal never reaches history

  setHandler(
    submitMilestoneUpdate,
    (submission: MilestoneSubmission) =>
      exclusively(async () => {
        refuseIf(submissionProblem(state, submission.kind, submission.actor));
        const milestone = milestoneOf(submission.kind);
        const at = now();
        const sequence = state.sequence + 1;
        milestone.submissions.push({
          by: submission.actor,
          at,
          note: submission.note,
          evidence: submission.evidence,
          sequence,
        });
        // What goes outside the service is done once submitted; the rest waits for its office's review.
        milestone.status = milestone.reviewRegion === null ? 'done' : 'submitted';
        if (milestone.status === 'done') milestone.doneAt = at;
        await step('milestone_submitted', {
          actor: submission.actor,
          reason: submission.note,
          evidence: submission.evidence,
          detail: { milestone: milestone.kind, late: milestone.overdueSince !== null },
          effects: submittedNotices(state, milestone, sequence),
        });
        return receipt(milestone, sequence);
      }),
    { validator: (submission) => refuseIf(submissionProblem(state, submission.kind, submission.actor)) },
  );

  setHandler(
    reviewMilestoneUpdate,
    (review: MilestoneReview) =>
      exclusively(async () => {
        refuseIf(reviewProblem(state, review.kind, review.actor));
        const milestone = milestoneOf(review.kind);
        const at = now();
        const sequence = state.sequence + 1;
        milestone.reviews.push({
          by: review.actor,
          at,
          outcome: review.outcome,
          reason: review.reason,
          sequence,
        });
        milestone.status = review.outcome === 'accepted' ? 'done' : 'returned';
        if (milestone.status === 'done') milestone.doneAt = at;
        await step(review.outcome === 'accepted' ? 'milestone_accepted' : 'milestone_returned', {
          actor: review.actor,
          reason: review.reason,
          detail: { milestone: milestone.kind },
          effects: review.outcome === 'returned' ? returnedNotices(state, milestone, sequence) : [],
        });
        return receipt(milestone, sequence);
      }),
    { validator: (review) => refuseIf(reviewProblem(state, review.kind, review.actor)) },
  );

  // A year opened after some milestones lapsed (on demand, for a year under way): those are overdue from
  // the start, without a 督办 for a lapse that happened before the service knew the year; reminders whose
  // day has passed are not sent.
  const openedAtMs = Date.parse(state.openedAt);
  const lapsedBeforeOpening = state.milestones.filter((m) => Date.parse(m.deadline.lapsesAt) <= openedAtMs);
  for (const milestone of lapsedBeforeOpening) milestone.overdueSince = milestone.deadline.lapsesAt;
  for (const milestone of state.milestones)
    milestone.reminded = milestone.remindOn.filter((day) => Date.parse(startOfChinaDay(day)) <= openedAtMs);
  await step('year_opened', {
    actor: input.openedBy,
    detail: {
      milestones: state.milestones.map((m) => ({ kind: m.kind, lastDay: m.deadline.lastDay })),
      overdueAtOpening: lapsedBeforeOpening.map((m) => m.kind),
    },
  });

  // ---- timers: reminders before each last day, the 督办 when one lapses with nothing submitted

  interface Due {
    at: number;
    fire(): Promise<unknown>;
  }
  function nextDue(): Due | null {
    const dues: Due[] = [];
    for (const milestone of state.milestones) {
      if (!awaitsSubmission(milestone)) continue;
      for (const day of milestone.remindOn)
        if (!milestone.reminded.includes(day))
          dues.push({
            at: Date.parse(startOfChinaDay(day)),
            fire: () => {
              milestone.reminded.push(day);
              return step('milestone_reminder', {
                detail: { milestone: milestone.kind, reminderDay: day, lastDay: milestone.deadline.lastDay },
                effects: reminderNotices(state, milestone, day),
              });
            },
          });
      if (milestone.overdueSince === null)
        dues.push({
          at: Date.parse(milestone.deadline.lapsesAt),
          fire: () => {
            milestone.overdueSince = milestone.deadline.lapsesAt;
            return step('milestone_overdue', {
              detail: {
                milestone: milestone.kind,
                lastDay: milestone.deadline.lastDay,
                to: milestone.reviewRegion,
              },
              effects: overdueNotices(state, milestone),
            });
          },
        });
    }
    return dues.sort((a, b) => a.at - b.at)[0] ?? null;
  }

  const allDone = () => state.milestones.every((m) => m.status === 'done');
  while (!allDone()) {
    const due = nextDue();
    const before = state.sequence;
    if (due === null) {
      await condition(() => allDone() || state.sequence !== before);
      continue;
    }
    const wait = due.at - Date.now();
    const changed = wait > 0 ? await condition(() => allDone() || state.sequence !== before, wait) : false;
    // A decision landed meanwhile: what is due may have changed; look again.
    if (changed) continue;
    await exclusively(async () => {
      // In turn: a submission may have landed while this waited for it.
      const still = nextDue();
      if (still && still.at <= Date.now()) await still.fire();
    });
  }

  state.status = 'closed';
  state.closedAt = now();
  await step('year_closed', { detail: { milestones: state.milestones.length } });
  await settled();
  await condition(allHandlersFinished);
  return state;
}
