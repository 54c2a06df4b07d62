/**
 * A statistics table reported up the chain (统计表, domain/year-report.ts): the page at
 * /year-reports/:id and the link to it from a year's page. The column groups are the domain's own words.
 */
import { REPORT_COLUMNS } from '../../../../domain/year-report';

export const yearReports = {
  /** On a year's page, beside a submission that carries a table. */
  view: '查看统计表',
  /** The table's title: the service's own, in Chinese. */
  title: (title: string, _region: string, _year: number, _milestone: string) => title,
  intro:
    '报送时按当时执行中的工作方案和台账生成，报送后不再改变：下辖各地区（县级为本地区）按行业、标准类别和产能单位，计划整改和退出的任务与本期实际排查发现、整改达标、退出和验收通过的情况。企业数按企业计，同一企业在同一行同一栏只计一次；设备数为落后生产设备（生产线）数量。不同产能单位分别合计。',
  back: '返回年度工作',
  notFound: '没有找到该统计表',
  fields: {
    region: '地区',
    year: '年度',
    milestone: '工作节点',
    period: '统计期间',
    asOf: '数据截至（报送时间）',
    contentHash: '统计表校验值（SHA-256）',
  },
  tableCaption: '统计表',
  column: REPORT_COLUMNS,
  columns: {
    region: '地区',
    industry: '行业',
    dimension: '标准类别',
    unit: '产能单位',
    enterprises: '企业数',
    equipment: '设备数',
    capacity: '产能',
  },
  total: '合计',
  empty: '本期没有计划任务，也没有排查、整改、退出或验收的案件。',
  regions: {
    title: '下级报送情况',
    intro: '下辖各地区计入本表的工作方案版本，以及各地区本节点的报送情况（当前）。',
    columns: {
      region: '地区',
      plan: '计入的工作方案',
      status: '本节点报送情况',
      table: '统计表',
    },
    planVersion: (version: number) => `第 ${version} 版`,
    noPlan: '无已批准的工作方案',
    noYear: '未启动年度工作',
    notOwed: '无此节点',
    overdue: '逾期',
    none: '没有下辖地区的数据。',
    noTable: '尚未报送',
  },
};
