import { WorkflowNotFoundError } from '@temporalio/client';
import { count, eq } from 'drizzle-orm';
import { caseEvents, cases } from '../../db/schema';
import { addDays, chinaDateOf, periodDeadline } from '../../domain/calendar';
import { deadlineDays } from '../../domain/deadline-days';
import type { FindingInput } from '../../domain/finding';
import { caseIdFor } from '../../domain/case-id';
import { insertFiledCase } from '../../db/cases';
import { FindingSchema } from '../../domain/finding';
import { NATIONAL, currentVersionOf } from '../../domain/policy';
import { caseWorkflowId } from '../../workflows/contract';
import type { Principal } from '../../api/auth';
import { DEPARTMENTS, codesOf } from '../../domain/enums';
import { routesOf } from '../../api/app';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding, creditCode } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';
import { OpenApiContract } from '../helpers/openapi';
import { eventually } from '../kit/poll';

const CURRENT_POLICY_VERSION = currentVersionOf(NATIONAL);

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

/** Files as an officer of the body's department for the whole province, so only the body decides. */
const file = async (body: unknown) => {
  const department = (body as { department?: unknown }).department;
  const filer: Principal = {
    userId: 'provincial-officer',
    roles: ['department_officer'],
    regionCode: '320000',
    department: codesOf(DEPARTMENTS).find((code) => code === department) ?? 'industry_it',
  };
  return api.app.inject({
    method: 'POST',
    url: '/v1/findings',
    payload: body as object,
    headers: await bearer(filer),
  });
};
const provincialAuditor: Principal = {
  userId: 'auditor-32',
  roles: ['auditor'],
  regionCode: '320000',
  department: null,
};
const getCase = async (id: string) =>
  api.app.inject({ method: 'GET', url: `/v1/cases/${id}`, headers: await bearer(provincialAuditor) });

async function caseCount(): Promise<number> {
  const [row] = await api.database.db.select({ n: count() }).from(cases);
  return row!.n;
}

