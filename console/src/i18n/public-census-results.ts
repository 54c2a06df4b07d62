/**
 * The public census result page's texts, in the page's language: imported by that page alone, so that
 * they load with it and stay out of the public entry (i18n/public.ts).
 */
import { censusResults as en } from './en/census-results';
import type { Messages } from './messages';
import { useLocale } from './public';
import { censusResults as zhCN } from './zh-CN/census-results';

export function useCensusResultMessages(): Messages['censusResults'] {
  return useLocale().locale === 'en' ? en : zhCN;
}
