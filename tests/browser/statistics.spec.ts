/**
 * The exit statistics in the browser: a supervisor reads the table as of a cut-off chosen by keyboard,
 * the charts are drawn (ECharts, loaded only on this page), and the XLSX the page downloads is, byte for
 * byte, what the API answers for the same query. A county's supervisor sees only their county.
 */
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { aFinding, creditCode } from '../kit/findings';
import { eventually } from '../kit/poll';
import { authorizationFor, officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, serviceUrl, test } from './fixtures';

const person = (role: Principal['roles'][number], regionCode: string): Principal => ({
  userId: `${role}-${regionCode}`,
  roles: [role],
  regionCode,
  department: null,
});
const citySupervisor = person('supervisor', '320500');

let keys = 0;
async function decide(caseId: string, path: string, body: object, who: Principal) {
  const answer = await callAs<{ status: string }>(who, `/v1/cases/${caseId}/${path}`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': `statistics-browser-${process.pid}-${Date.now()}-${(keys += 1)}` },
  });
  expect(answer.status).toBe(200);
  return answer.body;
}

/** A technology finding exits at once; its exit evidence and the two acceptances close it as exited. */
async function exited(finding: FindingInput): Promise<string> {
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  const caseId = filed.body.id;
  await eventually(
    () => callAs<{ status: string }>(officer, `/v1/cases/${caseId}`),
    (answer) => answer.body.status === 'exiting',
    `case ${caseId} exiting`,
  );
  const region = finding.enterprise.regionCode;
  const dismantled = { reason: '现场核查', evidence: [{ reference: '拆除照片' }], item: 'dismantled' };
  expect((await decide(caseId, 'exit-evidence', dismantled, officer)).status).toBe('awaiting_acceptance');
  const opinion = (level: 'county' | 'city') => ({ reason: '验收合格', evidence: [], level, result: 'pass' });
  await decide(caseId, 'acceptance-opinions', opinion('county'), person('acceptance_inspector', region));
  expect(
    (await decide(caseId, 'acceptance-opinions', opinion('city'), person('acceptance_inspector', '320500')))
      .status,
  ).toBe('exited');
  return caseId;
}

const today = chinaDateOf(new Date());
const year = today.slice(0, 4);
const technology = (name: string, regionCode: string, organisation: number) =>
  aFinding({
    dimension: 'technology',
    legalBasis: { law: '产业结构调整指导目录（2024年本）淘汰类' },
    findingDate: today,
    enterprise: { name, creditCode: creditCode(regionCode, organisation), regionCode },
    capacity: { equipment: '1号冲天炉', value: 12.5, unit: '万吨/年' },
  });

test('a supervisor reads the table as of a cut-off, sees the charts, and downloads the very XLSX the API serves', async ({
  page,
  request,
}) => {
  const gusu = technology(`浏览器统计钢铁厂${process.pid}`, '320508', 7001);
  const wuzhong = technology(`浏览器统计铸造厂${process.pid}`, '320506', 7002);
  const [gusuCase] = [await exited(gusu), await exited(wuzhong)];

  await openConsoleAs(page, citySupervisor, '/statistics');
  await expect(page.getByRole('heading', { name: '落后产能退出情况统计' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '退出统计' })).toBeVisible();

  // The cut-off, by keyboard: typed into the date field and confirmed with Enter.
  const cutoff = page.getByRole('textbox', { name: '统计截止' });
  await cutoff.focus();
  await page.keyboard.type(today);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/console/statistics\\?cutoff=${today}$`));

  const row = page.getByRole('row').filter({ hasText: gusu.enterprise.name });
  await expect(row).toContainText('姑苏区');
  await expect(row).toContainText('钢铁');
  await expect(row).toContainText('技术');
  await expect(row).toContainText('拆除');
  await expect(row.getByRole('link', { name: gusuCase })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: wuzhong.enterprise.name })).toContainText('吴中区');
  await expect(page.getByText(`地区：320500 苏州市　截至：${today}`).first()).toBeVisible();

  // The charts: each drawn on a canvas, each described in words for a screen reader.
  for (const chart of ['region', 'industry', 'dimension'])
    await expect(page.locator(`[data-chart="${chart}"] canvas`)).toBeVisible();
  await expect(page.locator('[data-chart="region"] [role="img"]')).toHaveAttribute(
    'aria-label',
    /按地区的退出案件数：.*姑苏区 \d+.*吴中区 \d+|按地区的退出案件数：.*吴中区 \d+.*姑苏区 \d+/,
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // The download, by keyboard: the XLSX button, Enter.
  const asked = page.waitForRequest((sent) => sent.url().includes('format=xlsx'));
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载 XLSX/ }).focus();
  await page.keyboard.press('Enter');
  const [sent, download] = await Promise.all([asked, downloaded]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^落后产能退出情况统计表-${year}-year_end-320500-.+\\.xlsx$`),
  );
  const bytes = await readFile((await download.path())!);

  // The same query, asked of the API: the same bytes.
  const query = new URL(sent.url()).search;
  expect(new URLSearchParams(query).get('year')).toBe(year);
  const fromApi = await request.get(`${serviceUrl()}/v1/statistics/exits${query}`, {
    headers: { authorization: await authorizationFor(citySupervisor) },
  });
  expect(fromApi.status()).toBe(200);
  expect(Buffer.compare(bytes, await fromApi.body())).toBe(0);

  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const details: string[] = [];
  workbook.getWorksheet('明细')!.eachRow((sheetRow) => details.push(JSON.stringify(sheetRow.values)));
  expect(details.find((line) => line.includes(gusu.enterprise.name))).toContain('姑苏区');
});

test('the CSV buttons save the API’s own CSV, and a county supervisor sees only their county', async ({
  page,
  request,
}) => {
  const gusu = technology(`浏览器统计轧钢厂${process.pid}`, '320508', 7003);
  const wuzhong = technology(`浏览器统计水泥厂${process.pid}`, '320506', 7004);
  await exited(gusu);
  await exited(wuzhong);

  const gusuSupervisor = person('supervisor', '320508');
  await openConsoleAs(page, gusuSupervisor, '/statistics');
  await expect(page.getByRole('row').filter({ hasText: gusu.enterprise.name })).toBeVisible();
  await expect(page.getByText(wuzhong.enterprise.name)).toHaveCount(0);
  await expect(page.getByText(/地区：320508 姑苏区/).first()).toBeVisible();

  // Another county asked for in the URL: the API refuses, and the page says why.
  await page.goto('/console/statistics?region=320506');
  await expect(page.getByRole('alert')).toContainText('请求未成功');
  await expect(page.getByText(wuzhong.enterprise.name)).toHaveCount(0);

  await page.goto('/console/statistics');
  await expect(page.getByRole('row').filter({ hasText: gusu.enterprise.name })).toBeVisible();
  const asked = page.waitForRequest((sent) => sent.url().includes('format=csv'));
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载 CSV（汇总）/ }).click();
  const [sent, download] = await Promise.all([asked, downloaded]);
  expect(download.suggestedFilename()).toMatch(/-summary\.csv$/);
  const bytes = await readFile((await download.path())!);
  const fromApi = await request.get(`${serviceUrl()}/v1/statistics/exits${new URL(sent.url()).search}`, {
    headers: { authorization: await authorizationFor(gusuSupervisor) },
  });
  expect(Buffer.compare(bytes, await fromApi.body())).toBe(0);
  expect(bytes.toString('utf8')).toContain('地区名称 Region name');
  expect(bytes.toString('utf8')).toContain('320508,姑苏区');
});
