/**
 * The public pages (/public/): no sign-in and no antd, a small bundle for anyone's browser.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleProvider } from '../i18n/i18n';
import { PublicSite } from './site';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <PublicSite />
    </LocaleProvider>
  </StrictMode>,
);
