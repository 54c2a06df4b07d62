/**
 * The shape of a policy (the rules a case runs under) and of the policy profiles that set them: one
 * national default and one profile per locality, each version a list of rules that override the level
 * above, each rule with the document and article it comes from. Types and vocabularies only; the data is
 * in domain/policy-profiles/, the resolution in domain/policy.ts.
 */
import type { Department, Dimension } from './enums';
import type { RegionLevel } from './region';

export const FIRST_MEASURES = {
  rectify_with_differential_pricing: '限期整改，执行差别电价、阶梯电价、惩罚性电价和水价',
  restrict_or_suspend: '限制生产、停产整治',
  halt_and_rectify: '依法查处并责令停产整改',
  suspend_production_and_business: '停产停业整顿',
  exit_at_once: '立即关停',
  halt_for_major_hazard: '存在重大生产安全事故隐患，一律责令停产整改',
} as const;
export type FirstMeasure = keyof typeof FIRST_MEASURES;

export const FAILURE_CONSEQUENCES = {
  shutdown_and_exit: '报请政府关停退出',
  cease_and_close: '报经政府批准责令停业、关闭',
  licence_revoked_and_exit: '吊销生产许可证，报经政府批准关停退出',
  close_and_revoke_licences: '提请政府关闭，吊销有关证照',
  exit_at_once: '直接退出',
} as const;
export type FailureConsequence = keyof typeof FAILURE_CONSEQUENCES;

/** What happens to an enterprise's licences: revoked (吊销, a penalty) or cancelled (注销, the register closed). */
export const LICENCE_MEASURES = {
  revoke: '吊销证照',
  cancel: '注销生产许可证',
} as const;
export type LicenceMeasure = keyof typeof LICENCE_MEASURES;

/** The moment a licence measure is sent to the licence registry. */
export const LICENCE_MOMENTS = {
  rectification_failed: '整改期满未整改或经整改仍不达标时',
  exit_ordered: '依法关停（政府批准退出或立即关停）时',
} as const;
export type LicenceMoment = keyof typeof LICENCE_MOMENTS;

export interface LicenceAction {
  measure: LicenceMeasure;
  when: LicenceMoment;
}

/** The moments at which a case is reported to the credit platform or the financial regulator. */
export const LISTING_MOMENTS = {
  rectification_listed: '列入不达标应限期整改企业名单',
  exit_listed: '列入依法退出企业名单',
  exit_deadline_missed: '未按期退出落后产能',
} as const;
export type ListingMoment = keyof typeof LISTING_MOMENTS;

/**
 * Units of the leading group that receive notices without owning a dimension (成员单位). Departments that
 * own a dimension are `Department`s; these are not, and have no officers in the service.
 */
export const MEMBER_UNITS = {
  finance: '财政部门',
  human_resources_social_security: '人力资源社会保障部门',
  natural_resources: '自然资源（国土资源）部门',
  taxation: '税务部门',
  peoples_bank: '中国人民银行分支机构',
  financial_regulator: '金融监管部门（银保监）',
  water: '水务部门',
  statistics: '统计部门',
  grid_company: '电网企业（供电公司）',
  agriculture: '农业农村部门',
  forestry_grassland: '林业和草原部门',
  commerce: '商务部门',
  state_assets: '国有资产监督管理部门',
  pricing: '价格主管部门（物价局）',
  discipline_inspection: '纪检监察机关',
} as const;
export type MemberUnit = keyof typeof MEMBER_UNITS;

/** The dated steps of the bureau's year (年度工作节点) that a jurisdiction owes, as the documents name them. */
export const MILESTONE_KINDS = {
  work_plan: '年度工作方案（计划）',
  census: '摸底排查结果',
  enforcement: '执法检查',
  supervision: '督查报告',
  acceptance: '考核验收',
  midyear_statistics: '半年退出情况统计表',
  yearend_statistics: '年度退出情况统计表',
  summary: '年度工作总结及佐证材料',
  aggregate_report: '年度退出情况汇总上报',
  announcement: '年度退出情况社会公告',
} as const;
export type MilestoneKind = keyof typeof MILESTONE_KINDS;

/** Who receives a milestone and says whether it is done. */
export const MILESTONE_RECIPIENTS = {
  /** The office of the jurisdiction above (县 → 市 → 省), which accepts it or returns it. */
  level_above: '上一级领导小组办公室',
  /** The jurisdiction's own office, for what its departments owe it. */
  own_office: '本级领导小组办公室',
  /** A body outside the service (a ministry, the public): submitting it completes it. */
  outside: '服务之外的机关或社会公众',
} as const;
export type MilestoneRecipient = keyof typeof MILESTONE_RECIPIENTS;

/** A day of the year as a document dates it: 15 May, mid-December (中旬: the 20th), the end of January next year. */
export interface MilestoneDate {
  month: number;
  day: number | 'mid' | 'end';
  /** The year after the one the work is for (次年). */
  nextYear?: true;
}

export interface MilestoneRule {
  kind: MilestoneKind;
  /** The level of jurisdiction that owes it, each one of that level for itself. */
  owedBy: RegionLevel;
  reportsTo: MilestoneRecipient;
  /** By this day; the rest-day rule and 24:00 CST apply as to every deadline. */
  due: MilestoneDate;
  /** The day work on it starts (督查 从10月份开始), when the document names one; else the year's start. */
  opens?: MilestoneDate;
  source: PolicySource;
}

