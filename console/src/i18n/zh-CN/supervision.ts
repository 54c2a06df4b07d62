export const supervision = {
  menu: '督查进度',
  title: '督查进度',
  intro:
    '下辖各地区本年度的工作进展：在办、逾期和待验收的案件，本年已退出的设备和产能与工作方案退出目标的差距，以及逾期的年度工作节点。有案件逾期、退出进度落后于目标或工作节点逾期的地区标为滞后。',
  region: '地区',
  year: '年度',
  opensOn: (day: string) => `本地区督查自 ${day} 开始`,
  asOf: (at: string) => `统计时间：${at}`,
  none: '该地区没有下辖地区。',
  columns: {
    region: '地区',
    cases: '案件（在办 / 逾期 / 待验收）',
    exits: '本年已退出',
    target: '工作方案退出目标',
    gap: '距目标',
    milestones: '年度工作节点',
    lagging: '督查结论',
  },
  exits: (enterprises: number, equipment: number, capacity: string) =>
    `${enterprises} 家企业，${equipment} 条设备（生产线）${capacity ? `，${capacity}` : ''}`,
  noPlan: '无已批准的工作方案',
  noYear: '未启动年度工作',
  milestones: (pending: number, overdue: number) => `未完成 ${pending} 项，逾期 ${overdue} 项`,
  onTrack: '未见滞后',
};
