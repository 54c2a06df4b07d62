/**
 * The deadline radar in the browser, as a supervisor of Suzhou: the counts by region, dimension and
 * days left; a count opens its cases; two are urged in a batch with a result per case (one refused
 * because its case closed meanwhile), the failed one retried; the list downloaded as XLSX and read
 * back; the month calendar with holidays, make-up working days and the cases on their last day. A
 * supervisor of another city sees none of it. Main path by keyboard; axe on the page.
 */
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { aFinding, creditCode } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

const WUJIANG = '320509'; // 吴江区, Suzhou: a county of its own for these cases
const supervisor: Principal = {
  userId: 'radar-supervisor',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};
// Lianyungang: a city no other browser test files a case in, so that its radar is empty.
const lianyungang: Principal = { ...supervisor, userId: 'lianyungang-supervisor', regionCode: '320700' };

/**
 * An environment finding in Wujiang with one month to rectify from ten days ago: about three weeks left.
 * Its document number is fixed, so that filing it again (Playwright restarts the worker, and with it
 * `beforeAll`, after a failure) finds the same case rather than opening another.
 */
const finding = (serial: number, name: string): FindingInput =>
  aFinding({
    documentNumber: `吴环罚〔2026〕雷达${serial}号`,
    department: 'environment_bureau',
    dimension: 'environment',
    rectificationMonths: 1,
    findingDate: addDays(chinaDateOf(new Date()), -10),
    enterprise: { name, creditCode: creditCode(WUJIANG, 660_000 + serial), regionCode: WUJIANG },
  });
const findings = {
  urged: finding(1, '雷达测试印染一厂'),
  untouched: finding(2, '雷达测试印染二厂'),
  closing: finding(3, '雷达测试印染三厂'),
};
type Name = keyof typeof findings;
const ids = {} as Record<Name, string>;
const officer = officerFor(findings.urged);

interface CaseAnswer {
  status: string;
  dueAt: string | null;
}

const caseAs = (who: Principal, id: string) => callAs<CaseAnswer>(who, `/v1/cases/${id}`);
const urgingsOf = async (id: string) =>
  (await callAs<{ entries: { type: string }[] }>(supervisor, `/v1/cases/${id}/timeline`)).body.entries.filter(
    (entry) => entry.type === 'urged',
  ).length;

test.beforeAll(async () => {
  for (const name of Object.keys(findings) as Name[]) {
    const filed = await callAs<{ id: string }>(officer, '/v1/findings', {
      method: 'POST',
      body: findings[name],
    });
    expect([200, 201]).toContain(filed.status);
    ids[name] = filed.body.id;
  }
  for (const name of Object.keys(findings) as Name[])
    await eventually(
      () => caseAs(officer, ids[name]),
      (answer) => answer.body.status !== 'filed',
      `${name} recorded past filing`,
    );
});

test('a supervisor sees the counts, opens a bucket, urges two cases, retries the failed one and downloads the list', async ({
  page,
}) => {
  await openConsoleAs(page, supervisor, '/radar');
  await expect(page.getByRole('heading', { name: '临期雷达', level: 2 })).toBeVisible();
  const cell = page.getByRole('button', { name: '吴江区 · 环保 · 30日内到期：3 件，列出' });
  await expect(cell).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // By keyboard: open the bucket.
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]cellRegion=320509&cellDimension=environment&bucket=within_30/);
  await expect(page.getByTestId('radar-scope')).toHaveText('当前：吴江区 · 环保 · 30日内到期');
  const list = page.locator('section[aria-labelledby="radar-list-title"] .ant-table-tbody');
  for (const name of Object.keys(findings) as Name[])
    await expect(list.getByRole('link', { name: findings[name].enterprise.name })).toBeVisible();

  // Meanwhile the third case's re-inspection passes: it closes, and can no longer be urged.
  const passed = await callAs(officer, `/v1/cases/${ids.closing}/reinspections`, {
    method: 'POST',
    body: { reason: '复查达标', evidence: [{ reference: '复查记录' }], result: 'pass' },
    headers: { 'idempotency-key': `radar-reinspection-${ids.closing}` },
  });
  expect(passed.status).toBe(200);
  await eventually(
    () => caseAs(officer, ids.closing),
    (answer) => answer.body.status === 'rectified',
    'the third case closed',
  );

  // Select two cases and urge them, by keyboard.
  for (const name of ['urged', 'closing'] as const) {
    await page.getByRole('checkbox', { name: `选择 ${findings[name].enterprise.name}` }).focus();
    await page.keyboard.press('Space');
  }
  const urge = page.getByRole('button', { name: '批量催办（2）' });
  await urge.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '催办所选 2 件案件' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: '催办意见' }).focus();
  await page.keyboard.type('请于本周内报送整改进展');
  await dialog.getByRole('button', { name: '发送催办' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const results = page.getByRole('region', { name: '催办结果' });
  await expect(results.getByTestId('urging-summary')).toHaveText('已催办 1 件，被拒绝 1 件，失败 0 件');
  const urgedRow = results.getByRole('row').filter({ hasText: findings.urged.enterprise.name });
  await expect(urgedRow.locator('[data-result]')).toHaveAttribute('data-result', 'urged');
  await expect(urgedRow).toContainText('已催办');
  await expect(urgedRow).toContainText(/已记入台账第 \d+ 条/);
  const refusedRow = results.getByRole('row').filter({ hasText: findings.closing.enterprise.name });
  await expect(refusedRow.locator('[data-result]')).toHaveAttribute('data-result', 'refused');
  await expect(refusedRow).toContainText(/案件已结案|案件拒绝催办/);
  await expect(refusedRow).toContainText(/closed/);
  expect(await urgingsOf(ids.urged)).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);

  // Retry the failed one, by keyboard: refused again (the case stays closed); the urged one is not resent.
  const retry = results.getByRole('button', { name: '重试失败项（1）' });
  await retry.focus();
  const retried = page.waitForResponse((r) => r.url().endsWith('/v1/urgings/batch'));
  await page.keyboard.press('Enter');
  const retryAnswer = await retried;
  expect(retryAnswer.status()).toBe(200);
  expect(JSON.parse(retryAnswer.request().postData() ?? '{}').caseIds).toEqual([ids.closing]);
  await expect(results.getByTestId('urging-summary')).toHaveText('已催办 1 件，被拒绝 1 件，失败 0 件');
  await expect(refusedRow.locator('[data-result]')).toHaveAttribute('data-result', 'refused');
  expect(await urgingsOf(ids.urged)).toBe(1);
  expect(await urgingsOf(ids.closing)).toBe(0);

  // Download the list as XLSX, by keyboard, and read it back: the open cases of the bucket.
  const exportButton = page.getByRole('button', { name: '导出 XLSX' });
  await exportButton.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^临期雷达-320509-environment-within_30-\d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const workbook = new Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('案件清单')!;
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  expect(rows[0]![0]).toContain('地区：吴江区（320509）　标准类别：环保　临期分组：30日内到期');
  expect(rows[1]!.slice(0, 5)).toEqual(['序号', '案件编号', '企业名称', '统一社会信用代码', '地区']);
  const data = rows.slice(2);
  expect(data.map((row) => row[2]).sort()).toEqual(
    [findings.urged.enterprise.name, findings.untouched.enterprise.name].sort(),
  );
  const urgedInSheet = data.find((row) => row[1] === ids.urged)!;
  expect(urgedInSheet.slice(4, 10)).toEqual(['吴江区', WUJIANG, '钢铁', '环保', '生态环境局', '限期整改中']);
  expect(urgedInSheet[15]).toBe('30日内到期');
});

