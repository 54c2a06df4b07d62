import type { Messages } from '../messages';

export const radar: Messages['radar'] = {
  menu: 'Deadline radar',
  title: 'Deadline radar',
  intro:
    'Open cases in the jurisdiction by time left: China Standard Time calendar days to 24:00 of the last day. Select a number to list those cases, then urge them or export them.',
  asOf: (time: string) => `As of ${time}`,
  filters: {
    region: 'Region',
    dimension: 'Standard',
    all: 'All',
    whole: (name: string) => `${name} (whole jurisdiction)`,
  },
  heatmap: {
    caption: 'Open cases by region, standard and time left',
    region: 'Region',
    dimension: 'Standard',
    total: 'Total',
    allRegions: 'All regions',
    cell: (region: string, dimension: string, bucket: string, cases: number) =>
      `${region} · ${dimension} · ${bucket}: ${cases} ${cases === 1 ? 'case' : 'cases'}, list them`,
    totalCell: (bucket: string, cases: number) =>
      `Total · ${bucket}: ${cases} ${cases === 1 ? 'case' : 'cases'}, list them`,
    rowTotal: (region: string, dimension: string, cases: number) =>
      `${region} · ${dimension} · all: ${cases} ${cases === 1 ? 'case' : 'cases'}, list them`,
    empty: 'No open case in the jurisdiction',
  },
  list: {
    title: 'Cases',
    scope: (parts: string) => `Showing: ${parts}`,
    allOpen: 'all open cases',
    clear: 'Show all',
    empty: 'No case matches',
    selected: (count: number) => `${count} selected`,
    selectRow: (enterprise: string) => `Select ${enterprise}`,
    columns: {
      enterprise: 'Enterprise',
      region: 'Region',
      dimension: 'Standard',
      status: 'Status',
      due: 'Last day',
      timeLeft: 'Time left',
    },
  },
  exportXlsx: 'Export XLSX',
  exportFailed: 'The export did not succeed',
  urge: {
    button: (count: number) => `Urge selected (${count})`,
    title: (count: number) => `Urge ${count} selected ${count === 1 ? 'case' : 'cases'}`,
    cases: 'Cases to urge',
    caseLine: (enterprise: string, region: string) => `${enterprise} (${region})`,
    note: 'Urging note',
    notePlaceholder: 'e.g. Report the rectification progress this week',
    noteRequired: 'Write the urging note',
    submit: 'Send',
    cancel: 'Cancel',
    failed: 'The urging request did not succeed; no case was urged',
  },
  results: {
    title: 'Urging results',
    summary: (urged: number, refused: number, failed: number) =>
      `${urged} urged, ${refused} refused, ${failed} failed`,
    result: { urged: 'Urged', refused: 'Refused', failed: 'Failed, retry' },
    why: {
      '/problems/not-found': 'No such case in the jurisdiction',
      '/problems/case-closed': 'The case is closed',
      '/problems/decision-rejected': 'The case refused the urging',
      '/problems/service-unavailable': 'Service unavailable',
      '/problems/internal': 'Unexpected error',
    },
    ledger: (sequence: number) => `Recorded as ledger entry ${sequence}`,
    columns: { enterprise: 'Case', result: 'Result', detail: 'Details' },
    retry: (count: number) => `Retry the failed ones (${count})`,
    dismiss: 'Close the results',
  },
  calendar: {
    title: 'Due-date calendar',
    intro: 'Public holidays, make-up working days, and the open cases whose last day falls this month.',
    previous: 'Previous month',
    next: 'Next month',
    thisMonth: 'This month',
    month: (year: number, month: number) =>
      `${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}`,
    rest: 'Off',
    makeUp: 'Work',
    makeUpDay: (name: string) => `make-up working day for ${name}`,
    due: (count: number) => `${count} due`,
    more: (count: number) => `${count} more`,
    notInTable: (year: number) =>
      `The holiday table has no State Council notice for ${year}: only Saturdays and Sundays count as rest days.`,
    truncated: (count: number) =>
      `More than ${count} cases fall due this month; the calendar shows the first ${count}.`,
  },
};
