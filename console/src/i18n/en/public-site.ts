import type { Messages } from '../messages';

export const publicSite: Messages['publicSite'] = {
  title: 'Backward capacity exit — public information',
  intro: 'The yellow, red and emission lists and the tip line, open to everyone.',
  console: 'Staff sign-in',
};
