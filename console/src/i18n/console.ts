/** The console's language: every message area. */
import { en } from './en';
import type { Messages } from './messages';
import { createLocale } from './i18n';
import { zhCN } from './zh-CN';

export const { LocaleProvider, useLocale, useMessages } = createLocale<Messages>({ 'zh-CN': zhCN, en });
