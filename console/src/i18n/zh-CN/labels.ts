/** The domain's vocabularies: the Chinese legal terms are the domain's own labels (domain/enums.ts). */
import { TASK_KINDS } from '../../../../domain/case';
import { CASE_STATUSES, DEPARTMENTS, DIMENSIONS, INDUSTRIES, ROLES } from '../../../../domain/enums';
import { RADAR_BUCKETS } from '../../../../domain/radar';

export const labels = {
  dimension: DIMENSIONS,
  department: DEPARTMENTS,
  industry: INDUSTRIES,
  caseStatus: CASE_STATUSES,
  role: ROLES,
  taskKind: TASK_KINDS,
  radarBucket: RADAR_BUCKETS,
};
