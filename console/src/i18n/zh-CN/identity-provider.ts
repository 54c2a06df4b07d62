export const identityProvider = {
  signIn: '使用统一身份认证登录',
  orToken: '或粘贴身份令牌',
  insecureContext: '统一身份认证登录需要通过 HTTPS 访问本系统；也可以粘贴身份令牌登录。',
  unavailable: (detail: string) => `暂时无法连接统一身份认证（${detail}），请稍后重试，或粘贴身份令牌登录。`,
  callback: {
    finishing: '正在完成登录…',
    failedTitle: '未能登录',
    refused: (detail: string) => `统一身份认证未完成登录：${detail}`,
    noPendingSignIn: '这次登录已失效（已完成、已过期或在另一个标签页中发起），请重新登录。',
    notAccepted: '本系统未接受统一身份认证签发的令牌：账号可能未配置角色或所属地区，请联系管理员。',
    notConfigured: '本系统未配置统一身份认证。',
    failed: (detail: string) => `登录未成功：${detail}`,
    backToSignIn: '返回登录页',
  },
};
