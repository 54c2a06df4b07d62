import fc from 'fast-check';
import {
  CAPABILITIES,
  canSeeCase,
  canSeeTip,
  capabilityProblem,
  caseScope,
  may,
  taskScope,
  tipScope,
  type Capability,
  type Viewer,
} from '../../domain/authority';
import { ROLES, codesOf, type Department, type Dimension, type Role } from '../../domain/enums';
import { NATIONAL, currentVersionOf } from '../../domain/policy';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

const viewer = (roles: Role[], regionCode = '320500', department: Department | null = null): Viewer => ({
  roles,
  regionCode,
  department,
});
const energyCase = (regionCode = '320508', dimension: Dimension = 'energy') => ({
  regionCode,
  dimension,
  policyVersion: CURRENT_POLICY_VERSION,
});

describe('who may do what', () => {
  // Written out from DOMAIN.md and the README's endpoint table, not read from the code.
  it.each<[Capability, Role[]]>([
    ['file_finding', ['department_officer']],
    ['extension_request', ['department_officer']],
    ['extension_decision', ['supervisor']],
    ['reinspection', ['department_officer']],
    ['government_decision', ['government_approver']],
    ['exit_evidence', ['department_officer']],
    ['acceptance', ['acceptance_inspector']],
    ['urging', ['supervisor']],
    ['read_audit', ['auditor', 'supervisor', 'administrator']],
    ['read_statistics', ['supervisor', 'government_approver', 'auditor', 'administrator']],
    ['read_radar', ['supervisor', 'administrator']],
    ['publish_list_snapshot', ['supervisor', 'administrator']],
    ['read_tips', ['supervisor', 'department_officer', 'auditor', 'administrator']],
    ['tip_triage', ['supervisor']],
    ['tip_verification', ['department_officer']],
    ['open_year', ['supervisor', 'administrator']],
    ['milestone_submission', ['supervisor', 'department_officer']],
    ['milestone_review', ['supervisor']],
    ['draft_announcement', ['supervisor']],
    ['decide_announcement', ['supervisor']],
    ['supervise', ['supervisor']],
    ['notify_member_units', ['supervisor']],
    ['consent_late_census', ['government_approver']],
  ])('%s is held by exactly %j', (capability, holders) => {
    for (const role of codesOf(ROLES))
      expect([role, may({ roles: [role] }, capability)]).toEqual([role, holders.includes(role)]);
  });

  it('names every capability in the table above', () => {
    expect(Object.keys(CAPABILITIES)).toHaveLength(24);
  });

  it('refuses with a sentence naming the roles that may', () => {
    expect(capabilityProblem(viewer(['government_approver']), 'read_audit')).toBe(
      'the audit trail is read by auditors, supervisors and administrators',
    );
    expect(capabilityProblem(viewer(['auditor']), 'urging')).toBe('an urging is made by a supervisor');
    expect(capabilityProblem(viewer(['supervisor']), 'acceptance')).toBe(
      'an acceptance is made by an acceptance inspector',
    );
    expect(capabilityProblem(viewer(['auditor', 'supervisor']), 'urging')).toBeNull();
  });
});

describe('what each caller sees', () => {
  it('shows a case inside the jurisdiction to every role but a department officer of another dimension', () => {
    expect(canSeeCase(viewer(['auditor'], '320000'), energyCase())).toBe(true);
    expect(canSeeCase(viewer(['auditor'], '320506'), energyCase())).toBe(false);
    expect(canSeeCase(viewer(['department_officer'], '320500', 'industry_it'), energyCase())).toBe(true);
    expect(canSeeCase(viewer(['department_officer'], '320500', 'environment_bureau'), energyCase())).toBe(
      false,
    );
    expect(canSeeCase(viewer(['department_officer'], '320500', null), energyCase())).toBe(false);
    // A second role lifts the department limit.
    expect(
      canSeeCase(viewer(['department_officer', 'auditor'], '320500', 'environment_bureau'), energyCase()),
    ).toBe(true);
  });

  it('gives the search the same cases as the single-case check (property)', () => {
    const regions = fc.constantFrom('320000', '320500', '320508', '320506', '330100');
    const roles = fc.subarray(codesOf(ROLES), { minLength: 1 });
    const departments = fc.constantFrom<Department | null>(
      null,
      'industry_it',
      'environment_bureau',
      'market_regulation',
    );
    const dimensions = fc.constantFrom<Dimension>('energy', 'environment', 'quality', 'safety', 'technology');
    fc.assert(
      fc.property(
        roles,
        regions,
        departments,
        regions,
        dimensions,
        (r, region, department, caseRegion, dimension) => {
          const who = viewer(r, region, department);
          const scope = caseScope(who);
          const bySql =
            caseRegion.startsWith(scope.regionPrefix) &&
            (scope.owned === null ||
              scope.owned.some(
                (o) =>
                  o.policyProfile === NATIONAL &&
                  o.policyVersion === CURRENT_POLICY_VERSION &&
                  o.dimension === dimension,
              ));
          expect(canSeeCase(who, energyCase(caseRegion, dimension))).toBe(bySql);
        },
      ),
    );
  });

  it('limits a department officer’s tips to those triaged to their department', () => {
    const tip = { regionCode: '320508', department: 'industry_it' };
    expect(canSeeTip(viewer(['department_officer'], '320500', 'industry_it'), tip)).toBe(true);
    expect(canSeeTip(viewer(['department_officer'], '320500', 'environment_bureau'), tip)).toBe(false);
    expect(
      canSeeTip(viewer(['department_officer'], '320500', 'industry_it'), { ...tip, department: null }),
    ).toBe(false);
    expect(canSeeTip(viewer(['supervisor'], '320500'), { ...tip, department: null })).toBe(true);
    expect(canSeeTip(viewer(['supervisor'], '320506'), tip)).toBe(false);
    expect(tipScope(viewer(['department_officer'], '320500', 'industry_it'))).toEqual({
      regionPrefix: '3205',
      department: { only: 'industry_it' },
    });
    expect(tipScope(viewer(['auditor'], '320000')).department).toBeNull();
  });

  it('gives the inbox the caller’s roles, region prefix and department', () => {
    expect(taskScope(viewer(['supervisor', 'auditor'], '320000'))).toEqual({
      roles: ['supervisor', 'auditor'],
      regionPrefix: '32',
      department: null,
    });
  });
});
