/**
 * The quarterly notice to member units (季度通报) in the browser: 昭通市's year three years back, opened now,
 * so every quarter has ended and none was issued by the year itself. Two cases of 昭阳区 are written into
 * that year's ledger (one rectifying, one ordered to exit, both before 30 June). The province's office sees
 * the city's quarters with 发布季度通报 disabled and the server's reason; the city's office issues Q2 from the
 * year's page, is refused a receipt dated before the notice (the server's words), records 财政部门's
 * receipt, and the section and the year's record show it. The public finds the notice under 季度通报 and
 * reads its two lists and the member units with their duties and the duties' source, in Chinese and in
 * English, printed without the site's frame; axe finds nothing serious on either side.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../api/auth';
import { connectDatabase } from '../../db/client';
import { chinaDateOf } from '../../domain/calendar';
import { backdatedExit, cst } from '../helpers/backdated-exits';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

// A city and year no other suite opens (a year's workflow id is one per region and year on the server).
const CITY = '530600'; // 昭通市
const COUNTY = '530602'; // 昭阳区
const today = chinaDateOf(new Date());
const YEAR = Number(today.slice(0, 4)) - 3;
const YEAR_ID = `YR-${CITY}-${YEAR}`;
const NOTICE_ID = `TB-${CITY}-${YEAR}-Q2`;
const office = (regionCode: string): Principal => ({
  userId: `qn-browser-${regionCode}`,
  roles: ['supervisor'],
  regionCode,
  department: null,
});

test.beforeAll(async () => {
  const opened = await callAs(office(CITY), '/v1/years', {
    method: 'POST',
    body: { regionCode: CITY, year: YEAR },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect([200, 201]).toContain(opened.status);
  const database = connectDatabase(process.env.TEST_DATABASE_URL!);
  try {
    // Rectifying at the end of June; ordered to exit in May.
    await backdatedExit(database.db, '昭通整改', COUNTY, 'energy', [
      { type: 'case_filed', status: 'rectifying', at: cst(`${YEAR}-04-10T10:00:00`) },
    ]);
    await backdatedExit(database.db, '昭通退出', COUNTY, 'technology', [
      { type: 'case_filed', status: 'filed', at: cst(`${YEAR}-01-05T10:00:00`) },
      { type: 'exit_ordered_at_once', status: 'exiting', at: cst(`${YEAR}-05-20T10:00:00`) },
    ]);
  } finally {
    await database.close();
  }
});

test('the province sees the city’s quarters, but issuing them is the city’s', async ({ page }) => {
  await openConsoleAs(page, office('530000'), `/years/${YEAR_ID}`);
  const section = page.getByTestId('quarterly-notices');
  await expect(section.getByRole('heading', { level: 3, name: '季度通报（成员单位）' })).toBeVisible();
  await expect(section.getByTestId('member-units')).toContainText('财政部门');
  const row = section.locator('tr[data-quarter="1"]');
  await expect(row.getByTestId('notice-status')).toHaveText('未发布');
  await expect(row.getByRole('button', { name: '发布季度通报' })).toBeDisabled();
  await expect(row.getByTestId('issue-problem')).toContainText(`by the office of ${CITY}, not 530000`);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('昭通市 issues the Q2 notice and records a member unit’s receipt; the public reads it', async ({
  browser,
}) => {
  const city = await (await browser.newContext()).newPage();
  await openConsoleAs(city, office(CITY), `/years/${YEAR_ID}`);
  const section = city.getByTestId('quarterly-notices');
  const q2 = section.locator('tr[data-quarter="2"]');
  await expect(q2.getByTestId('notice-status')).toHaveText('未发布');
  await expect(q2).toContainText(`名单截至 ${YEAR}-06-30 24:00`);
  await q2.getByRole('button', { name: '发布季度通报' }).click();
  const issue = city.getByRole('dialog', { name: '发布第 2 季度通报' });
  await expect(issue).toContainText(`${YEAR}-06-30 24:00`);
  await issue.getByRole('button', { name: '确认提交' }).click();
  await expect(issue).toBeHidden();
  await expect(q2.getByTestId('notice-status')).toHaveText('已发布');
  await expect(q2.getByTestId('notice-counts')).toHaveText('需整改 1 项，需退出 1 项');
  await expect(q2.getByTestId('notice-link')).toHaveAttribute(
    'href',
    `/public/quarterly-notices/${NOTICE_ID}`,
  );
  await expect(q2.getByTestId('acknowledge-by')).toHaveText(/^\d{4}-\d{2}-\d{2} 前签收$/);
  await expect(q2).toContainText('已签收 0 / ');
  // The other quarters may still be issued.
  await expect(
    section.locator('tr[data-quarter="3"]').getByRole('button', { name: '发布季度通报' }),
  ).toBeEnabled();

  const units = section.locator(`[data-notice="${NOTICE_ID}"]`);
  await expect(
    units.getByRole('heading', { level: 4, name: '第 2 季度通报：成员单位签收情况' }),
  ).toBeVisible();
  const finance = units.locator('tr[data-unit="finance"]');
  await expect(finance).toContainText('财政部门');
  await expect(finance).toContainText('不予资金支持');
  await expect(finance.getByTestId('receipt')).toHaveText('未签收');
  expect(await accessibilityViolations(city)).toEqual([]);

  await finance.getByRole('button', { name: '记录签收' }).click();
  const receipt = city.getByRole('dialog', { name: '记录签收：第 2 季度通报' });
  // The unit is the row's; the day, today.
  await expect(
    receipt
      .getByRole('combobox', { name: '成员单位' })
      .locator('xpath=ancestor::*[contains(@class,"ant-select")][1]'),
  ).toContainText('财政部门');
  await expect(receipt.getByLabel('签收日期')).toHaveValue(today);
  await receipt.getByLabel('签收人').fill('昭通市财政局 李四');
  await receipt.getByLabel('签收日期').fill(`${YEAR}-07-01`);
  await receipt.getByLabel('备注（可不填）').fill('已收悉');
  await receipt.getByRole('button', { name: '确认提交' }).click();
  // Received before the notice was issued: refused, in the server's words; nothing recorded.
  await expect(receipt.getByTestId('refusal')).toContainText('before the notice was issued');
  expect(await accessibilityViolations(city)).toEqual([]);
  await receipt.getByLabel('签收日期').fill(today);
  await receipt.getByRole('button', { name: '确认提交' }).click();
  await expect(receipt).toBeHidden();
  await expect(finance.getByTestId('receipt')).toHaveText(`昭通市财政局 李四 于 ${today} 签收`);
  await expect(finance.getByRole('button', { name: '记录签收' })).toHaveCount(0);
  await expect(q2).toContainText('已签收 1 / ');
  await expect(city.locator('tr[data-event="quarterly_notice_issued"]')).toContainText('第 2 季度');
  await expect(city.locator('tr[data-event="quarterly_notice_received"]')).toContainText(
    '第 2 季度：财政部门：已收悉',
  );
  await expect(city.getByTestId('chain')).toHaveText('记录链完整');

  // The public: 季度通报, the city's notices of the year, the notice.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/public/');
  await visitor.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '季度通报' }).click();
  await expect(visitor).toHaveURL(/\/public\/quarterly-notices$/);
  await expect(visitor.getByRole('heading', { level: 1, name: '落后产能企业名单季度通报' })).toBeVisible();
  await visitor.goto(`/public/quarterly-notices?region=${CITY}&year=${YEAR}`);
  const row = visitor.locator(`tr[data-notice="${NOTICE_ID}"]`);
  await expect(row).toContainText(`${YEAR}-06-30 24:00`);
  await expect(visitor.locator('tr[data-notice]')).toHaveCount(1);
  expect(await accessibilityViolations(visitor)).toEqual([]);
  const title = `昭通市${YEAR}年第2季度落后产能企业名单通报`;
  await row.getByRole('link', { name: title }).click();
  await expect(visitor).toHaveURL(new RegExp(`/public/quarterly-notices/${NOTICE_ID}$`));
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const rectify = visitor.getByRole('table', { name: '能耗、环保、质量、安全等不达标需进行整改的企业' });
  await expect(rectify.getByRole('row', { name: /虎丘某昭通整改厂/ })).toContainText('昭阳区');
  await expect(rectify.getByRole('row', { name: /虎丘某昭通整改厂/ })).toContainText('整改中');
  const exit = visitor.getByRole('table', { name: '整改后仍不达标需依法退出的企业' });
  await expect(exit.getByRole('row', { name: /虎丘某昭通退出厂/ })).toContainText('技术');
  await expect(visitor.getByRole('heading', { level: 2, name: '需整改企业（1 项）' })).toBeVisible();
  const memberUnits = visitor.getByRole('table', { name: '本通报送达的成员单位' });
  await expect(memberUnits.getByRole('row', { name: /财政部门/ })).toContainText('不予资金支持');
  await expect(memberUnits.getByRole('row', { name: /中国人民银行分支机构/ })).toContainText(
    '执行差别化信贷政策，严控融资授信',
  );
  await expect(visitor.getByText('迪庆州 五（六）（七）', { exact: false })).toBeVisible();
  expect(await accessibilityViolations(visitor)).toEqual([]);

  // Printed, it is the document alone: no site frame, no buttons.
  await visitor.emulateMedia({ media: 'print' });
  await expect(visitor.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(visitor.getByRole('button', { name: '打印通报' })).toBeHidden();
  await expect(rectify).toBeVisible();
  await visitor.emulateMedia({ media: 'screen' });

  // In English: the title composed, the units and their duties translated.
  await visitor.getByRole('button', { name: 'English' }).click();
  await expect(
    visitor.getByRole('heading', {
      level: 1,
      name: `昭通市: enterprises to rectify and to exit, Q2 ${YEAR}`,
    }),
  ).toBeVisible();
  await expect(
    visitor
      .getByRole('table', { name: 'Member units notified' })
      .getByRole('row', { name: /Finance bureau/ }),
  ).toContainText('Give no funding support');
  expect(await accessibilityViolations(visitor)).toEqual([]);
});
