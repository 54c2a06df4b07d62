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
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { surviveWorkerCancellation } from './local-activities';
import { chinaDateOf, startOfChinaDay } from '../domain/calendar';
import { SYSTEM_ACTOR, type SystemActor } from '../domain/case';
import type { Actor } from '../domain/decisions';
import {
  ACKNOWLEDGEMENT_DAYS,
  awaitingReceipts,
  issueNoticeProblem,
  noticeOf,
  noticeReceiptProblem,
  quarterEndsAt,
  quartersDue,
  type IssueNoticeInput,
  type NoticeReceiptInput,
  type Quarter,
  type QuarterlyNotice,
} from '../domain/quarterly-notice';
import {
  awaitingFollowUp,
  followUpProblem,
  supervisionActionProblem,
  type SupervisionAction,
  type SupervisionActionInput,
  type SupervisionFollowUpInput,
} from '../domain/supervision';
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
import {
  amendmentProblem,
  amendmentReviewProblem,
  decidePlanVersion,
  describeTargetsProblem,
  pendingPlanVersion,
  planInForce,
  planTargetsProblem,
  submissionTargetsProblem,
  type PlanAmendment,
  type PlanAmendmentReview,
  type PlanVersion,
} from '../domain/work-plan';
import { isReportMilestone } from '../domain/year-report';
import { recording } from './recording';
import { refuseIf, takeTurns } from './turns';
import {
  amendWorkPlanUpdate,
  announcementPublishedSignal,
  getYearStateQuery,
  issueQuarterlyNoticeUpdate,
  recordNoticeReceiptUpdate,
  recordSupervisionActionUpdate,
  recordSupervisionFollowUpUpdate,
  reviewMilestoneUpdate,
  reviewWorkPlanAmendmentUpdate,
  submitMilestoneUpdate,
  type AnnouncementPublished,
  type MilestoneReceipt,
  type NoticeReceipt,
  type PlanReceipt,
  type SupervisionReceipt,
  type YearEventType,
} from './year-contract';
import {
  amendmentReturnedNotices,
  amendmentSubmittedNotices,
  followUpOverdueNotices,
  supervisionNotices,
  overdueNotices,
  quarterlyNoticeCopies,
  reminderNotices,
  unacknowledgedNotices,
  returnedNotices,
  submittedNotices,
} from './year-effects';

// Drawing a notice's or a table's content reads a jurisdiction's whole ledger: more time, the same retries.
const { drawQuarterlyNotice, drawYearReport } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

