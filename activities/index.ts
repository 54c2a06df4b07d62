import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { computeDeadline, type Deadline, type DeadlineRequest } from '../domain/calendar';
import { defaultAdapters, type DeliveryAdapters } from './adapters';
import { recordCaseEventIn, type RecordCaseEventInput } from './case-projection';
import { deliverEffectIn, type DeliverEffectInput } from './outbox';

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
    async deliverEffect(input: DeliverEffectInput): Promise<void> {
      await deliverEffectIn({ db, adapters: channels, logger }, input);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
