import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'antd/dist/reset.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { LocaleProvider } from '../i18n/console';
import { ProblemError } from '../http/client';
import { AntProviders } from './providers';
import { routes } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a network error or a 5xx may.
      retry: (failures, error) => failures < 2 && !(error instanceof ProblemError && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(routes, { basename: '/console' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <AntProviders>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntProviders>
    </LocaleProvider>
  </StrictMode>,
);
