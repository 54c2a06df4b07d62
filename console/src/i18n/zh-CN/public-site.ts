export const publicSite = {
  title: '落后产能退出 — 公开信息',
  intro: '黄名单、红名单、排放名单和举报受理，向社会公开。',
  console: '工作人员登录',
};
