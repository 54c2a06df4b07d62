import type { Messages } from '../messages';

export const yearReports: Messages['yearReports'] = {
  view: 'View table',
  title: (_title: string, region: string, year: number, milestone: string) =>
    `${region}: ${milestone}, ${year}`,
  intro:
    'Drawn when it was submitted, from the work plans in force and the ledger as they stood then, and never changed: for each region under the jurisdiction (a county: itself), industry, standard and capacity unit, what the plans set out to rectify and to exit beside the cases found, rectified, exited and accepted in the period. An enterprise counts once per line and column; equipment is the pieces of backward equipment (production lines). Capacity units are totalled apart.',
  back: 'Back to the year',
  notFound: 'No such table',
  fields: {
    region: 'Region',
    year: 'Year',
    milestone: 'Milestone',
    period: 'Period',
    asOf: 'As of (submitted)',
    contentHash: 'Checksum of the table (SHA-256)',
  },
  tableCaption: 'Statistics table (统计表)',
  column: {
    planned_rectify: 'Planned: rectify by a deadline (计划限期整改)',
    planned_exit: 'Planned: exit by law (计划依法依规退出)',
    found: 'Found, cases filed (排查发现（立案）)',
    rectified: 'Rectified to standard (整改达标)',
    exited: 'Exited (退出)',
    accepted: 'Accepted (验收通过)',
  },
  columns: {
    region: 'Region',
    industry: 'Industry',
    dimension: 'Standard',
    unit: 'Capacity unit',
    enterprises: 'Enterprises',
    equipment: 'Equipment',
    capacity: 'Capacity',
  },
  total: 'Total',
  empty: 'No planned targets, and no case found, rectified, exited or accepted in the period.',
  regions: {
    title: 'The regions under it (下级报送情况)',
    intro:
      'For each region under the jurisdiction: the version of its work plan counted in this table, and where its own report of this milestone stands now.',
    columns: {
      region: 'Region',
      plan: 'Work plan counted',
      status: 'Its own report',
      table: 'Table',
    },
    planVersion: (version: number) => `Version ${version}`,
    noPlan: 'No approved work plan',
    noYear: 'No year opened',
    notOwed: 'Not owed',
    overdue: 'Overdue',
    none: 'No region under it has figures.',
    noTable: 'Not submitted yet',
  },
};
