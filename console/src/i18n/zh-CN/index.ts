import { common } from './common';
import { identityProvider } from './identity-provider';
import { inbox } from './inbox';
import { labels } from './labels';
import { publicSite } from './public-site';
import { shell } from './shell';

export const zhCN = { common, labels, shell, inbox, publicSite, identityProvider };
