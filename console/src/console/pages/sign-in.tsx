/**
 * Sign-in: from the identity provider when the API names one (GET /v1/auth/config), or with a bearer
 * token pasted here, checked against GET /v1/me before it is kept.
 */
import { LoginOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { publicApi, session, unwrap } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import { ME_QUERY_KEY } from '../auth';
import { SignInError } from '../sign-in-error';

/** How this API lets users sign in; asked once per page load. */
export function useAuthConfig() {
  return useQuery({
    queryKey: ['auth-config'],
    queryFn: () => unwrap(publicApi.GET('/v1/auth/config')),
    staleTime: Infinity,
    retry: false,
  });
}

/** A path inside the console to go to after signing in; the inbox for anything else. */
export function consolePath(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const messages = useMessages();
  const { locale, setLocale } = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const authConfig = useAuthConfig();
  const [rejected, setRejected] = useState(false);
  const [checking, setChecking] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [providerProblem, setProviderProblem] = useState<string | null>(null);
  const provider = authConfig.data?.identityProvider ?? null;
  const next = consolePath(params.get('next'));

  const submit = async ({ token }: { token: string }) => {
    setChecking(true);
    setRejected(false);
    const trimmed = token.trim().replace(/^Bearer\s+/i, '');
    const answer = await fetch('/v1/me', { headers: { authorization: `Bearer ${trimmed}` } });
    setChecking(false);
    if (!answer.ok) {
      setRejected(true);
      return;
    }
    session.signIn(trimmed);
    queryClient.setQueryData(ME_QUERY_KEY, await answer.json());
    void navigate(next, { replace: true });
  };

  const signInWithProvider = async () => {
    if (!provider) return;
    setLeaving(true);
    setProviderProblem(null);
    try {
      const { startSignIn } = await import('../identity-provider');
      await startSignIn(provider, next);
    } catch (error) {
      setProviderProblem(
        error instanceof SignInError && error.reason === 'insecureContext'
          ? messages.identityProvider.insecureContext
          : messages.identityProvider.unavailable(error instanceof Error ? error.message : String(error)),
      );
      setLeaving(false);
    }
  };

  return (
    <main style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', background: '#f0f2f5' }}>
      <Card style={{ width: 480 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {messages.shell.title}
        </Typography.Title>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {messages.shell.signIn.title}
        </Typography.Title>
        {authConfig.isPending ? (
          <Spin tip={messages.common.loading}>
            <div style={{ minHeight: 120 }} />
          </Spin>
        ) : (
          <>
            {provider && (
              <>
                {providerProblem && (
                  <Alert type="error" showIcon title={providerProblem} style={{ marginBottom: 16 }} />
                )}
                <Button
                  type="primary"
                  size="large"
                  icon={<LoginOutlined />}
                  loading={leaving}
                  onClick={() => void signInWithProvider()}
                  autoFocus
                  block
                >
                  {messages.identityProvider.signIn}
                </Button>
                <Divider plain>{messages.identityProvider.orToken}</Divider>
              </>
            )}
            <Typography.Paragraph>{messages.shell.signIn.intro}</Typography.Paragraph>
            {rejected && (
              <Alert
                type="error"
                showIcon
                title={messages.shell.signIn.rejected}
                style={{ marginBottom: 16 }}
              />
            )}
            <Form layout="vertical" onFinish={submit} requiredMark={false}>
              <Form.Item
                name="token"
                label={messages.shell.signIn.tokenLabel}
                rules={[{ required: true, whitespace: true, message: messages.shell.signIn.tokenRequired }]}
              >
                <Input.TextArea rows={5} autoFocus={!provider} spellCheck={false} />
              </Form.Item>
              <Button type={provider ? 'default' : 'primary'} htmlType="submit" loading={checking} block>
                {messages.shell.signIn.submit}
              </Button>
            </Form>
          </>
        )}
        <Button
          type="link"
          onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
          style={{ marginTop: 8 }}
        >
          {messages.shell.language}
        </Button>
        <a href="/public/">{messages.shell.publicSite}</a>
      </Card>
    </main>
  );
}
