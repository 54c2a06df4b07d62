/**
 * Who is signed in: the token in the tab's session, and GET /v1/me for what it says. Pages ask
 * `useMe()` what to show; the API stays the only guard and refuses anything the token may not do.
 */
import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, ProblemError, session, unwrap, type Schemas } from '../http/client';
import { useMessages } from '../i18n/console';

export type Me = Schemas['Me'];
export type Capability = Me['capabilities'][number]['code'];

export const ME_QUERY_KEY = ['me'] as const;

export function useMeQuery() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/v1/me')),
    enabled: session.token() !== null,
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user (only inside RequireSignIn). */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error('useMe outside RequireSignIn');
  return data;
}

export function hasCapability(me: Me, capability: Capability): boolean {
  return me.capabilities.some((held) => held.code === capability);
}

export function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  const messages = useMessages();
  const me = useMeQuery();
  const back = {
    pathname: '/sign-in',
    search: `?next=${encodeURIComponent(location.pathname + location.search)}`,
  };
  if (session.token() === null) return <Navigate to={back} replace />;
  if (me.isPending) return <Spin size="large" tip={messages.common.loading} fullscreen />;
  if (me.error instanceof ProblemError && me.error.status === 401) {
    session.signOut();
    return <Navigate to={back} replace />;
  }
  if (me.error)
    return <Result status="error" title={messages.common.errorTitle} subTitle={me.error.message} />;
  return <>{children}</>;
}
