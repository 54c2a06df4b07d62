export const shell = {
  title: '落后产能退出工作台',
  language: 'English',
  languageLabel: '切换语言',
  signOut: '退出登录',
  menu: { inbox: '我的待办', cases: '案件查询' },
  publicSite: '公开信息',
  signIn: {
    title: '登录',
    intro: '请粘贴身份令牌（Bearer token）。开发环境可用 npm run token 生成。',
    tokenLabel: '身份令牌',
    tokenRequired: '请输入身份令牌',
    submit: '登录',
    rejected: '令牌无效或已过期，请重新获取。',
  },
  signedInAs: (user: string) => `当前用户：${user}`,
};
