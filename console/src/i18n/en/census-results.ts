import type { Messages } from '../messages';

export const censusResults: Messages['censusResults'] = {
  title: 'Census of backward capacity: results (摸底排查结果)',
  intro:
    'After its census, each jurisdiction publishes the list of its enterprises with backward capacity, the list of their backward equipment and the capacity. Published are the rows reported on time, and late rows the local government consented to (经属地政府同意); the result follows the inventory as it changes.',
  choose: 'Choose a region and a year',
  region: 'Region',
  year: 'Year',
  show: 'Show the result',
  chooseRegion: 'Choose a region.',
  prompt: 'Choose a region and a year to read the census result that region published.',
  resultTitle: (_title: string, region: string, year: number) =>
    `${region}: backward capacity found by the census of ${year}`,
  asOf: 'As of',
  print: 'Print the result',
  enterprises: {
    heading: (count: number) => `Enterprises (${count})`,
    caption: 'Enterprises with backward capacity (落后产能企业名单)',
    columns: {
      index: 'No.',
      enterprise: 'Enterprise',
      creditCode: 'Unified social credit code',
      region: 'Region',
      equipment: 'Backward equipment (落后生产设备数量)',
      capacity: 'Capacity',
    },
  },
  equipment: {
    heading: (count: number) => `Equipment (${count})`,
    caption: 'Backward equipment and production lines (落后生产设备清单)',
    columns: {
      index: 'No.',
      enterprise: 'Enterprise',
      industry: 'Industry',
      dimension: 'Standard',
      equipment: 'Equipment (production line)',
      capacity: 'Capacity',
      law: 'Legal basis (法律依据)',
      standard: 'Standard or catalogue clause (标准依据)',
    },
  },
  totals: {
    heading: 'Totals',
    caption: 'Totals per capacity unit',
    columns: { unit: 'Capacity unit', equipment: 'Equipment (production lines)', value: 'Capacity' },
  },
  none: 'No census result is published for this region and year yet.',
  equipmentCount: (count: number) => `${count}`,
};
