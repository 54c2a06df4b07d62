/**
 * The yearly announcement (年度社会公告) of what exited in a jurisdiction: drawn from the year-end exit
 * statistics as of a cut-off, approved by the jurisdiction's office, then public. Versioned and
 * append-only: a published version never changes; a correction (更正) is a new version that names the
 * version it corrects and says what it corrects. The documents are silent on who approves: the service
 * asks a second person of the office (四眼原则), never the one who drew the draft. Who may do what is
 * decided here, for the API and the workflow alike.
 */
import type { Actor } from './decisions';
import type { LocalDate } from './calendar';
import type { ExitCounting, ExitMethod } from './statistics';

export const ANNOUNCEMENT_STATUSES = {
  draft: '待审批',
  published: '已公告',
  discarded: '已作废（未公告）',
} as const;
export type AnnouncementStatus = keyof typeof ANNOUNCEMENT_STATUSES;

export const ANNOUNCEMENT_DECISIONS = {
  approved: '批准公告',
  discarded: '作废',
} as const;
export type AnnouncementDecision = keyof typeof ANNOUNCEMENT_DECISIONS;

/** One exited enterprise's equipment and capacity, as the public reads it. */
export interface AnnouncementRow {
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  regionName: string | null;
  industry: string;
  dimension: string;
  equipment: string;
  capacityValue: number;
  capacityUnit: string;
  exitMethod: ExitMethod;
  /** The day that places the exit in the year (the city's acceptance, or the sealing where it counts). */
  countedOn: LocalDate;
  countedAs: ExitCounting;
}

/** What a version holds, as its preparation counted it (the rows themselves are in `announcements`). */
export interface AnnouncementContent {
  /** The instant the statistics are as of: ledger entries recorded later do not count. */
  asOf: string;
  rows: number;
  enterprises: number;
  /** One entry per capacity unit: different units are never added. */
  totals: { capacityUnit: string; cases: number; capacityValue: number }[];
  /** SHA-256 of the rows as stored, for the ledger. */
  contentHash: string;
}

export interface AnnouncementVersion extends AnnouncementContent {
  /** GG-<region>-<year>-<version>. */
  id: string;
  version: number;
  /** The cut-off asked for: through 24:00 China Standard Time of that day. */
  cutoff: LocalDate;
  /** For a correction: the published version it corrects, and what it corrects. */
  corrects: number | null;
  correction: string | null;
  status: AnnouncementStatus;
  draftedBy: Actor;
  draftedAt: string;
  decision: {
    by: Actor;
    at: string;
    outcome: AnnouncementDecision;
    reason: string;
  } | null;
}

/** A draft as the workflow's update takes it. */
export interface AnnouncementDraft {
  actor: Actor;
  cutoff: LocalDate;
  /** Required once a version is published: what the new version corrects. */
  correction?: string;
}

/** A decision on a draft as the workflow's update takes it. */
export interface AnnouncementDecisionInput {
  version: number;
  actor: Actor;
  outcome: AnnouncementDecision;
  reason: string;
}

/** An announcement's key: one per jurisdiction and year, `GG-<region>-<year>`. */
export function announcementKeyOf(regionCode: string, year: number): string {
  return `GG-${regionCode}-${year}`;
}
export const ANNOUNCEMENT_KEY_PATTERN = /^GG-\d{6}-\d{4}$/;

/** A version's public id: `GG-<region>-<year>-<version>`. */
export function announcementIdOf(key: string, version: number): string {
  return `${key}-${version}`;
}
export const ANNOUNCEMENT_ID_PATTERN = /^GG-\d{6}-\d{4}-\d{1,4}$/;

/** An announcement as its workflow keeps it: every version so far, and its ledger's last entry. */
export interface AnnouncementState {
  key: string;
  regionCode: string;
  year: number;
  versions: AnnouncementVersion[];
  sequence: number;
}

function announcementVersions(state: AnnouncementState): AnnouncementVersion[] {
  return state.versions;
}

/** The version the public reads: the latest published. */
export function currentAnnouncement(state: AnnouncementState): AnnouncementVersion | null {
  const published = announcementVersions(state).filter((version) => version.status === 'published');
  return published.at(-1) ?? null;
}

export function pendingAnnouncement(state: AnnouncementState): AnnouncementVersion | null {
  return announcementVersions(state).find((version) => version.status === 'draft') ?? null;
}

function officeProblem(state: AnnouncementState, actor: Actor, what: string): string | null {
  if (actor.role !== 'supervisor')
    return `the announcement is ${what} by a supervisor of ${state.regionCode}`;
  if (actor.regionCode !== state.regionCode)
    return `the announcement is ${what} by the office of ${state.regionCode}, not ${actor.regionCode}`;
  return null;
}

/** Why this actor may not draw up a version now, whatever its cut-off: the office, while no draft waits. */
export function draftingProblem(state: AnnouncementState, actor: Actor): string | null {
  const office = officeProblem(state, actor, 'drawn up');
  if (office) return office;
  const pending = pendingAnnouncement(state);
  if (pending) return `version ${pending.version} of the announcement waits for approval`;
  return null;
}

/**
 * Why this draft may not be drawn up now, or null: by the jurisdiction's office, while no other draft
 * waits, with a cut-off not before the year's end nor after today; a correction says what it corrects.
 */
export function draftProblem(
  state: AnnouncementState,
  draft: AnnouncementDraft,
  today: LocalDate,
): string | null {
  const drafting = draftingProblem(state, draft.actor);
  if (drafting) return drafting;
  const yearEnd = `${state.year}-12-31`;
  if (draft.cutoff < yearEnd)
    return `the announcement counts the whole year: its cut-off is ${yearEnd} or later, not ${draft.cutoff}`;
  if (draft.cutoff > today) return `the cut-off ${draft.cutoff} is after today, ${today}`;
  const published = currentAnnouncement(state);
  if (published && !draft.correction?.trim())
    return `version ${published.version} is published: a new version is a correction and says what it corrects`;
  if (!published && draft.correction !== undefined)
    return 'nothing is published yet: the first version corrects nothing';
  return null;
}

/**
 * Why this actor may not approve or discard this draft now, or null: a supervisor of the office; to
 * approve, another than the one who drew it up (who may withdraw it by discarding it).
 */
export function announcementDecisionProblem(
  state: AnnouncementState,
  decision: Pick<AnnouncementDecisionInput, 'version' | 'actor' | 'outcome'>,
): string | null {
  const { version, actor } = decision;
  const candidate = announcementVersions(state).find((v) => v.version === version);
  if (!candidate) return `the announcement ${state.key} has no version ${version}`;
  const office = officeProblem(state, actor, 'approved');
  if (office) return office;
  if (candidate.status !== 'draft') return `version ${version} is not a draft (${candidate.status})`;
  if (decision.outcome === 'approved' && candidate.draftedBy.userId === actor.userId)
    return `version ${version} was drawn up by ${actor.userId}: another person of the office approves it`;
  return null;
}