/** The documents the rules come from. */
export interface PolicyDocument {
  /** The file in shared/seeds, where the document is one of them. */
  seed: string | null;
  title: string;
  /** 发文字号, or null where the document as we have it carries none. */
  documentNumber: string | null;
  issuer: string;
  /** 成文日期, or null where the document as we have it carries none. */
  issued: string | null;
}

/** Where one rule comes from: a document and its article, with the words that say it. */
export interface PolicySource {
  document: string;
  article: string;
  quote?: string;
  /** Where the rule is the service's reading or choice rather than the document's words. */
  note?: string;
}

/** The rules each dimension has, in every policy. */
export interface DimensionRules {
  owners: readonly Department[];
  firstMeasure: FirstMeasure;
  /** Months to rectify; 'set_by_department' means the finding must state it; null: no rectification. */
  rectificationMonths: number | 'set_by_department' | null;
  /** At most one extension of at most this many months; null: no extension. */
  extensionMaxMonths: number | null;
  failureLeadsTo: FailureConsequence;
  /** Differential, tiered and punitive electricity prices (差别电价、阶梯电价、惩罚性电价), via the grid company. */
  electricityPricing: boolean;
  /** Progressive prices for water beyond quota (超定额用水累进加价), via the water utility. */
  waterPricing: boolean;
  /** What the licence registry is told, and when; null: nothing. */
  licence: LicenceAction | null;
  /** The environment bureau issues no pollutant discharge permit (排污许可证) once the capacity must exit. */
  dischargePermitRefused: boolean;
  /** Capacity still failing after rectification exits within the calendar year the exit is ordered in. */
  exitByYearEnd: boolean;
  /** A major work-safety accident hazard (重大生产安全事故隐患) means an immediate halt and no extension. */
  majorHazardHalt: boolean;
  /** Open cases appear on the environment bureau's emission-standard lists. */
  emissionLists: boolean;
}

/** Timings the documents leave to local practice; the defaults a bureau may change in a new version. */
export interface Timings {
  /** Reminders this many days before the rectification deadline lapses. */
  reminderDaysBeforeDeadline: readonly number[];
  /** Days the government has to decide an escalated case before the supervisor is notified (督办). */
  governmentDecisionDays: number;
  /** A reminder to the government this many days after escalation. */
  governmentReminderAfterDays: number;
  /** Months from the exit order (or from filing, for eliminated equipment) to exit. */
  exitMonths: number;
  /** Months from sealing to the end of time-limited dismantling (限期拆除). */
  dismantlingMonths: number;
  /** Days a department has to verify a tip (举报核查). */
  tipVerificationDays: number;
  /** Reminders this many days before a milestone of the bureau's year falls due. */
  milestoneReminderDays: readonly number[];
}

/** Rules of the whole policy, not of one dimension. */
export interface GeneralRules {
  /** When a case is published on the credit platform (信用中国), besides a missed exit deadline. */
  creditPublication: readonly ListingMoment[];
  /** When the financial regulator and the People's Bank are told, for differential credit (差别化信贷). */
  differentialCredit: readonly ListingMoment[];
  /** Sealed main equipment (封存主体设备) counts as exited capacity in the statistics, in the year it was sealed. */
  sealedCountsAsExited: boolean;
  /** Revisits (回头看) of a case closed as exited or rectified, this many months after it closed. */
  revisitMonths: readonly number[];
  /** The departments a tip about an illegal capacity swap (产能违规置换) may be sent to. */
  capacitySwapOwners: readonly Department[];
  /** Member units that receive notices without owning a dimension. */
  memberUnits: readonly MemberUnit[];
  /** The dated steps of the bureau's year, by the level of jurisdiction that owes each. */
  yearMilestones: readonly MilestoneRule[];
}

/** A policy as a case runs under it: every rule resolved, with its sources. */
export interface Policy {
  profile: string;
  version: string;
  dimensions: Record<Dimension, DimensionRules>;
  timings: Timings;
  rules: GeneralRules;
  /**
   * Where each rule's value comes from, by the rule's name ('energy.waterPricing', 'timings.exitMonths',
   * 'rules.memberUnits'): the profile and version that set it last, and that setting's source.
   */
  provenance: Record<string, RuleProvenance>;
}

export interface RuleProvenance {
  profile: string;
  version: string;
  source: PolicySource;
}

/** One rule a profile version sets, with its source. */
export type RuleSetting =
  | {
      [K in keyof DimensionRules]: {
        dimensions: readonly Dimension[];
        rule: K;
        value: DimensionRules[K];
        source: PolicySource;
      };
    }[keyof DimensionRules]
  | {
      [K in keyof Timings]: { timing: K; value: Timings[K]; source: PolicySource };
    }[keyof Timings]
  | {
      [K in keyof GeneralRules]: { rule: K; value: GeneralRules[K]; source: PolicySource };
    }[keyof GeneralRules];

export interface ProfileVersion {
  version: string;
  /** The date from which cases filed under the profile take this version. */
  adopted: string;
  /** The version of the profile above this one builds on; null only for the national base. */
  inherits: { profile: string; version: string } | null;
  settings: readonly RuleSetting[];
  /** What this version changed, in a sentence. */
  summary: string;
}

/** A jurisdiction's rules: the national default, or a locality's document. */
export interface PolicyProfile {
  id: string;
  name: { zh: string; en: string };
  /** The jurisdiction it covers (GB/T 2260), or null for the national default, which covers every region. */
  regionCode: string | null;
  /** The dimensions the document speaks to (a safety bureau's document: safety). */
  document: string;
  versions: readonly ProfileVersion[];
}
