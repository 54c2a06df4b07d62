import type { Messages } from '../messages';

export const policies: Messages['policies'] = {
  menu: 'Policy profiles',
  title: 'Policy profiles',
  intro:
    'A case runs under the profile covering its enterprise’s region — its own, else its city’s or province’s, else the national default — at the version current when it was filed, for its whole life. Every rule names the document and article it comes from.',
  columns: {
    name: 'Profile',
    region: 'Region',
    document: 'Document',
    currentVersion: 'Current version',
    versions: 'Versions',
  },
  nationwide: 'Nationwide (every other region)',
  document: {
    issuerIs: (issuer: string) => `Issued by ${issuer}`,
    issuedOn: (date: string | null) => `dated ${date ?? '(not given)'}`,
  },
  documentCited: (title: string, number: string | null) =>
    number ? `${number} 《${title}》` : `《${title}》`,
  versionLink: (name: string, version: string) => `${name} ${version}`,
  adopted: (date: string) => `in force from ${date}`,
  inheritsLabel: 'inherits',
  inheritsNothing: 'the base version (inherits nothing)',
  summaryLabel: 'Summary: ',
  current: 'Current version',
  version: {
    title: (name: string, version: string) => `${name} ${version}`,
    backToList: 'Back to the policy profiles',
    notFound: 'No such policy version',
    notFoundDetail: 'The profile does not exist or has no such version.',
    adopted: 'In force from',
    inherits: 'Inherits',
    document: 'Document',
    summary: 'What this version changed',
    dimension: (dimension: string) => `${dimension} standard`,
    timings: 'Timings',
    general: 'General rules',
  },
  table: {
    rule: 'Rule',
    value: 'What it says',
    source: 'Source',
    origin: 'Set by',
  },
  source: {
    article: (article: string) => `Article ${article}`,
    quote: 'In the document: ',
    note: 'Note: ',
  },
  setHere: 'Set by this version',
  inheritedFrom: 'Inherited from',
  rules: {
    owners: 'Lead departments',
    firstMeasure: 'First measure',
    rectificationMonths: 'Rectification period',
    extensionMaxMonths: 'Extension',
    failureLeadsTo: 'When rectification fails',
    electricityPricing: 'Differential, tiered and punitive electricity prices',
    waterPricing: 'Progressive prices for water beyond quota',
    licence: 'Licence measure and its moment',
    dischargePermitRefused: 'No pollutant discharge permit',
    exitByYearEnd: 'Still failing after rectification: exits within the year',
    majorHazardHalt: 'A major work-safety accident hazard: production halted, always',
    emissionLists: 'On the lists of enterprises exceeding emission standards',
  },
  timings: {
    reminderDaysBeforeDeadline: 'Reminders before the rectification deadline',
    governmentDecisionDays: 'Time for the government’s decision (then supervision)',
    governmentReminderAfterDays: 'Reminder to the government after escalation',
    exitMonths: 'Exit period',
    dismantlingMonths: 'Dismantling after sealing',
    tipVerificationDays: 'Tip verification period',
    milestoneReminderDays: 'Reminders before a milestone of the year',
  },
  general: {
    creditPublication: 'Published on the credit platform (besides a missed exit deadline)',
    differentialCredit: 'Financial regulator and People’s Bank told, for differential credit',
    sealedCountsAsExited: 'Sealed main equipment counts as exited capacity',
    revisitMonths: 'Revisits of closed cases',
    capacitySwapOwners: 'Departments for tips about illegal capacity swaps',
    memberUnits: 'Member units (told, owning no dimension)',
    yearMilestones: 'Milestones of the year (see the year calendar)',
  },
  values: {
    yes: 'Yes',
    no: 'No',
    none: 'None',
    months: (months: number) => `${months} ${months === 1 ? 'month' : 'months'}`,
    days: (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`,
    setByDepartment: 'Set by the department in its finding',
    noRectification: 'No rectification: eliminated at once',
    extension: (months: number) => `One extension of at most ${months} ${months === 1 ? 'month' : 'months'}`,
    noExtension: 'No extension',
    licence: (measure: string, moment: string) => `${measure}: ${moment}`,
    daysBefore: (days: string) => `${days} days before it lapses`,
    daysAfter: (days: number) => `${days} ${days === 1 ? 'day' : 'days'} after escalation`,
    revisits: (months: string) => `${months} months after closing`,
    separator: ', ',
    listSeparator: '; ',
    milestone: (level: string, kind: string, date: string) => `${level}: ${kind}, ${date}`,
    milestoneDate: (month: number, day: number | string, nextYear: boolean) => {
      const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', {
        month: 'long',
        timeZone: 'UTC',
      });
      const when =
        day === 'end'
          ? `the end of ${monthName}`
          : day === 'mid'
            ? `mid-${monthName}`
            : `${day} ${monthName}`;
      return `by ${when}${nextYear ? ' of the next year' : ''}`;
    },
  },
};
