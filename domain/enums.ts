/**
 * The domain's closed vocabularies. Values are English codes that travel over the API and through
 * Temporal; each carries its Chinese legal term as its label (DOMAIN.md).
 */

export const DIMENSIONS = {
  energy: '能耗',
  environment: '环保',
  quality: '质量',
  safety: '安全',
  technology: '技术',
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export const DEPARTMENTS = {
  industry_it: '工业和信息化局',
  development_reform: '发展和改革委员会',
  energy_bureau: '能源局',
  environment_bureau: '生态环境局',
  market_regulation: '市场监督管理局',
  emergency_management: '应急管理局',
  coal_mine_safety: '煤矿安全监察局',
} as const;
export type Department = keyof typeof DEPARTMENTS;

export const INDUSTRIES = {
  steel: '钢铁',
  coal: '煤炭',
  cement: '水泥',
  electrolytic_aluminium: '电解铝',
  flat_glass: '平板玻璃',
  ferroalloy: '铁合金',
  calcium_carbide: '电石',
  coking: '焦化',
  non_ferrous_metals: '有色金属',
  yellow_phosphorus: '黄磷',
  fine_chemicals: '精细化工',
  chemicals: '化工',
  silicon_carbide: '碳化硅',
  lead_zinc_smelting: '铅锌冶炼',
  fertiliser: '化肥',
  paper: '造纸',
  leather: '制革',
  smelting: '冶炼',
  coal_power: '煤电',
  other: '其他',
} as const;
export type Industry = keyof typeof INDUSTRIES;

export const FINDING_SOURCES = {
  routine_inspection: '日常检查',
  special_inspection: '专项检查',
  tip: '举报',
  revisit: '回头看',
} as const;

export const CASE_STATUSES = {
  filed: '已立案',
  rectifying: '限期整改中',
  awaiting_government_decision: '待政府决定',
  exiting: '退出中',
  awaiting_acceptance: '待验收',
  rectified: '已整改',
  exited: '已退出',
  closed: '已结案',
} as const;
export type CaseStatus = keyof typeof CASE_STATUSES;

/** The statuses a case ends in; each is final. */
export const CASE_OUTCOMES = {
  rectified: '整改达标',
  exited: '退出并验收',
  closed: '依政府决定结案',
} as const;
export type CaseOutcome = keyof typeof CASE_OUTCOMES;

export const ROLES = {
  department_officer: '职能部门经办人',
  supervisor: '领导小组办公室',
  government_approver: '有批准权的人民政府',
  acceptance_inspector: '验收组',
  auditor: '审计监督',
  administrator: '系统管理员',
} as const;
export type Role = keyof typeof ROLES;

/** The measures an exit order names (关停、停业、关闭、取缔). */
export const EXIT_MEASURES = {
  shutdown: '关停',
  cease_business: '停业',
  close: '关闭',
  ban: '取缔',
} as const;
export type ExitMeasure = keyof typeof EXIT_MEASURES;

export const EXIT_SCOPES = {
  whole_enterprise: '整体关闭退出',
  equipment: '淘汰相关设备（生产线）',
} as const;
export type ExitScope = keyof typeof EXIT_SCOPES;

/** One item of exit evidence, recorded item by item (拆除, or the five sealing steps, …). */
export const EXIT_EVIDENCE_ITEMS = {
  dismantled: '主体设备已拆除',
  water_cut: '已断水',
  power_cut: '已断电',
  power_units_removed: '已拆除动力装置',
  main_equipment_sealed: '已封存主体设备',
  public_commitment: '企业公开承诺不再恢复生产',
  commitment_announced: '承诺已公告',
  staff_resettlement_plan: '职工安置方案',
  supplementary: '补充证据',
} as const;
export type ExitEvidenceItem = keyof typeof EXIT_EVIDENCE_ITEMS;

/** The sealing steps that, all recorded, make the capacity sealed and start time-limited dismantling. */
export const SEALING_STEPS = [
  'water_cut',
  'power_cut',
  'power_units_removed',
  'main_equipment_sealed',
  'public_commitment',
  'commitment_announced',
] as const satisfies readonly ExitEvidenceItem[];

export const ACCEPTANCE_LEVELS = {
  county: '县级验收',
  city: '市级验收',
} as const;
export type AcceptanceLevel = keyof typeof ACCEPTANCE_LEVELS;

/** What a revisit (回头看) of closed capacity finds. */
export const REVISIT_RESULTS = {
  still_closed: '仍处于关停状态',
  running_again: '已恢复生产（死灰复燃）',
} as const;
export type RevisitResult = keyof typeof REVISIT_RESULTS;

export const PUBLISHED_LISTS = {
  yellow: '黄牌（限期整改）',
  red: '红牌（整改不达标关停退出）',
  emission_exceeding: '超标排放企业名单',
  emission_serious: '严重超标排放企业名单',
} as const;
export type PublishedList = keyof typeof PUBLISHED_LISTS;

/** Outside parties the service notifies (through the outbox). */
export const CHANNELS = {
  grid_company: '电网企业（差别电价）',
  water_utility: '供水企业（超定额用水累进加价）',
  credit_platform: '全国信用信息共享平台',
  financial_regulator: '金融监管部门和人民银行（差别化信贷）',
  licence_registry: '证照发证机关',
  people: '工作人员通知',
  member_unit: '领导小组成员单位（季度通报）',
} as const;
export type Channel = keyof typeof CHANNELS;

/** Tuple form for zod's z.enum and drizzle's pgEnum, which need a non-empty literal tuple. */
export function codesOf<T extends Record<string, string>>(
  labels: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}

/** "energy (能耗), environment (环保), …" — for schema descriptions. */
export function describeCodes(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');
}
