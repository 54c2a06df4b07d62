import fc from 'fast-check';
import { authorityProblem } from '../../domain/authority';
import type { Actor } from '../../domain/decisions';
import type { Department, Role } from '../../domain/enums';
import { FindingSchema, type Finding, type FindingInput } from '../../domain/finding';
import { NATIONAL, currentVersionOf, policyOf } from '../../domain/policy';
import {
  TIP_CATEGORIES,
  receivedTip,
  tipCategoryOf,
  triageProblem,
  triageShapeProblem,
  verificationShapeProblem,
  verificationDeadline,
  verificationProblem,
  type TipState,
  type TipTriage,
  type TipVerification,
} from '../../domain/tip';
import {
  TipInputSchema,
  TipSchema,
  TipTriageSchema,
  TipVerificationSchema,
  triageJsonSchema,
} from '../../domain/tip-schemas';
import { officer, supervisor } from '../helpers/actors';
import { creditCode } from '../kit/findings';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

const aTip = {
  enterpriseName: '某某钢铁有限公司',
  regionCode: '320508',
  dimension: 'energy',
  description: '1号高炉能耗超过限额标准，仍在生产',
  anonymous: false,
  reporter: { name: '张三', contact: '13800000000' },
} as const;

const aFindingInput = (overrides: Partial<FindingInput> = {}): FindingInput => ({
  department: 'industry_it',
  documentNumber: '姑工信〔2024〕7号',
  enterprise: { name: '某某钢铁有限公司', creditCode: creditCode('320508', 1), regionCode: '320508' },
  industry: 'steel',
  dimension: 'energy',
  capacity: { equipment: '1号450m³高炉', value: 60, unit: '万吨/年' },
  legalBasis: { law: '中华人民共和国节约能源法' },
  findingDate: '2024-09-20',
  source: 'tip',
  ...overrides,
});
const aFinding = (overrides: Partial<FindingInput> = {}): Finding =>
  FindingSchema.parse(aFindingInput(overrides));

function tipState(overrides: Partial<TipState> = {}): TipState {
  return {
    ...receivedTip(
      TipInputSchema.parse({
        tipId: 'T-1',
        receiptNumber: 'JB-2024-0001',
        receivedAt: '2024-09-01T02:00:00Z',
        policyVersion: CURRENT_POLICY_VERSION,
        tip: aTip,
      }),
    ),
    ...overrides,
  };
}

const triaged = (department: Department = 'industry_it', overrides: Partial<TipState> = {}): TipState =>
  tipState({
    status: 'verifying',
    triage: {
      by: supervisor(),
      at: '2024-09-01T02:00:00.000Z',
      reason: 'energy: the bureau owns it',
      evidence: [],
      sequence: 2,
      department,
      dimension: department === 'market_regulation' ? 'quality' : 'energy',
    },
    verificationDue: verificationDeadline('2024-09-01T02:00:00.000Z', {
      policyVersion: CURRENT_POLICY_VERSION,
    }),
    ...overrides,
  });

const triage = (overrides: Partial<TipTriage> = {}): TipTriage => ({
  actor: supervisor(),
  reason: 'energy consumption: industry and IT',
  department: 'industry_it',
  dimension: 'energy',
  ...overrides,
});

const verification = (overrides: Partial<TipVerification> = {}): TipVerification => ({
  actor: officer(),
  reason: 'on-site check confirmed the furnace exceeds the limit',
  evidence: [{ reference: '核查笔录 2024-09-20' }],
  result: 'verified',
  finding: aFinding(),
  ...overrides,
});

