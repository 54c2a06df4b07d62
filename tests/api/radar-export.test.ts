/**
 * The radar's cases: the case search's `bucket` filter (the radar's bounds, open cases only) lists
 * exactly the cases each radar cell counts, and GET /v1/cases/radar/export returns them as a workbook
 * with Chinese headers and region names — parsed here with exceljs — against the real servers.
 */
import { Workbook } from 'exceljs';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { RADAR_BUCKETS, radarBounds, radarBucket } from '../../domain/radar';
import { caseRecordedAs, fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { OpenApiContract } from '../helpers/openapi';
import { aFinding, creditCode } from '../kit/findings';
import { bearer, officerFor } from '../kit/tokens';

let api: ApiHarness;
let contract: OpenApiContract;
const daysAgo = (n: number) => addDays(chinaDateOf(new Date()), -n);
const supervisor: Principal = {
  userId: 'office',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};

const findings = {
  // Six months from ten days ago: later than thirty days.
  later: aFinding({ findingDate: daysAgo(10) }, { enterpriseName: '导出测试钢铁厂' }),
  // Eliminated technology exits within three months of its finding: long lapsed.
  overdue: aFinding(
    { findingDate: daysAgo(200), dimension: 'technology', department: 'development_reform' },
    { enterpriseName: '导出测试焦化厂' },
  ),
  // One month from ten days ago, in Xiangcheng: about three weeks left.
  weeks: aFinding({
    department: 'environment_bureau',
    dimension: 'environment',
    rectificationMonths: 1,
    findingDate: daysAgo(10),
    enterprise: { name: '导出测试印染厂', creditCode: creditCode('320507', 770_001), regionCode: '320507' },
  }),
  // Closed by a passing re-inspection: in no bucket.
  closed: aFinding({ findingDate: daysAgo(10) }, { enterpriseName: '导出测试已整改厂' }),
  // Nanjing: outside a Suzhou supervisor's jurisdiction.
  elsewhere: aFinding({
    findingDate: daysAgo(10),
    enterprise: { name: '导出测试南京厂', creditCode: creditCode('320102', 770_002), regionCode: '320102' },
  }),
} satisfies Record<string, FindingInput>;
type Name = keyof typeof findings;
const ids = {} as Record<Name, string>;

beforeAll(async () => {
  api = await startApiHarness();
  contract = await OpenApiContract.of(api.app);
  for (const name of Object.keys(findings) as Name[]) {
    const filed = await fileFinding(api.app, findings[name]);
    expect(filed.statusCode).toBe(201);
    ids[name] = filed.json().id;
  }
  // Eliminated technology is ordered to exit at once (its exit deadline long lapsed); the others rectify.
  for (const name of Object.keys(findings) as Name[])
    await caseRecordedAs(
      api.app,
      ids[name],
      name === 'overdue' ? 'exiting' : 'rectifying',
      officerFor(findings[name]),
    );
  const officer = officerFor(findings.closed);
  const passed = await api.app.inject({
    method: 'POST',
    url: `/v1/cases/${ids.closed}/reinspections`,
    headers: { ...(await bearer(officer)), 'idempotency-key': 'export-reinspection-pass' },
    payload: { reason: '复查达标', evidence: [{ reference: '复查记录' }], result: 'pass' },
  });
  expect(passed.statusCode).toBe(200);
  await caseRecordedAs(api.app, ids.closed, 'rectified', officer);
}, 90_000);
afterAll(async () => {
  await api?.close();
});

async function get(url: string, who: Principal = supervisor) {
  const answer = await api.app.inject({ url, headers: await bearer(who) });
  expect(contract.problemWith('GET', url, answer)).toBeNull();
  return answer;
}

type Summary = { id: string; dueAt: string | null; regionName: string | null; status: string };
const search = async (query: string) =>
  ((await get(`/v1/cases?limit=200&${query}`)).json() as { items: Summary[] }).items;

it('lists, for each radar cell, exactly the cases it counts', async () => {
  const radar = (await get('/v1/cases/radar')).json() as {
    asOf: string;
    rows: { regionCode: string; dimension: string; bucket: string; cases: number }[];
  };
  expect(radar.rows.length).toBeGreaterThanOrEqual(3);
  for (const row of radar.rows) {
    const items = await search(`region=${row.regionCode}&dimension=${row.dimension}&bucket=${row.bucket}`);
    expect(items).toHaveLength(row.cases);
    const bounds = radarBounds(new Date(radar.asOf));
    for (const item of items)
      expect(radarBucket(item.dueAt ? new Date(item.dueAt) : null, bounds)).toBe(row.bucket);
  }
  const has = (items: Summary[], name: Name) => items.some((item) => item.id === ids[name]);
  expect(has(await search('bucket=later'), 'later')).toBe(true);
  expect(has(await search('bucket=overdue'), 'overdue')).toBe(true);
  expect(has(await search('bucket=within_30&region=320507'), 'weeks')).toBe(true);
  // A closed case waits on no deadline, but the radar counts open cases only: in no bucket.
  expect((await search(`enterprise=${findings.closed.enterprise.creditCode}`)).map((c) => c.dueAt)).toEqual([
    null,
  ]);
  for (const bucket of Object.keys(RADAR_BUCKETS))
    expect(has(await search(`bucket=${bucket}`), 'closed')).toBe(false);
  expect((await get('/v1/cases?bucket=soon')).statusCode).toBe(400);
});

/** The workbook's sheet as rows of cell texts (exceljs rows and cells count from 1). */
async function sheetOf(url: string, who: Principal = supervisor) {
  const answer = await get(url, who);
  expect(answer.statusCode).toBe(200);
  expect(answer.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const workbook = new Workbook();
  await workbook.xlsx.load(answer.rawPayload as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['案件清单']);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => (value == null ? '' : String(value))));
  });
  return { answer, rows };
}

