/**
 * /console/auth/callback: where the identity provider sends the browser back. Exchanges the code for an
 * access token (identity-provider.ts), checks it against GET /v1/me like a pasted token, keeps it for the
 * tab's session and goes on to where the user was going.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { publicApi, session, unwrap, type Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import { ME_QUERY_KEY } from '../auth';
import { SignInError } from '../sign-in-error';
import { consolePath } from './sign-in';

async function signInFromCallback(callback: URL) {
  const { identityProvider } = await unwrap(publicApi.GET('/v1/auth/config'));
  if (!identityProvider) throw new SignInError('notConfigured');
  const { finishSignIn } = await import('../identity-provider');
  const { accessToken, next } = await finishSignIn(identityProvider, callback);
  const answer = await fetch('/v1/me', { headers: { authorization: `Bearer ${accessToken}` } });
  if (!answer.ok) throw new SignInError('notAccepted');
  return { accessToken, next: consolePath(next), me: (await answer.json()) as Schemas['Me'] };
}

function explain(error: Error, messages: Messages): string {
  const text = messages.identityProvider.callback;
  if (!(error instanceof SignInError)) return text.failed(error.message);
  switch (error.reason) {
    case 'notAccepted':
      return text.notAccepted;
    case 'notConfigured':
      return text.notConfigured;
    case 'noPendingSignIn':
      return text.noPendingSignIn;
    case 'refused':
      return text.refused(error.message);
    default:
      return text.failed(error.message);
  }
}

export function AuthCallbackPage() {
  const messages = useMessages();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // One exchange per callback address: an authorization code is good for one use, so never retried.
  const signIn = useQuery({
    queryKey: ['sign-in-callback', location.search],
    queryFn: () => signInFromCallback(new URL(window.location.href)),
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });

  useEffect(() => {
    if (!signIn.data) return;
    session.signIn(signIn.data.accessToken);
    queryClient.setQueryData(ME_QUERY_KEY, signIn.data.me);
    void navigate(signIn.data.next, { replace: true });
  }, [signIn.data, queryClient, navigate]);

  if (signIn.error)
    return (
      <main>
        <Result
          status="error"
          title={messages.identityProvider.callback.failedTitle}
          subTitle={explain(signIn.error, messages)}
          extra={
            <Button type="primary" onClick={() => void navigate('/sign-in')}>
              {messages.identityProvider.callback.backToSignIn}
            </Button>
          }
        />
      </main>
    );
  return (
    <main>
      <Spin size="large" tip={messages.identityProvider.callback.finishing} fullscreen />
    </main>
  );
}