describe('filing a tip', () => {
  it('keeps no reporter on an anonymous tip, even when one is sent', () => {
    const tip = TipSchema.parse({ ...aTip, anonymous: true });
    expect(tip).not.toHaveProperty('reporter');
    expect(tip).toMatchObject({ enterpriseName: aTip.enterpriseName, anonymous: true });
  });

  it('keeps the reporter of a named tip, and requires one', () => {
    expect(TipSchema.parse(aTip).reporter).toEqual(aTip.reporter);
    const result = TipSchema.safeParse({ ...aTip, reporter: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['reporter'] });
  });

  it('accepts a tip that names neither dimension nor credit code, and checks them when given', () => {
    const vague = { ...aTip, dimension: undefined, anonymous: true, reporter: undefined };
    expect(TipSchema.safeParse(vague).success).toBe(true);
    expect(TipSchema.safeParse({ ...aTip, creditCode: creditCode('320508', 1) }).success).toBe(true);
    expect(TipSchema.safeParse({ ...aTip, creditCode: '91320508000000001X' }).success).toBe(false);
    expect(TipSchema.safeParse({ ...aTip, regionCode: '999999' }).success).toBe(false);
    expect(TipSchema.safeParse({ ...aTip, dimension: 'noise' }).success).toBe(false);
  });

  it('starts received, with no reporter in its state when anonymous', () => {
    const state = receivedTip({
      tipId: 'T-2',
      receiptNumber: 'JB-2',
      receivedAt: '2024-09-01T02:00:00Z',
      policyVersion: CURRENT_POLICY_VERSION,
      // as a careless caller might send it, past the schema
      tip: { ...aTip, anonymous: true },
    });
    expect(state.status).toBe('received');
    expect(state.tip).not.toHaveProperty('reporter');
    expect(JSON.stringify(state)).not.toContain('张三');
  });
});

