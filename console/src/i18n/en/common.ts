import type { Messages } from '../messages';

export const common: Messages['common'] = {
  loading: 'Loading…',
  retry: 'Retry',
  none: 'None',
  unknownRegion: (code: string) => `Unknown region (${code})`,
  errorTitle: 'The request did not succeed',
  notFound: 'There is no such page',
  backToInbox: 'Back to my inbox',
  nextPage: 'Next page',
  firstPage: 'First page',
};
