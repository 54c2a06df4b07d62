import type { Messages } from '../messages';

export const quarterlyNotices: Messages['quarterlyNotices'] = {
  list: {
    to_rectify: 'Enterprises to rectify: below the energy, environmental, quality, safety or other standards',
    to_exit: 'Enterprises to exit by law: still below the standards after rectifying',
  },
  listName: { to_rectify: 'Enterprises to rectify', to_exit: 'Enterprises to exit by law' },
  duty: {
    differential_pricing: 'Apply differential electricity and water prices',
    differential_credit: 'Apply the differential credit policy; restrict financing and credit lines',
    land_supply: 'Restrict the supply of land, by law',
    funding: 'Give no funding support',
    tax_administration: 'Tighten tax administration',
    worker_resettlement: 'Resettle the workers',
    statistics: 'Deduct the capacity from the statistics',
    credit_discipline:
      'Apply joint sanctions and credit restrictions (production licences, government procurement and the like)',
    accountability: 'Hold to account those who do not push it forward',
  },

  publicList: {
    title: 'Quarterly notices of enterprises to rectify and to exit (季度通报)',
    intro:
      'After each quarter, every jurisdiction tells the member units of its leading group which of its enterprises must rectify and which must exit by law, and what each unit must do about them; the notice is made public at the same time. The lists are the cases as the ledger stood at 24:00 (China Standard Time) on the quarter’s last day, and never change once issued.',
    filterLabel: 'Filter by region and year',
    year: 'Year',
    allYears: 'All years',
    apply: 'Filter',
    clear: 'Clear',
    caption: 'Quarterly notices issued (newest first)',
    columns: {
      title: 'Notice',
      asOf: 'Lists as of',
      issuedAt: 'Issued',
      toRectify: 'To rectify',
      toExit: 'To exit',
    },
    count: (count: number) => `${count}`,
    noticeTitle: (_title: string, region: string, year: number, quarter: number) =>
      `${region}: enterprises to rectify and to exit, Q${quarter} ${year}`,
    asOf: (day: string) => `${day} 24:00`,
    empty: 'No quarterly notice matches.',
    olderPage: 'Older notices',
    newestPage: 'Newest notices',
  },

  publicNotice: {
    back: 'All quarterly notices',
    region: 'Region',
    quarter: 'Quarter',
    quarterName: (year: number, quarter: number) => `Q${quarter} ${year}`,
    asOf: 'Lists as of',
    issuedAt: 'Issued',
    contentHash: 'Checksum of the lists (SHA-256)',
    listCaption: (name: string, count: number) => `${name} (${count})`,
    none: 'None at the quarter’s end.',
    columns: {
      index: 'No.',
      enterprise: 'Enterprise',
      creditCode: 'Unified social credit code',
      region: 'Region',
      industry: 'Industry',
      dimension: 'Standard',
      capacity: 'Capacity',
      status: 'Status at the quarter’s end',
    },
    unitsHeading: 'Member units and what each must do',
    unitsCaption: 'Member units notified',
    unitColumns: { unit: 'Member unit', duties: 'What it must do' },
    source: 'Source of the duties:',
    print: 'Print',
  },
};
