/** antd in the console's language: its components' own texts and dates follow the language switch. */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/console';

/** The bureau's blue, and greys dark enough for WCAG AA contrast (antd's defaults fall short). */
const THEME = {
  token: {
    colorPrimary: '#1d4f91',
    colorLink: '#1d4f91',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#5f5f5f',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
  },
};

export function AntProviders({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
