/**
 * GET /v1/cases/:id/decisions: the decisions a caller may make on a case now, and why not the others.
 * Checked against the POSTs themselves: a refused decision's reason is the very detail its POST answers,
 * and a decision listed as allowed lands. The cases walk through rectifying, an extension asked for,
 * acceptance at the county then the city, and closed, on the real Temporal and PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { caseRecordedAs, fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { aFinding } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
let contract: OpenApiContract;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
}, 60_000);
afterAll(async () => {
  await api?.close();
});

interface Options {
  caseId: string;
  status: string;
  sequence: number;
  live: boolean;
  allowed: { kind: string; path: string; label: string; presets: { level?: string } }[];
  refused: { kind: string; path: string; label: string; reason: string }[];
}

const person = (userId: string, role: Principal['roles'][number], regionCode: string): Principal => ({
  userId,
  roles: [role],
  regionCode,
  department: null,
});
const supervisor = person('office-suzhou', 'supervisor', '320500');
const government = person('government-suzhou', 'government_approver', '320500');
const countyTeam = person('team-gusu', 'acceptance_inspector', '320508');
const cityTeam = person('team-suzhou', 'acceptance_inspector', '320500');
const auditor = person('audit-jiangsu', 'auditor', '320000');

async function optionsAnswer(caseId: string, who: Principal): Promise<LightMyRequestResponse> {
  const answer = await api.app.inject({ url: `/v1/cases/${caseId}/decisions`, headers: await bearer(who) });
  expect(contract.problemWith('GET', `/v1/cases/${caseId}/decisions`, answer)).toBeNull();
  return answer;
}

async function options(caseId: string, who: Principal): Promise<Options> {
  const answer = await optionsAnswer(caseId, who);
  expect(answer.statusCode).toBe(200);
  return answer.json() as Options;
}

const allowedKinds = (o: Options) => o.allowed.map((d) => d.kind);
const reasonFor = (o: Options, kind: string) => o.refused.find((d) => d.kind === kind)?.reason;

async function post(caseId: string, path: string, body: object, who: Principal) {
  return api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/${path}`,
    payload: body,
    headers: { ...(await bearer(who)), 'idempotency-key': randomUUID() },
  });
}

const common = { reason: '依据现场检查', evidence: [{ reference: '检查记录-1' }] };

/** A POST that must be refused exactly as the list said: same status family, same detail, nothing stored. */
async function expectRefusedAsListed(caseId: string, o: Options, kind: string, body: object, who: Principal) {
  const listed = o.refused.find((d) => d.kind === kind);
  expect(listed).toBeDefined();
  const answer = await post(caseId, listed!.path, body, who);
  expect([403, 409]).toContain(answer.statusCode);
  expect(answer.json().detail).toBe(listed!.reason);
  expect((await options(caseId, who)).sequence).toBe(o.sequence);
}

async function fileCase(overrides: Parameters<typeof aFinding>[0] = {}) {
  const finding = aFinding({ findingDate: addDays(chinaDateOf(new Date()), -3), ...overrides });
  const officer = officerFor(finding);
  const filed = await fileFinding(api.app, finding);
  expect(filed.statusCode).toBe(201);
  return { caseId: filed.json().id as string, officer };
}

