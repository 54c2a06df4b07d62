/**
 * Helpers both workflows use so that human decisions (and timers) change state one at a time, and a
 * refusal is an error the caller can tell apart.
 */
import { ApplicationFailure } from '@temporalio/workflow';
import { DECISION_REJECTED } from './contract';

/** Runs changes one after another: each starts once the previous one (and its awaits) has finished. */
export function takeTurns(): <T>(change: () => Promise<T>) => Promise<T> {
  let turn: Promise<unknown> = Promise.resolve();
  return (change) => {
    const result = turn.then(change);
    turn = result.catch(() => undefined);
    return result;
  };
}

/** Refuses a decision with the rule's reason (in a validator, it never reaches history). */
export function refuseIf(problem: string | null): void {
  if (problem)
    throw ApplicationFailure.create({ type: DECISION_REJECTED, message: problem, nonRetryable: true });
}
