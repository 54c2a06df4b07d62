/**
 * The quarterly notice to member units (季度通报, 000 五（五）): after each quarter, a jurisdiction tells
 * every member unit of its profile which enterprises must rectify and which must exit, and what that unit
 * must do about them; the same notice is made public (向社会公示). Each unit's copy goes through the
 * outbox, once, and its receipt (签收) is recorded. Who may issue and record, and when, is decided here,
 * for the API and the year workflow's validators alike.
 */
import { addDays, chinaDateOf, startOfChinaDay, type Deadline, type LocalDate } from './calendar';
import type { SystemActor } from './case';
import type { Actor } from './decisions';
import type { CaseStatus } from './enums';
import type { MemberUnit } from './policy-types';
import type { YearState } from './year-state';

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/** The last day of a quarter of `year`. */
export function quarterLastDay(year: number, quarter: Quarter): LocalDate {
  return ['', `${year}-03-31`, `${year}-06-30`, `${year}-09-30`, `${year}-12-31`][quarter] as LocalDate;
}

/** The instant a quarter ends (24:00 CST of its last day): the notice is as of it, and issued from it. */
export function quarterEndsAt(year: number, quarter: Quarter): string {
  return startOfChinaDay(addDays(quarterLastDay(year, quarter), 1));
}

/** A notice's id: one per jurisdiction, year and quarter (通报 TB). */
export function noticeIdOf(regionCode: string, year: number, quarter: Quarter): string {
  return `TB-${regionCode}-${year}-Q${quarter}`;
}

export const NOTICE_ID_PATTERN = /^TB-\d{6}-\d{4}-Q[1-4]$/;

/** The notice's two lists, as 000 五（五） names them. */
export const NOTICE_LISTS = {
  to_rectify: '能耗、环保、质量、安全等不达标需进行整改的企业',
  to_exit: '整改后仍不达标需依法退出的企业',
} as const;
export type NoticeList = keyof typeof NOTICE_LISTS;

/**
 * Which list a case is on, by its status at the quarter's end: rectifying within its period, or awaiting
 * the government after it lapsed, it must still rectify; ordered to exit and not yet accepted, it must exit.
 */
export function noticeListOf(status: CaseStatus): NoticeList | null {
  if (status === 'rectifying' || status === 'awaiting_government_decision') return 'to_rectify';
  if (status === 'exiting' || status === 'awaiting_acceptance') return 'to_exit';
  return null;
}

/** What a member unit must do about the listed enterprises, by its function (000 五（六）（七）). */
export const MEMBER_UNIT_DUTIES = {
  differential_pricing: '执行差别化电价、水价政策',
  differential_credit: '执行差别化信贷政策，严控融资授信',
  land_supply: '依法依规限制土地供应',
  funding: '不予资金支持',
  tax_administration: '加强税收管理',
  worker_resettlement: '做好职工安置',
  statistics: '核减统计产能',
  credit_discipline: '在生产许可、政府采购等方面实施联合惩戒和信用约束',
  accountability: '对推动不力的依规问责',
} as const;
export type MemberUnitDuty = keyof typeof MEMBER_UNIT_DUTIES;

/** The source of the duties: 000 五（六）（七）, the only document that spells them out. */
export const MEMBER_UNIT_DUTIES_SOURCE =
  '迪庆州 五（六）（七）：各成员单位要根据自身职能职责，严格落实价格、金融、土地等政策；在土地供应、资金支持、税收管理、' +
  '生产许可、安全生产、融资授信、政府采购等方面，依法依规实施联合惩戒和信用约束';

const DUTIES_OF: Record<MemberUnit, readonly MemberUnitDuty[]> = {
  pricing: ['differential_pricing'],
  grid_company: ['differential_pricing'],
  water: ['differential_pricing'],
  peoples_bank: ['differential_credit'],
  financial_regulator: ['differential_credit'],
  natural_resources: ['land_supply'],
  finance: ['funding'],
  taxation: ['tax_administration'],
  human_resources_social_security: ['worker_resettlement'],
  statistics: ['statistics'],
  discipline_inspection: ['accountability'],
  agriculture: ['credit_discipline'],
  forestry_grassland: ['credit_discipline'],
  commerce: ['credit_discipline'],
  state_assets: ['credit_discipline'],
};

export function dutiesOf(unit: MemberUnit): readonly MemberUnitDuty[] {
  return DUTIES_OF[unit];
}

/**
 * Days a unit has to return its receipt (签收回执), counted from the day of issue by the rest-day rule.
 * The documents set none; ten days is the service's choice, kept here.
 */
export const ACKNOWLEDGEMENT_DAYS = 10;

/** One listed enterprise's equipment: a case on one of the two lists at the quarter's end. */
export interface NoticeEntry {
  list: NoticeList;
  caseId: string;
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  dimension: string;
  capacityValue: string;
  capacityUnit: string;
  /** The case's status at the quarter's end. */
  status: CaseStatus;
}

