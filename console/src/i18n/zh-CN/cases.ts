/** The case list and the case page. */

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** 2027-03-01 → 2027年3月1日 */
const date = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const day = (iso: string, weekday: number) => `${date(iso)}（${WEEKDAYS[weekday]}）`;
const notice = (title: string, documentNumber: string | null, issued: string) =>
  `《${title}》（${documentNumber ?? '文号未核实'}，${date(issued)}印发）`;

export const cases = {
  list: {
    title: '案件查询',
    intro: '您辖区内的整改案件，默认按当前期限排序，最早到期在前。',
    empty: '没有符合条件的案件',
    filters: {
      enterprise: '企业名称或统一社会信用代码',
      enterpriseHint: '至少两个字',
      search: '查询',
      region: '地区',
      industry: '行业',
      dimension: '标准类别',
      status: '案件状态',
      due: '期限最后一日',
      dueFrom: '起',
      dueTo: '至',
      overdue: '只看已逾期',
      sort: '排序',
      sortDue: '按期限（最早在前）',
      sortRecent: '按最近变动',
      all: '全部',
      clear: '清除条件',
    },
    columns: {
      enterprise: '企业',
      region: '地区',
      industry: '行业',
      dimension: '标准类别',
      status: '状态',
      due: '当前期限',
      findingDate: '认定日期',
      documentNumber: '文书编号',
    },
    overdue: '已逾期',
    onTime: '期限内',
    noDeadline: '无期限',
  },
  page: {
    caseId: (id: string) => `案件编号 ${id}`,
    notFound: '没有找到该案件',
    notFoundDetail: '案件不存在，或不在您的辖区内。',
    backToList: '返回案件查询',
    statusIs: (status: string) => `状态：${status}`,
    outcomeIs: (outcome: string) => `结果：${outcome}`,
    policy: '政策配置',
    liveUnavailable: '暂时无法读取流程的实时状态，以下为最近一次记录。',
  },
  sections: {
    finding: '企业与检查发现',
    process: '案件进程',
    deadlines: '期限',
    timers: '正在运行的计时器',
    lists: '名单',
    evidence: '证据',
    openTasks: '待办事项',
    decisions: '办理决定',
    audit: '审计',
    revisits: '回头看',
  },
  finding: {
    enterprise: '企业名称',
    creditCode: '统一社会信用代码',
    region: '所在地区',
    industry: '行业',
    dimension: '标准类别',
    department: '认定部门',
    documentNumber: '文书编号',
    findingDate: '认定日期',
    source: '线索来源',
    capacity: '产能（设备）',
    capacityValue: (value: number, unit: string, equipment: string) => `${value} ${unit}（${equipment}）`,
    legalBasis: '法律依据',
    rectificationMonths: '整改期限（月）',
    evidence: '认定证据',
    none: '无',
  },
  process: {
    stages: {
      filing: '立案',
      rectification: '整改',
      government: '政府决定',
      exit: '退出',
      acceptance: '验收',
    },
    stageState: {
      done: '已完成',
      current: '当前环节',
      ended: '在此结案',
      notTaken: '未经过',
      ahead: '尚未到达',
    },
    pathTitle: '走过的路径',
    pathEntry: (step: string, when: string) => `${step} · ${when}`,
    noPath: '尚无记录',
  },
  deadlines: {
    names: {
      rectification: '整改期限',
      governmentDecision: '政府决定期限',
      exit: '退出期限',
      dismantling: '拆除期限',
    },
    lastDay: '最后一日',
    lapsesAt: '届满时刻',
    lapsesAtValue: (iso: string) => `${date(iso)} 24:00（北京时间）`,
    timeLeft: '剩余时间',
    current: '案件当前所等待的期限',
    none: '尚未设定期限',
    countdown: (days: number, clock: string) => `剩余 ${days} 天 ${clock}`,
    lapsed: '已届满',
    notRunning: '案件已不再等待此期限',
    why: '为什么是这一天？',
  },
  /** "Why this date?": each sentence built from the deadline's structured parts. */
  why: {
    date,
    day,
    fromMonths: (from: string, months: number) =>
      `期间自 ${date(from)} 起算，当日不计入；${months} 个月的期间，以到期月的对应日为最后一日（民法典第二百零一条、第二百零二条）。`,
    fromDays: (from: string, days: number) =>
      `期间自 ${date(from)} 起算，当日不计入；${days} 日的期间，以其后第 ${days} 日为最后一日（民法典第二百零一条）。`,
    extends: (base: string, months: number) =>
      `本期限由最后一日为 ${date(base)} 的原期限延长 ${months} 个月而来：以该日为起算日，按同样的规则计算。`,
    nominal: (iso: string, weekday: number) => `按此计算，名义上的最后一日是 ${day(iso, weekday)}。`,
    clamped: (month: string, fromDay: number) =>
      `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月没有第 ${fromDay} 日，故以该月的最后一日为期限的最后一日（民法典第二百零二条）。`,
    weekend: (iso: string, weekday: number) => `${day(iso, weekday)} 是周末，为休息日。`,
    weekendRun: (first: string, last: string) => `${date(first)}至${date(last)}是周末，为休息日。`,
    holiday: (iso: string, weekday: number, holiday: string, notices: string) =>
      `${day(iso, weekday)} 是${holiday}法定节假日，依${notices}放假。`,
    holidayRun: (first: string, last: string, holiday: string, notices: string) =>
      `${date(first)}至${date(last)}是${holiday}假期，依${notices}放假。`,
    movedTo: (iso: string, weekday: number) =>
      `期间的最后一日是法定休息日的，以休息日结束的次日为期间的最后一日（民法典第二百零三条第一款），故顺延至 ${day(iso, weekday)}。`,
    stays: (iso: string, weekday: number) =>
      `${day(iso, weekday)} 是工作日，不顺延，即为期限的最后一日（民法典第二百零三条第一款）。`,
    makeUpDay: (iso: string, weekday: number, holiday: string, notices: string) =>
      `${day(iso, weekday)} 虽是周末，但依${notices}是${holiday}的调休上班日，按工作日计，不再顺延。`,
    notice,
    holidayName: (holiday: { zh: string; en: string }) => holiday.zh,
    noticeUnknown: '国务院节假日安排通知',
    yearsNotInTable: (years: string, version: string) =>
      `节假日表（版本 ${version}）尚未收录 ${years} 年的国务院节假日安排通知：该年只将周六、周日作为休息日，未计法定节假日。`,
    lapse: (lastDay: string, lapsesOn: string) =>
      `期间于最后一日 ${date(lastDay)} 的 24:00（北京时间，UTC+8）届满，即 ${date(lapsesOn)} 0:00 起已过期（民法典第二百零三条第二款）。`,
    tableVersion: (counted: string, named: string) =>
      `注：该期限按节假日表 ${counted} 计算；上文对各日的说明依据现行节假日表 ${named}。`,
    older: '该期限记录于系统保存名义最后一日和休息日之前，只能说明其最后一日和届满时刻。',
    listJoin: '、',
  },
  timers: {
    empty: '没有正在运行的计时器',
    kind: {
      deadline_reminder: (days: number) => `整改期限前 ${days} 天提醒`,
      rectification_deadline: '整改期限届满',
      government_reminder: '提醒政府作出决定',
      government_decision_due: '政府决定期限届满',
      exit_deadline: '退出期限届满',
      dismantling_deadline: '拆除期限届满',
    },
    firesAt: '触发时间',
  },
  lists: {
    empty: '未列入任何名单',
    list: '名单',
    entered: '列入时间',
    left: '移出时间',
    onList: '仍在名单上',
  },
  evidence: {
    empty: '尚无证据记录',
    recordedBy: (who: string, role: string) => `${who}（${role}）`,
  },
  openTasks: {
    empty: '没有待办事项',
    due: (when: string) => `期限 ${when}`,
  },
  eventType: {
    case_filed: '立案',
    deadline_set: '设定整改期限',
    deadline_reminder_sent: '发送到期提醒',
    extension_requested: '申请延期',
    extension_granted: '批准延期',
    extension_refused: '不予延期',
    reinspection_passed: '复查合格',
    reinspection_failed: '复查不合格',
    deadline_lapsed: '整改期限届满',
    government_reminder_sent: '提醒政府作出决定',
    government_decision_overdue: '政府决定逾期，督办',
    exit_approved: '批准关停退出',
    new_deadline_set: '给予新的整改期限',
    closed_by_government: '依政府决定结案',
    exit_ordered_at_once: '立即关停退出',
    exit_evidence_recorded: '记录退出证据',
    exit_deadline_missed: '退出期限届满未完成',
    dismantling_deadline_missed: '拆除期限届满未完成',
    acceptance_passed: '验收合格',
    acceptance_failed: '验收不合格',
    urged: '催办',
    revisits_scheduled: '安排回头看复查',
    revisit_overdue: '回头看复查逾期，督办',
    revisit_recorded: '记录回头看复查结果',
  },
  revisits: {
    intro: '依本案政策配置，关停退出或整改达标后按期回头看复查（已关停退出产能的复查）。',
    months: '结案后月数',
    due: '应复查日期',
    result: '复查结论',
    pending: '待复查',
    overdue: '已逾期，已督办',
    newCase: '新立案件',
    revisitOf: (caseId: string) => `本案由案件 ${caseId} 的回头看复查发现恢复生产后立案。`,
  },
  audit: {
    intro:
      '案件台账的每一步：谁、以什么角色、何时、做了什么、为什么、依据什么证据。每条记录的哈希链接由服务端核验。',
    notAllowed: '查阅审计记录需要审计监督、领导小组办公室或系统管理员角色。',
    timeline: '案件台账',
    chainIntact: (entries: number) => `哈希链完整：${entries} 条记录均已核验`,
    chainBroken: (breaks: number) => `哈希链有 ${breaks} 处断裂，已在下列记录中标出`,
    entryIntact: '哈希链接完好',
    entryBroken: '哈希链接断裂',
    problem: (problem: string) => {
      const expected = /^expected entry (\d+)$/.exec(problem);
      if (expected) return `此处应为第 ${expected[1]} 条记录（有缺失或错序）`;
      const known: Record<string, string> = {
        'content does not match its hash': '内容与其哈希不符（记录被改动）',
        'prev_hash is not the hash of the entry before it': '前一哈希与上一条记录不符',
        'recorded before the ledger was hash-chained': '该记录早于台账启用哈希链',
      };
      return known[problem] ?? problem;
    },
    sequence: (n: number) => `第 ${n} 条`,
    who: '经办人',
    role: '角色',
    when: '时间',
    what: '事项',
    why: '理由',
    evidence: '证据',
    systemActor: '系统',
    region: '地区',
    department: '部门',
    check: '核对台账与流程历史',
    checking: '正在核对…',
    checkAgrees: '台账与流程历史一致',
    checkDisagrees: '台账与流程历史不一致',
    checkSummary: (ledger: number, steps: number, runs: number) =>
      `台账 ${ledger} 条，流程历史中的步骤 ${steps} 个，流程运行 ${runs} 次。`,
    pending: (sequences: string) => `仍在写入的步骤：${sequences}`,
    mismatch: (sequence: number, problem: string) => {
      const known: Record<string, string> = {
        'written according to history, missing from the ledger': '流程历史记载了此步骤，台账中却没有',
        'the ledger entry differs from the step in history': '台账记录与流程历史中的步骤不符',
        'in the ledger, but no run’s history records it': '台账中有此记录，流程历史中却没有',
      };
      return `第 ${sequence} 条：${known[problem] ?? problem}`;
    },
    temporalLink: '在 Temporal Web UI 中查看原始流程历史',
    temporalHint: '（新窗口打开，需能访问 Temporal Web UI）',
  },
  decisionsPlaceholder: '办理决定表单',
};
