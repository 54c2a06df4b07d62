/** The console's pages. Each page module is loaded when first visited. */
import type { RouteObject } from 'react-router';
import { Shell } from './shell';
import { RequireSignIn } from './auth';
import { NotFoundPage } from './pages/not-found';

export const routes: RouteObject[] = [
  { path: '/sign-in', lazy: async () => ({ Component: (await import('./pages/sign-in')).SignInPage }) },
  // Where the identity provider sends the browser back (identity-provider.ts CALLBACK_PATH).
  {
    path: '/auth/callback',
    lazy: async () => ({ Component: (await import('./pages/auth-callback')).AuthCallbackPage }),
  },
  {
    element: (
      <RequireSignIn>
        <Shell />
      </RequireSignIn>
    ),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./pages/inbox')).InboxPage }) },
      { path: 'cases', lazy: async () => ({ Component: (await import('./pages/cases')).CasesPage }) },
      { path: 'cases/:id', lazy: async () => ({ Component: (await import('./pages/case')).CasePage }) },
      {
        path: 'cases/:id/decisions',
        lazy: async () => ({ Component: (await import('./pages/decisions')).CaseDecisionsPage }),
      },
      { path: 'radar', lazy: async () => ({ Component: (await import('./pages/radar')).RadarPage }) },
      {
        path: 'statistics',
        lazy: async () => ({ Component: (await import('./pages/statistics')).StatisticsPage }),
      },
      { path: 'tips', lazy: async () => ({ Component: (await import('./pages/tips')).TipsPage }) },
      { path: 'tips/:id', lazy: async () => ({ Component: (await import('./pages/tip')).TipPage }) },
      {
        path: 'policies',
        lazy: async () => ({ Component: (await import('./pages/policies')).PoliciesPage }),
      },
      {
        path: 'policies/:id/versions/:version',
        lazy: async () => ({ Component: (await import('./pages/policy-version')).PolicyVersionPage }),
      },
      { path: 'years', lazy: async () => ({ Component: (await import('./pages/years')).YearsPage }) },
      { path: 'years/:id', lazy: async () => ({ Component: (await import('./pages/year')).YearPage }) },
      // A statistics table reported up the chain: no menu entry, reached from its year's page.
      {
        path: 'year-reports/:id',
        lazy: async () => ({ Component: (await import('./pages/year-report')).YearReportPage }),
      },
      {
        path: 'calendar',
        lazy: async () => ({ Component: (await import('./pages/year-calendar')).YearCalendarPage }),
      },
      {
        path: 'supervision',
        lazy: async () => ({ Component: (await import('./pages/supervision')).SupervisionPage }),
      },
      {
        path: 'announcements',
        lazy: async () => ({ Component: (await import('./pages/announcements')).AnnouncementsPage }),
      },
      { path: 'census', lazy: async () => ({ Component: (await import('./pages/census')).CensusPage }) },
      {
        path: 'census-inventory',
        lazy: async () => ({ Component: (await import('./pages/census-inventory')).CensusInventoryPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
