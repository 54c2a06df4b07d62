/** The domain's vocabularies: the Chinese legal terms are the domain's own labels (domain/enums.ts). */
import { TASK_KINDS } from '../../../../domain/case';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  DEPARTMENTS,
  DIMENSIONS,
  FINDING_SOURCES,
  INDUSTRIES,
  PUBLISHED_LISTS,
  ROLES,
} from '../../../../domain/enums';
import { RADAR_BUCKETS } from '../../../../domain/radar';

export const labels = {
  dimension: DIMENSIONS,
  department: DEPARTMENTS,
  industry: INDUSTRIES,
  caseStatus: CASE_STATUSES,
  caseOutcome: CASE_OUTCOMES,
  findingSource: FINDING_SOURCES,
  list: PUBLISHED_LISTS,
  role: ROLES,
  taskKind: TASK_KINDS,
  radarBucket: RADAR_BUCKETS,
};