/** What the activity that draws the notice fixes and answers (the entries stay in PostgreSQL). */
export interface DrawnNotice {
  noticeId: string;
  asOf: string;
  memberUnits: MemberUnit[];
  counts: Record<NoticeList, number>;
  /** SHA-256 of the entries, as stored. */
  contentHash: string;
}

export interface UnitReceipt {
  /** Who at the unit signed for it (签收人). */
  signer: string;
  receivedOn: LocalDate;
  note: string;
  recordedBy: Actor;
  recordedAt: string;
  sequence: number;
  /** Recorded after the acknowledgement deadline lapsed. */
  late: boolean;
}

export interface QuarterlyNotice extends DrawnNotice {
  quarter: Quarter;
  issuedBy: Actor | SystemActor;
  issuedAt: string;
  sequence: number;
  units: { unit: MemberUnit; receipt: UnitReceipt | null }[];
  acknowledgeBy: Deadline;
  /** When the acknowledgement deadline lapsed with receipts missing; null while it has not. */
  overdueSince: string | null;
}

/** A notice's issue as the workflow's update takes it. */
export interface IssueNoticeInput {
  actor: Actor;
  quarter: Quarter;
}

/** A unit's receipt as the workflow's update takes it. */
export interface NoticeReceiptInput {
  actor: Actor;
  quarter: Quarter;
  unit: MemberUnit;
  signer: string;
  receivedOn: LocalDate;
  note: string;
}

export function quarterlyNotices(state: YearState): QuarterlyNotice[] {
  return state.quarterlyNotices ?? [];
}

export function noticeOf(state: YearState, quarter: Quarter): QuarterlyNotice | undefined {
  return quarterlyNotices(state).find((notice) => notice.quarter === quarter);
}

/** The notices some unit has not yet signed for, while their deadline has not lapsed: they keep the year open. */
export function awaitingReceipts(state: YearState): QuarterlyNotice[] {
  return quarterlyNotices(state).filter(
    (notice) => notice.overdueSince === null && notice.units.some((unit) => unit.receipt === null),
  );
}

/**
 * The quarters the year issues by itself at their end: those ending after the year opened, when its
 * profile names member units (`memberUnits` absent: a year opened before notices, which issues none).
 * A quarter that ended before the year opened is issued on demand.
 */
export function quartersIssuedOnTime(state: YearState): Quarter[] {
  if (!state.memberUnits?.length) return [];
  const openedAt = Date.parse(state.openedAt);
  return QUARTERS.filter((quarter) => Date.parse(quarterEndsAt(state.year, quarter)) > openedAt);
}

/** The quarters still to be issued by themselves: each keeps the year open until its end. */
export function quartersDue(state: YearState): Quarter[] {
  return quartersIssuedOnTime(state).filter((quarter) => !noticeOf(state, quarter));
}

function officeProblem(state: YearState, actor: Actor): string | null {
  if (state.status === 'closed') return `the year ${state.yearId} is closed`;
  if (actor.role !== 'supervisor')
    return `the quarterly notice is the office’s: a supervisor of ${state.regionCode}`;
  if (actor.regionCode !== state.regionCode)
    return `the quarterly notice of ${state.yearId} is by the office of ${state.regionCode}, not ${actor.regionCode}`;
  return null;
}

/** Why this quarter's notice may not be issued now by this actor, or null. */
export function issueNoticeProblem(state: YearState, input: IssueNoticeInput, now: string): string | null {
  const office = officeProblem(state, input.actor);
  if (office) return office;
  if (state.memberUnits && state.memberUnits.length === 0)
    return `the profile of ${state.regionCode} names no member units to notify`;
  if (noticeOf(state, input.quarter))
    return `the notice of Q${input.quarter} ${state.year} is already issued`;
  const endsAt = quarterEndsAt(state.year, input.quarter);
  if (Date.parse(now) < Date.parse(endsAt))
    return `Q${input.quarter} ${state.year} ends at ${endsAt}: its notice is issued after it`;
  return null;
}

/** Why this unit's receipt may not be recorded now, or null. */
export function noticeReceiptProblem(
  state: YearState,
  input: NoticeReceiptInput,
  today: LocalDate,
): string | null {
  const office = officeProblem(state, input.actor);
  if (office) return office;
  const notice = noticeOf(state, input.quarter);
  if (!notice) return `the notice of Q${input.quarter} ${state.year} is not issued`;
  const unit = notice.units.find((candidate) => candidate.unit === input.unit);
  if (!unit) return `the notice of Q${input.quarter} ${state.year} did not go to ${input.unit}`;
  if (unit.receipt) return `the receipt of ${input.unit} for Q${input.quarter} is already recorded`;
  if (input.receivedOn > today) return `it was received on ${input.receivedOn}, after today (${today})`;
  const issuedOn = chinaDateOf(new Date(notice.issuedAt));
  if (input.receivedOn < issuedOn)
    return `it was received on ${input.receivedOn}, before the notice was issued (${issuedOn})`;
  return null;
}
