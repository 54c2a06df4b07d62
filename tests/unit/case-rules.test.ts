/** The rules the workflow's validators and the API share: who may decide what, and when. */
import { authorityProblem, regionCovers } from '../../domain/authority';
import { decisionProblem, filedCaseState, openTasksOf, type CaseState } from '../../domain/case';
import { periodDeadline } from '../../domain/calendar';
import { FindingSchema } from '../../domain/finding';
import { governmentApprover, inspector, officer, supervisor } from '../helpers/actors';
import { aFinding } from '../kit/findings';

const facts = { regionCode: '320508', dimension: 'energy' as const, policyVersion: '2024.1' };
const NOW = Date.parse('2025-03-03T02:00:00Z');

function rectifying(overrides: Partial<CaseState> = {}): CaseState {
  const finding = FindingSchema.parse(aFinding({ findingDate: '2025-03-03' }));
  return {
    ...filedCaseState({ caseId: 'RC-RULES', finding, policyVersion: '2024.1' }, '2025-03-03T02:00:00.000Z'),
    status: 'rectifying',
    deadline: periodDeadline('2025-03-03', 6),
    statusSince: { at: '2025-03-03T02:00:00.000Z', sequence: 2 },
    sequence: 2,
    ...overrides,
  };
}

describe('regionCovers', () => {
  it.each([
    ['320000', '320508', true],
    ['320500', '320508', true],
    ['320508', '320508', true],
    ['320505', '320508', false],
    ['320600', '320508', false],
    ['330000', '320508', false],
  ])('%s covers %s: %s', (jurisdiction, region, covers) => {
    expect(regionCovers(jurisdiction, region)).toBe(covers);
  });
});

describe('authorityProblem', () => {
  it('lets an owning department in the jurisdiction file a re-inspection', () => {
    expect(authorityProblem(officer('industry_it', '320508'), 'reinspection', facts)).toBeNull();
    expect(authorityProblem(officer('development_reform', '320500'), 'reinspection', facts)).toBeNull();
  });
  it.each([
    [officer('environment_bureau'), 'reinspection', /does not own the energy dimension/],
    [officer('industry_it', '320505'), 'reinspection', /no jurisdiction/],
    [supervisor(), 'reinspection', /made by a department officer, not a supervisor/],
    [officer(), 'extension_decision', /made by a supervisor/],
    [officer(), 'government_decision', /made by a government approver/],
    [{ ...officer(), department: null }, 'exit_evidence', /must act for a department/],
  ] as const)('refuses %j making a %s', (actor, kind, reason) => {
    expect(authorityProblem(actor, kind, facts)).toMatch(reason);
  });
  it('has the county sign the county acceptance and the city the city acceptance', () => {
    expect(authorityProblem(inspector('320508'), 'acceptance', facts, 'county')).toBeNull();
    expect(authorityProblem(inspector('320500'), 'acceptance', facts, 'city')).toBeNull();
    expect(authorityProblem(inspector('320500'), 'acceptance', facts, 'county')).toMatch(
      /signed in region 320508/,
    );
    expect(authorityProblem(inspector('320508'), 'acceptance', facts, 'city')).toMatch(
      /no jurisdiction|signed in region 320500/,
    );
  });
});

describe('decisionProblem', () => {
  const request = { actor: officer(), reason: '申请', evidence: [], months: 3 };
  it('accepts one extension request of at most the policy maximum before the deadline', () => {
    expect(decisionProblem(rectifying(), { kind: 'extension_request', decision: request }, NOW)).toBeNull();
    expect(
      decisionProblem(rectifying(), { kind: 'extension_request', decision: { ...request, months: 4 } }, NOW),
    ).toMatch(/at most 3 months/);
    const lapsed = Date.parse(rectifying().deadline!.lapsesAt);
    expect(decisionProblem(rectifying(), { kind: 'extension_request', decision: request }, lapsed)).toMatch(
      /must be asked for before it/,
    );
    const asked = rectifying({
      extension: {
        requested: { by: officer(), at: 'then', reason: '', evidence: [], sequence: 3, months: 3 },
        decided: null,
      },
    });
    expect(decisionProblem(asked, { kind: 'extension_request', decision: request }, NOW)).toMatch(
      /one application/,
    );
  });
  it('refuses a decision out of turn, naming the status', () => {
    const opinion = {
      actor: inspector('320508'),
      reason: '合格',
      evidence: [],
      level: 'county' as const,
      result: 'pass' as const,
    };
    expect(decisionProblem(rectifying(), { kind: 'acceptance', decision: opinion }, NOW)).toMatch(
      /the case is rectifying; a acceptance decision can land only while it is awaiting acceptance/,
    );
    const approval = {
      actor: governmentApprover(),
      reason: '批准',
      evidence: [],
      decision: 'approve_exit' as const,
      exitOrder: { measure: 'close' as const, scope: 'equipment' as const },
    };
    expect(decisionProblem(rectifying(), { kind: 'government_decision', decision: approval }, NOW)).toMatch(
      /awaiting government decision/,
    );
    expect(
      decisionProblem(
        rectifying({ status: 'exited' }),
        { kind: 'urging', decision: { actor: supervisor(), reason: '催', evidence: [] } },
        NOW,
      ),
    ).toMatch(/closed/);
  });
  it('refuses deciding an extension nobody asked for', () => {
    const decision = { actor: supervisor(), reason: '同意', evidence: [], grant: true, months: 3 };
    expect(decisionProblem(rectifying(), { kind: 'extension_decision', decision }, NOW)).toMatch(
      /no extension has been requested/,
    );
  });
});

describe('openTasksOf', () => {
  it('asks the owning departments for a re-inspection due at the deadline, and the supervisor to decide a pending extension', () => {
    const state = rectifying({
      extension: {
        requested: { by: officer(), at: 'then', reason: '', evidence: [], sequence: 3, months: 3 },
        decided: null,
      },
    });
    expect(openTasksOf(state)).toEqual([
      {
        id: 'RC-RULES:reinspection:2',
        kind: 'reinspection',
        role: 'department_officer',
        regionCode: '320508',
        departments: ['industry_it', 'development_reform'],
        dueAt: state.deadline!.lapsesAt,
      },
      {
        id: 'RC-RULES:extension_decision:3',
        kind: 'extension_decision',
        role: 'supervisor',
        regionCode: '320508',
        departments: null,
        dueAt: state.deadline!.lapsesAt,
      },
    ]);
  });
  it('sends the city acceptance to the city once the county passed', () => {
    const passed = {
      by: inspector('320508'),
      at: 'then',
      reason: '',
      evidence: [],
      sequence: 9,
      result: 'pass' as const,
    };
    const state = rectifying({
      status: 'awaiting_acceptance',
      acceptance: { county: passed, city: null, failures: 0 },
    });
    expect(openTasksOf(state)).toEqual([
      expect.objectContaining({
        id: 'RC-RULES:city_acceptance:9',
        regionCode: '320500',
        role: 'acceptance_inspector',
      }),
    ]);
  });
  it('has none for a closed case', () => {
    expect(openTasksOf(rectifying({ status: 'rectified' }))).toEqual([]);
  });
});