describe('a rectifying energy case', () => {
  let caseId: string;
  let officer: Principal;

  beforeAll(async () => {
    ({ caseId, officer } = await fileCase());
    await caseRecordedAs(api.app, caseId, 'rectifying', officer);
  });

  it('offers the owning officer the extension request and the re-inspection, and the supervisor urging', async () => {
    const mine = await options(caseId, officer);
    expect(mine).toMatchObject({ caseId, status: 'rectifying', live: true });
    expect(mine.allowed).toEqual([
      { kind: 'extension_request', path: 'extension-requests', label: '延期申请', presets: {} },
      { kind: 'reinspection', path: 'reinspections', label: '复查结果', presets: {} },
    ]);
    // Every decision is in one list or the other, in the order of the routes.
    expect([...mine.allowed, ...mine.refused].map((d) => d.path).sort()).toEqual(
      [
        'acceptance-opinions',
        'exit-evidence',
        'extension-decisions',
        'extension-requests',
        'government-decisions',
        'reinspections',
        'revisits',
        'urgings',
      ].sort(),
    );
    expect(reasonFor(mine, 'extension_decision')).toBe('an extension decision is made by a supervisor');

    const office = await options(caseId, supervisor);
    expect(allowedKinds(office)).toEqual(['urging']);
    expect(reasonFor(office, 'extension_decision')).toBe('no extension has been requested');
    expect(allowedKinds(await options(caseId, government))).toEqual([]);
    expect(reasonFor(await options(caseId, government), 'government_decision')).toMatch(
      /the case is rectifying; a government_decision decision can land only while it is awaiting government decision/,
    );
  });

  it('gives each refusal as the POST answers it, 403 for the role and 409 from the case, storing nothing', async () => {
    await expectRefusedAsListed(
      caseId,
      await options(caseId, officer),
      'extension_decision',
      { ...common, grant: false },
      officer,
    );
    await expectRefusedAsListed(
      caseId,
      await options(caseId, supervisor),
      'extension_decision',
      { ...common, grant: true, months: 1 },
      supervisor,
    );
    await expectRefusedAsListed(
      caseId,
      await options(caseId, government),
      'government_decision',
      { ...common, decision: 'reject_close', outcome: '转产' },
      government,
    );
  });

  it('moves the extension decision to the supervisor once the officer asked, and refuses a second request', async () => {
    const before = await options(caseId, officer);
    const asked = await post(caseId, 'extension-requests', { ...common, months: 2 }, officer);
    expect(asked.statusCode).toBe(200);
    const after = await options(caseId, officer);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(allowedKinds(after)).toEqual(['reinspection']);
    expect(reasonFor(after, 'extension_request')).toMatch(
      /^an extension was already requested on .*; one application is allowed$/,
    );
    await expectRefusedAsListed(caseId, after, 'extension_request', { ...common, months: 1 }, officer);
    expect(allowedKinds(await options(caseId, supervisor))).toEqual(['extension_decision', 'urging']);
  });

  it('lists nothing for a role that makes no decision, and hides the case outside the caller’s reach', async () => {
    const audit = await options(caseId, auditor);
    expect(audit.allowed).toEqual([]);
    expect(audit.refused).toHaveLength(8);
    for (const outsider of [
      person('office-wuxi', 'supervisor', '320200'),
      { ...officer, userId: 'environment-gusu', department: 'environment_bureau' as const },
    ]) {
      const hidden = await optionsAnswer(caseId, outsider);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toMatchObject({ type: '/problems/not-found', detail: `no case ${caseId}` });
    }
    const anonymous = await api.app.inject({ url: `/v1/cases/${caseId}/decisions` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('a technology case through acceptance', () => {
  let caseId: string;
  let officer: Principal;

  beforeAll(async () => {
    // Eliminated technology exits at once: the case is exiting as soon as it is filed.
    ({ caseId, officer } = await fileCase({ dimension: 'technology' }));
    await caseRecordedAs(api.app, caseId, 'exiting', officer);
  });

  it('offers the officer the exit evidence, then the county team the county acceptance, then the city team the city’s', async () => {
    expect(allowedKinds(await options(caseId, officer))).toEqual(['exit_evidence']);
    const dismantled = await post(caseId, 'exit-evidence', { ...common, item: 'dismantled' }, officer);
    expect(dismantled.statusCode).toBe(200);
    expect(dismantled.json().status).toBe('awaiting_acceptance');

    const county = await options(caseId, countyTeam);
    expect(county.allowed).toEqual([
      { kind: 'acceptance', path: 'acceptance-opinions', label: '验收意见', presets: { level: 'county' } },
    ]);
    const cityFirst = await options(caseId, cityTeam);
    expect(allowedKinds(cityFirst)).toEqual([]);
    expect(reasonFor(cityFirst, 'acceptance')).toBe(
      'the county acceptance of a case in region 320508 is signed in region 320508, not 320500',
    );
    await expectRefusedAsListed(
      caseId,
      cityFirst,
      'acceptance',
      { ...common, level: 'county', result: 'pass' },
      cityTeam,
    );

    const signed = await post(
      caseId,
      'acceptance-opinions',
      { ...common, level: 'county', result: 'pass' },
      countyTeam,
    );
    expect(signed.statusCode).toBe(200);
    expect((await options(caseId, cityTeam)).allowed).toEqual([
      { kind: 'acceptance', path: 'acceptance-opinions', label: '验收意见', presets: { level: 'city' } },
    ]);
    expect(allowedKinds(await options(caseId, countyTeam))).toEqual([]);

    const city = await post(
      caseId,
      'acceptance-opinions',
      { ...common, level: 'city', result: 'pass' },
      cityTeam,
    );
    expect(city.statusCode).toBe(200);
    expect(city.json().status).toBe('exited');
  });

  it('offers nothing on a closed case, each refusal as the POST gives it', async () => {
    await caseRecordedAs(api.app, caseId, 'exited', officer);
    for (const who of [officer, supervisor, cityTeam]) {
      const closed = await options(caseId, who);
      expect(closed.status).toBe('exited');
      expect(closed.allowed).toEqual([]);
    }
    const office = await options(caseId, supervisor);
    expect(reasonFor(office, 'urging')).toBe(`case ${caseId} is closed`);
    const urged = await post(caseId, 'urgings', common, supervisor);
    expect(urged.statusCode).toBe(409);
    expect(urged.json().detail).toMatch(
      new RegExp(`case ${caseId} is closed|the case is closed \\(exited\\)`),
    );
  });
});
