import type { Messages } from '../messages';

export const inbox: Messages['inbox'] = {
  title: 'My inbox',
  intro: 'Sorted by the legal deadline, soonest first.',
  empty: 'Nothing to do',
  columns: {
    due: 'Deadline',
    timeLeft: 'Time left',
    task: 'Task',
    enterprise: 'Enterprise',
    dimension: 'Standard',
    region: 'Region',
    role: 'Role',
  },
  filters: { kind: 'Task', urgency: 'Urgency', all: 'All', pageSize: 'Per page' },
  noDeadline: 'No deadline',
  yearTask: (region: string, year: number, milestone: string) => `${region} ${year}: ${milestone}`,
  overdue: (days: number) => `Overdue by ${days} ${days === 1 ? 'day' : 'days'}`,
  dueToday: 'Due today',
  daysLeft: (calendar: number, working: number) =>
    `${calendar} ${calendar === 1 ? 'day' : 'days'} left (${working} working)`,
  urgency: { overdue: 'Overdue', due_soon: 'Due soon', on_time: 'On time', no_deadline: 'No deadline' },
  open: 'Open',
};
