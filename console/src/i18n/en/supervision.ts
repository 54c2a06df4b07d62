import type { Messages } from '../messages';

export const supervision: Messages['supervision'] = {
  menu: 'Supervision',
  title: 'Supervision',
  intro:
    'How each region below stands this year: cases open, overdue and awaiting acceptance; the equipment and capacity that exited so far against the exit targets of its work plan; and the milestones of its year that lapsed. A region with a case overdue, exits behind target or a milestone overdue is marked as lagging.',
  region: 'Region',
  year: 'Year',
  opensOn: (day: string) => `Supervision opens here on ${day}`,
  asOf: (at: string) => `As of ${at}`,
  none: 'No region lies under this one.',
  columns: {
    region: 'Region',
    cases: 'Cases (open / overdue / awaiting acceptance)',
    exits: 'Exited this year',
    target: 'Exit target of the plan',
    gap: 'Still to exit',
    milestones: 'Milestones of its year',
    lagging: 'Finding',
  },
  exits: (enterprises: number, equipment: number, capacity: string) =>
    `${enterprises} enterprises, ${equipment} pieces of equipment${capacity ? `, ${capacity}` : ''}`,
  noPlan: 'No approved work plan',
  noYear: 'No year opened',
  milestones: (pending: number, overdue: number) => `${pending} to do, ${overdue} overdue`,
  onTrack: 'On track',
};
