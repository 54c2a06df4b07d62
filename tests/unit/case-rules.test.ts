/** The rules the workflow's validators and the API share: who may decide what, and when. */
import { authorityProblem, regionCovers } from '../../domain/authority';
import type { DecisionKind } from '../../domain/authority';
import {
  decisionPresets,
  decisionProblem,
  filedCaseState,
  openTasksOf,
  openingProblem,
  type CaseState,
  type Decision,
} from '../../domain/case';
import { EXIT_EVIDENCE_ITEMS, codesOf } from '../../domain/enums';
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

describe('openingProblem: the decisions an actor may make now, whatever their body says', () => {
  const recorded = { at: '2025-03-04T02:00:00.000Z', reason: '', evidence: [], sequence: 3 };
  const exit = (scope: 'whole_enterprise' | 'equipment', more: object = {}) => ({
    order: { measure: 'close' as const, scope },
    orderedAt: recorded.at,
    atOnce: false,
    evidence: [],
    sealedAt: null,
    dismantledAt: null,
    completedAt: null,
    ...more,
  });
  const countyPassed = { ...recorded, by: inspector('320508'), result: 'pass' as const };
  const STATES: Record<string, CaseState> = {
    rectifying: rectifying(),
    'extension requested': rectifying({
      extension: { requested: { ...recorded, by: officer(), months: 3 }, decided: null },
    }),
    'extension granted': rectifying({
      extension: {
        requested: { ...recorded, by: officer(), months: 3 },
        decided: { ...recorded, by: supervisor(), granted: true, months: 3 },
      },
    }),
    'awaiting the government': rectifying({ status: 'awaiting_government_decision' }),
    'exiting, whole enterprise': rectifying({ status: 'exiting', exit: exit('whole_enterprise') }),
    'exiting, dismantled': rectifying({
      status: 'exiting',
      exit: exit('equipment', { dismantledAt: recorded.at, completedAt: recorded.at }),
    }),
    'awaiting the county acceptance': rectifying({ status: 'awaiting_acceptance', exit: exit('equipment') }),
    'awaiting the city acceptance': rectifying({
      status: 'awaiting_acceptance',
      exit: exit('equipment'),
      acceptance: { county: countyPassed, city: null, failures: 0 },
    }),
    exited: rectifying({ status: 'exited' }),
  };
  const ACTORS = [
    officer('industry_it'),
    officer('environment_bureau'),
    officer('industry_it', '320505'),
    supervisor(),
    supervisor('320600'),
    governmentApprover(),
    inspector('320508'),
    inspector('320500'),
    inspector('320505'),
  ];
  const common = { reason: '依据', evidence: [{ reference: '文书' }] };
  type WithoutActor<T> = T extends unknown ? Omit<T, 'actor'> : never;
  /** Bodies of every kind, covering each branch its rules read. */
  const BODIES: { [K in DecisionKind]: WithoutActor<Extract<Decision, { kind: K }>['decision']>[] } = {
    extension_request: [1, 3, 12].map((months) => ({ ...common, months })),
    extension_decision: [
      { ...common, grant: true, months: 1 },
      { ...common, grant: true, months: 12 },
      { ...common, grant: false },
    ],
    reinspection: [
      { ...common, result: 'pass' },
      { ...common, result: 'fail' },
    ],
    government_decision: [
      { ...common, decision: 'approve_exit', exitOrder: { measure: 'close', scope: 'equipment' } },
      { ...common, decision: 'reject_new_deadline', rectificationMonths: 3 },
      { ...common, decision: 'reject_close', outcome: '转产' },
    ],
    exit_evidence: codesOf(EXIT_EVIDENCE_ITEMS).map((item) => ({ ...common, item })),
    acceptance: (['county', 'city'] as const).flatMap((level) =>
      (['pass', 'fail'] as const).map((result) => ({ ...common, level, result })),
    ),
    urging: [common],
    revisit: [
      { ...common, result: 'still_closed' },
      { ...common, result: 'running_again', documentNumber: '回头看〔2025〕1号', findingDate: '2025-09-01' },
      {
        ...common,
        result: 'running_again',
        documentNumber: '回头看〔2025〕2号',
        findingDate: '2025-09-01',
        rectificationMonths: 2,
      },
    ],
  };
  const lapsed = Date.parse(rectifying().deadline!.lapsesAt);
  const cases = Object.entries(STATES).flatMap(([name, state]) =>
    ACTORS.flatMap((actor) =>
      [NOW, lapsed].flatMap((now) =>
        (Object.keys(BODIES) as DecisionKind[]).map((kind) => ({ name, state, actor, now, kind })),
      ),
    ),
  );

  it.each(Object.keys(STATES))(
    'agrees with decisionProblem in state "%s": a kind it opens lands with some body, a kind it refuses lands with none',
    (name) => {
      for (const { state, actor, now, kind } of cases.filter((c) => c.name === name)) {
        const opening = openingProblem(state, kind, actor, now);
        const problems = BODIES[kind].map((body) =>
          decisionProblem(
            state,
            { kind, decision: { ...body, ...decisionPresets(state, kind), actor } } as Decision,
            now,
          ),
        );
        const where = `${kind} by ${actor.userId} at ${now === NOW ? 'now' : 'the lapse'}`;
        if (opening === null) expect([where, problems.some((p) => p === null)]).toEqual([where, true]);
        else {
          expect([where, problems.every((p) => p !== null)]).toEqual([where, true]);
          // A body its own checks pass is refused with this very reason (only the level an acceptance
          // is signed at changes who may sign it).
          if (kind !== 'acceptance')
            expect([where, problems]).toEqual([where, expect.arrayContaining([opening])]);
        }
      }
    },
  );

  it('opens exactly what each party may do in a rectifying case, and says why not', () => {
    const state = STATES['extension requested']!;
    const open = (actor: (typeof ACTORS)[number]) =>
      (Object.keys(BODIES) as DecisionKind[]).filter(
        (kind) => openingProblem(state, kind, actor, NOW) === null,
      );
    expect(open(officer())).toEqual(['reinspection']);
    expect(open(supervisor())).toEqual(['extension_decision', 'urging']);
    expect(open(supervisor('320600'))).toEqual([]);
    expect(open(governmentApprover())).toEqual([]);
    expect(openingProblem(state, 'extension_request', officer(), NOW)).toMatch(/one application is allowed/);
    expect(openingProblem(state, 'reinspection', officer('environment_bureau'), NOW)).toMatch(
      /does not own the energy dimension/,
    );
    expect(openingProblem(rectifying(), 'extension_request', officer(), lapsed)).toMatch(
      /must be asked for before it/,
    );
  });

  it('opens the acceptance at the level that comes next, to that level’s region only', () => {
    const county = STATES['awaiting the county acceptance']!;
    const city = STATES['awaiting the city acceptance']!;
    expect(decisionPresets(county, 'acceptance')).toEqual({ level: 'county' });
    expect(decisionPresets(city, 'acceptance')).toEqual({ level: 'city' });
    expect(decisionPresets(county, 'urging')).toEqual({});
    expect(openingProblem(county, 'acceptance', inspector('320508'), NOW)).toBeNull();
    expect(openingProblem(county, 'acceptance', inspector('320500'), NOW)).toMatch(/signed in region 320508/);
    expect(openingProblem(city, 'acceptance', inspector('320500'), NOW)).toBeNull();
    expect(openingProblem(city, 'acceptance', inspector('320508'), NOW)).toMatch(
      /no jurisdiction|signed in region 320500/,
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
