import type { Messages } from '../messages';

export const censusInventory: Messages['censusInventory'] = {
  menu: 'Census inventory',
  title: 'Census inventory (摸底排查清单)',
  intro:
    'Each jurisdiction imports its census for a year, one row per piece of equipment or production line. ' +
    'Rows imported after the census deadline are late and count only once the local government consents ' +
    '(经属地政府同意); the rows that count are filed as cases by their departments, and the enterprise list, ' +
    'the equipment list and the capacity are published.',
  status: {
    awaiting_consent: 'Late, awaiting the local government’s consent (待属地政府同意)',
    refused: 'Refused by the local government, not counted (不予纳入)',
    confirmed: 'Counted, not yet filed (已纳入，待立案)',
    filed: 'Filed as a case (已立案)',
  },
  outcome: {
    consented: 'Consents: the row counts (同意纳入)',
    refused: 'Refuses: the row does not count (不同意纳入)',
  },
  deadline: {
    lastDay: (day: string) => `Census deadline: 24:00 on ${day} (China Standard Time)`,
    moved: (nominal: string) => ` (set for ${nominal}, moved past rest days)`,
    none: 'Its level owes no census deadline under its policy profile: every row imported counts.',
    passed: 'Passed: rows imported now need the local government’s consent',
    open: 'Not passed: rows imported now count',
  },
  counts: {
    label: 'Rows per status',
    count: (status: string, count: number) => `${status}: ${count}`,
  },
  filter: {
    label: 'Filter by status',
    all: 'All statuses',
  },
  table: {
    caption: (region: string, year: number) => `Census inventory of ${region}, ${year}`,
    number: 'No.',
    enterprise: 'Enterprise',
    creditCode: 'Unified social credit code',
    equipment: 'Equipment (production line)',
    capacity: 'Capacity',
    dimension: 'Standard',
    industry: 'Industry',
    basis: 'Legal basis / standard (法律依据 / 标准依据)',
    department: 'Department / document number',
    status: 'Status',
    consent: 'Local government (属地政府意见)',
    case: 'Case',
    actions: 'Actions',
    late: 'Late (逾期补报)',
    consentBy: (who: string, at: string) => `${who} (${at})`,
    documentNumber: (number: string) => `Document: ${number}`,
    none: 'The inventory of this region and year has no rows.',
    noneWithStatus: 'No rows with this status.',
  },
  paging: {
    label: 'Pages',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    page: (page: number) => `Page ${page}`,
  },
  importing: {
    choose: 'Import a census file (导入摸排表)',
    hint: 'The census template filled in, as XLSX or CSV. Rows without errors are imported; rows with errors are not — correct them and import the file again (rows already in the inventory are not imported twice).',
    reading: (name: string) => `Importing “${name}”…`,
    unreadable: (name: string) => `“${name}” could not be imported`,
    title: (name: string) => `Imported “${name}”`,
    summary: (rows: number, stored: number, already: number, rejected: number) =>
      `${rows} rows: ${stored} imported, ${already} already in the inventory, ${rejected} with errors, not imported.`,
    late: 'Imported after the census deadline: these rows are late and count only once the local government consents (经属地政府同意).',
    caption: 'Import results',
    row: 'Row',
    result: 'Result',
    entry: 'Inventory id',
    errors: 'Problems',
    results: {
      stored: 'Imported',
      already_in_inventory: 'Already in the inventory',
      rejected: 'Has errors, not imported',
    },
  },
  filing: {
    file: 'File as cases (立案)',
    hint: 'Files each of your department’s counted rows not filed yet; one document number of a department opens one case, so it may be sent again.',
    done: (created: number, existing: number, failed: number, notYours: number) =>
      `Filing finished: ${created} filed, ${existing} already filed before, ${failed} failed, ${notYours} of other departments or regions left for them.`,
    failedRow: (entry: string, detail: string) => `${entry}: ${detail}`,
    remaining: (count: number) => `${count} of your department’s rows still wait to be filed.`,
    failedHint: 'Failed rows may be filed again: rows filed already are not filed twice.',
  },
  consent: {
    action: 'Local government’s decision',
    title: (number: number) => `The local government’s decision on row ${number} (属地政府意见)`,
    row: (enterprise: string, equipment: string) => `${enterprise} · ${equipment}`,
    outcome: 'Decision',
    reason: 'Reason',
    documentNumber: 'Document number',
    documentNumberHint: 'The government’s document that records it, e.g. 石政函〔2026〕12号',
    applied: (status: string) => `The local government’s decision is recorded; the row is now: ${status}`,
  },
};
