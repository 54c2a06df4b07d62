import type { Messages } from '../messages';

export const announcements: Messages['announcements'] = {
  menu: 'Announcements',
  title: 'Yearly exit announcement',
  intro:
    'Draw up the jurisdiction’s announcement of what exited in the year from the year-end exit statistics as of a chosen day; another person of the office approves it, and it is public. A correction is a new version that says what it corrects; the version before stays.',
  region: 'Region',
  year: 'Year',
  published: (version: number) => `Published: version ${version}`,
  none: 'No version drawn up yet.',
  publicLink: 'See the public page',
  draft: 'Draw up a version',
  versionsTitle: 'Versions',
  columns: {
    version: 'Version',
    status: 'Status',
    cutoff: 'Data as of',
    content: 'Content',
    correction: 'Correction',
    drafted: 'Drawn up',
    decision: 'Decision',
    actions: 'Actions',
  },
  content: (enterprises: number, rows: number, capacity: string) =>
    `${enterprises} enterprises, ${rows} pieces of equipment, ${capacity || 'no capacity'}`,
  corrects: (version: number, what: string) => `Corrects version ${version}: ${what}`,
  by: (who: string, at: string) => `${who} (${at})`,
  preview: 'Download (XLSX)',
  approve: 'Approve',
  discard: 'Discard',
  form: {
    draftTitle: 'Draw up a version',
    cutoff: 'Data as of (through that day)',
    correction: 'What this version corrects (required once one is published)',
    approveTitle: (version: number) => `Approve version ${version}`,
    discardTitle: (version: number) => `Discard version ${version}`,
    reason: 'Opinion',
    applied: (status: string) => `Done; the version is now: ${status}`,
  },
  ledger: 'Record',
  eventType: {
    announcement_drafted: 'Drawn up',
    announcement_published: 'Approved and published',
    announcement_discarded: 'Discarded',
  },
};