async function workflowExists(finding: FindingInput): Promise<boolean> {
  const id = caseWorkflowId(caseIdFor(finding.department, finding.documentNumber));
  try {
    await api.temporal.workflow.getHandle(id).describe();
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}

describe('POST /v1/findings', () => {
  it('opens a case that GET shows from PostgreSQL with the workflow’s live state', async () => {
    const findingDate = addDays(chinaDateOf(new Date()), -3);
    const finding = aFinding({ findingDate });
    const filed = await file(finding);
    expect(filed.statusCode).toBe(201);
    const body = filed.json();
    expect(body.id).toMatch(/^RC-[0-9A-Z]{16}$/);
    expect(filed.headers.location).toBe(`/v1/cases/${body.id}`);
    expect(filed.headers['x-request-id']).toBeTruthy();
    expect(body.live).toBeNull(); // the filing path waits for no workflow query
    expect(body.finding).toMatchObject({ ...finding, source: 'routine_inspection', evidence: [] });

    const shown = await eventually(
      async () => (await getCase(body.id)).json(),
      (c) => c.status === 'rectifying',
    );
    expect(shown.status).toBe('rectifying');
    expect(shown.live).toMatchObject({ status: 'rectifying', sequence: 2 });
    const deadline = periodDeadline(findingDate, 6);
    expect(shown.deadline).toEqual({ ...deadline, days: deadlineDays(deadline) });
    expect(shown.deadline.rule).toBe('civil-code-201-203');
    const description = await api.temporal.workflow.getHandle(body.workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(api.taskQueue);
  });

  it('escalates at once a finding whose six months have already run out', async () => {
    const filed = await file(aFinding({ findingDate: '2024-08-31' }));
    expect(filed.statusCode).toBe(201);
    const shown = await eventually(
      async () => (await getCase(filed.json().id)).json(),
      (c) => c.status === 'awaiting_government_decision',
    );
    expect(shown.status).toBe('awaiting_government_decision');
    expect(shown.deadline).toMatchObject({ lastDay: '2025-02-28', lapsesAt: '2025-02-28T16:00:00.000Z' });
    expect(Date.parse(shown.live.escalatedAt)).toBeGreaterThanOrEqual(Date.parse('2025-02-28T16:00:00.000Z'));
  });

  it('sends eliminated technology straight to exit, with no rectification deadline', async () => {
    const filed = await file(aFinding({ dimension: 'technology', department: 'development_reform' }));
    expect(filed.statusCode).toBe(201);
    const shown = await eventually(
      async () => (await getCase(filed.json().id)).json(),
      (c) => c.status === 'exiting',
    );
    expect(shown).toMatchObject({
      status: 'exiting',
      deadline: null,
      live: { status: 'exiting', deadline: null },
    });
  });

  it('answers a repeated filing with the existing case and starts nothing', async () => {
    const finding = aFinding();
    const first = await file(finding);
    expect(first.statusCode).toBe(201);
    const { id, workflowId } = first.json();
    const { runId } = await api.temporal.workflow.getHandle(workflowId).describe();

    // The same document number written with full-width digits and stray spaces is the same finding.
    const fullWidth = finding.documentNumber.replace(/\d/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    for (const documentNumber of [finding.documentNumber, ` ${fullWidth} `]) {
      const again = await file({ ...finding, documentNumber });
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(id);
    }
    const described = await api.temporal.workflow.getHandle(workflowId).describe();
    expect(described.runId).toBe(runId);
    const rows = await api.database.db.select().from(cases).where(eq(cases.id, id));
    expect(rows).toHaveLength(1);
  });

  it('starts the workflow of a case whose filing stopped between its row and its workflow', async () => {
    const finding = aFinding({ findingDate: addDays(chinaDateOf(new Date()), -1) });
    const parsed = FindingSchema.parse(finding);
    const caseId = caseIdFor(finding.department, finding.documentNumber);
    await insertFiledCase(api.database.db, {
      caseId,
      finding: parsed,
      policyVersion: CURRENT_POLICY_VERSION,
    });
    expect(await workflowExists(finding)).toBe(false);
    const again = await file(finding);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(caseId);
    expect(await workflowExists(finding)).toBe(true);
    const shown = await eventually(
      async () => (await getCase(caseId)).json(),
      (c) => c.status === 'rectifying',
    );
    expect(shown.status).toBe('rectifying');
  });

  it('opens exactly one case when the same finding is filed concurrently', async () => {
    const finding = aFinding();
    const answers = await Promise.all(Array.from({ length: 12 }, () => file(finding)));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(11);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    const id = answers[0]!.json().id as string;
    const filedEvents = await eventually(
      () => api.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, id)),
      (rows) => rows.length >= 2,
    );
    expect(filedEvents.filter((e) => e.type === 'case_filed')).toHaveLength(1);
  });

  describe('rejects invalid findings with a problem body naming each bad field, and stores nothing', () => {
    const tomorrow = addDays(chinaDateOf(new Date()), 1);
    it.each<[string, (f: FindingInput) => unknown, string[]]>([
      [
        'a credit code with a wrong check character',
        (f) => ({
          ...f,
          enterprise: {
            ...f.enterprise,
            creditCode: creditCode().slice(0, 17) + (creditCode().endsWith('0') ? '1' : '0'),
          },
        }),
        ['/enterprise/creditCode'],
      ],
      [
        'a credit code of the wrong length',
        (f) => ({ ...f, enterprise: { ...f.enterprise, creditCode: '9132' } }),
        ['/enterprise/creditCode'],
      ],
      [
        'an unknown region code',
        (f) => ({ ...f, enterprise: { ...f.enterprise, regionCode: '990000' } }),
        ['/enterprise/regionCode'],
      ],
      [
        'an unknown industry and dimension',
        (f) => ({ ...f, industry: 'textiles', dimension: 'noise' }),
        ['/industry', '/dimension'],
      ],
      ['a finding date in the future', (f) => ({ ...f, findingDate: tomorrow }), ['/findingDate']],
      ['a date that does not exist', (f) => ({ ...f, findingDate: '2023-02-29' }), ['/findingDate']],
      [
        'a non-positive capacity',
        (f) => ({ ...f, capacity: { ...f.capacity, value: 0 } }),
        ['/capacity/value'],
      ],
      [
        'a department that does not own the dimension',
        (f) => ({ ...f, department: 'environment_bureau' }),
        ['/department'],
      ],
      [
        'a safety finding without its period',
        (f) => ({ ...f, department: 'emergency_management', dimension: 'safety' }),
        ['/rectificationMonths'],
      ],
      ['an unknown field', (f) => ({ ...f, priority: 'high' }), ['/']],
      ['a missing document number', ({ documentNumber: _omitted, ...f }) => f, ['/documentNumber']],
      ['a blank document number', (f) => ({ ...f, documentNumber: '   ' }), ['/documentNumber']],
    ])('%s', async (_what, corrupt, pointers) => {
      const valid = aFinding();
      const before = await caseCount();
      const answer = await file(corrupt(valid));
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = answer.json();
      expect(problem).toMatchObject({ type: '/problems/validation', status: 400, instance: '/v1/findings' });
      expect(problem.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([...pointers].sort());
      for (const error of problem.errors) expect(error.detail).toEqual(expect.any(String));
      expect(await caseCount()).toBe(before);
      expect(await workflowExists(valid)).toBe(false);
    });

    it('a body that is not JSON', async () => {
      const answer = await api.app.inject({
        method: 'POST',
        url: '/v1/findings',
        headers: { 'content-type': 'application/json', ...(await bearer(officerFor(aFinding()))) },
        payload: '{"department":',
      });
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.json()).toMatchObject({ type: '/problems/bad-request', status: 400 });
    });

    it('a body that is not JSON at all (wrong media type)', async () => {
      const answer = await api.app.inject({
        method: 'POST',
        url: '/v1/findings',
        headers: { 'content-type': 'text/plain', ...(await bearer(officerFor(aFinding()))) },
        payload: 'hello',
      });
      expect(answer.statusCode).toBe(415);
      expect(answer.json()).toMatchObject({ type: '/problems/unsupported-media-type', status: 415 });
    });
  });
});

describe('GET /v1/cases/:id', () => {
  it('answers 404 with a problem body for an unknown case', async () => {
    const answer = await getCase('RC-0000000000000000');
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ type: '/problems/not-found', status: 404 });
  });

  it('answers an id past any identifier’s length with a problem body that does not echo it', async () => {
    const id = `RC-${'A'.repeat(300)}`;
    const answer = await getCase(id);
    expect(answer.statusCode).toBe(414);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.headers['x-request-id']).toBeTruthy();
    expect(answer.json()).toMatchObject({ type: '/problems/bad-request', status: 414 });
    expect(answer.body).not.toContain('AAAAAAAAAA');
  });

  it('answers 400 for a malformed id', async () => {
    const answer = await getCase('not-a-case');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors).toEqual([expect.objectContaining({ pointer: '/id' })]);
  });
});

