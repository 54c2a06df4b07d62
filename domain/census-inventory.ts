/**
 * The census inventory (摸底排查, 000 四（二）1; 003 end of June; 004 with the plan): each jurisdiction's
 * rows for a year, one per piece of equipment, imported from the census template. A row imported after the
 * census milestone's deadline needs the local government's consent (经属地政府同意) before it counts; rows
 * that count are filed as findings and published: the enterprise list, the equipment list and the capacity.
 * Who may do what, and which rows count, is decided here.
 */
import type { Actor } from './decisions';
import { currentPolicyKeyFor } from './policy';
import { scheduleYear } from './year';
import type { Deadline } from './calendar';

export const CENSUS_ENTRY_STATUSES = {
  awaiting_consent: '逾期补报，待属地政府同意',
  refused: '属地政府不同意，不予纳入',
  confirmed: '已纳入，待立案',
  filed: '已立案',
} as const;
export type CensusEntryStatus = keyof typeof CENSUS_ENTRY_STATUSES;

export const CONSENT_OUTCOMES = {
  consented: '同意纳入',
  refused: '不同意纳入',
} as const;
export type ConsentOutcome = keyof typeof CONSENT_OUTCOMES;

export interface CensusConsent {
  outcome: ConsentOutcome;
  by: Actor;
  at: string;
  reason: string;
  /** The government's document that records it (e.g. 石政函〔2026〕12号). */
  documentNumber: string;
}

export interface CensusEntryFacts {
  late: boolean;
  consent: CensusConsent | null;
  caseId: string | null;
}

export function censusEntryStatus(entry: CensusEntryFacts): CensusEntryStatus {
  if (entry.caseId) return 'filed';
  if (entry.consent?.outcome === 'refused') return 'refused';
  if (entry.late && !entry.consent) return 'awaiting_consent';
  return 'confirmed';
}

/** Whether the row counts: in the published result, and to be filed. */
export function censusEntryCounts(entry: CensusEntryFacts): boolean {
  const status = censusEntryStatus(entry);
  return status === 'confirmed' || status === 'filed';
}

export function censusEntryIdOf(regionCode: string, year: number, number: number): string {
  return `PC-${regionCode}-${year}-${number}`;
}

export const CENSUS_ENTRY_ID_PATTERN = /^PC-\d{6}-\d{4}-\d{1,7}$/;

/**
 * The census deadline of a jurisdiction's year, as its current profile dates it: its census milestone's;
 * null where its level owes none (then no row is late).
 */
export function censusDeadlineOf(regionCode: string, year: number): Deadline | null {
  const key = currentPolicyKeyFor(regionCode);
  const census = scheduleYear(regionCode, year, key).find((milestone) => milestone.kind === 'census');
  return census?.deadline ?? null;
}

/** Why this actor may not decide on this row's consent, or null: the local government of the jurisdiction. */
export function consentProblem(regionCode: string, entry: CensusEntryFacts, actor: Actor): string | null {
  if (actor.role !== 'government_approver')
    return `a late census row is consented to by the local government (经属地政府同意) of ${regionCode}`;
  if (actor.regionCode !== regionCode)
    return `a late census row of ${regionCode} is consented to by its own government, not ${actor.regionCode}`;
  if (!entry.late) return 'the row came before the census deadline: it needs no consent';
  if (entry.consent) return `the government has already decided on the row (${entry.consent.outcome})`;
  return null;
}
