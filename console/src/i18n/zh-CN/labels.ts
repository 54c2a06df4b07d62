/** The domain's vocabularies: the Chinese legal terms are the domain's own labels (domain/enums.ts). */
import { TASK_KINDS } from '../../../../domain/case';
import {
  CASE_STATUSES,
  DEPARTMENTS,
  DIMENSIONS,
  EXIT_MEASURES,
  EXIT_SCOPES,
  INDUSTRIES,
  ROLES,
} from '../../../../domain/enums';
import { RADAR_BUCKETS } from '../../../../domain/radar';
import { EXIT_METHODS, STATISTICS_PERIODS } from '../../../../domain/statistics';
import { TIP_OUTCOMES, TIP_STATUSES, VERIFICATION_RESULTS } from '../../../../domain/tip';

export const labels = {
  dimension: DIMENSIONS,
  department: DEPARTMENTS,
  industry: INDUSTRIES,
  caseStatus: CASE_STATUSES,
  role: ROLES,
  taskKind: TASK_KINDS,
  radarBucket: RADAR_BUCKETS,
  // The exit statistics (domain/statistics.ts) and tips (domain/tip.ts).
  statisticsPeriod: STATISTICS_PERIODS,
  exitMethod: EXIT_METHODS,
  exitMeasure: EXIT_MEASURES,
  exitScope: EXIT_SCOPES,
  tipStatus: TIP_STATUSES,
  tipOutcome: TIP_OUTCOMES,
  verificationResult: VERIFICATION_RESULTS,
};
