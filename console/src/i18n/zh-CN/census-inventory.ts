/**
 * 摸底排查清单 (domain/census-inventory.ts): each jurisdiction's rows for a year, imported from the census
 * template; the local government's consent to rows imported after the census deadline (经属地政府同意);
 * the rows that count filed as cases. The statuses and outcomes are the domain's own words.
 */
import { CENSUS_ENTRY_STATUSES, CONSENT_OUTCOMES } from '../../../../domain/census-inventory';

export const censusInventory = {
  menu: '摸底排查清单',
  title: '摸底排查清单',
  intro:
    '各地按年度导入摸底排查表，一行一台设备（生产线）。排查期限届满后导入的行为逾期补报，须经属地政府同意后纳入；' +
    '已纳入的行由报送部门批量立案，并向社会公布企业名单、设备清单和产能。',
  status: CENSUS_ENTRY_STATUSES,
  outcome: CONSENT_OUTCOMES,
  deadline: {
    lastDay: (day: string) => `摸底排查期限：${day} 24:00（北京时间）前`,
    moved: (nominal: string) => `（原定 ${nominal}，遇休假日顺延）`,
    none: '该级别在其政策配置下没有摸底排查期限，导入的行均按期纳入。',
    passed: '已过期限：此后导入的行须经属地政府同意',
    open: '未过期限：导入的行直接纳入',
  },
  counts: {
    label: '各状态行数',
    count: (status: string, count: number) => `${status}：${count} 行`,
  },
  filter: {
    label: '按状态筛选',
    all: '全部状态',
  },
  table: {
    caption: (region: string, year: number) => `${region} ${year} 年摸底排查清单`,
    number: '序号',
    enterprise: '企业名称',
    creditCode: '统一社会信用代码',
    equipment: '设备（生产线）',
    capacity: '产能',
    dimension: '标准类别',
    industry: '行业',
    basis: '法律依据 / 标准依据',
    department: '报送部门 / 文书编号',
    status: '状态',
    consent: '属地政府意见',
    case: '案件',
    actions: '操作',
    late: '逾期补报',
    consentBy: (who: string, at: string) => `${who}（${at}）`,
    documentNumber: (number: string) => `文号：${number}`,
    none: '该地区该年度的清单中没有行。',
    noneWithStatus: '没有该状态的行。',
  },
  paging: {
    label: '翻页',
    first: '回到第一页',
    previous: '上一页',
    next: '下一页',
    page: (page: number) => `第 ${page} 页`,
  },
  importing: {
    choose: '导入摸排表',
    hint: '按普查清单模板填写的 XLSX 或 CSV；无误的行导入清单，有误的行不导入，改正后可重新导入（已在清单中的行不会重复导入）。',
    reading: (name: string) => `正在导入“${name}”…`,
    unreadable: (name: string) => `“${name}”无法导入`,
    title: (name: string) => `已导入“${name}”`,
    summary: (rows: number, stored: number, already: number, rejected: number) =>
      `共 ${rows} 行：导入 ${stored} 行，已在清单中 ${already} 行，有误未导入 ${rejected} 行。`,
    late: '导入时已过摸底排查期限：这些行为逾期补报，须经属地政府同意后才纳入清单。',
    caption: '导入结果',
    row: '行号',
    result: '结果',
    entry: '清单编号',
    errors: '问题',
    results: {
      stored: '已导入',
      already_in_inventory: '已在清单中',
      rejected: '有误，未导入',
    },
  },
  filing: {
    file: '立案（批量）',
    hint: '将本部门已纳入、尚未立案的行逐行立案；同一部门的同一文书编号只立案一次，可以重复提交。',
    done: (created: number, existing: number, failed: number, notYours: number) =>
      `立案完成：新立案 ${created} 行，此前已立案 ${existing} 行，失败 ${failed} 行，其他部门或地区的 ${notYours} 行未处理。`,
    failedRow: (entry: string, detail: string) => `${entry}：${detail}`,
    remaining: (count: number) => `本部门尚有 ${count} 行待立案。`,
    failedHint: '失败的行可以再次提交立案：已立案的不会重复立案。',
  },
  consent: {
    action: '属地政府意见',
    title: (number: number) => `属地政府意见：第 ${number} 行`,
    row: (enterprise: string, equipment: string) => `${enterprise} · ${equipment}`,
    outcome: '意见',
    reason: '理由',
    documentNumber: '文件文号',
    documentNumberHint: '记载本意见的政府文件，如 石政函〔2026〕12号',
    applied: (status: string) => `已记录属地政府意见，该行现为：${status}`,
  },
};
