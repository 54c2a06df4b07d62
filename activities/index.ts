import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { computeDeadline, type Deadline, type DeadlineRequest } from '../domain/calendar';
import { CASE_ACTIVITIES } from '../workflows/contract';
import { LIST_SNAPSHOT_ACTIVITIES } from '../workflows/list-snapshot-contract';
import { TIP_ACTIVITIES } from '../workflows/tip-contract';
import { YEAR_ACTIVITIES } from '../workflows/year-contract';
import { ANNOUNCEMENT_ACTIVITIES } from '../workflows/announcement-contract';
import { loadAnnouncementIn } from '../db/announcements';
import {
  prepareAnnouncementVersionIn,
  recordAnnouncementStepIn,
  type PrepareAnnouncementInput,
  type RecordAnnouncementStepInput,
} from './announcements';
import { defaultAdapters, type DeliveryAdapters } from './adapters';
import {
  recordCaseEventIn,
  recordCaseStepIn,
  writeCaseStepsIn,
  type RecordCaseEventInput,
  type RecordCaseStepsInput,
  type RecordedCaseStep,
  type RecordedCaseSteps,
} from './case-projection';
import { takeListSnapshotIn, type TakeListSnapshotInput } from './list-snapshots';
import {
  deliverEffectIn,
  deliverEffectsIn,
  deliverMessagesIn,
  attemptDeliveries,
  claimedMessageOf,
  type DeliverEffectInput,
  type DeliverEffectsInput,
  type DeliveredEffects,
} from './outbox';
import {
  deriveCaseIdFor,
  recordTipEventIn,
  recordTipStepIn,
  verificationDeadlineFor,
  type DeriveCaseIdInput,
  type DerivedCaseId,
  type RecordTipEventInput,
  type RecordTipStepInput,
  type VerificationDeadlineInput,
} from './tips';
import {
  drawQuarterlyNoticeIn,
  memberUnitsFor,
  type DrawNoticeInput,
  type MemberUnitsInput,
} from './quarterly-notices';
import { drawYearReportIn, type DrawReportInput } from './year-reports';
import {
  recordYearStepIn,
  scheduleYearFor,
  yearsToOpenIn,
  type RecordYearStepInput,
  type ScheduleYearInput,
} from './years';

/** Every activity a workflow contract names must be registered under that name. */
type NamesIn<T> = T[keyof T];
type ContractActivityName =
  | NamesIn<typeof CASE_ACTIVITIES>
  | NamesIn<typeof TIP_ACTIVITIES>
  | NamesIn<typeof LIST_SNAPSHOT_ACTIVITIES>
  | NamesIn<typeof YEAR_ACTIVITIES>
  | NamesIn<typeof ANNOUNCEMENT_ACTIVITIES>;

export interface ActivityDeps {
  db: Database;
  logger: Logger;
  /** Where outbox messages go, per channel; by default they are recorded and logged. */
  adapters?: Partial<DeliveryAdapters>;
}

