export const common = {
  loading: '加载中…',
  retry: '重试',
  none: '无',
  unknownRegion: (code: string) => `未知地区（${code}）`,
  errorTitle: '请求未成功',
  notFound: '没有找到该页面',
  backToInbox: '返回待办',
  nextPage: '下一页',
  firstPage: '第一页',
};
