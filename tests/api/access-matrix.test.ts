/**
 * The full role × jurisdiction × endpoint matrix, generated: every secured endpoint is called by
 * every role, from the case's own county, its city, its province, a neighbouring county and another
 * city, and for department officers by the owning and a non-owning department. The expected answer
 * comes from the rules as the issue states them, written out here independently of the code:
 * outside the jurisdiction (or another department's dimension) a case is 404; inside it, a role
 * that may not act is 403; a role that may act gets past authorisation (2xx, or 409 when the case's
 * state refuses the decision). Every answer must also match the OpenAPI document.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { ROLES, codesOf, type Department, type Role } from '../../domain/enums';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { censusCsv, censusRow } from '../kit/census';
import { aFinding, creditCode } from '../kit/findings';
import { bearer } from '../kit/tokens';
import { OpenApiContract } from '../helpers/openapi';

let api: ApiHarness;
let contract: OpenApiContract;
let caseId: string;
let tipId: string;

const CASE_REGION = '320508'; // Suzhou, Gusu district
const JURISDICTIONS = {
  county: '320508',
  city: '320500',
  province: '320000',
  neighbourCounty: '320506',
  otherCity: '320300',
} as const;
const covers = (region: string) => CASE_REGION.startsWith(region.replace(/(00)+$/, ''));
/** The bureau's year of the case's county, opened before the matrix runs. */
const YEAR = Number(
  new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()),
);
const yearId = () => `YR-${CASE_REGION}-${YEAR}`;

/** Energy is owned by industry & IT (and development & reform); the environment bureau owns none of it. */
const OWNING: Department = 'industry_it';
const NOT_OWNING: Department = 'environment_bureau';

const principals: Principal[] = codesOf(ROLES).flatMap((role) =>
  Object.entries(JURISDICTIONS).flatMap(([where, regionCode]) =>
    (role === 'department_officer' ? [OWNING, NOT_OWNING] : [null]).map((department) => ({
      userId: `${role}-${where}-${department ?? 'none'}`,
      roles: [role],
      regionCode,
      department,
    })),
  ),
);

const seesCase = (p: Principal) =>
  covers(p.regionCode) && (p.roles[0] !== 'department_officer' || p.department === OWNING);
const hasRole = (p: Principal, ...roles: Role[]) => roles.includes(p.roles[0]!);

type Expected = 'allowed' | 403 | 404;
interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  url: () => string;
  body?: () => object | Buffer;
  /** The body's type when it is not JSON. */
  contentType?: string;
  expected: (p: Principal) => Expected;
  /** For a batch, past authorisation: what the answer says of the case (jurisdiction is per case there). */
  forTheCase?: (p: Principal, answer: { json(): unknown }) => void;
}

const decision = (path: string, role: Role, body: () => object): Endpoint => ({
  name: `POST /v1/cases/:id/${path}`,
  method: 'POST',
  url: () => `/v1/cases/${caseId}/${path}`,
  body,
  expected: (p) => (!seesCase(p) ? 404 : hasRole(p, role) ? 'allowed' : 403),
});

const auditRead = (path: string): Endpoint => ({
  name: `GET /v1/cases/:id/${path}`,
  method: 'GET',
  url: () => `/v1/cases/${caseId}/${path}`,
  expected: (p) =>
    !seesCase(p) ? 404 : hasRole(p, 'auditor', 'supervisor', 'administrator') ? 'allowed' : 403,
});

