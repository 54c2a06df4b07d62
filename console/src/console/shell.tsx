/** The frame of every signed-in page: the menu of what this user may do, who they are, the language. */
import { InboxOutlined, LogoutOutlined, GlobalOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { session } from '../http/client';
import { useLocale, useMessages } from '../i18n/console';
import { useMe } from './auth';
import { clearDraftsOf } from './decisions/drafts';
import { menuItems } from './menu';

export function Shell() {
  const messages = useMessages();
  const { locale, setLocale } = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const items: MenuProps['items'] = menuItems(me, messages).map(({ path, label, icon }) => ({
    key: path,
    label,
    icon: icon ?? <InboxOutlined />,
  }));
  const selected = menuItems(me, messages)
    .map(({ path }) => path)
    // A path and the pages under it: /census is not /census-inventory.
    .filter((path) =>
      path === '/'
        ? location.pathname === '/'
        : location.pathname === path || location.pathname.startsWith(`${path}/`),
    );
  const signOut = () => {
    clearDraftsOf(me.userId);
    session.signOut();
    queryClient.clear();
    void navigate('/sign-in');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* Two rows: who and the language above, the menu across the whole width below, so that every
          entry of a user holding many roles stays in sight at 1366 px (no entry folded into "…"). */}
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 18, whiteSpace: 'nowrap' }}>
          {messages.shell.title}
        </Typography.Title>
        <Space style={{ color: '#fff', marginInlineStart: 'auto' }}>
          <span data-testid="signed-in-as">
            {messages.shell.signedInAs(me.userId)} ·{' '}
            {me.roles.map((role) => messages.labels.role[role.code]).join('、')}
            {' · '}
            {me.regionName ?? messages.common.unknownRegion(me.regionCode)}
          </span>
          <Button
            icon={<GlobalOutlined />}
            aria-label={messages.shell.languageLabel}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
          >
            {messages.shell.language}
          </Button>
          <Button icon={<LogoutOutlined />} onClick={signOut}>
            {messages.shell.signOut}
          </Button>
        </Space>
      </Layout.Header>
      <nav aria-label={messages.shell.title} style={{ background: '#001529', paddingInline: 8 }}>
        {/* No overflow menu: every entry stays in the row (wrapping on a narrow window), and no
            re-measuring re-mounts the entry that has the keyboard's focus. */}
        <Menu
          theme="dark"
          mode="horizontal"
          disabledOverflow
          style={{ flexWrap: 'wrap' }}
          items={items}
          selectedKeys={selected}
          onClick={({ key }) => void navigate(key)}
        />
      </nav>
      <Layout.Content style={{ padding: 24 }}>
        <main>
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <a href="/public/">{messages.shell.publicSite}</a>
      </Layout.Footer>
    </Layout>
  );
}
