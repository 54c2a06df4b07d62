/** The public pages' language: only the areas they use, so that their bundle stays small. */
import { common as enCommon } from './en/common';
import { labels as enLabels } from './en/labels';
import { publicSite as enPublicSite } from './en/public-site';
import { shell as enShell } from './en/shell';
import { createLocale } from './i18n';
import type { Messages } from './messages';
import { common } from './zh-CN/common';
import { labels } from './zh-CN/labels';
import { publicSite } from './zh-CN/public-site';
import { shell } from './zh-CN/shell';

export type PublicMessages = Pick<Messages, 'common' | 'labels' | 'shell' | 'publicSite'>;

export const { LocaleProvider, useLocale, useMessages } = createLocale<PublicMessages>({
  'zh-CN': { common, labels, shell, publicSite },
  en: { common: enCommon, labels: enLabels, shell: enShell, publicSite: enPublicSite },
});
