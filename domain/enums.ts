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
export type FindingSource = keyof typeof FINDING_SOURCES;

export const CASE_STATUSES = {
  filed: '已立案',
  rectifying: '限期整改中',
  awaiting_government_decision: '待政府决定',
  exiting: '退出中',
} as const;
export type CaseStatus = keyof typeof CASE_STATUSES;

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
