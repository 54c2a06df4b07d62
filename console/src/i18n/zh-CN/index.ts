import { cases } from './cases';
import { common } from './common';
import { decisions } from './decisions';
import { inbox } from './inbox';
import { labels } from './labels';
import { publicSite } from './public-site';
import { radar } from './radar';
import { shell } from './shell';

export const zhCN = { common, labels, shell, inbox, cases, decisions, radar, publicSite };