describe('operations', () => {
  it('is alive and ready when Temporal and PostgreSQL answer', async () => {
    expect((await api.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await api.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', postgres: 'ok', temporal: 'ok' });
    const contract = await OpenApiContract.of(api.app);
    expect(contract.problemWith('GET', '/readyz', ready)).toBeNull();
    expect(contract.problemWith('GET', '/healthz', await api.app.inject({ url: '/healthz' }))).toBeNull();
  });

  it('echoes a caller’s request id', async () => {
    const answer = await api.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(answer.headers['x-request-id']).toBe('trace-123');
  });

  it('serves the OpenAPI document with every route', async () => {
    const spec = (await api.app.inject({ url: '/docs/json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    const decisions = [
      'acceptance-opinions',
      'exit-evidence',
      'extension-decisions',
      'extension-requests',
      'government-decisions',
      'reinspections',
      'urgings',
    ].map((path) => `/v1/cases/{id}/${path}`);
    // Every route the app serves is documented with its method, and nothing else is.
    const served = routesOf(api.app)
      .map(({ method, url }) => `${method} ${url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(documented).toEqual(served);
    expect(served).toEqual(
      expect.arrayContaining(['POST /v1/findings', 'GET /v1/cases/{id}', 'GET /healthz']),
    );
    for (const path of decisions) expect(served).toContain(`POST ${path}`);
    expect(spec.paths['/v1/findings'].post.requestBody).toBeDefined();
    for (const path of decisions) {
      const operation = spec.paths[path].post;
      expect(operation.requestBody).toBeDefined();
      expect(operation.security).toEqual([{ bearerAuth: [] }]);
      expect(Object.keys(operation.responses).sort()).toEqual([
        '200',
        '400',
        '401',
        '403',
        '404',
        '409',
        '503',
      ]);
      expect(operation.parameters.map((p: { name: string }) => p.name)).toContain('idempotency-key');
    }
  });
});
