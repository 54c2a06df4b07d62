/** The domain's vocabularies: the Chinese legal terms are the domain's own labels (domain/enums.ts). */
import { TASK_KINDS } from '../../../../domain/case';
import {
  CASE_STATUSES,
  DEPARTMENTS,
  DIMENSIONS,
  INDUSTRIES,
  PUBLISHED_LISTS,
  ROLES,
} from '../../../../domain/enums';
import { LIST_SNAPSHOT_TRIGGERS } from '../../../../domain/lists';
import { RADAR_BUCKETS } from '../../../../domain/radar';
import { TIP_OUTCOMES, TIP_STATUSES } from '../../../../domain/tip';

export const labels = {
  dimension: DIMENSIONS,
  department: DEPARTMENTS,
  industry: INDUSTRIES,
  caseStatus: CASE_STATUSES,
  role: ROLES,
  taskKind: TASK_KINDS,
  radarBucket: RADAR_BUCKETS,
  publishedList: PUBLISHED_LISTS,
  listSnapshotTrigger: LIST_SNAPSHOT_TRIGGERS,
  tipStatus: TIP_STATUSES,
  tipOutcome: TIP_OUTCOMES,
};