it('exports the open cases of the radar’s filter as XLSX, with Chinese headers and region names', async () => {
  const { answer, rows } = await sheetOf('/v1/cases/radar/export');
  expect(answer.headers['content-disposition']).toMatch(
    /^attachment; filename="deadline-radar-320500-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/,
  );
  const [title, header, ...data] = rows;
  expect(title![0]).toMatch(
    /^临期雷达案件清单　地区：苏州市（320500）　标准类别：全部　临期分组：全部　截至：/,
  );
  expect(header).toEqual([
    '序号',
    '案件编号',
    '企业名称',
    '统一社会信用代码',
    '地区',
    '行政区划代码',
    '行业',
    '标准类别',
    '主管部门',
    '案件状态',
    '文书编号',
    '检查发现日期',
    '期限届满日',
    '剩余天数',
    '剩余工作日',
    '临期分组',
  ]);
  // Suzhou's three open cases, soonest deadline first; not the closed one, not Nanjing's.
  expect(data.map((row) => row[1])).toEqual([ids.overdue, ids.weeks, ids.later]);
  expect(data.map((row) => row[0])).toEqual(['1', '2', '3']);
  const overdue = data[0]!;
  expect(overdue.slice(2, 10)).toEqual([
    findings.overdue.enterprise.name,
    findings.overdue.enterprise.creditCode,
    '姑苏区',
    '320508',
    '钢铁',
    '技术',
    '发展和改革委员会',
    '退出中',
  ]);
  const view = (await get(`/v1/cases/${ids.overdue}`)).json() as { dueAt: string };
  expect(overdue[12]).toBe(chinaDateOf(new Date(Date.parse(view.dueAt) - 1)));
  expect(Number(overdue[13])).toBeLessThan(0);
  expect(overdue[15]).toBe('已逾期');
  expect(data[1]!.slice(4, 6)).toEqual(['相城区', '320507']);
  expect(data[1]![15]).toBe('30日内到期');
  expect(data[2]![15]).toBe('30日后到期');
});

it('narrows the export to a county, a dimension and a bucket', async () => {
  const { answer, rows } = await sheetOf(
    '/v1/cases/radar/export?region=320508&dimension=technology&bucket=overdue',
  );
  expect(answer.headers['content-disposition']).toMatch(
    /filename="deadline-radar-320508-technology-overdue-/,
  );
  expect(rows[0]![0]).toMatch(/地区：姑苏区（320508）　标准类别：技术　临期分组：已逾期/);
  expect(rows.slice(2).map((row) => row[1])).toEqual([ids.overdue]);
  const none = await sheetOf('/v1/cases/radar/export?region=320507&bucket=overdue');
  expect(none.rows).toHaveLength(2);
});

it('is read by the radar’s readers only, inside their jurisdiction', async () => {
  const auditor: Principal = { ...supervisor, roles: ['auditor'] };
  expect((await get('/v1/cases/radar/export', auditor)).statusCode).toBe(403);
  expect((await get('/v1/cases/radar/export?region=320100')).statusCode).toBe(403);
  const nanjing: Principal = { ...supervisor, regionCode: '320100' };
  const { rows } = await sheetOf('/v1/cases/radar/export', nanjing);
  expect(rows.slice(2).map((row) => row[1])).toEqual([ids.elsewhere]);
  expect((await get('/v1/cases/radar/export?bucket=soon')).statusCode).toBe(400);
  expect((await api.app.inject({ url: '/v1/cases/radar/export' })).statusCode).toBe(401);
});
