/**
 * The console's menu: one entry per page, shown to users who hold a capability that page needs
 * (GET /v1/me). Hiding an entry is a courtesy; the API refuses what the user may not do.
 */
import { UploadOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Messages } from '../i18n/messages';
import { hasCapability, type Capability, type Me } from './auth';

interface MenuEntry {
  path: string;
  label: string;
  icon?: ReactNode;
  /** Shown when the user holds any of these; every signed-in user when absent. */
  needs?: Capability[];
}

export function menuItems(me: Me, messages: Messages): MenuEntry[] {
  const entries: MenuEntry[] = [
    { path: '/', label: messages.shell.menu.inbox },
    { path: '/census', label: messages.census.title, icon: <UploadOutlined />, needs: ['file_finding'] },
  ];
  return entries.filter(({ needs }) => !needs || needs.some((capability) => hasCapability(me, capability)));
}
