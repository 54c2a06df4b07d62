/** Sign-in with a bearer token: pasted here, checked against GET /v1/me before it is kept. */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { session } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/i18n';
import { ME_QUERY_KEY } from '../auth';

export function SignInPage() {
  const messages = useMessages();
  const { locale, setLocale } = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [rejected, setRejected] = useState(false);
  const [checking, setChecking] = useState(false);

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
    const next = params.get('next');
    void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
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
        <Typography.Paragraph>{messages.shell.signIn.intro}</Typography.Paragraph>
        {rejected && (
          <Alert type="error" showIcon title={messages.shell.signIn.rejected} style={{ marginBottom: 16 }} />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="token"
            label={messages.shell.signIn.tokenLabel}
            rules={[{ required: true, whitespace: true, message: messages.shell.signIn.tokenRequired }]}
          >
            <Input.TextArea rows={5} autoFocus spellCheck={false} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={checking} block>
            {messages.shell.signIn.submit}
          </Button>
        </Form>
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