describe('who may act on a tip', () => {
  const facts = (department: Department = 'industry_it') => ({
    regionCode: '320508',
    policyVersion: CURRENT_POLICY_VERSION,
    department,
    dimension: 'energy' as const,
  });

  it.each([
    ['a city supervisor over a county tip', supervisor('320500'), null],
    ['a province supervisor', supervisor('320000'), null],
    ['the county supervisor', supervisor('320508'), null],
    ['a supervisor of another county', supervisor('320506'), 'region 320506 has no jurisdiction'],
    ['a supervisor of another city', supervisor('320600'), 'region 320600 has no jurisdiction'],
    ['a department officer', officer(), 'made by a supervisor, not a department officer'],
  ])('triage by %s', (_who, actor, problem) => {
    const found = authorityProblem(actor, 'tip_triage', facts());
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['an officer of the assigned department', officer('industry_it'), null],
    ['a city officer of the assigned department', officer('industry_it', '320500'), null],
    [
      'an officer of another owner of the dimension',
      officer('development_reform'),
      'assigned to industry_it',
    ],
    ['an officer of another county', officer('industry_it', '320506'), 'region 320506 has no jurisdiction'],
    ['an officer acting for no department', officer(null), 'must act for a department'],
    ['a supervisor', supervisor(), 'made by a department officer, not a supervisor'],
  ])('verification by %s', (_who, actor, problem) => {
    const found = authorityProblem(actor, 'tip_verification', facts());
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('lets a triage through exactly when a supervisor’s region covers the tip’s (property)', () => {
    const regions = fc.constantFrom('320000', '320500', '320508', '320506', '320600', '330000', '330100');
    const roles = fc.constantFrom<Role>('supervisor', 'department_officer', 'government_approver', 'auditor');
    fc.assert(
      fc.property(roles, regions, regions, (role, actorRegion, tipRegion) => {
        const actor: Actor = { userId: 'u', role, regionCode: actorRegion, department: null };
        const problem = authorityProblem(actor, 'tip_triage', {
          regionCode: tipRegion,
          policyVersion: CURRENT_POLICY_VERSION,
        });
        const prefix = actorRegion.endsWith('0000')
          ? actorRegion.slice(0, 2)
          : actorRegion.endsWith('00')
            ? actorRegion.slice(0, 4)
            : actorRegion;
        expect(problem === null).toBe(role === 'supervisor' && tipRegion.startsWith(prefix));
      }),
    );
  });
});

describe('triaging a tip', () => {
  it('assigns a received tip to a department that owns the dimension', () => {
    expect(triageProblem(tipState(), triage())).toBeNull();
    expect(triageProblem(tipState(), triage({ department: 'development_reform' }))).toBeNull();
  });

  it('refuses a department that does not own the dimension', () => {
    expect(triageProblem(tipState(), triage({ department: 'market_regulation' }))).toBe(
      'market_regulation does not own the energy dimension (owners: industry_it, development_reform)',
    );
    const parsed = TipTriageSchema.safeParse(triage({ department: 'market_regulation' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['department'] });
  });

  it('asks the tip’s own policy profile: 迪庆州’s environment bureau shares energy, the national default’s does not', () => {
    // 迪政办发〔2019〕41号 三（一）: 能耗方面（州工业和信息化局、州发展和改革委、州生态环境局按职责分工负责）
    expect(TipTriageSchema.safeParse(triage({ department: 'environment_bureau' })).success).toBe(true);
    expect(triageProblem(tipState(), triage({ department: 'environment_bureau' }))).toContain(
      'environment_bureau does not own the energy dimension',
    );
    const diqing = { ...tipState(), policyProfile: 'diqing', policyVersion: '2019.1' };
    expect(
      triageProblem(
        { ...diqing, tip: { ...diqing.tip, regionCode: '533401' } },
        triage({ department: 'environment_bureau', actor: { ...triage().actor, regionCode: '533400' } }),
      ),
    ).toBeNull();
  });

  it('refuses a second triage', () => {
    expect(triageProblem(triaged(), triage())).toContain('already triaged');
  });

  it('checks authority before the assignment', () => {
    expect(triageProblem(tipState(), triage({ actor: officer() }))).toContain('made by a supervisor');
  });
});

describe('verifying a tip', () => {
  it('waits for triage', () => {
    expect(verificationProblem(tipState(), verification())).toBe(
      'the tip has not been triaged yet; it is verified after triage',
    );
  });

  it('accepts a verified tip with its finding, and an unfounded one with none', () => {
    expect(verificationProblem(triaged(), verification())).toBeNull();
    expect(
      verificationProblem(triaged(), verification({ result: 'unfounded', finding: undefined })),
    ).toBeNull();
  });

  it('refuses a verification once the tip is verified or closed', () => {
    expect(verificationProblem(triaged('industry_it', { status: 'verified' }), verification())).toContain(
      'already verified',
    );
    expect(verificationProblem(triaged('industry_it', { status: 'closed' }), verification())).toContain(
      'already verified',
    );
  });

  it.each<[string, Partial<TipVerification>, string]>([
    ['a verified tip without a finding', { finding: undefined }, 'needs the finding it becomes'],
    ['an unfounded tip with a finding', { result: 'unfounded' }, 'an unfounded tip makes no finding'],
    ['no evidence', { evidence: [] }, 'at least one piece of evidence'],
    [
      'a finding of another department',
      { finding: aFinding({ department: 'development_reform' }) },
      "the finding must be the assigned department's (industry_it), not development_reform's",
    ],
    [
      'a finding not sourced from the tip',
      { finding: aFinding({ source: 'routine_inspection' }) },
      'has source tip, not routine_inspection',
    ],
    [
      'a finding of a dimension the department does not own',
      { finding: { ...aFinding(), dimension: 'quality' } },
      'industry_it does not own the quality dimension',
    ],
    [
      'an enterprise outside the officer’s jurisdiction',
      {
        finding: aFinding({
          enterprise: { name: '别处企业', creditCode: creditCode('320506', 1), regionCode: '320506' },
        }),
      },
      'region 320508 has no jurisdiction over an enterprise in region 320506',
    ],
    [
      'a malformed credit code that bypassed the API',
      {
        finding: {
          ...aFinding(),
          enterprise: { name: 'x', creditCode: '91320508000000001X', regionCode: '320508' },
        },
      },
      'check character',
    ],
  ])('refuses %s', (_what, overrides, problem) => {
    expect(verificationProblem(triaged(), verification(overrides))).toContain(problem);
  });

  it('accepts a technology finding from the department the energy tip went to, where it owns both', () => {
    const finding = aFinding({ dimension: 'technology' });
    expect(verificationProblem(triaged(), verification({ finding }))).toBeNull();
  });

  it('requires the rectification period where the department sets it, and only there', () => {
    const safety = triaged('emergency_management', {
      triage: { ...triaged().triage!, department: 'emergency_management', dimension: 'safety' },
    });
    const safetyFinding = (months?: number) => ({
      ...aFinding(),
      department: 'emergency_management' as const,
      dimension: 'safety' as const,
      ...(months ? { rectificationMonths: months } : {}),
    });
    const by = officer('emergency_management');
    expect(verificationProblem(safety, verification({ actor: by, finding: safetyFinding(3) }))).toBeNull();
    expect(verificationProblem(safety, verification({ actor: by, finding: safetyFinding() }))).toContain(
      'states its rectification period',
    );
    expect(
      verificationProblem(triaged(), verification({ finding: { ...aFinding(), rectificationMonths: 3 } })),
    ).toContain('states no rectification period');
  });

  it('parses a verification as the API would: no finding when unfounded, evidence required; the category asks for the finding of a verified tip', () => {
    const body = { ...verification(), finding: aFindingInput() };
    expect(TipVerificationSchema.safeParse(body).success).toBe(true);
    // A verified swap tip may come without a finding: the schema lets it through, the category decides.
    expect(TipVerificationSchema.safeParse({ ...body, finding: undefined }).success).toBe(true);
    expect(verificationShapeProblem('backward_capacity', { result: 'verified' })).toEqual({
      field: 'finding',
      message: 'a verified tip needs the finding it becomes: it is about backward capacity',
    });
    expect(verificationShapeProblem('illegal_capacity_swap', { result: 'verified' })).toBeNull();
    expect(TipVerificationSchema.safeParse({ ...body, result: 'unfounded' }).success).toBe(false);
    expect(TipVerificationSchema.safeParse({ ...body, evidence: [] }).success).toBe(false);
  });
});

describe('tips about illegal capacity swaps (产能违规置换)', () => {
  // 迪政办发〔2019〕41号 五（四） and 云应急〔2019〕… 四（四）: the tip channel takes "落后产能和产能违规置换"
  // tips; only backward capacity is routed by the five standards (000 五（四）), so a swap tip goes to the
  // department that owns capacity swaps under the tip's policy (rules.capacitySwapOwners).
  const swapTip = () =>
    tipState({ tip: TipSchema.parse({ ...aTip, category: 'illegal_capacity_swap', dimension: undefined }) });
  const swapTriage = (overrides: Partial<TipTriage> = {}): TipTriage => {
    const swap = triage({ reason: '违规置换：交工信局核查', ...overrides });
    delete swap.dimension;
    return swap;
  };
  const triagedSwap = (department: Department = 'industry_it'): TipState => {
    const triage = { ...triaged().triage!, department };
    delete triage.dimension;
    return { ...swapTip(), status: 'verifying', triage };
  };

  it('names the two categories in Chinese, and reads a tip without one as backward capacity', () => {
    expect(TIP_CATEGORIES).toEqual({ backward_capacity: '落后产能', illegal_capacity_swap: '产能违规置换' });
    expect(tipCategoryOf(TipSchema.parse(aTip))).toBe('backward_capacity');
    expect(tipCategoryOf(swapTip().tip)).toBe('illegal_capacity_swap');
    expect(TipSchema.safeParse({ ...aTip, category: 'pollution' }).success).toBe(false);
  });

  it('refuses a swap tip that names a dimension: a swap is not one of the five standards', () => {
    const parsed = TipSchema.safeParse({ ...aTip, category: 'illegal_capacity_swap' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['dimension'] });
  });

  it('triages a swap tip to a department that owns capacity swaps under the tip’s policy, without a dimension', () => {
    expect(policyOf(swapTip()).rules.capacitySwapOwners).toEqual(['industry_it', 'development_reform']);
    expect(triageProblem(swapTip(), swapTriage())).toBeNull();
    expect(triageProblem(swapTip(), swapTriage({ department: 'development_reform' }))).toBeNull();
    expect(triageProblem(swapTip(), swapTriage({ department: 'energy_bureau' }))).toBe(
      'energy_bureau does not own capacity swaps (owners: industry_it, development_reform)',
    );
    expect(triageProblem(swapTip(), triage())).toContain('without a dimension');
  });

  it('still triages a backward-capacity tip with its dimension', () => {
    expect(triageShapeProblem('backward_capacity', swapTriage())).toEqual({
      field: 'dimension',
      message: 'a tip about backward capacity is triaged with its dimension',
    });
    expect(triageProblem(tipState(), swapTriage())).toBe(
      'a tip about backward capacity is triaged with its dimension',
    );
    expect(triageShapeProblem('illegal_capacity_swap', triage())?.field).toBe('dimension');
  });

  it('refuses at the boundary a department that owns capacity swaps under no profile, naming the department', () => {
    const parsed = TipTriageSchema.safeParse(swapTriage({ department: 'environment_bureau' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['department'] });
    expect(parsed.error?.issues[0]?.message).toContain('owns capacity swaps under no policy profile');
    expect(TipTriageSchema.safeParse(swapTriage()).success).toBe(true);
    // The OpenAPI alternative without a dimension lists exactly the capacity-swap owners.
    expect(triageJsonSchema().anyOf.at(-1)).toEqual({
      not: { required: ['dimension'] },
      properties: { department: { enum: ['industry_it', 'development_reform'] } },
    });
  });

  it('lets the assigned swap owner verify it: founded without a finding, founded with one in a dimension it owns, or unfounded', () => {
    const state = triagedSwap();
    expect(verificationProblem(state, verification({ finding: undefined }))).toBeNull();
    expect(verificationProblem(state, verification())).toBeNull();
    expect(
      verificationProblem(state, verification({ finding: aFinding({ dimension: 'technology' }) })),
    ).toBeNull();
    expect(verificationProblem(state, verification({ result: 'unfounded', finding: undefined }))).toBeNull();
    expect(
      verificationProblem(state, verification({ finding: { ...aFinding(), dimension: 'quality' } })),
    ).toBe('industry_it does not own the quality dimension (owners: market_regulation)');
    expect(verificationProblem(state, verification({ actor: officer('development_reform') }))).toBe(
      'the tip was assigned to industry_it, not development_reform',
    );
  });

  it('asks the authority rule for the capacity-swap owner when the tip has no dimension', () => {
    const facts = {
      regionCode: '320508',
      policyVersion: CURRENT_POLICY_VERSION,
      department: 'industry_it' as const,
    };
    expect(authorityProblem(officer(), 'tip_verification', { ...facts, capacitySwap: true })).toBeNull();
    expect(
      authorityProblem(officer('environment_bureau'), 'tip_verification', {
        ...facts,
        department: 'environment_bureau',
        capacitySwap: true,
      }),
    ).toBe('environment_bureau does not own capacity swaps (owners: industry_it, development_reform)');
    // Without the swap flag, a tip with no dimension gives no department authority to verify it.
    expect(authorityProblem(officer(), 'tip_verification', facts)).toContain('does not own');
  });
});

describe('the verification deadline', () => {
  it.each([
    // triaged at (UTC), counted from (CST date), nominal last day, last day, lapses at
    // 1 October 2024 is National Day (1–7 October): the period ends on Tuesday 8 October.
    ['2024-09-01T02:00:00Z', '2024-09-01', '2024-10-01', '2024-10-08', '2024-10-08T16:00:00.000Z'],
    // 00:30 CST on 1 September is still 31 August in UTC: the China date counts.
    ['2024-08-31T16:30:00Z', '2024-09-01', '2024-10-01', '2024-10-08', '2024-10-08T16:00:00.000Z'],
    ['2024-08-31T15:30:00Z', '2024-08-31', '2024-09-30', '2024-09-30', '2024-09-30T16:00:00.000Z'],
    // Sunday 14 April 2024 gives way to Monday 15 April.
    ['2024-03-15T02:00:00Z', '2024-03-15', '2024-04-14', '2024-04-15', '2024-04-15T16:00:00.000Z'],
  ])(
    'triaged at %s: counted from %s, nominally %s, ends %s, lapses %s',
    (at, from, nominal, last, lapses) => {
      const due = verificationDeadline(at, { policyVersion: CURRENT_POLICY_VERSION });
      expect(due.inputs).toMatchObject({ from, days: 30 });
      expect(due.nominalLastDay).toBe(nominal);
      expect(due.lastDay).toBe(last);
      expect(due.lapsesAt).toBe(lapses);
    },
  );

  it('does not shut the verification out once it has lapsed: an overdue tip is still verified, late', () => {
    const state = triaged();
    const overdue = triaged('industry_it', {
      verificationOverdueAt: state.verificationDue!.lapsesAt,
      timers: [],
    });
    expect(verificationProblem(overdue, verification())).toBeNull();
    expect(
      verificationProblem(overdue, verification({ result: 'unfounded', finding: undefined })),
    ).toBeNull();
  });
});