const reason = { reason: '依据检查结果', evidence: [{ reference: '现场检查记录' }] };
const planTarget = {
  measure: 'exit',
  dimension: 'energy',
  industry: 'cement',
  enterprises: 1,
  equipment: 1,
  capacity: 10,
  unit: '万吨/年',
};

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /v1/findings',
    method: 'POST',
    url: () => '/v1/findings',
    body: () => aFinding({ findingDate: addDays(chinaDateOf(new Date()), -1) }),
    expected: (p) =>
      hasRole(p, 'department_officer') && p.department === OWNING && covers(p.regionCode) ? 'allowed' : 403,
  },
  {
    name: 'POST /v1/findings/batch',
    method: 'POST',
    url: () => '/v1/findings/batch',
    body: () => ({ findings: [aFinding()] }),
    expected: (p) => (hasRole(p, 'department_officer') ? 'allowed' : 403),
  },
  {
    name: 'GET /v1/findings/census-template.xlsx',
    method: 'GET',
    url: () => '/v1/findings/census-template.xlsx',
    expected: (p) => (hasRole(p, 'department_officer') ? 'allowed' : 403),
  },
  {
    // Reads the file and files nothing: every officer may preview it, whatever its rows hold.
    name: 'POST /v1/findings/census-preview',
    method: 'POST',
    url: () => '/v1/findings/census-preview',
    body: () => censusCsv([censusRow(aFinding({ findingDate: addDays(chinaDateOf(new Date()), -1) }))]),
    contentType: 'text/csv',
    expected: (p) => (hasRole(p, 'department_officer') ? 'allowed' : 403),
  },
  {
    // Stores next year's row (on time): every officer of the jurisdiction may import, whatever its rows hold.
    name: 'POST /v1/census/:regionCode/:year/imports',
    method: 'POST',
    url: () => `/v1/census/${CASE_REGION}/${YEAR + 1}/imports`,
    body: () => censusCsv([censusRow(aFinding())]),
    contentType: 'text/csv',
    expected: (p) => (covers(p.regionCode) && hasRole(p, 'department_officer') ? 'allowed' : 403),
  },
  {
    name: 'GET /v1/census/:regionCode/:year',
    method: 'GET',
    url: () => `/v1/census/${CASE_REGION}/${YEAR}`,
    expected: (p) => (covers(p.regionCode) ? 'allowed' : 403),
  },
  {
    // The row imported late in beforeAll: the county's government consents (then 409), the city's is refused (409).
    name: 'POST /v1/census-entries/:id/consent',
    method: 'POST',
    url: () => `/v1/census-entries/PC-${CASE_REGION}-${YEAR}-1/consent`,
    body: () => ({ outcome: 'consented', reason: '同意补报', documentNumber: '姑政函〔1〕号' }),
    expected: (p) => (!covers(p.regionCode) ? 404 : hasRole(p, 'government_approver') ? 'allowed' : 403),
  },
  {
    name: 'POST /v1/census/:regionCode/:year/filings',
    method: 'POST',
    url: () => `/v1/census/${CASE_REGION}/${YEAR + 1}/filings`,
    expected: (p) => (covers(p.regionCode) && hasRole(p, 'department_officer') ? 'allowed' : 403),
  },
  { name: 'GET /v1/cases', method: 'GET', url: () => '/v1/cases?limit=5', expected: () => 'allowed' },
  {
    name: 'GET /v1/cases/:id',
    method: 'GET',
    url: () => `/v1/cases/${caseId}`,
    expected: (p) => (seesCase(p) ? 'allowed' : 404),
  },
  {
    // Any role that sees the case may ask which decisions it may make there (the answer may be none).
    name: 'GET /v1/cases/:id/decisions',
    method: 'GET',
    url: () => `/v1/cases/${caseId}/decisions`,
    expected: (p) => (seesCase(p) ? 'allowed' : 404),
  },
  decision('extension-requests', 'department_officer', () => ({ ...reason, months: 1 })),
  decision('extension-decisions', 'supervisor', () => ({ ...reason, grant: true, months: 1 })),
  decision('reinspections', 'department_officer', () => ({ ...reason, result: 'fail' })),
  decision('government-decisions', 'government_approver', () => ({
    ...reason,
    decision: 'reject_new_deadline',
    rectificationMonths: 3,
  })),
  decision('exit-evidence', 'department_officer', () => ({ ...reason, item: 'dismantled' })),
  decision('acceptance-opinions', 'acceptance_inspector', () => ({
    ...reason,
    level: 'county',
    result: 'pass',
  })),
  decision('urgings', 'supervisor', () => reason),
  // A rectifying case has no revisit pending: an officer who may make it hears the case's refusal (409).
  decision('revisits', 'department_officer', () => ({ ...reason, result: 'still_closed' })),
  { name: 'GET /v1/tasks', method: 'GET', url: () => '/v1/tasks', expected: () => 'allowed' },
  { name: 'GET /v1/me', method: 'GET', url: () => '/v1/me', expected: () => 'allowed' },
  auditRead('timeline'),
  auditRead('history'),
  auditRead('audit-check'),
  {
    name: 'GET /v1/statistics/exits',
    method: 'GET',
    url: () => `/v1/statistics/exits?year=${new Date().getUTCFullYear()}`,
    expected: (p) =>
      hasRole(p, 'supervisor', 'government_approver', 'auditor', 'administrator') ? 'allowed' : 403,
  },
  {
    // Asked for the case's county: a caller whose jurisdiction does not cover it is refused (403).
    name: 'GET /v1/cases/radar',
    method: 'GET',
    url: () => `/v1/cases/radar?region=${CASE_REGION}`,
    expected: (p) => (hasRole(p, 'supervisor', 'administrator') && covers(p.regionCode) ? 'allowed' : 403),
  },
  {
    name: 'GET /v1/cases/radar/export',
    method: 'GET',
    url: () => `/v1/cases/radar/export?region=${CASE_REGION}`,
    expected: (p) => (hasRole(p, 'supervisor', 'administrator') && covers(p.regionCode) ? 'allowed' : 403),
  },
  {
    // Supervisors only; the case outside a supervisor's jurisdiction is refused in the result as missing.
    name: 'POST /v1/urgings/batch',
    method: 'POST',
    url: () => '/v1/urgings/batch',
    body: () => ({ caseIds: [caseId], ...reason }),
    expected: (p) => (hasRole(p, 'supervisor') ? 'allowed' : 403),
    forTheCase: (p, answer) => {
      const [result] = (
        answer.json() as { results: { result: string; problem: { status: number } | null }[] }
      ).results;
      if (!seesCase(p)) expect(result).toMatchObject({ result: 'refused', problem: { status: 404 } });
      // Urged, or refused by the case for its state as the single urging would be (409).
      else if (result!.result !== 'urged')
        expect(result).toMatchObject({ result: 'refused', problem: { status: 409 } });
    },
  },
  {
    name: 'GET /v1/tips',
    method: 'GET',
    url: () => '/v1/tips',
    expected: (p) =>
      hasRole(p, 'supervisor', 'auditor', 'administrator', 'department_officer') ? 'allowed' : 403,
  },
  {
    // The tip was triaged to the owning department: another department's officer reads it as absent.
    name: 'GET /v1/tips/:id/record',
    method: 'GET',
    url: () => `/v1/tips/${tipId}/record`,
    expected: (p) =>
      !covers(p.regionCode)
        ? 404
        : hasRole(p, 'supervisor', 'auditor', 'administrator')
          ? 'allowed'
          : hasRole(p, 'department_officer')
            ? p.department === OWNING
              ? 'allowed'
              : 404
            : 403,
  },
  {
    name: 'POST /v1/tips/:id/triage',
    method: 'POST',
    url: () => `/v1/tips/${tipId}/triage`,
    body: () => ({ reason: '按职责分办', department: OWNING, dimension: 'energy' }),
    expected: (p) => (!covers(p.regionCode) ? 404 : hasRole(p, 'supervisor') ? 'allowed' : 403),
  },
  {
    name: 'POST /v1/tips/:id/verification',
    method: 'POST',
    url: () => `/v1/tips/${tipId}/verification`,
    body: () => ({ ...reason, result: 'unfounded' }),
    expected: (p) => (!covers(p.regionCode) ? 404 : hasRole(p, 'department_officer') ? 'allowed' : 403),
  },
  {
    // Opening the year again answers the same year (200): past authorisation for every office that covers it.
    name: 'POST /v1/years',
    method: 'POST',
    url: () => '/v1/years',
    body: () => ({ regionCode: CASE_REGION, year: YEAR }),
    expected: (p) => (hasRole(p, 'supervisor', 'administrator') && covers(p.regionCode) ? 'allowed' : 403),
  },
  {
    name: 'GET /v1/years',
    method: 'GET',
    url: () => '/v1/years',
    expected: () => 'allowed',
  },
  {
    name: 'GET /v1/years/:id',
    method: 'GET',
    url: () => `/v1/years/${yearId()}`,
    expected: (p) => (covers(p.regionCode) ? 'allowed' : 404),
  },
  {
    // The county's office submits (then 409: already submitted); an officer or another office: 409 by the year.
    name: 'POST /v1/years/:id/milestones/:kind/submissions',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/milestones/summary/submissions`,
    body: () => ({ note: '年度工作总结', evidence: [{ reference: '总结.pdf' }] }),
    expected: (p) =>
      !covers(p.regionCode) ? 404 : hasRole(p, 'supervisor', 'department_officer') ? 'allowed' : 403,
  },
  {
    name: 'POST /v1/years/:id/milestones/:kind/reviews',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/milestones/summary/reviews`,
    body: () => ({ outcome: 'returned', reason: '请补充' }),
    expected: (p) => (!covers(p.regionCode) ? 404 : hasRole(p, 'supervisor') ? 'allowed' : 403),
  },
  {
    // The county's office submits the plan (then 409: already submitted); an officer or another office: 409.
    name: 'POST /v1/years/:id/milestones/work_plan/submissions',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/milestones/work_plan/submissions`,
    body: () => ({ note: '工作方案', evidence: [{ reference: '方案.pdf' }], targets: [planTarget] }),
    expected: (p) =>
      !covers(p.regionCode) ? 404 : hasRole(p, 'supervisor', 'department_officer') ? 'allowed' : 403,
  },
  {
    // No plan is approved yet: past authorisation, the year refuses the amendment (409).
    name: 'POST /v1/years/:id/plan/amendments',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/plan/amendments`,
    body: () => ({
      targets: [planTarget],
      reason: '修订',
      evidence: [{ reference: '方案.pdf' }],
    }),
    expected: (p) =>
      !covers(p.regionCode) ? 404 : hasRole(p, 'supervisor', 'department_officer') ? 'allowed' : 403,
  },
  {
    // The plan has no version 9: a supervisor gets past authorisation to the 404 of the missing version.
    name: 'POST /v1/years/:id/plan/versions/:version/reviews',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/plan/versions/9/reviews`,
    body: () => ({ outcome: 'accepted', reason: '同意' }),
    expected: (p) => (!covers(p.regionCode) || hasRole(p, 'supervisor') ? 404 : 403),
  },
  {
    // A cut-off before the year's end: past authorisation, the announcement refuses the draft (409).
    name: 'POST /v1/announcements',
    method: 'POST',
    url: () => '/v1/announcements',
    body: () => ({ regionCode: CASE_REGION, year: YEAR - 1, cutoff: `${YEAR - 1}-12-30` }),
    expected: (p) => (hasRole(p, 'supervisor') && covers(p.regionCode) ? 'allowed' : 403),
  },
  {
    name: 'GET /v1/announcements/:key',
    method: 'GET',
    url: () => `/v1/announcements/GG-${CASE_REGION}-${YEAR - 1}`,
    expected: (p) => (covers(p.regionCode) ? 'allowed' : 404),
  },
  {
    // No version is drawn up in this suite: every reader meets the 404 of the missing version or region.
    name: 'GET /v1/announcements/:key/versions/:version',
    method: 'GET',
    url: () => `/v1/announcements/GG-${CASE_REGION}-${YEAR - 1}/versions/1`,
    expected: () => 404,
  },
  {
    name: 'POST /v1/announcements/:key/versions/:version/decisions',
    method: 'POST',
    url: () => `/v1/announcements/GG-${CASE_REGION}-${YEAR - 1}/versions/1/decisions`,
    body: () => ({ outcome: 'approved', reason: '同意' }),
    expected: (p) => (!covers(p.regionCode) || hasRole(p, 'supervisor') ? 404 : 403),
  },
  {
    // Past authorisation, the year refuses: a county has no region directly under it (409).
    name: 'POST /v1/years/:id/supervision-actions',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/supervision-actions`,
    body: () => ({
      kind: 'interview',
      regionCode: '320509',
      heldOn: `${YEAR}-01-02`,
      who: '区政府',
      reason: '滞后',
      commitments: '整改',
      followUpBy: `${YEAR}-02-02`,
    }),
    expected: (p) => (!covers(p.regionCode) ? 404 : hasRole(p, 'supervisor') ? 'allowed' : 403),
  },
  {
    // No action is recorded in this suite: a supervisor gets past authorisation to its 404.
    name: 'POST /v1/years/:id/supervision-actions/:number/follow-ups',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/supervision-actions/1/follow-ups`,
    body: () => ({ note: '已落实' }),
    expected: (p) => (!covers(p.regionCode) || hasRole(p, 'supervisor') ? 404 : 403),
  },
  {
    // The county's office issues Q1 (a quarter ended before the year opened); another office covering it is
    // refused by the year (409); past authorisation either way.
    name: 'POST /v1/years/:id/quarterly-notices',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/quarterly-notices`,
    body: () => ({ quarter: 1 }),
    expected: (p) => (!covers(p.regionCode) ? 404 : hasRole(p, 'supervisor') ? 'allowed' : 403),
  },
  {
    // Q2 is never issued in this suite: a supervisor gets past authorisation to its 404.
    name: 'POST /v1/years/:id/quarterly-notices/:quarter/receipts',
    method: 'POST',
    url: () => `/v1/years/${yearId()}/quarterly-notices/2/receipts`,
    body: () => ({ unit: 'finance', signer: '财政局', receivedOn: chinaDateOf(new Date()) }),
    expected: (p) => (!covers(p.regionCode) || hasRole(p, 'supervisor') ? 404 : 403),
  },
  {
    // No table is drawn in this suite (the county owes no report milestone): 404 for everyone.
    name: 'GET /v1/year-reports/:id',
    method: 'GET',
    url: () => `/v1/year-reports/TJ-${CASE_REGION}-${YEAR}-midyear_statistics-3`,
    expected: () => 404,
  },
  {
    name: 'GET /v1/supervision/:regionCode/:year',
    method: 'GET',
    url: () => `/v1/supervision/${CASE_REGION}/${YEAR}`,
    expected: (p) =>
      hasRole(p, 'supervisor', 'government_approver', 'auditor', 'administrator') && covers(p.regionCode)
        ? 'allowed'
        : 403,
  },
  {
    name: 'POST /v1/list-snapshots',
    method: 'POST',
    url: () => '/v1/list-snapshots',
    expected: (p) => (hasRole(p, 'supervisor', 'administrator') ? 'allowed' : 403),
  },
];

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  const filed = await fileFinding(api.app, aFinding({ findingDate: addDays(chinaDateOf(new Date()), -2) }));
  caseId = filed.json().id;
  const tip = await api.app.inject({
    method: 'POST',
    url: '/v1/tips',
    headers: { 'idempotency-key': randomUUID() },
    payload: {
      enterpriseName: '姑苏某钢铁厂',
      regionCode: CASE_REGION,
      dimension: 'energy',
      industry: 'steel',
      description: '高炉能耗超标仍在生产',
      anonymous: true,
    },
  });
  expect(tip.statusCode).toBe(201);
  const receipt = tip.json().receiptNumber as string;
  const { rows } = await api.database.pool.query<{ id: string }>(
    'select id from tips where receipt_number = $1',
    [receipt],
  );
  tipId = rows[0]!.id;
  // A census row imported after this year's census deadline (30 June), for the consent endpoint.
  const imported = await api.app.inject({
    method: 'POST',
    url: `/v1/census/${CASE_REGION}/${YEAR}/imports`,
    headers: {
      ...(await bearer({
        userId: 'census',
        roles: ['department_officer'],
        regionCode: CASE_REGION,
        department: OWNING,
      })),
      'content-type': 'text/csv',
    },
    payload: censusCsv([censusRow(aFinding())]),
  });
  expect(imported.json()).toMatchObject({ late: true, summary: { stored: 1 } });
  const supervisor: Principal = {
    userId: 'office',
    roles: ['supervisor'],
    regionCode: '320500',
    department: null,
  };
  const triaged = await api.app.inject({
    method: 'POST',
    url: `/v1/tips/${tipId}/triage`,
    headers: { ...(await bearer(supervisor)), 'idempotency-key': randomUUID() },
    payload: { reason: '按职责分办', department: OWNING, dimension: 'energy' },
  });
  expect(triaged.statusCode).toBe(200);
  const opened = await api.app.inject({
    method: 'POST',
    url: '/v1/years',
    headers: { ...(await bearer(supervisor)), 'idempotency-key': randomUUID() },
    payload: { regionCode: CASE_REGION, year: YEAR },
  });
  expect(opened.statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await api?.close();
});

