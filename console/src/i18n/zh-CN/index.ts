import { common } from './common';
import { inbox } from './inbox';
import { labels } from './labels';
import { publicSite } from './public-site';
import { shell } from './shell';
import { statistics } from './statistics';
import { tips } from './tips';

export const zhCN = { common, labels, shell, inbox, publicSite, statistics, tips };