/** Builds the activities with their dependencies; the worker registers what this returns. */
export function createActivities({ db, logger, adapters }: ActivityDeps) {
  const channels: DeliveryAdapters = { ...defaultAdapters(logger), ...adapters };
  return {
    async recordCaseEvent(input: RecordCaseEventInput): Promise<void> {
      await recordCaseEventIn(db, input);
      logger.debug(
        { caseId: input.snapshot.caseId, event: input.event.type, sequence: input.event.sequence },
        'case event recorded',
      );
    },
    /**
     * A local activity, so each deadline is computed once and kept in the case's history: a later
     * holiday table (a new year's notice) never changes a deadline already set when the case replays.
     */
    computeDeadline(request: DeadlineRequest): Promise<Deadline> {
      return Promise.resolve(computeDeadline(request));
    },
    /**
     * A local activity (cases started since the 'lean-recording' patch): the step is written inside the
     * workflow task, with no round trip through the server, and its result keeps in the history the ledger
     * entry as written, for the audit.
     */
    recordCaseStep(input: RecordCaseEventInput): Promise<RecordedCaseStep> {
      return recordCaseStepIn(db, input);
    },
    /**
     * A local activity (cases since the 'batched-recording' patch): the steps the workflow took since its
     * last write, in one statement (db/case-steps.ts), then their messages delivered at once. What a channel did not take
     * is named in the result, and the workflow delivers it with `deliverEffects`, retrying.
     */
    async recordCaseSteps({ steps }: RecordCaseStepsInput): Promise<RecordedCaseSteps> {
      const { recorded, claimed } = await writeCaseStepsIn(db, steps, { claimAttempt: true });
      const deps = { db, adapters: channels, logger };
      // Messages this write added carry their first attempt already; one written before is claimed anew.
      const added = steps.flatMap(({ snapshot, effects = [] }) =>
        effects
          .filter((effect) => claimed.includes(effect.key))
          .map((effect) => claimedMessageOf(snapshot.caseId, effect)),
      );
      const existing = recorded.flatMap((step) => step.effectKeys).filter((key) => !claimed.includes(key));
      const rounds = await Promise.all([attemptDeliveries(deps, added), deliverMessagesIn(deps, existing)]);
      return {
        steps: recorded,
        delivered: rounds.flatMap((round) => round.delivered),
        undelivered: rounds.flatMap((round) => round.failed.map(({ key }) => key)),
      };
    },
    async deliverEffect(input: DeliverEffectInput): Promise<void> {
      await deliverEffectIn({ db, adapters: channels, logger }, input);
    },
    /**
     * All the messages of one step at once (cases since the 'lean-recording' patch; a local activity since
     * 'local-deliveries'): returns the keys delivered, which a local activity's marker keeps for the audit.
     */
    async deliverEffects(input: DeliverEffectsInput): Promise<DeliveredEffects> {
      await deliverEffectsIn({ db, adapters: channels, logger }, input);
      return { delivered: input.keys };
    },
    /** A tip's step, hash-chained, with its outbox messages (tips started since the 'tip-ledger' patch). */
    async recordTipStep(input: RecordTipStepInput): Promise<void> {
      await recordTipStepIn(db, input);
      logger.debug(
        { tipId: input.snapshot.tipId, event: input.event.type, sequence: input.event.sequence },
        'tip step recorded',
      );
    },
    /** A tip's step as tips started before the 'tip-ledger' patch record it: unchained, no outbox. */
    async recordTipEvent(input: RecordTipEventInput): Promise<void> {
      await recordTipEventIn(db, input);
      logger.debug(
        { tipId: input.snapshot.tipId, event: input.event.type, sequence: input.event.sequence },
        'tip event recorded',
      );
    },
    /** The case id a verified tip's finding gets, as filing it through the API would (node:crypto). */
    deriveCaseId(input: DeriveCaseIdInput): Promise<DerivedCaseId> {
      return Promise.resolve(deriveCaseIdFor(input));
    },
    /** A local activity, so a tip's verification deadline is counted once and kept in its history. */
    computeVerificationDeadline(input: VerificationDeadlineInput) {
      return Promise.resolve(verificationDeadlineFor(input));
    },
    /** A year's step, hash-chained, with its row and outbox messages. */
    async recordYearStep(input: RecordYearStepInput): Promise<void> {
      await recordYearStepIn(db, input);
      logger.debug(
        { yearId: input.snapshot.yearId, event: input.event.type, sequence: input.event.sequence },
        'year step recorded',
      );
    },
    /** The years to open on 1 January: every jurisdiction that had one the year before. */
    yearsToOpen(input: { year: number }) {
      return yearsToOpenIn(db, input);
    },
    /** A local activity, so a year's milestones are counted once and kept in its history. */
    scheduleYearMilestones(input: ScheduleYearInput) {
      return Promise.resolve(scheduleYearFor(input));
    },
    /** A local activity, so the member units a year notifies are fixed at its opening and kept in history. */
    yearMemberUnits(input: MemberUnitsInput) {
      return Promise.resolve(memberUnitsFor(input));
    },
    /** A quarterly notice's content, fixed once: the jurisdiction's cases on either list at the quarter's end. */
    drawQuarterlyNotice(input: DrawNoticeInput) {
      return drawQuarterlyNoticeIn(db, input);
    },
    /** A report milestone's table, fixed once as of its submission: plans in force beside the ledger. */
    drawYearReport(input: DrawReportInput) {
      return drawYearReportIn(db, input);
    },
    /** A local activity: the announcement's versions and ledger so far, for a new run to go on from. */
    loadAnnouncement(input: { key: string }) {
      return loadAnnouncementIn(db, input);
    },
    /** A version's content, fixed once from the year-end statistics as of its cut-off. */
    prepareAnnouncementVersion(input: PrepareAnnouncementInput) {
      return prepareAnnouncementVersionIn(db, input);
    },
    /** An announcement's step, hash-chained, with the decision it records. */
    async recordAnnouncementStep(input: RecordAnnouncementStepInput): Promise<void> {
      await recordAnnouncementStepIn(db, input);
      logger.debug(
        { announcement: input.snapshot.key, event: input.event.type, sequence: input.event.sequence },
        'announcement step recorded',
      );
    },
    /** One versioned snapshot of the published lists, in one transaction; once per idempotency key. */
    takeListSnapshot(input: TakeListSnapshotInput) {
      return takeListSnapshotIn(db, input);
    },
  } satisfies Record<ContractActivityName, unknown> & Record<string, unknown>;
}

export type Activities = ReturnType<typeof createActivities>;
