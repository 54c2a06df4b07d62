/**
 * What the console's case page reads from the API, against the real servers: each deadline's days named
 * for a reader in any language, the path of statuses the case took, its running timers by kind, the link
 * to its runs in the Temporal Web UI, and the timeline's hash chain checked entry by entry.
 */
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { buildApp } from '../../api/app';
import { createTokenVerifier, type Principal } from '../../api/auth';
import { DEFAULT_TEMPORAL_UI_URL, loadConfig } from '../../config';
import { addDays, chinaDateOf, type Deadline } from '../../domain/calendar';
import { deadlineDays } from '../../domain/deadline-days';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
const daysAgo = (n: number) => addDays(chinaDateOf(new Date()), -n);

/** Gusu's district of Suzhou, as the console's browser tests use. */
const COUNTY = '320508';
const inCounty = (serial: number) =>
  aFinding({ findingDate: daysAgo(10) }, { regionCode: COUNTY, enterpriseName: `案件页测试${serial}` });
const supervisor: Principal = {
  userId: 'office',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};
const auditor: Principal = { userId: 'audit-1', roles: ['auditor'], regionCode: COUNTY, department: null };
const government: Principal = {
  userId: 'gov-1',
  roles: ['government_approver'],
  regionCode: COUNTY,
  department: null,
};

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => {
  await api?.close();
});

async function view(caseId: string, who: Principal = supervisor) {
  return (await api.app.inject({ url: `/v1/cases/${caseId}`, headers: await bearer(who) })).json();
}

async function decide(caseId: string, path: string, who: Principal, body: object) {
  const answer = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${caseId}/${path}`,
    headers: { ...(await bearer(who)), 'idempotency-key': randomUUID() },
    payload: body,
  });
  expect(answer.statusCode).toBe(200);
  return answer.json();
}

describe('the case view', () => {
  let caseId: string;
  let workflowId: string;
  const finding = inCounty(1);
  beforeAll(async () => {
    const filed = await fileFinding(api.app, finding);
    expect(filed.statusCode).toBe(201);
    ({ id: caseId, workflowId } = filed.json());
  });

  it('names each deadline’s days: nominal, moved over, last, the lapse and the notices', async () => {
    const shown = await eventually(
      () => view(caseId),
      (body) => body.status === 'rectifying',
    );
    const { days, ...recorded } = shown.deadline as Deadline & { days: unknown };
    expect(days).toEqual(deadlineDays(recorded));
    expect(days).toMatchObject({
      nominalLastDay: { date: recorded.nominalLastDay },
      lastDay: { date: recorded.lastDay },
      lapsesOn: addDays(recorded.lastDay, 1),
    });
    expect(shown.deadlines.rectification.days).toEqual(days);
    expect(shown.live.deadline.days).toEqual(days);
  });

  it('shows the path of statuses it took, with the step that moved it', async () => {
    const shown = await view(caseId);
    expect(shown.statusPath).toEqual([
      { status: 'filed', since: expect.any(String), sequence: 1, type: 'case_filed' },
      { status: 'rectifying', since: expect.any(String), sequence: 2, type: 'deadline_set' },
    ]);
  });

  it('says what each running timer fires', async () => {
    const shown = await view(caseId);
    expect(shown.timers).toEqual(
      expect.arrayContaining([
        {
          name: 'rectification deadline',
          kind: 'rectification_deadline',
          daysBefore: null,
          dueAt: shown.deadline.lapsesAt,
        },
      ]),
    );
    // Six months ahead: both reminders (30 and 7 days before) are still to come.
    expect(
      shown.timers
        .filter((timer: { kind: string }) => timer.kind === 'deadline_reminder')
        .map((timer: { daysBefore: number }) => timer.daysBefore)
        .sort(),
    ).toEqual([30, 7]);
  });

  it('links to the case’s runs in the Temporal Web UI, at TEMPORAL_UI_URL', async () => {
    const query = encodeURIComponent(`WorkflowId="${workflowId}"`);
    expect((await view(caseId)).temporalUiUrl).toBe(
      `${DEFAULT_TEMPORAL_UI_URL}/namespaces/default/workflows?query=${query}`,
    );
    const configured = await buildApp({
      db: api.database.db,
      pool: api.database.pool,
      temporal: api.temporal,
      logger: pino({ level: 'silent' }),
      taskQueue: api.taskQueue,
      verifier: createTokenVerifier(loadConfig({})),
      temporalUiUrl: loadConfig({ TEMPORAL_UI_URL: 'https://temporal.example.gov.cn/ui/' }).TEMPORAL_UI_URL,
    });
    try {
      const answer = await configured.inject({
        url: `/v1/cases/${caseId}`,
        headers: await bearer(supervisor),
      });
      expect(answer.json().temporalUiUrl).toBe(
        `https://temporal.example.gov.cn/ui/namespaces/default/workflows?query=${query}`,
      );
    } finally {
      await configured.close();
    }
  });

  it('takes a branch: a failed re-inspection escalates, and the government sets a new deadline', async () => {
    await decide(caseId, 'reinspections', officerFor(finding), {
      reason: '复查能耗仍超标',
      evidence: [{ reference: '复查记录' }],
      result: 'fail',
    });
    const escalated = await eventually(
      () => view(caseId),
      (body) =>
        body.status === 'awaiting_government_decision' &&
        body.timers.some((timer: { kind: string }) => timer.kind === 'government_decision_due'),
    );
    expect(escalated.deadlines.governmentDecision.days).toEqual(
      deadlineDays(escalated.deadlines.governmentDecision),
    );
    await decide(caseId, 'government-decisions', government, {
      reason: '给予新的整改期限',
      evidence: [{ reference: '政府批复' }],
      decision: 'reject_new_deadline',
      rectificationMonths: 3,
    });
    const shown = await eventually(
      () => view(caseId),
      (body) => body.status === 'rectifying' && body.statusPath.length === 4,
    );
    expect(
      shown.statusPath.map(({ status, type }: { status: string; type: string }) => [status, type]),
    ).toEqual([
      ['filed', 'case_filed'],
      ['rectifying', 'deadline_set'],
      ['awaiting_government_decision', 'reinspection_failed'],
      ['rectifying', 'new_deadline_set'],
    ]);
  });
});

