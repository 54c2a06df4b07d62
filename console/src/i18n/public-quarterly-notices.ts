/**
 * The quarterly notice pages' texts on the public site, in the page's language: imported by those pages
 * alone, so that they load with them and stay out of the public entry (i18n/public.ts).
 */
import { quarterlyNotices as en } from './en/quarterly-notices';
import type { Messages } from './messages';
import { useLocale } from './public';
import { quarterlyNotices as zhCN } from './zh-CN/quarterly-notices';

export function useQuarterlyNoticeMessages(): Messages['quarterlyNotices'] {
  return useLocale().locale === 'en' ? en : zhCN;
}
