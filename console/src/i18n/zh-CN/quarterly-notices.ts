/**
 * The quarterly notice to member units (季度通报, domain/quarterly-notice.ts): its two lists and the member
 * units' duties in the domain's own words, and the public notice pages' texts. An area of its own, not in
 * `labels` or `publicSite`: the public entry carries those to every page, and only the notice pages
 * (loaded when first visited) need these (i18n/public-quarterly-notices.ts).
 */
import { MEMBER_UNIT_DUTIES, NOTICE_LISTS } from '../../../../domain/quarterly-notice';

export const quarterlyNotices = {
  /** The lists' names in law (000 五（五）). */
  list: NOTICE_LISTS,
  /** The lists as they are called for short. */
  listName: { to_rectify: '需整改企业', to_exit: '需退出企业' },
  /** What a member unit must do (000 五（六）（七）). */
  duty: MEMBER_UNIT_DUTIES,

  publicList: {
    title: '落后产能企业名单季度通报',
    intro:
      '各地每季度结束后，向本级领导小组各成员单位通报本地区需整改和需依法退出的企业名单，以及各成员单位应采取的措施，同时向社会公示。名单按季度最后一日24:00（北京时间）的台账确定，发布后不再改变。',
    filterLabel: '按地区和年度筛选',
    year: '年度',
    allYears: '全部年度',
    apply: '筛选',
    clear: '清除筛选',
    caption: '已发布的季度通报（最新的在前）',
    columns: {
      title: '通报',
      asOf: '名单截至',
      issuedAt: '发布时间',
      toRectify: '需整改企业',
      toExit: '需退出企业',
    },
    count: (count: number) => `${count} 项`,
    /** The notice's title: the service's own, in Chinese. */
    noticeTitle: (title: string, _region: string, _year: number, _quarter: number) => title,
    asOf: (day: string) => `${day} 24:00`,
    empty: '没有符合条件的季度通报。',
    olderPage: '更早的通报',
    newestPage: '最新的通报',
  },

  publicNotice: {
    back: '全部季度通报',
    region: '地区',
    quarter: '季度',
    quarterName: (year: number, quarter: number) => `${year} 年第 ${quarter} 季度`,
    asOf: '名单截至',
    issuedAt: '发布时间',
    contentHash: '名单校验值（SHA-256）',
    listCaption: (name: string, count: number) => `${name}（${count} 项）`,
    none: '本季度末没有此类企业。',
    columns: {
      index: '序号',
      enterprise: '企业名称',
      creditCode: '统一社会信用代码',
      region: '地区',
      industry: '行业',
      dimension: '标准类别',
      capacity: '产能',
      status: '季度末状态',
    },
    unitsHeading: '成员单位及应采取的措施',
    unitsCaption: '本通报送达的成员单位',
    unitColumns: { unit: '成员单位', duties: '应采取的措施' },
    source: '措施依据：',
    print: '打印通报',
  },
};
