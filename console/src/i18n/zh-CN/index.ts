import { cases } from './cases';
import { census } from './census';
import { common } from './common';
import { decisions } from './decisions';
import { identityProvider } from './identity-provider';
import { inbox } from './inbox';
import { labels } from './labels';
import { policies } from './policies';
import { publicSite } from './public-site';
import { radar } from './radar';
import { shell } from './shell';
import { statistics } from './statistics';
import { tips } from './tips';
import { years } from './years';
import { announcements } from './announcements';
import { supervision } from './supervision';
import { quarterlyNotices } from './quarterly-notices';
import { yearReports } from './year-reports';
import { censusInventory } from './census-inventory';
import { censusResults } from './census-results';

export const zhCN = {
  common,
  labels,
  shell,
  inbox,
  cases,
  decisions,
  radar,
  statistics,
  tips,
  census,
  policies,
  years,
  announcements,
  supervision,
  quarterlyNotices,
  yearReports,
  censusInventory,
  censusResults,
  identityProvider,
  publicSite,
};
