/**
 * The public census result page's texts (摸底排查结果公布, 000 四（二）1): an area of its own, not in
 * `publicSite`, so that it loads with that page alone and stays out of the public entry
 * (i18n/public-census-results.ts).
 */
export const censusResults = {
  title: '落后产能摸底排查结果',
  intro:
    '各地摸底排查后，向社会公布本地区落后产能企业名单、落后生产设备清单和产能。公布的是按期报送的行，' +
    '以及逾期补报并经属地政府同意的行；结果随清单更新。',
  choose: '选择地区和年度',
  region: '地区',
  year: '年度',
  show: '查看结果',
  chooseRegion: '请选择地区。',
  prompt: '选择地区和年度，查看该地区公布的摸底排查结果。',
  /** The result's title: the service's own, in Chinese. */
  resultTitle: (title: string, _region: string, _year: number) => title,
  asOf: '数据截至',
  print: '打印结果',
  enterprises: {
    heading: (count: number) => `企业名单（${count} 家）`,
    caption: '落后产能企业名单',
    columns: {
      index: '序号',
      enterprise: '企业名称',
      creditCode: '统一社会信用代码',
      region: '地区',
      equipment: '落后生产设备数量',
      capacity: '产能',
    },
  },
  equipment: {
    heading: (count: number) => `设备清单（${count} 台（条））`,
    caption: '落后生产设备（生产线）清单',
    columns: {
      index: '序号',
      enterprise: '企业名称',
      industry: '行业',
      dimension: '标准类别',
      equipment: '设备（生产线）',
      capacity: '产能',
      law: '法律依据',
      standard: '标准依据（目录条款）',
    },
  },
  totals: {
    heading: '合计',
    caption: '按产能单位合计',
    columns: { unit: '产能单位', equipment: '设备（生产线）数量', value: '产能合计' },
  },
  none: '该地区该年度尚无公布的摸底排查结果。',
  equipmentCount: (count: number) => `${count} 台（条）`,
};