const { recordYearStep, deliverEffect } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // A ledger write or a delivery must eventually land: retry without limit, backing off to ten minutes.
  retry: { initialInterval: '1 second', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

// The schedule is counted once, outside workflow code, and kept in history: a later holiday table or
// profile never moves the dates of a year already opened when it replays.
const { scheduleYearMilestones, computeDeadline, yearMemberUnits } = surviveWorkerCancellation(
  proxyLocalActivities<Activities>({
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  }),
);

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
  // Fixed at opening, as the schedule is: the member units the year's quarterly notices go to.
  const policyKey = { policyProfile: input.policyProfile, policyVersion: input.policyVersion };
  if (patched('quarterly-notices')) state.memberUnits = await yearMemberUnits(policyKey);

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
  const plan = (state.plan ??= []);
  const planReceipt = (version: PlanVersion, sequence: number): PlanReceipt => ({
    yearId: state.yearId,
    version: version.version,
    sequence,
    versionStatus: version.status,
    inForce: planInForce(state)?.version ?? null,
  });
  const targetsRefusal = (kind: string, targets: PlanAmendment['targets'] | undefined) => {
    const problem = submissionTargetsProblem(kind, targets);
    return problem ? describeTargetsProblem(problem) : null;
  };

  // ---- human decisions: validated against domain rules, so a refusal never reaches history

  setHandler(
    submitMilestoneUpdate,
    (submission: MilestoneSubmission) =>
      exclusively(async () => {
        refuseIf(submissionProblem(state, submission.kind, submission.actor));
        const milestone = milestoneOf(submission.kind);
        const at = now();
        const sequence = state.sequence + 1;
        // A statistics table or the report up the chain carries its table, drawn as of the submission.
        const report =
          isReportMilestone(submission.kind) && patched('year-report-tables')
            ? await drawYearReport({
                yearId: state.yearId,
                regionCode: state.regionCode,
                year: state.year,
                milestone: submission.kind,
                sequence,
                asOf: at,
              })
            : null;
        milestone.submissions.push({
          by: submission.actor,
          at,
          note: submission.note,
          evidence: submission.evidence,
          sequence,
          ...(report ? { report } : {}),
        });
        // What goes outside the service is done once submitted; the rest waits for its office's review.
        milestone.status = milestone.reviewRegion === null ? 'done' : 'submitted';
        if (milestone.status === 'done') milestone.doneAt = at;
        // The work plan's targets become its next version, in force at once when it goes outside.
        const version: PlanVersion | null = submission.targets
          ? {
              version: plan.length + 1,
              targets: submission.targets,
              note: submission.note,
              evidence: submission.evidence,
              amends: null,
              amendmentReason: null,
              status: 'submitted',
              submittedBy: submission.actor,
              submittedAt: at,
              sequence,
              review: null,
            }
          : null;
        if (version) {
          plan.push(version);
          if (milestone.status === 'done') decidePlanVersion(state, version, null);
        }
        await step('milestone_submitted', {
          actor: submission.actor,
          reason: submission.note,
          evidence: submission.evidence,
          detail: {
            milestone: milestone.kind,
            late: milestone.overdueSince !== null,
            ...(version ? { planVersion: version.version } : {}),
            ...(report ? { report: { reportId: report.reportId, contentHash: report.contentHash } } : {}),
          },
          effects: submittedNotices(state, milestone, sequence),
        });
        return receipt(milestone, sequence);
      }),
    {
      // The targets are checked here only: a year's history from before plans had targets replays.
      validator: (submission) =>
        refuseIf(
          submissionProblem(state, submission.kind, submission.actor) ??
            targetsRefusal(submission.kind, submission.targets),
        ),
    },
  );

  // The announcement milestone is done by publishing the announcement (workflows/announcement.ts tells the
  // year); a later correction changes nothing here.
  setHandler(announcementPublishedSignal, (published: AnnouncementPublished) =>
    exclusively(async () => {
      const milestone = state.milestones.find((candidate) => candidate.kind === 'announcement');
      if (!milestone || !awaitsSubmission(milestone) || state.status === 'closed') return;
      const sequence = state.sequence + 1;
      const note = `年度退出情况社会公告 ${published.announcementId} 已发布`;
      const evidence = [{ reference: published.announcementId, description: '年度社会公告' }];
      milestone.submissions.push({ by: published.by, at: published.publishedAt, note, evidence, sequence });
      milestone.status = milestone.reviewRegion === null ? 'done' : 'submitted';
      if (milestone.status === 'done') milestone.doneAt = published.publishedAt;
      await step('milestone_submitted', {
        actor: published.by,
        reason: note,
        evidence,
        detail: {
          milestone: milestone.kind,
          late: milestone.overdueSince !== null,
          announcementId: published.announcementId,
          announcementVersion: published.version,
        },
        effects: submittedNotices(state, milestone, sequence),
      });
    }),
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
        // Accepting the work plan approves its targets; returning it returns them.
        const version = milestone.kind === 'work_plan' ? pendingPlanVersion(state) : null;
        if (version) decidePlanVersion(state, version, { ...milestone.reviews.at(-1)! });
        await step(review.outcome === 'accepted' ? 'milestone_accepted' : 'milestone_returned', {
          actor: review.actor,
          reason: review.reason,
          detail: { milestone: milestone.kind, ...(version ? { planVersion: version.version } : {}) },
          effects: review.outcome === 'returned' ? returnedNotices(state, milestone, sequence) : [],
        });
        return receipt(milestone, sequence);
      }),
    { validator: (review) => refuseIf(reviewProblem(state, review.kind, review.actor)) },
  );

  setHandler(
    amendWorkPlanUpdate,
    (amendment: PlanAmendment) =>
      exclusively(async () => {
        refuseIf(amendmentProblem(state, amendment.actor));
        const milestone = milestoneOf('work_plan');
        const amended = planInForce(state)!;
        const at = now();
        const sequence = state.sequence + 1;
        const version: PlanVersion = {
          version: plan.length + 1,
          targets: amendment.targets,
          note: amendment.reason,
          evidence: amendment.evidence,
          amends: amended.version,
          amendmentReason: amendment.reason,
          status: 'submitted',
          submittedBy: amendment.actor,
          submittedAt: at,
          sequence,
          review: null,
        };
        plan.push(version);
        // A plan that goes outside the service is amended by submitting the amendment.
        if (milestone.reviewRegion === null) decidePlanVersion(state, version, null);
        await step('plan_amendment_submitted', {
          actor: amendment.actor,
          reason: amendment.reason,
          evidence: amendment.evidence,
          detail: { milestone: 'work_plan', planVersion: version.version, amends: amended.version },
          effects: amendmentSubmittedNotices(state, milestone, version),
        });
        return planReceipt(version, sequence);
      }),
    {
      validator: (amendment) => {
        refuseIf(amendmentProblem(state, amendment.actor));
        const problem = planTargetsProblem(amendment.targets);
        refuseIf(problem ? describeTargetsProblem(problem) : null);
      },
    },
  );

  setHandler(
    reviewWorkPlanAmendmentUpdate,
    (review: PlanAmendmentReview) =>
      exclusively(async () => {
        refuseIf(amendmentReviewProblem(state, review.version, review.actor));
        const milestone = milestoneOf('work_plan');
        const version = plan.find((candidate) => candidate.version === review.version)!;
        const sequence = state.sequence + 1;
        decidePlanVersion(state, version, {
          by: review.actor,
          at: now(),
          outcome: review.outcome,
          reason: review.reason,
          sequence,
        });
        await step(review.outcome === 'accepted' ? 'plan_amendment_approved' : 'plan_amendment_returned', {
          actor: review.actor,
          reason: review.reason,
          detail: { milestone: 'work_plan', planVersion: version.version, amends: version.amends },
          effects: review.outcome === 'returned' ? amendmentReturnedNotices(state, milestone, version) : [],
        });
        return planReceipt(version, sequence);
      }),
    { validator: (review) => refuseIf(amendmentReviewProblem(state, review.version, review.actor)) },
  );

  const actions = (state.supervisionActions ??= []);
  const supervisionReceipt = (action: SupervisionAction, sequence: number): SupervisionReceipt => ({
    yearId: state.yearId,
    number: action.number,
    sequence,
    followUpLastDay: action.followUp.lastDay,
    followedUp: action.followedUp !== null,
  });
  const today = () => chinaDateOf(new Date());

  setHandler(
    recordSupervisionActionUpdate,
    (input: SupervisionActionInput) =>
      exclusively(async () => {
        refuseIf(supervisionActionProblem(state, input, today()));
        // Counted once, outside workflow code, and kept in history, as every deadline is.
        const followUp = await computeDeadline({ from: input.heldOn, on: input.followUpBy });
        const { actor, ...what } = input;
        const action: SupervisionAction = {
          ...what,
          number: actions.length + 1,
          recordedBy: actor,
          recordedAt: new Date().toISOString(),
          sequence: state.sequence + 1,
          followUp,
          overdueSince: null,
          followedUp: null,
        };
        actions.push(action);
        const sequence = await step('supervision_action_recorded', {
          actor,
          reason: input.reason,
          detail: {
            action: action.number,
            kind: input.kind,
            regionCode: input.regionCode,
            heldOn: input.heldOn,
            who: input.who,
            commitments: input.commitments,
            followUpLastDay: followUp.lastDay,
          },
          effects: supervisionNotices(state, action),
        });
        return supervisionReceipt(action, sequence);
      }),
    { validator: (input) => refuseIf(supervisionActionProblem(state, input, today())) },
  );

  setHandler(
    recordSupervisionFollowUpUpdate,
    (input: SupervisionFollowUpInput) =>
      exclusively(async () => {
        refuseIf(followUpProblem(state, input));
        const action = actions.find((candidate) => candidate.number === input.number)!;
        const sequence = state.sequence + 1;
        action.followedUp = { by: input.actor, at: new Date().toISOString(), note: input.note, sequence };
        await step('supervision_follow_up_recorded', {
          actor: input.actor,
          reason: input.note,
          detail: {
            action: action.number,
            regionCode: action.regionCode,
            late: action.overdueSince !== null,
          },
        });
        return supervisionReceipt(action, sequence);
      }),
    { validator: (input) => refuseIf(followUpProblem(state, input)) },
  );

  const notices = (state.quarterlyNotices ??= []);
  const noticeReceipt = (notice: QuarterlyNotice, sequence: number): NoticeReceipt => ({
    yearId: state.yearId,
    quarter: notice.quarter,
    noticeId: notice.noticeId,
    sequence,
    awaitingReceipt: notice.units.filter((unit) => unit.receipt === null).map((unit) => unit.unit),
  });

  /** Draws the quarter's notice (its content fixed in PostgreSQL), and sends one copy to each member unit. */
  async function issueNotice(quarter: Quarter, issuedBy: Actor | SystemActor): Promise<NoticeReceipt> {
    // A year opened before notices has no member units fixed: its profile's are asked now.
    const memberUnits = state.memberUnits ?? (await yearMemberUnits(policyKey));
    refuseIf(
      memberUnits.length === 0 ? `the profile of ${state.regionCode} names no member units to notify` : null,
    );
    const issuedAt = now();
    const drawn = await drawQuarterlyNotice({
      yearId: state.yearId,
      regionCode: state.regionCode,
      year: state.year,
      quarter,
      memberUnits,
      issuedAt,
    });
    const acknowledgeBy = await computeDeadline({
      from: chinaDateOf(new Date(issuedAt)),
      days: ACKNOWLEDGEMENT_DAYS,
    });
    const notice: QuarterlyNotice = {
      ...drawn,
      quarter,
      issuedBy,
      issuedAt,
      sequence: state.sequence + 1,
      units: drawn.memberUnits.map((unit) => ({ unit, receipt: null })),
      acknowledgeBy,
      overdueSince: null,
    };
    notices.push(notice);
    const sequence = await step('quarterly_notice_issued', {
      actor: issuedBy,
      detail: {
        quarter,
        noticeId: notice.noticeId,
        asOf: notice.asOf,
        counts: notice.counts,
        memberUnits: notice.memberUnits,
        contentHash: notice.contentHash,
        acknowledgeBy: acknowledgeBy.lastDay,
      },
      effects: quarterlyNoticeCopies(state, notice),
    });
    return noticeReceipt(notice, sequence);
  }

  setHandler(
    issueQuarterlyNoticeUpdate,
    (input: IssueNoticeInput) =>
      exclusively(async () => {
        refuseIf(issueNoticeProblem(state, input, now()));
        return issueNotice(input.quarter, input.actor);
      }),
    { validator: (input) => refuseIf(issueNoticeProblem(state, input, now())) },
  );

  setHandler(
    recordNoticeReceiptUpdate,
    (input: NoticeReceiptInput) =>
      exclusively(async () => {
        refuseIf(noticeReceiptProblem(state, input, today()));
        const notice = noticeOf(state, input.quarter)!;
        const unit = notice.units.find((candidate) => candidate.unit === input.unit)!;
        const sequence = state.sequence + 1;
        unit.receipt = {
          signer: input.signer,
          receivedOn: input.receivedOn,
          note: input.note,
          recordedBy: input.actor,
          recordedAt: now(),
          sequence,
          late: notice.overdueSince !== null,
        };
        await step('quarterly_notice_received', {
          actor: input.actor,
          reason: input.note,
          detail: {
            quarter: notice.quarter,
            noticeId: notice.noticeId,
            unit: input.unit,
            signer: input.signer,
            receivedOn: input.receivedOn,
            late: unit.receipt.late,
          },
        });
        return noticeReceipt(notice, sequence);
      }),
    { validator: (input) => refuseIf(noticeReceiptProblem(state, input, today())) },
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
    // A follow-up that lapses with nothing recorded is reported to the office and the region (督办).
    for (const action of awaitingFollowUp(state))
      if (action.overdueSince === null)
        dues.push({
          at: Date.parse(action.followUp.lapsesAt),
          fire: () => {
            action.overdueSince = action.followUp.lapsesAt;
            return step('supervision_follow_up_overdue', {
              detail: {
                action: action.number,
                regionCode: action.regionCode,
                lastDay: action.followUp.lastDay,
              },
              effects: followUpOverdueNotices(state, action),
            });
          },
        });
    // Each quarter's notice at the quarter's end (24:00 CST of its last day), by the year itself.
    for (const quarter of quartersDue(state))
      dues.push({
        at: Date.parse(quarterEndsAt(state.year, quarter)),
        fire: () => issueNotice(quarter, SYSTEM_ACTOR),
      });
    // Receipts missing when the acknowledgement deadline lapses: the office is told.
    for (const notice of awaitingReceipts(state))
      dues.push({
        at: Date.parse(notice.acknowledgeBy.lapsesAt),
        fire: () => {
          notice.overdueSince = notice.acknowledgeBy.lapsesAt;
          return step('quarterly_notice_unacknowledged', {
            detail: {
              quarter: notice.quarter,
              noticeId: notice.noticeId,
              missing: notice.units.filter((unit) => unit.receipt === null).map((unit) => unit.unit),
            },
            effects: unacknowledgedNotices(state, notice),
          });
        },
      });
    return dues.sort((a, b) => a.at - b.at)[0] ?? null;
  }

  // An amendment waiting for approval, a follow-up waiting to be recorded, a quarter's notice still to issue
  // or a notice's receipts still awaited (until its deadline) keeps the year open.
  const allDone = () =>
    state.milestones.every((m) => m.status === 'done') &&
    !pendingPlanVersion(state) &&
    awaitingFollowUp(state).length === 0 &&
    quartersDue(state).length === 0 &&
    awaitingReceipts(state).length === 0;
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
