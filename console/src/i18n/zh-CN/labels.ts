/** The domain's vocabularies: the Chinese legal terms are the domain's own labels (domain/enums.ts). */
import { DECISION_KINDS } from '../../../../domain/authority';
import {
  ACCEPTANCE_LEVELS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  DEPARTMENTS,
  DIMENSIONS,
  EXIT_EVIDENCE_ITEMS,
  EXIT_MEASURES,
  EXIT_SCOPES,
  FINDING_SOURCES,
  INDUSTRIES,
  PUBLISHED_LISTS,
  ROLES,
} from '../../../../domain/enums';
import { LIST_SNAPSHOT_TRIGGERS } from '../../../../domain/lists';
import {
  FAILURE_CONSEQUENCES,
  FIRST_MEASURES,
  LICENCE_MEASURES,
  LICENCE_MOMENTS,
  LISTING_MOMENTS,
  MEMBER_UNITS,
  MILESTONE_KINDS,
  MILESTONE_RECIPIENTS,
} from '../../../../domain/policy-types';
import { INBOX_TASK_KINDS } from '../../../../domain/inbox';
import { REGION_LEVELS } from '../../../../domain/region';
import { MILESTONE_REVIEW_OUTCOMES, MILESTONE_STATUSES, YEAR_STATUSES } from '../../../../domain/year-state';
import { PLAN_MEASURES, PLAN_VERSION_STATUSES } from '../../../../domain/work-plan';
import { ANNOUNCEMENT_STATUSES } from '../../../../domain/announcement';
import { LAGGING_REASONS, SUPERVISION_ACTIONS } from '../../../../domain/supervision';
import { RADAR_BUCKETS } from '../../../../domain/radar';
import { EXIT_COUNTINGS, EXIT_METHODS, STATISTICS_PERIODS } from '../../../../domain/statistics';
import { TIP_CATEGORIES, TIP_OUTCOMES, TIP_STATUSES, VERIFICATION_RESULTS } from '../../../../domain/tip';

export const labels = {
  dimension: DIMENSIONS,
  department: DEPARTMENTS,
  industry: INDUSTRIES,
  caseStatus: CASE_STATUSES,
  caseOutcome: CASE_OUTCOMES,
  findingSource: FINDING_SOURCES,
  list: PUBLISHED_LISTS,
  role: ROLES,
  // The inbox's tasks: the cases' and the bureau's years' (domain/inbox.ts).
  taskKind: INBOX_TASK_KINDS,
  radarBucket: RADAR_BUCKETS,
  decisionKind: DECISION_KINDS,
  exitMeasure: EXIT_MEASURES,
  exitScope: EXIT_SCOPES,
  exitEvidenceItem: EXIT_EVIDENCE_ITEMS,
  acceptanceLevel: ACCEPTANCE_LEVELS,
  // The exit statistics (domain/statistics.ts) and tips (domain/tip.ts).
  statisticsPeriod: STATISTICS_PERIODS,
  exitMethod: EXIT_METHODS,
  exitCounting: EXIT_COUNTINGS,
  tipStatus: TIP_STATUSES,
  tipOutcome: TIP_OUTCOMES,
  tipCategory: TIP_CATEGORIES,
  verificationResult: VERIFICATION_RESULTS,
  publishedList: PUBLISHED_LISTS,
  listSnapshotTrigger: LIST_SNAPSHOT_TRIGGERS,
  // The policy profiles' vocabularies (domain/policy-types.ts).
  firstMeasure: FIRST_MEASURES,
  failureConsequence: FAILURE_CONSEQUENCES,
  licenceMeasure: LICENCE_MEASURES,
  licenceMoment: LICENCE_MOMENTS,
  listingMoment: LISTING_MOMENTS,
  memberUnit: MEMBER_UNITS,
  // The bureau's year (domain/year.ts).
  milestoneKind: MILESTONE_KINDS,
  milestoneRecipient: MILESTONE_RECIPIENTS,
  regionLevel: REGION_LEVELS,
  milestoneStatus: MILESTONE_STATUSES,
  milestoneReviewOutcome: MILESTONE_REVIEW_OUTCOMES,
  yearStatus: YEAR_STATUSES,
  planMeasure: PLAN_MEASURES,
  planVersionStatus: PLAN_VERSION_STATUSES,
  announcementStatus: ANNOUNCEMENT_STATUSES,
  laggingReason: LAGGING_REASONS,
  supervisionAction: SUPERVISION_ACTIONS,
};