describe('the timeline', () => {
  let caseId: string;
  beforeAll(async () => {
    const filed = await fileFinding(api.app, inCounty(2));
    caseId = filed.json().id;
    await eventually(
      () => view(caseId),
      (body) => body.status === 'rectifying',
    );
    await decide(caseId, 'urgings', supervisor, { reason: '请加快整改', evidence: [] });
  });

  const timeline = async () =>
    (await api.app.inject({ url: `/v1/cases/${caseId}/timeline`, headers: await bearer(auditor) })).json();

  it('checks each entry’s link in the hash chain on the server', async () => {
    const body = await timeline();
    expect(body.entries).toHaveLength(3);
    for (const entry of body.entries) expect(entry).toMatchObject({ chainIntact: true, chainProblems: [] });
    expect(body.entries[2]).toMatchObject({
      type: 'urged',
      actor: { userId: 'office', role: 'supervisor', regionCode: '320500' },
      actorRegionName: '苏州市',
      reason: '请加快整改',
    });
    expect(body.entries[0]).toMatchObject({ actor: { userId: 'system' }, actorRegionName: null });
  });

  it('marks the entry whose content no longer matches its hash, and only that one', async () => {
    const { pool } = api.database;
    await pool.query('alter table case_events disable trigger case_events_append_only');
    try {
      await pool.query(`update case_events set reason = '已篡改' where case_id = $1 and sequence = 3`, [
        caseId,
      ]);
    } finally {
      await pool.query('alter table case_events enable trigger case_events_append_only');
    }
    const body = await timeline();
    expect(body.chain.intact).toBe(false);
    expect(
      body.entries.map((entry: { sequence: number; chainIntact: boolean; chainProblems: string[] }) => [
        entry.sequence,
        entry.chainIntact,
        entry.chainProblems,
      ]),
    ).toEqual([
      [1, true, []],
      [2, true, []],
      [3, false, ['content does not match its hash']],
    ]);
  });

  it('marks the entry after a gap', async () => {
    const { pool } = api.database;
    await pool.query('alter table case_events disable trigger case_events_append_only');
    try {
      await pool.query('delete from case_events where case_id = $1 and sequence = 2', [caseId]);
    } finally {
      await pool.query('alter table case_events enable trigger case_events_append_only');
    }
    const body = await timeline();
    const third = body.entries.find((entry: { sequence: number }) => entry.sequence === 3);
    expect(third.chainIntact).toBe(false);
    expect(third.chainProblems).toEqual(
      expect.arrayContaining([
        'expected entry 2',
        'prev_hash is not the hash of the entry before it',
        'content does not match its hash',
      ]),
    );
    expect(body.entries[0]).toMatchObject({ sequence: 1, chainIntact: true });
  });
});

it('keeps another county’s case out of the view and the search (the console’s list and page)', async () => {
  const elsewhere = aFinding(
    { findingDate: daysAgo(10) },
    { regionCode: '320302', enterpriseName: '徐州案件页测试' },
  );
  const filed = await fileFinding(api.app, elsewhere);
  expect(filed.statusCode).toBe(201);
  const id = filed.json().id as string;
  const gusu: Principal = { ...supervisor, regionCode: COUNTY };
  expect((await api.app.inject({ url: `/v1/cases/${id}`, headers: await bearer(gusu) })).statusCode).toBe(
    404,
  );
  const page = await api.app.inject({
    url: `/v1/cases?enterprise=${encodeURIComponent('徐州案件页测试')}`,
    headers: await bearer(gusu),
  });
  expect(page.json().items).toEqual([]);
  const xuzhou = await api.app.inject({
    url: `/v1/cases?enterprise=${encodeURIComponent('徐州案件页测试')}`,
    headers: await bearer({ ...supervisor, regionCode: '320302' }),
  });
  expect(xuzhou.json().items.map((item: { id: string }) => item.id)).toEqual([id]);
});
