/**
 * The frame of every public page: a skip link, the site's name, the main navigation, the language
 * switch, the page itself in <main>, and a footer — landmarks for assistive technology. Each page but
 * the home page is loaded when first visited, so that the first page weighs less.
 */
import { lazy, Suspense, useRef, type MouseEvent } from 'react';
import { Link, Outlet, useLocation, type RouteObject } from 'react-router';
import { useLocale, useMessages } from '../i18n/public';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { Loading } from './parts';

const ListPage = lazy(async () => ({ default: (await import('./pages/list')).ListPage }));
const SnapshotsPage = lazy(async () => ({ default: (await import('./pages/snapshots')).SnapshotsPage }));
const SnapshotPage = lazy(async () => ({ default: (await import('./pages/snapshot')).SnapshotPage }));
const AnnouncementsPage = lazy(async () => ({
  default: (await import('./pages/announcements')).AnnouncementsPage,
}));
const AnnouncementPage = lazy(async () => ({
  default: (await import('./pages/announcement')).AnnouncementPage,
}));
const QuarterlyNoticesPage = lazy(async () => ({
  default: (await import('./pages/quarterly-notices')).QuarterlyNoticesPage,
}));
const QuarterlyNoticePage = lazy(async () => ({
  default: (await import('./pages/quarterly-notice')).QuarterlyNoticePage,
}));
const CensusResultsPage = lazy(async () => ({
  default: (await import('./pages/census-results')).CensusResultsPage,
}));
const TipPage = lazy(async () => ({ default: (await import('./pages/tip')).TipPage }));
const FollowPage = lazy(async () => ({ default: (await import('./pages/follow')).FollowPage }));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'lists/:list', element: <ListPage /> },
      { path: 'snapshots', element: <SnapshotsPage /> },
      { path: 'snapshots/:version', element: <SnapshotPage /> },
      { path: 'announcements', element: <AnnouncementsPage /> },
      { path: 'announcements/:id', element: <AnnouncementPage /> },
      { path: 'quarterly-notices', element: <QuarterlyNoticesPage /> },
      { path: 'quarterly-notices/:id', element: <QuarterlyNoticePage /> },
      { path: 'census-results', element: <CensusResultsPage /> },
      { path: 'tips/new', element: <TipPage /> },
      { path: 'tips/follow', element: <FollowPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const NAV = [
  { key: 'home', to: '/', active: (path: string) => path === '/' },
  { key: 'lists', to: '/lists/yellow', active: (path: string) => path.startsWith('/lists/') },
  { key: 'snapshots', to: '/snapshots', active: (path: string) => path.startsWith('/snapshots') },
  {
    key: 'announcements',
    to: '/announcements',
    active: (path: string) => path.startsWith('/announcements'),
  },
  {
    key: 'quarterlyNotices',
    to: '/quarterly-notices',
    active: (path: string) => path.startsWith('/quarterly-notices'),
  },
  {
    key: 'censusResults',
    to: '/census-results',
    active: (path: string) => path.startsWith('/census-results'),
  },
  { key: 'tip', to: '/tips/new', active: (path: string) => path === '/tips/new' },
  { key: 'follow', to: '/tips/follow', active: (path: string) => path === '/tips/follow' },
] as const;

function Layout() {
  const messages = useMessages();
  const site = messages.publicSite;
  const { locale, setLocale } = useLocale();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);

  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <div className="site">
      <a className="skip-link" href="#main" onClick={skip}>
        {site.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-name">
            {site.title}
          </Link>
          <nav aria-label={site.nav.label}>
            <ul>
              {NAV.map(({ key, to, active }) => (
                <li key={key}>
                  <Link to={to} aria-current={active(pathname) ? 'page' : undefined}>
                    {site.nav[key]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <button
            type="button"
            className="language"
            lang={site.otherLanguageTag}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
          >
            {site.otherLanguage}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{site.footer}</p>
        <p>
          <a href="/console/">{site.console}</a>
        </p>
      </footer>
    </div>
  );
}
