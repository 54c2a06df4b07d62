/** The quarterly notice's rules (domain/quarterly-notice.ts): its quarters, lists, duties and who may do what when. */
import { SYSTEM_ACTOR } from '../../domain/case';
import { MEMBER_UNITS, type MemberUnit } from '../../domain/policy-types';
import {
  dutiesOf,
  issueNoticeProblem,
  noticeListOf,
  noticeReceiptProblem,
  quarterEndsAt,
  quartersDue,
  type QuarterlyNotice,
} from '../../domain/quarterly-notice';
import { dayPeriodDeadline } from '../../domain/calendar';
import type { YearState } from '../../domain/year-state';
import { supervisor } from '../helpers/actors';

const REGION = '533400';
const year = (overrides: Partial<YearState> = {}): YearState => ({
  yearId: `YR-${REGION}-2026`,
  regionCode: REGION,
  year: 2026,
  policyProfile: 'diqing',
  policyVersion: '2019.1',
  status: 'running',
  sequence: 1,
  openedAt: '2026-05-10T02:00:00.000Z',
  openedBy: SYSTEM_ACTOR,
  closedAt: null,
  milestones: [],
  memberUnits: ['finance', 'water'],
  quarterlyNotices: [],
  ...overrides,
});
const issued = (quarter: 1 | 2 | 3 | 4, units: MemberUnit[] = ['finance', 'water']): QuarterlyNotice => ({
  noticeId: `TB-${REGION}-2026-Q${quarter}`,
  asOf: quarterEndsAt(2026, quarter),
  memberUnits: units,
  counts: { to_rectify: 0, to_exit: 0 },
  contentHash: 'x',
  quarter,
  issuedBy: SYSTEM_ACTOR,
  issuedAt: '2026-07-01T03:00:00.000Z',
  sequence: 2,
  units: units.map((unit) => ({ unit, receipt: null })),
  acknowledgeBy: dayPeriodDeadline('2026-07-01', 10),
  overdueSince: null,
});

it('ends each quarter at 24:00 CST of its last day', () => {
  expect([1, 2, 3, 4].map((q) => quarterEndsAt(2026, q as 1 | 2 | 3 | 4))).toEqual([
    '2026-03-31T16:00:00.000Z',
    '2026-06-30T16:00:00.000Z',
    '2026-09-30T16:00:00.000Z',
    '2026-12-31T16:00:00.000Z',
  ]);
});

it.each([
  ['rectifying', 'to_rectify'],
  ['awaiting_government_decision', 'to_rectify'],
  ['exiting', 'to_exit'],
  ['awaiting_acceptance', 'to_exit'],
  ['filed', null],
  ['rectified', null],
  ['exited', null],
  ['closed', null],
] as const)('puts a case %s on %s', (status, list) => {
  expect(noticeListOf(status)).toBe(list);
});

it('gives every member unit at least one duty', () => {
  for (const unit of Object.keys(MEMBER_UNITS) as MemberUnit[])
    expect(dutiesOf(unit).length).toBeGreaterThan(0);
  expect(dutiesOf('grid_company')).toEqual(['differential_pricing']);
});

it('issues by itself the quarters ending after the year opened, and none for a year from before notices', () => {
  expect(quartersDue(year())).toEqual([2, 3, 4]);
  expect(quartersDue(year({ quarterlyNotices: [issued(2)] }))).toEqual([3, 4]);
  expect(quartersDue(year({ memberUnits: undefined }))).toEqual([]);
  expect(quartersDue(year({ memberUnits: [] }))).toEqual([]);
});

it('lets only the jurisdiction’s office issue an ended quarter, once', () => {
  const office = supervisor(REGION);
  const at = '2026-07-01T03:00:00.000Z';
  expect(issueNoticeProblem(year(), { actor: office, quarter: 1 }, at)).toBeNull();
  expect(issueNoticeProblem(year(), { actor: office, quarter: 3 }, at)).toMatch(
    /Q3 2026 ends at 2026-09-30T16:00/,
  );
  expect(
    issueNoticeProblem(year({ quarterlyNotices: [issued(1)] }), { actor: office, quarter: 1 }, at),
  ).toMatch(/already issued/);
  expect(issueNoticeProblem(year(), { actor: supervisor('533422'), quarter: 1 }, at)).toMatch(/not 533422/);
  expect(issueNoticeProblem(year({ memberUnits: [] }), { actor: office, quarter: 1 }, at)).toMatch(
    /no member units/,
  );
  expect(issueNoticeProblem(year({ status: 'closed' }), { actor: office, quarter: 1 }, at)).toMatch(/closed/);
});

it('records a unit’s receipt once, from the day of the notice to today', () => {
  const state = year({ quarterlyNotices: [issued(2)] });
  const receipt = {
    actor: supervisor(REGION),
    quarter: 2 as const,
    unit: 'finance' as const,
    signer: '甲',
    note: '',
  };
  expect(noticeReceiptProblem(state, { ...receipt, receivedOn: '2026-07-02' }, '2026-07-03')).toBeNull();
  expect(noticeReceiptProblem(state, { ...receipt, receivedOn: '2026-07-04' }, '2026-07-03')).toMatch(
    /after today/,
  );
  expect(noticeReceiptProblem(state, { ...receipt, receivedOn: '2026-06-30' }, '2026-07-03')).toMatch(
    /before the notice was issued \(2026-07-01\)/,
  );
  expect(
    noticeReceiptProblem(state, { ...receipt, unit: 'taxation', receivedOn: '2026-07-02' }, '2026-07-03'),
  ).toMatch(/did not go to taxation/);
  expect(
    noticeReceiptProblem(state, { ...receipt, quarter: 1, receivedOn: '2026-07-02' }, '2026-07-03'),
  ).toMatch(/Q1 2026 is not issued/);
});
