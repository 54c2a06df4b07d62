/**
 * What the Temporal UI's list (and `temporal workflow list --query`) can filter cases by: the case's
 * status, region, dimension and the deadline it waits on now — kept on each case workflow from its
 * state, by the same rule the read model's `due_at` follows (`currentDeadline`). Registered on the
 * namespace by the worker at start (schedules/search-attributes.ts).
 */
import {
  defineSearchAttributeKey,
  type SearchAttributePair,
  type SearchAttributeUpdatePair,
  type TypedSearchAttributes,
} from '@temporalio/common';
import type { CaseIdentity } from '../domain/case-id';
import { currentDeadline, firstStatusOf, type CaseState } from '../domain/case';
import type { Deadline } from '../domain/calendar';

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

/**
 * The attributes a case's first steps leave it with, which the API starts it with: its first status and
 * the first deadline it computed. The workflow upserts only what differs from them.
 */
export function caseSearchAttributesAtStart(
  input: CaseIdentity,
  firstDeadline: Deadline,
): SearchAttributePair[] {
  return [
    { key: CASE_STATUS, value: firstStatusOf(input) },
    { key: CASE_REGION, value: input.finding.enterprise.regionCode },
    { key: CASE_DIMENSION, value: input.finding.dimension },
    { key: CASE_DUE_AT, value: new Date(firstDeadline.lapsesAt) },
  ];
}

/** The attributes' values as one string, to tell whether a step changed them. */
export function searchAttributeValuesOf(attributes: readonly SearchAttributeUpdatePair[]): string {
  return JSON.stringify(attributes.map(({ value }) => value ?? null));
}

/** What the case's attributes hold now (at its start: what the API set), in `searchAttributeValuesOf`'s form. */
export function currentSearchAttributeValues(attributes: TypedSearchAttributes): string {
  return searchAttributeValuesOf(
    CASE_SEARCH_ATTRIBUTES.map(
      (key) => ({ key, value: attributes.get(key) ?? null }) as SearchAttributeUpdatePair,
    ),
  );
}
