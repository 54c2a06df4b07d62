/**
 * The public pages (/public/): no sign-in and no antd, a small bundle for anyone's browser — plain
 * React, react-router's declarative router (lighter than the data router the console uses; the two are
 * built apart, see vite.config.mts) and one stylesheet.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { LocaleProvider } from '../i18n/public';
import './public.css';
import { routes } from './site';

function Pages() {
  return useRoutes(routes);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <BrowserRouter basename="/public">
        <Pages />
      </BrowserRouter>
    </LocaleProvider>
  </StrictMode>,
);
