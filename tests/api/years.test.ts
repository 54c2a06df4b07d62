/**
 * The bureau's year over the API, against the real dev server and PostgreSQL: a supervisor opens an 安康
 * county's year once, the county's office submits a milestone (applied once per Idempotency-Key), the
 * city's office returns and accepts it, and every refusal is a problem body that changes nothing; each
 * answer matches the OpenAPI document.
 */
import type { Principal } from '../../api/auth';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { bearer } from '../kit/tokens';

const COUNTY = '610902';
const CITY = '610900';
const OTHER_COUNTY = '610921';
const YEAR = Number(
  new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()),
);

const office = (regionCode: string): Principal => ({
  userId: `office-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});
const officer = (regionCode: string): Principal => ({
  userId: `officer-${regionCode}`,
  roles: ['department_officer'],
  regionCode,
  department: 'industry_it',
});
const auditor: Principal = { userId: 'auditor', roles: ['auditor'], regionCode: CITY, department: null };

let api: ApiHarness;
let contract: OpenApiContract;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
});
afterAll(async () => {
  await api?.close();
});

let keys = 0;
async function call(method: 'GET' | 'POST', url: string, as: Principal, payload?: unknown, key?: string) {
  const answer = await api.app.inject({
    method,
    url,
    headers: {
      ...(await bearer(as)),
      ...(method === 'POST' ? { 'idempotency-key': key ?? `years-test-${(keys += 1)}-key` } : {}),
    },
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(contract.problemWith(method, url, answer)).toBeNull();
  return answer;
}

const yearId = `YR-${COUNTY}-${YEAR}`;
const milestoneUrl = (kind: string, action: 'submissions' | 'reviews') =>
  `/v1/years/${yearId}/milestones/${kind}/${action}`;

describe('opening a year', () => {
  it('opens once: 201, then the same year with 200', async () => {
    const first = await call('POST', '/v1/years', office(CITY), { regionCode: COUNTY, year: YEAR });
    expect(first.statusCode).toBe(201);
    expect(first.headers.location).toBe(`/v1/years/${yearId}`);
    const view = first.json();
    expect(view).toMatchObject({
      id: yearId,
      regionName: '汉滨区',
      policyProfile: 'ankang',
      status: 'running',
    });
    expect(view.milestones.map((m: { kind: string }) => m.kind)).toEqual([
      'work_plan',
      'census',
      'midyear_statistics',
      'summary',
    ]);
    expect(view.events[0]).toMatchObject({ sequence: 1, type: 'year_opened' });
    expect(view.chain).toMatchObject({ intact: true, entries: 1 });
    const again = await call('POST', '/v1/years', office(COUNTY), { regionCode: COUNTY, year: YEAR });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(yearId);
  });

  it.each([
    [
      'an auditor',
      auditor,
      { regionCode: COUNTY, year: YEAR },
      403,
      /opened by supervisors and administrators/,
    ],
    [
      'another county’s office',
      office(OTHER_COUNTY),
      { regionCode: COUNTY, year: YEAR },
      403,
      /outside the caller/,
    ],
    ['a year before 2017', office(CITY), { regionCode: COUNTY, year: 2016 }, 400, /2017 or later/],
    [
      'a region the table lacks',
      office('320000'),
      { regionCode: '320599', year: YEAR },
      404,
      /no region 320599/,
    ],
    ['an unknown field', office(CITY), { regionCode: COUNTY, year: YEAR, extra: 1 }, 400, /extra/],
  ])('refuses %s', async (_, as, body, status, detail) => {
    const answer = await call('POST', '/v1/years', as, body);
    expect(answer.statusCode).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(answer.json())).toMatch(detail);
  });
});

describe('a milestone, submitted and reviewed', () => {
  const submission = { note: '汉滨区年度工作总结', evidence: [{ reference: '汉政发〔2026〕40号' }] };

  it('is submitted by the county’s office, once per key', async () => {
    const first = await call(
      'POST',
      milestoneUrl('summary', 'submissions'),
      office(COUNTY),
      submission,
      'summary-key-1',
    );
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ yearId, kind: 'summary', milestoneStatus: 'submitted' });
    const retried = await call(
      'POST',
      milestoneUrl('summary', 'submissions'),
      office(COUNTY),
      submission,
      'summary-key-1',
    );
    expect(retried.json()).toEqual(first.json());
  });

  it.each([
    [
      'no document',
      office(COUNTY),
      'summary',
      'submissions',
      { note: 'x', evidence: [] },
      400,
      /at least one document/,
    ],
    [
      'an auditor',
      auditor,
      'summary',
      'submissions',
      submission,
      403,
      /submitted by supervisors and department officers/,
    ],
    [
      'an officer, for what the office owes',
      officer(COUNTY),
      'census',
      'submissions',
      submission,
      409,
      /submitted by supervisors of 610902/,
    ],
    ['again while it waits', office(COUNTY), 'summary', 'submissions', submission, 409, /already submitted/],
    [
      'a review by the county itself',
      office(COUNTY),
      'summary',
      'reviews',
      { outcome: 'accepted', reason: '同意' },
      409,
      /office of 610900/,
    ],
    [
      'a milestone the year lacks',
      office(COUNTY),
      'announcement',
      'submissions',
      submission,
      404,
      /no milestone announcement/,
    ],
    ['a kind that does not exist', office(COUNTY), 'picnic', 'submissions', submission, 400, /kind/],
  ])('refuses %s', async (_, as, kind, action, body, status, detail) => {
    const answer = await call('POST', milestoneUrl(kind, action as 'submissions'), as, body);
    expect(answer.statusCode).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(answer.json())).toMatch(detail);
  });

  it('is returned, submitted again and accepted by the city’s office; the ledger shows each step', async () => {
    const returned = await call('POST', milestoneUrl('summary', 'reviews'), office(CITY), {
      outcome: 'returned',
      reason: '缺少佐证材料',
    });
    expect(returned.json()).toMatchObject({ milestoneStatus: 'returned' });
    await call('POST', milestoneUrl('summary', 'submissions'), office(COUNTY), {
      note: '补充佐证材料',
      evidence: [{ reference: '佐证材料.zip' }],
    });
    const accepted = await call('POST', milestoneUrl('summary', 'reviews'), office(CITY), {
      outcome: 'accepted',
      reason: '同意',
    });
    expect(accepted.json()).toMatchObject({ milestoneStatus: 'done', yearStatus: 'running' });

    const view = (await call('GET', `/v1/years/${yearId}`, office(COUNTY))).json();
    const summary = view.milestones.find((m: { kind: string }) => m.kind === 'summary');
    expect(summary).toMatchObject({
      status: 'done',
      mayI: { submit: expect.stringMatching(/already done/) },
    });
    expect(summary.submissions).toHaveLength(2);
    expect(summary.reviews.map((r: { outcome: string }) => r.outcome)).toEqual(['returned', 'accepted']);
    expect(view.events.map((e: { type: string }) => e.type).slice(-4)).toEqual([
      'milestone_submitted',
      'milestone_returned',
      'milestone_submitted',
      'milestone_accepted',
    ]);
    expect(view.chain.intact).toBe(true);
    // What the city's office may do with the census: nothing yet, nothing submitted.
    const asCity = (await call('GET', `/v1/years/${yearId}`, office(CITY))).json();
    expect(asCity.milestones.find((m: { kind: string }) => m.kind === 'census').mayI.review).toMatch(
      /no submission/,
    );
  });
});

describe('reading years', () => {
  it('lists the years in the caller’s jurisdiction, and hides the others', async () => {
    const list = (await call('GET', `/v1/years?year=${YEAR}`, office(CITY))).json();
    expect(list.items.map((item: { id: string }) => item.id)).toContain(yearId);
    expect((await call('GET', `/v1/years/${yearId}`, office(OTHER_COUNTY))).statusCode).toBe(404);
    expect((await call('GET', `/v1/years?regionCode=${COUNTY}`, office(OTHER_COUNTY))).statusCode).toBe(403);
    expect((await call('GET', '/v1/years/YR-1', office(CITY))).statusCode).toBe(400);
  });
});

describe('the inbox', () => {
  it('holds what the year waits for: a submission for the county, then its review for the city', async () => {
    const tasksOf = async (as: Principal, kind: string) =>
      (await call('GET', `/v1/tasks?kind=${kind}`, as)).json().items as {
        id: string;
        yearId: string | null;
        year: number | null;
        milestone: string | null;
        role: string;
        regionCode: string;
        dueAt: string | null;
        caseId: string | null;
      }[];
    const toSubmit = (await tasksOf(office(COUNTY), 'milestone_submission')).filter(
      (t) => t.yearId === yearId,
    );
    expect(toSubmit.map((t) => t.milestone).sort()).toEqual(['census', 'midyear_statistics', 'work_plan']);
    expect(toSubmit[0]).toMatchObject({ caseId: null, year: YEAR, role: 'supervisor', regionCode: COUNTY });
    expect(toSubmit.every((t) => t.dueAt !== null)).toBe(true);

    await call('POST', milestoneUrl('census', 'submissions'), office(COUNTY), {
      note: '摸排计划报告',
      evidence: [{ reference: '汉政发〔2026〕9号' }],
    });
    const toReview = (await tasksOf(office(CITY), 'milestone_review')).filter((t) => t.yearId === yearId);
    expect(toReview).toEqual([
      expect.objectContaining({
        id: `${yearId}:milestone_review:census`,
        regionCode: CITY,
        yearRegionCode: COUNTY,
        yearRegionName: '汉滨区',
        dueAt: null,
      }),
    ]);
    expect(
      (await tasksOf(office(COUNTY), 'milestone_submission'))
        .filter((t) => t.yearId === yearId)
        .map((t) => t.milestone),
    ).not.toContain('census');

    await call('POST', milestoneUrl('census', 'reviews'), office(CITY), {
      outcome: 'accepted',
      reason: '同意',
    });
    expect((await tasksOf(office(CITY), 'milestone_review')).filter((t) => t.yearId === yearId)).toEqual([]);
  });
});

describe('the work plan', () => {
  const target = {
    measure: 'exit',
    dimension: 'energy',
    industry: 'cement',
    enterprises: 2,
    equipment: 3,
    capacity: 60,
    unit: '万吨/年',
  };
  const plan = { note: '汉滨区年度工作计划', evidence: [{ reference: '汉政发〔2026〕3号' }] };
  const amendmentsUrl = `/v1/years/${yearId}/plan/amendments`;
  const versionReviewUrl = (version: number) => `/v1/years/${yearId}/plan/versions/${version}/reviews`;

  it.each([
    [
      'a plan without targets',
      milestoneUrl('work_plan', 'submissions'),
      plan,
      400,
      '/targets',
      /expected array/,
    ],
    [
      'a line twice',
      milestoneUrl('work_plan', 'submissions'),
      { ...plan, targets: [target, target] },
      400,
      '/targets/1',
      /repeats target 1/,
    ],
    [
      'a negative count',
      milestoneUrl('work_plan', 'submissions'),
      { ...plan, targets: [{ ...target, equipment: -1 }] },
      400,
      '/targets/0/equipment',
      /0 or more/,
    ],
    [
      'targets on another milestone',
      milestoneUrl('midyear_statistics', 'submissions'),
      { ...plan, targets: [target] },
      400,
      '/',
      /Unrecognized key: \\"targets\\"/,
    ],
    [
      'an amendment before a plan is approved',
      amendmentsUrl,
      { targets: [target], reason: '修订', evidence: [{ reference: 'a' }] },
      409,
      undefined,
      /no work plan is approved yet/,
    ],
  ])('refuses %s, and records nothing', async (_, url, body, status, pointer, detail) => {
    const answer = await call('POST', url, office(COUNTY), body);
    expect(answer.statusCode).toBe(status);
    expect(JSON.stringify(answer.json())).toMatch(detail);
    if (pointer) expect(answer.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([pointer]);
    const view = (await call('GET', `/v1/years/${yearId}`, office(COUNTY))).json();
    expect(view.plan.versions).toEqual([]);
    expect(view.milestones.find((m: { kind: string }) => m.kind === 'work_plan').status).toBe('open');
  });

  it('is submitted with its targets, approved by the city, amended once and the amendment approved', async () => {
    const submitted = await call('POST', milestoneUrl('work_plan', 'submissions'), office(COUNTY), {
      ...plan,
      targets: [target],
    });
    expect(submitted.json()).toMatchObject({ kind: 'work_plan', milestoneStatus: 'submitted' });
    let view = (await call('GET', `/v1/years/${yearId}`, office(CITY))).json();
    expect(view.plan).toMatchObject({ inForce: null, pending: 1 });
    expect(view.plan.versions[0]).toMatchObject({
      version: 1,
      status: 'submitted',
      statusLabel: '待审批',
      amends: null,
      targets: [{ ...target, measureLabel: '依法依规退出', dimensionLabel: '能耗', industryLabel: '水泥' }],
    });
    // The first plan is approved by accepting the milestone, not as an amendment.
    expect(view.plan.mayI.reviewAmendment).toMatch(/first plan/);
    expect(
      (await call('POST', versionReviewUrl(1), office(CITY), { outcome: 'accepted', reason: '同意' }))
        .statusCode,
    ).toBe(409);
    await call('POST', milestoneUrl('work_plan', 'reviews'), office(CITY), {
      outcome: 'accepted',
      reason: '同意',
    });

    view = (await call('GET', `/v1/years/${yearId}`, office(COUNTY))).json();
    expect(view.plan).toMatchObject({ inForce: 1, pending: null, mayI: { amend: null } });
    const amendment = {
      targets: [
        target,
        {
          ...target,
          measure: 'rectify',
          dimension: 'environment',
          enterprises: 1,
          equipment: 1,
          capacity: 20,
        },
      ],
      reason: '新增一条环保整改目标',
      evidence: [{ reference: '汉政发〔2026〕20号' }],
    };
    expect((await call('POST', amendmentsUrl, office(CITY), amendment)).json().detail).toMatch(
      /amended by the jurisdiction whose plan it is/,
    );
    const amended = await call('POST', amendmentsUrl, office(COUNTY), amendment, 'amend-key-1');
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({ yearId, version: 2, versionStatus: 'submitted', inForce: 1 });
    // Retried with the same key: the same receipt, no third version.
    expect((await call('POST', amendmentsUrl, office(COUNTY), amendment, 'amend-key-1')).json()).toEqual(
      amended.json(),
    );

    // The city's office finds it in its inbox, and approves it.
    const reviews = (await call('GET', '/v1/tasks?kind=plan_amendment_review', office(CITY))).json().items;
    expect(reviews.filter((t: { yearId: string }) => t.yearId === yearId)).toEqual([
      expect.objectContaining({
        id: `${yearId}:plan_amendment_review:2`,
        milestone: 'work_plan',
        regionCode: CITY,
      }),
    ]);
    expect(
      (await call('GET', `/v1/years/${yearId}`, office(CITY))).json().plan.mayI.reviewAmendment,
    ).toBeNull();
    expect(
      (await call('POST', versionReviewUrl(2), office(COUNTY), { outcome: 'accepted', reason: '同意' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await call('POST', versionReviewUrl(9), office(CITY), { outcome: 'accepted', reason: '同意' }))
        .statusCode,
    ).toBe(404);
    const approved = await call('POST', versionReviewUrl(2), office(CITY), {
      outcome: 'accepted',
      reason: '同意修订',
    });
    expect(approved.json()).toMatchObject({ version: 2, versionStatus: 'approved', inForce: 2 });

    view = (await call('GET', `/v1/years/${yearId}`, office(COUNTY))).json();
    expect(
      view.plan.versions.map((v: { version: number; status: string; amends: number | null }) => [
        v.version,
        v.status,
        v.amends,
      ]),
    ).toEqual([
      [1, 'superseded', null],
      [2, 'approved', 1],
    ]);
    expect(view.plan.versions[1].review).toMatchObject({
      outcome: 'accepted',
      reason: '同意修订',
      by: { regionCode: CITY },
    });
    expect(view.events.map((e: { type: string }) => e.type).slice(-3)).toEqual([
      'milestone_accepted',
      'plan_amendment_submitted',
      'plan_amendment_approved',
    ]);
    expect(
      (await call('GET', '/v1/tasks?kind=plan_amendment_review', office(CITY)))
        .json()
        .items.filter((t: { yearId: string }) => t.yearId === yearId),
    ).toEqual([]);
  });
});
