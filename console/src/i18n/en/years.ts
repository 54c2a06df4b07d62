import type { Messages } from '../messages';

export const years: Messages['years'] = {
  menu: 'Year calendar',
  title: 'The year’s calendar',
  intro:
    'What a jurisdiction owes in a year — the work plan, the census, supervision, acceptance, the statistics tables, the summary and the reports up the chain — as its policy profile dates them. A last day on a public holiday moves to the first working day after it; the period lapses at 24:00 China Standard Time.',
  region: 'Region',
  year: 'Year',
  profile: (name: string, version: string) => `Policy profile: ${name} ${version}`,
  levelOwes: (level: string) => `Milestones a ${level.toLowerCase()} owes`,
  none: 'The profile sets no milestones for this level.',
  columns: {
    milestone: 'Milestone',
    reportsTo: 'Goes to',
    opensOn: 'Opens',
    lastDay: 'Last day',
    remindOn: 'Reminders',
    source: 'Source',
  },
  outside: 'Outside the service (a ministry, the public)',
  movedFrom: (nominal: string) => `due ${nominal}, moved past rest days`,
  lapses: (at: string) => `lapses ${at}`,
};
