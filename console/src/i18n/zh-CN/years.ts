export const years = {
  menu: '年度工作日历',
  title: '年度工作日历',
  intro:
    '本地区一年内应完成的工作节点：工作方案、摸底排查、督查、验收、统计表、工作总结和逐级上报，按适用的政策配置确定；截止日遇法定休假日顺延至休假日后的第一个工作日，截止日24:00（北京时间）届满。',
  region: '地区',
  year: '年度',
  profile: (name: string, version: string) => `适用政策配置：${name} ${version}`,
  levelOwes: (level: string) => `${level}应完成的节点`,
  none: '该级别在此政策配置下没有规定的工作节点。',
  columns: {
    milestone: '工作节点',
    reportsTo: '报送对象',
    opensOn: '开始',
    lastDay: '截止日',
    remindOn: '提醒',
    source: '依据',
  },
  outside: '服务之外的机关或社会公众',
  movedFrom: (nominal: string) => `原定 ${nominal}，遇休假日顺延`,
  lapses: (at: string) => `届满：${at}`,
};
