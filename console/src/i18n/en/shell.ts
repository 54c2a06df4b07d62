import type { Messages } from '../messages';

export const shell: Messages['shell'] = {
  title: 'Backward capacity exit console',
  language: '中文',
  languageLabel: 'Switch language',
  signOut: 'Sign out',
  menu: { inbox: 'My inbox', cases: 'Cases' },
  publicSite: 'Public information',
  signIn: {
    title: 'Sign in',
    intro: 'Paste your bearer token. In development, `npm run token` mints one.',
    tokenLabel: 'Token',
    tokenRequired: 'Enter your token',
    submit: 'Sign in',
    rejected: 'The token is invalid or has expired; get a new one.',
  },
  signedInAs: (user: string) => `Signed in as ${user}`,
};