it('covers every secured route of the OpenAPI document', () => {
  const secured = Object.entries(contract.document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => ((operation as { security?: unknown[] }).security ?? []).length > 0)
      .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const normalise = (name: string) => name.replace(/:\w+/g, ':id');
  expect(ENDPOINTS.map((e) => normalise(e.name)).sort()).toEqual(secured.map(normalise).sort());
});

describe.each(ENDPOINTS)('$name', (endpoint) => {
  it('answers 401 without a token, before looking at the request', async () => {
    const answer = await api.app.inject({
      method: endpoint.method,
      url: endpoint.url(),
      ...(endpoint.method === 'POST' ? { payload: { unexpected: true } } : {}),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(answer.statusCode).toBe(401);
    expect(contract.problemWith(endpoint.method, endpoint.url(), answer)).toBeNull();
  });

  it.each(principals.map((p) => [p.userId, p]))('as %s', async (_name, principal) => {
    const expected = endpoint.expected(principal);
    const answer = await api.app.inject({
      method: endpoint.method,
      url: endpoint.url(),
      ...(endpoint.body ? { payload: endpoint.body() } : {}),
      headers: {
        ...(await bearer(principal)),
        'idempotency-key': randomUUID(),
        ...(endpoint.contentType ? { 'content-type': endpoint.contentType } : {}),
      },
    });
    const outcome = answer.statusCode;
    if (expected === 'allowed') {
      // Past authorisation: done (2xx), or refused by the case or tip for its state (409), never 401/403/404.
      expect([200, 201, 409]).toContain(outcome);
      if (outcome === 200) endpoint.forTheCase?.(principal, answer);
    } else {
      expect(outcome).toBe(expected);
    }
    expect(contract.problemWith(endpoint.method, endpoint.url(), answer)).toBeNull();
  });
});

it('reads a case of another jurisdiction exactly as a missing one, for every reader', async () => {
  for (const principal of principals.filter((p) => !seesCase(p))) {
    const hidden = await api.app.inject({ url: `/v1/cases/${caseId}`, headers: await bearer(principal) });
    const missing = await api.app.inject({
      url: '/v1/cases/RC-0000000000000000',
      headers: await bearer(principal),
    });
    expect([hidden.statusCode, hidden.json().type]).toEqual([missing.statusCode, missing.json().type]);
  }
});

it('keeps another region’s cases out of every search', async () => {
  const elsewhere = aFinding({
    enterprise: { name: '南京某钢厂', creditCode: creditCode('320102', 424242), regionCode: '320102' },
  });
  const filed = await fileFinding(api.app, elsewhere);
  expect(filed.statusCode).toBe(201);
  const id = filed.json().id as string;
  for (const principal of principals.filter((p) => !p.regionCode.startsWith('3201'))) {
    if (principal.regionCode === '320000') continue; // the province sees Nanjing too
    const page = await api.app.inject({ url: '/v1/cases?limit=200', headers: await bearer(principal) });
    expect(page.statusCode).toBe(200);
    expect(page.json().items.map((c: { id: string }) => c.id)).not.toContain(id);
  }
});
