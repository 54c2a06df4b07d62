/**
 * What the Temporal UI's list (and `temporal workflow list --query`) can filter cases by: the case's
 * status, region, dimension and the deadline it waits on now — kept on each case workflow from its
 * state, by the same rule the read model's `due_at` follows (`currentDeadline`). Registered on the
 * namespace by the worker at start (schedules/search-attributes.ts).
 */
import { defineSearchAttributeKey, type SearchAttributeUpdatePair } from '@temporalio/common';
import { currentDeadline, type CaseState } from '../domain/case';

export const CASE_STATUS = defineSearchAttributeKey('CaseStatus', 'KEYWORD');
export const CASE_REGION = defineSearchAttributeKey('CaseRegion', 'KEYWORD');
export const CASE_DIMENSION = defineSearchAttributeKey('CaseDimension', 'KEYWORD');
export const CASE_DUE_AT = defineSearchAttributeKey('CaseDueAt', 'DATETIME');

export const CASE_SEARCH_ATTRIBUTES = [CASE_STATUS, CASE_REGION, CASE_DIMENSION, CASE_DUE_AT] as const;

export function caseSearchAttributesOf(state: CaseState): SearchAttributeUpdatePair[] {
  const due = currentDeadline(state);
  return [
    { key: CASE_STATUS, value: state.status },
    { key: CASE_REGION, value: state.finding.enterprise.regionCode },
    { key: CASE_DIMENSION, value: state.finding.dimension },
    { key: CASE_DUE_AT, value: due ? new Date(due.lapsesAt) : null },
  ];
}