test('the calendar shows holidays, make-up working days and the cases on their last day', async ({
  page,
}) => {
  const due = (await caseAs(supervisor, ids.untouched)).body.dueAt!;
  const lastDay = chinaDateOf(new Date(Date.parse(due) - 1));
  await openConsoleAs(
    page,
    supervisor,
    `/radar?cellRegion=${WUJIANG}&cellDimension=environment&month=${lastDay.slice(0, 7)}`,
  );
  const day = page.locator(`[data-day="${lastDay}"]`);
  // Both open cases filed the same day fall due on the same last day.
  await expect(day).toContainText(/\d+ 件到期/);
  await expect(day.getByRole('link', { name: findings.untouched.enterprise.name })).toBeVisible();
  await expect(day.getByRole('link', { name: findings.urged.enterprise.name })).toBeVisible();

  // The 2026 notice: National Day 1–7 October off, Sunday 20 September and Saturday 10 October worked;
  // Mid-Autumn 25–27 September off.
  await openConsoleAs(page, supervisor, '/radar?month=2026-10');
  await expect(page.getByTestId('calendar-month')).toHaveText('2026年10月');
  await expect(page.locator('[data-day="2026-10-01"]')).toContainText('休 · 国庆节');
  await expect(page.locator('[data-day="2026-10-10"]')).toContainText('班 · 国庆节调休上班');
  await expect(page.locator('[data-day="2026-10-12"]')).not.toContainText('休');
  // By keyboard, a month back: the make-up Sunday of September.
  await page.getByRole('button', { name: '上个月' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/month=2026-09/);
  await expect(page.locator('[data-day="2026-09-20"]')).toContainText('班 · 国庆节调休上班');
  await expect(page.locator('[data-day="2026-09-25"]')).toContainText('休 · 中秋节');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a supervisor of another city sees none of these cases, not even by the URL', async ({ page }) => {
  const due = (await caseAs(supervisor, ids.untouched)).body.dueAt!;
  await openConsoleAs(
    page,
    lianyungang,
    `/radar?month=${chinaDateOf(new Date(Date.parse(due) - 1)).slice(0, 7)}`,
  );
  await expect(page.getByRole('heading', { name: '临期雷达', level: 2 })).toBeVisible();
  await expect(page.getByText('辖区内没有未结案件')).toBeVisible();
  await expect(page.getByText('没有符合条件的案件')).toBeVisible();
  await expect(page.getByText('吴江区')).toHaveCount(0);
  await expect(page.getByText('雷达测试印染')).toHaveCount(0);

  await openConsoleAs(
    page,
    lianyungang,
    `/radar?cellRegion=${WUJIANG}&cellDimension=environment&bucket=within_30`,
  );
  // The list and the calendar both ask for Wujiang, and the API refuses both.
  await expect(page.getByText(`region ${WUJIANG} is outside your jurisdiction`).first()).toBeVisible();
  await expect(page.getByText('雷达测试印染')).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
});
