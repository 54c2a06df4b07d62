import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { recordCaseEventIn, type RecordCaseEventInput } from './case-projection';

export interface ActivityDeps {
  db: Database;
  logger: Logger;
}

/** Builds the activities with their dependencies; the worker registers what this returns. */
export function createActivities({ db, logger }: ActivityDeps) {
  return {
    async recordCaseEvent(input: RecordCaseEventInput): Promise<void> {
      await recordCaseEventIn(db, input);
      logger.debug(
        { caseId: input.snapshot.caseId, event: input.event.type, sequence: input.event.sequence },
        'case event recorded',
      );
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
