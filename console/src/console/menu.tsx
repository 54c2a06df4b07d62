/**
 * The console's menu: one entry per page, shown to users who hold a capability that page needs
 * (GET /v1/me). Hiding an entry is a courtesy; the API refuses what the user may not do.
 */
import {
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  FileProtectOutlined,
  FundProjectionScreenOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  ProfileOutlined,
  RadarChartOutlined,
  ScheduleOutlined,
  UploadOutlined,
} from '@ant-design/icons';
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
    // Every role may search the cases it can see (GET /v1/cases needs no capability).
    { path: '/cases', label: messages.shell.menu.cases, icon: <FileSearchOutlined /> },
    { path: '/radar', label: messages.radar.menu, icon: <RadarChartOutlined />, needs: ['read_radar'] },
    {
      path: '/statistics',
      label: messages.statistics.menu,
      icon: <BarChartOutlined />,
      needs: ['read_statistics'],
    },
    { path: '/tips', label: messages.tips.menu, icon: <NotificationOutlined />, needs: ['read_tips'] },
    { path: '/census', label: messages.census.title, icon: <UploadOutlined />, needs: ['file_finding'] },
    // The census inventory: the officers who import and file it, the local government that consents to late
    // rows, and those who read the statistics (every role of the jurisdiction may read it; the API decides).
    {
      path: '/census-inventory',
      label: messages.censusInventory.menu,
      icon: <ProfileOutlined />,
      needs: ['file_finding', 'consent_late_census', 'read_statistics'],
    },
    // Each jurisdiction's year and where its milestones stand: for every signed-in user.
    { path: '/years', label: messages.years.list.menu, icon: <ScheduleOutlined /> },
    // What each jurisdiction owes in its year, and by when: for every signed-in user.
    { path: '/calendar', label: messages.years.menu, icon: <CalendarOutlined /> },
    // Supervision of the regions below: for those who read the statistics.
    {
      path: '/supervision',
      label: messages.supervision.menu,
      icon: <FundProjectionScreenOutlined />,
      needs: ['read_statistics'],
    },
    // The yearly announcement: for its office, which draws it up and approves it, and the statistics' readers.
    {
      path: '/announcements',
      label: messages.announcements.menu,
      icon: <FileProtectOutlined />,
      needs: ['draft_announcement', 'read_statistics'],
    },
    // The rules every case runs under: public documents, for every signed-in user.
    { path: '/policies', label: messages.policies.menu, icon: <BookOutlined /> },
  ];
  return entries.filter(({ needs }) => !needs || needs.some((capability) => hasCapability(me, capability)));
}
