import type { Messages } from '../messages';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2027-03-01 → 1 March 2027 */
const date = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
const day = (iso: string, weekday: number) => `${WEEKDAYS[weekday]} ${date(iso)}`;
const notice = (title: string, documentNumber: string | null, issued: string) =>
  `the State Council General Office's notice ${title} (${documentNumber ?? 'document number unverified'}, issued ${date(issued)})`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const cases: Messages['cases'] = {
  list: {
    title: 'Cases',
    intro: 'The rectification cases in your jurisdiction, by default soonest current deadline first.',
    empty: 'No case matches',
    filters: {
      enterprise: 'Enterprise name or unified social credit code',
      enterpriseHint: 'at least two characters',
      search: 'Search',
      region: 'Region',
      industry: 'Industry',
      dimension: 'Standard',
      status: 'Status',
      due: 'Deadline’s last day',
      dueFrom: 'from',
      dueTo: 'to',
      overdue: 'Overdue only',
      sort: 'Sort',
      sortDue: 'By deadline (soonest first)',
      sortRecent: 'By last change',
      all: 'All',
      clear: 'Clear filters',
    },
    columns: {
      enterprise: 'Enterprise',
      region: 'Region',
      industry: 'Industry',
      dimension: 'Standard',
      status: 'Status',
      due: 'Current deadline',
      findingDate: 'Finding date',
      documentNumber: 'Document number',
    },
    overdue: 'Overdue',
    onTime: 'On time',
    noDeadline: 'No deadline',
  },
  page: {
    caseId: (id: string) => `Case ${id}`,
    notFound: 'There is no such case',
    notFoundDetail: 'The case does not exist, or it is outside your jurisdiction.',
    backToList: 'Back to the cases',
    statusIs: (status: string) => `Status: ${status}`,
    outcomeIs: (outcome: string) => `Outcome: ${outcome}`,
    policy: 'Policy profile',
    liveUnavailable: 'The workflow’s live state could not be read just now; this is the last recorded state.',
  },
  sections: {
    finding: 'Enterprise and finding',
    process: 'Where the case stands',
    deadlines: 'Deadlines',
    timers: 'Running timers',
    lists: 'Lists',
    evidence: 'Evidence',
    openTasks: 'Open tasks',
    decisions: 'Decisions',
    audit: 'Audit',
    revisits: 'Revisits',
  },
  finding: {
    enterprise: 'Enterprise',
    creditCode: 'Unified social credit code',
    region: 'Region',
    industry: 'Industry',
    dimension: 'Standard',
    department: 'Department',
    documentNumber: 'Document number',
    findingDate: 'Finding date',
    source: 'Source',
    capacity: 'Capacity (equipment)',
    capacityValue: (value: number, unit: string, equipment: string) => `${value} ${unit} (${equipment})`,
    legalBasis: 'Legal basis',
    rectificationMonths: 'Rectification period (months)',
    evidence: 'Evidence of the finding',
    none: 'None',
  },
  process: {
    stages: {
      filing: 'Filing',
      rectification: 'Rectification',
      government: 'Government decision',
      exit: 'Exit',
      acceptance: 'Acceptance',
    },
    stageState: {
      done: 'Done',
      current: 'Current stage',
      ended: 'Closed here',
      notTaken: 'Not taken',
      ahead: 'Not reached yet',
    },
    pathTitle: 'The path taken',
    pathEntry: (step: string, when: string) => `${step} · ${when}`,
    noPath: 'Nothing recorded yet',
  },
  deadlines: {
    names: {
      rectification: 'Rectification deadline',
      governmentDecision: 'Government decision deadline',
      exit: 'Exit deadline',
      dismantling: 'Dismantling deadline',
    },
    lastDay: 'Last day',
    lapsesAt: 'Lapses at',
    lapsesAtValue: (iso: string) => `24:00 China Standard Time, ${date(iso)}`,
    timeLeft: 'Time left',
    current: 'The deadline the case waits on now',
    none: 'No deadline set yet',
    countdown: (days: number, clock: string) => `${plural(days, 'day', 'days')} ${clock} left`,
    lapsed: 'Lapsed',
    notRunning: 'The case no longer waits on this deadline',
    why: 'Why this date?',
  },
  why: {
    date,
    day,
    fromMonths: (from: string, months: number) =>
      `The period is counted from ${date(from)}, that day not counted; a period of ${plural(months, 'month', 'months')} ends on the corresponding day of its last month (Civil Code articles 201 and 202).`,
    fromDays: (from: string, days: number) =>
      `The period is counted from ${date(from)}, that day not counted; a period of ${plural(days, 'day', 'days')} ends that many days after it (Civil Code article 201).`,
    extends: (base: string, months: number) =>
      `This deadline extends the one whose last day was ${date(base)} by ${plural(months, 'month', 'months')}, counted from that day by the same rules.`,
    nominal: (iso: string, weekday: number) => `Counted so, the nominal last day is ${day(iso, weekday)}.`,
    clamped: (month: string, fromDay: number) =>
      `${MONTHS[Number(month.slice(5, 7)) - 1]} ${Number(month.slice(0, 4))} has no day ${fromDay}, so the period ends on that month's last day (Civil Code article 202).`,
    weekend: (iso: string, weekday: number) => `${day(iso, weekday)} is a weekend, a rest day.`,
    weekendRun: (first: string, last: string) => `${date(first)} to ${date(last)} is a weekend, rest days.`,
    holiday: (iso: string, weekday: number, holiday: string, notices: string) =>
      `${day(iso, weekday)} is a public holiday (${holiday}), given off by ${notices}.`,
    holidayRun: (first: string, last: string, holiday: string, notices: string) =>
      `${date(first)} to ${date(last)} are the ${holiday} public holidays, given off by ${notices}.`,
    movedTo: (iso: string, weekday: number) =>
      `A period whose last day is a statutory rest day ends on the day after the rest days (Civil Code article 203, paragraph 1), so it moves to ${day(iso, weekday)}.`,
    stays: (iso: string, weekday: number) =>
      `${day(iso, weekday)} is a working day, so it stays the last day (Civil Code article 203, paragraph 1).`,
    makeUpDay: (iso: string, weekday: number, holiday: string, notices: string) =>
      `${day(iso, weekday)} is a weekend day made a working day (调休上班) for ${holiday} by ${notices}, so it counts as a working day and the period ends there.`,
    notice,
    holidayName: (holiday: { zh: string; en: string }) => holiday.en,
    noticeUnknown: 'the State Council holiday notice',
    yearsNotInTable: (years: string, version: string) =>
      `Holiday table ${version} has no State Council notice for ${years} yet: only Saturdays and Sundays were taken as rest days there, public holidays not applied.`,
    lapse: (lastDay: string, lapsesOn: string) =>
      `The period lapses at 24:00 China Standard Time (UTC+8) on its last day, ${date(lastDay)}: from 00:00 on ${date(lapsesOn)} it has passed (Civil Code article 203, paragraph 2).`,
    tableVersion: (counted: string, named: string) =>
      `Note: the deadline was counted with holiday table ${counted}; the days above are named from the current table, ${named}.`,
    older:
      'This deadline was recorded before deadlines kept their nominal day and rest days: only its last day and lapse can be shown.',
    listJoin: ', ',
  },
  timers: {
    empty: 'No timer is running',
    kind: {
      deadline_reminder: (days: number) =>
        `Reminder ${plural(days, 'day', 'days')} before the rectification deadline`,
      rectification_deadline: 'Rectification deadline lapses',
      government_reminder: 'Reminder to the government to decide',
      government_decision_due: 'Government decision deadline lapses',
      exit_deadline: 'Exit deadline lapses',
      dismantling_deadline: 'Dismantling deadline lapses',
    },
    firesAt: 'Fires at',
  },
  lists: {
    empty: 'On no list',
    list: 'List',
    entered: 'Entered',
    left: 'Left',
    onList: 'Still on the list',
  },
  evidence: {
    empty: 'No evidence recorded yet',
    recordedBy: (who: string, role: string) => `${who} (${role})`,
  },
  openTasks: {
    empty: 'No open task',
    due: (when: string) => `due ${when}`,
  },
  eventType: {
    case_filed: 'Case filed',
    deadline_set: 'Rectification deadline set',
    deadline_reminder_sent: 'Deadline reminder sent',
    extension_requested: 'Extension requested',
    extension_granted: 'Extension granted',
    extension_refused: 'Extension refused',
    reinspection_passed: 'Re-inspection passed',
    reinspection_failed: 'Re-inspection failed',
    deadline_lapsed: 'Rectification deadline lapsed',
    government_reminder_sent: 'Government reminded to decide',
    government_decision_overdue: 'Government decision overdue, supervisor notified',
    exit_approved: 'Exit approved',
    new_deadline_set: 'New rectification deadline given',
    closed_by_government: 'Closed by the government’s decision',
    exit_ordered_at_once: 'Exit ordered at once',
    exit_evidence_recorded: 'Exit evidence recorded',
    exit_deadline_missed: 'Exit deadline missed',
    dismantling_deadline_missed: 'Dismantling deadline missed',
    acceptance_passed: 'Acceptance passed',
    acceptance_failed: 'Acceptance failed',
    urged: 'Urged',
    revisits_scheduled: 'Revisits scheduled',
    revisit_overdue: 'Revisit overdue, supervisor notified',
    revisit_recorded: 'Revisit recorded',
  },
  revisits: {
    intro:
      'Under this case’s policy profile, capacity that exited or was rectified is revisited on schedule (回头看).',
    months: 'Months after closing',
    due: 'Revisit by',
    result: 'Result',
    pending: 'Pending',
    overdue: 'Overdue, supervisor notified',
    newCase: 'New case',
    revisitOf: (caseId: string) =>
      `Opened when a revisit of case ${caseId} found the capacity running again.`,
  },
  audit: {
    intro:
      'Every step in the case’s ledger: who, in what role, when, what, why and on what evidence. The service checks each entry’s link in the hash chain.',
    notAllowed: 'Reading the audit trail needs the auditor, leading group office or administrator role.',
    timeline: 'Case ledger',
    chainIntact: (entries: number) => `Hash chain intact: all ${plural(entries, 'entry', 'entries')} checked`,
    chainBroken: (breaks: number) =>
      `The hash chain has ${plural(breaks, 'break', 'breaks')}, marked on the entries below`,
    entryIntact: 'Hash link intact',
    entryBroken: 'Hash link broken',
    problem: (problem: string) => {
      const expected = /^expected entry (\d+)$/.exec(problem);
      if (expected) return `entry ${expected[1]} was expected here (one is missing or out of order)`;
      const known: Record<string, string> = {
        'content does not match its hash': 'its content does not match its hash (the entry was changed)',
        'prev_hash is not the hash of the entry before it':
          'its previous hash is not the hash of the entry before it',
        'recorded before the ledger was hash-chained': 'recorded before the ledger was hash-chained',
      };
      return known[problem] ?? problem;
    },
    sequence: (n: number) => `Entry ${n}`,
    who: 'Who',
    role: 'Role',
    when: 'When',
    what: 'What',
    why: 'Why',
    evidence: 'Evidence',
    systemActor: 'System',
    region: 'Region',
    department: 'Department',
    check: 'Check the ledger against the workflow history',
    checking: 'Checking…',
    checkAgrees: 'The ledger agrees with the workflow history',
    checkDisagrees: 'The ledger does not agree with the workflow history',
    checkSummary: (ledger: number, steps: number, runs: number) =>
      `${plural(ledger, 'ledger entry', 'ledger entries')}, ${plural(steps, 'step', 'steps')} in the history, ${plural(runs, 'workflow run', 'workflow runs')}.`,
    pending: (sequences: string) => `Steps still being written: ${sequences}`,
    mismatch: (sequence: number, problem: string) => `Entry ${sequence}: ${problem}`,
    temporalLink: 'Raw workflow history in the Temporal Web UI',
    temporalHint: '(opens in a new window; needs access to the Temporal Web UI)',
  },
  decisionsPlaceholder: 'Decision forms',
};
