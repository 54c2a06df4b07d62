/**
 * Batch urging (批量催办): each case urged through the single urging's path (decisions.ts `decide`),
 * with a result per case. Idempotent per case: each case's key is derived from the batch's key, so a
 * retried batch — whole, or only the cases that failed — urges each case once.
 */
import { capabilityProblem } from '../../domain/authority';
import { mapWithConcurrency } from '../../lib/concurrency';
import type { Principal } from '../auth';
import { isServiceUnavailable } from '../availability';
import { PROBLEM_TYPES, ProblemError } from '../problem';
import { URGING_RESULTS, type UrgingBatchBody, type UrgingBatchResult } from '../schemas/urgings';
import { codesOf } from '../../domain/enums';
import { decide, type DecisionServiceDeps } from './decisions';

/** Cases urged at once: each is a workflow update; a few at a time keep Temporal busy, not swamped. */
const URGING_CONCURRENCY = 8;

/** The Idempotency-Key one case of a batch is urged with: the batch's key and the case id. */
export function caseUrgingKey(batchKey: string, caseId: string): string {
  return `${batchKey}:${caseId}`;
}

type CaseResult = UrgingBatchResult['results'][number];

export async function urgeBatch(
  deps: DecisionServiceDeps,
  principal: Principal,
  { caseIds, reason, evidence }: UrgingBatchBody,
  batchKey: string,
  log: { error(details: object, message: string): void },
): Promise<UrgingBatchResult> {
  // Refused as a whole, before any case is touched: the caller's roles cannot urge at all.
  const refusal = capabilityProblem(principal, 'urging');
  if (refusal) throw new ProblemError('forbidden', 403, refusal);
  const urge = async (caseId: string): Promise<CaseResult> => {
    try {
      const receipt = await decide(deps, principal, {
        caseId,
        kind: 'urging',
        body: { reason, evidence },
        idempotencyKey: caseUrgingKey(batchKey, caseId),
      });
      return { caseId, result: 'urged', receipt, problem: null };
    } catch (error) {
      if (error instanceof ProblemError && error.status < 500)
        return {
          caseId,
          result: 'refused',
          receipt: null,
          problem: { ...PROBLEM_TYPES[error.kind], status: error.status, detail: error.message },
        };
      log.error({ err: error, caseId }, 'urging in a batch failed');
      const unavailable = isServiceUnavailable(error);
      return {
        caseId,
        result: 'failed',
        receipt: null,
        problem: {
          ...PROBLEM_TYPES[unavailable ? 'unavailable' : 'internal'],
          status: unavailable ? 503 : 500,
          detail: unavailable
            ? 'Temporal or PostgreSQL did not answer; send the batch again (urged cases are not urged twice)'
            : 'an unexpected error, logged with this request id; send the batch again',
        },
      };
    }
  };
  const results = await mapWithConcurrency(caseIds, URGING_CONCURRENCY, urge);
  const summary = Object.fromEntries(
    codesOf(URGING_RESULTS).map((code) => [code, results.filter((r) => r.result === code).length]),
  ) as UrgingBatchResult['summary'];
  return { summary, results };
}
