/**
 * The year's work plan in the browser: 汉滨区's office submits its plan as targets (a line given twice is
 * refused with the server's reason, and nothing is kept), 安康市's office approves it by accepting the
 * milestone, the county amends it, and the city approves the amendment from its inbox; the page shows the
 * version in force, its targets and every version; in Chinese and English, with axe finding nothing serious.
 */
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

const CITY_OFFICE: Principal = {
  userId: 'plan-city-office',
  roles: ['supervisor'],
  regionCode: '610900',
  department: null,
};
const COUNTY_OFFICE: Principal = {
  userId: 'plan-county-office',
  roles: ['supervisor'],
  regionCode: '610902',
  department: null,
};
// Two years ahead: years.spec.ts works in next year's.
const YEAR = Number(chinaDateOf(new Date()).slice(0, 4)) + 2;
const YEAR_ID = `YR-610902-${YEAR}`;
const PLAN = '年度工作方案（计划）';

/** Chooses an option of an antd Select by keyboard: open it, arrow to the option, Enter. */
async function choose(page: Page, within: Locator, field: string, option: string) {
  const select = within.getByRole('combobox', { name: field });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(open).toHaveCount(1);
  const options = open.locator('.ant-select-item-option');
  const titles = await options.evaluateAll((items) => items.map((item) => item.getAttribute('title')));
  const target = titles.indexOf(option);
  expect(target, `${option} among ${titles.join('、')}`).toBeGreaterThanOrEqual(0);
  const active = await options.evaluateAll((items) =>
    items.findIndex((item) => item.classList.contains('ant-select-item-option-active')),
  );
  for (let at = Math.max(active, 0); at !== target; at += target > at ? 1 : -1)
    await page.keyboard.press(target > at ? 'ArrowDown' : 'ArrowUp');
  await expect(open.locator('.ant-select-item-option-active')).toHaveAttribute('title', option);
  await page.keyboard.press('Enter');
  // The choice is made and its list closed before the next key.
  await expect(open).toHaveCount(0);
  await expect(select.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText(option);
}

async function fillTarget(
  page: Page,
  dialog: Locator,
  line: number,
  target: { measure: string; dimension: string; industry: string; counts: [number, number, number] },
) {
  await choose(page, dialog, `措施 ${line}`, target.measure);
  await choose(page, dialog, `标准 ${line}`, target.dimension);
  await choose(page, dialog, `行业 ${line}`, target.industry);
  const [enterprises, equipment, capacity] = target.counts;
  await dialog.getByRole('spinbutton', { name: `企业数 ${line}` }).fill(String(enterprises));
  await dialog.getByRole('spinbutton', { name: `设备数 ${line}` }).fill(String(equipment));
  await dialog.getByRole('spinbutton', { name: `产能 ${line}` }).fill(String(capacity));
}

test('汉滨区 submits its plan as targets, 安康市 approves it, then approves its amendment', async ({
  browser,
}) => {
  const opened = await callAs(CITY_OFFICE, '/v1/years', {
    method: 'POST',
    body: { regionCode: '610902', year: YEAR },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect([200, 201]).toContain(opened.status);

  const county = await (await browser.newContext()).newPage();
  await openConsoleAs(county, COUNTY_OFFICE, `/years/${YEAR_ID}`);
  const plan = county.getByTestId('work-plan');
  await expect(plan).toContainText('尚未报送工作方案。');
  await county.locator('tr[data-milestone="work_plan"]').getByRole('button', { name: '报送材料' }).click();
  const submit = county.getByRole('dialog', { name: `报送：${PLAN}` });
  const cement = { measure: '依法依规退出', dimension: '能耗', industry: '水泥' };
  await fillTarget(county, submit, 1, { ...cement, counts: [2, 3, 60] });
  await submit.getByRole('button', { name: '增加一行' }).click();
  await fillTarget(county, submit, 2, { ...cement, counts: [1, 1, 20] });
  await submit.getByLabel('报送说明').fill(`汉滨区${YEAR}年度落后产能退出工作计划`);
  await submit.getByLabel('报送材料（文号或文件名，每行一项）').fill(`汉政发〔${YEAR}〕3号`);
  await submit.getByRole('button', { name: '确认提交' }).click();
  // The same measure, standard, industry and unit twice: the server's reason, as written; nothing kept.
  await expect(submit.getByTestId('refusal-fields')).toContainText('/targets/1 repeats target 1');
  await choose(county, submit, '标准 2', '环保');
  await choose(county, submit, '措施 2', '限期整改');
  await submit.getByRole('button', { name: '确认提交' }).click();
  await expect(submit).toBeHidden();
  await expect(plan.getByTestId('plan-pending')).toHaveText('待审批：第 1 版');
  await expect(plan.locator('tr[data-plan-version]')).toHaveCount(1);

  // The city approves the plan by accepting the milestone.
  const city = await (await browser.newContext()).newPage();
  await openConsoleAs(city, CITY_OFFICE, `/years/${YEAR_ID}`);
  await city.locator('tr[data-milestone="work_plan"]').getByRole('button', { name: '审核报送' }).click();
  const review = city.getByRole('dialog', { name: `审核：${PLAN}` });
  await review.getByLabel('审核通过').check();
  await review.getByLabel('审核意见').fill('同意');
  await review.getByRole('button', { name: '确认提交' }).click();
  await expect(review).toBeHidden();
  const cityPlan = city.getByTestId('work-plan');
  await expect(cityPlan.getByTestId('plan-in-force')).toHaveText('执行中：第 1 版');
  await expect(cityPlan.getByRole('row', { name: /依法依规退出 能耗 水泥 2 3 60 万吨\/年/ })).toBeVisible();
  await expect(cityPlan.getByRole('row', { name: /限期整改 环保 水泥 1 1 20 万吨\/年/ })).toBeVisible();
  // Only the county amends its plan.
  await expect(cityPlan.getByRole('button', { name: '修订方案' })).toHaveCount(0);

  // The county amends it, starting from the plan in force.
  await county.reload();
  await plan.getByRole('button', { name: '修订方案' }).click();
  const amend = county.getByRole('dialog', { name: '修订年度工作方案' });
  await expect(amend.getByTestId('target-row')).toHaveCount(2);
  await amend.getByRole('spinbutton', { name: '企业数 1' }).fill('3');
  await amend.getByRole('spinbutton', { name: '产能 1' }).fill('90');
  await amend.getByLabel('修订理由').fill('新增一家水泥企业');
  await amend.getByLabel('修订后的方案（文号或文件名，每行一项）').fill(`汉政发〔${YEAR}〕20号`);
  await amend.getByRole('button', { name: '确认提交' }).click();
  await expect(amend).toBeHidden();
  await expect(plan.getByTestId('plan-in-force')).toHaveText('执行中：第 1 版');
  await expect(plan.getByTestId('plan-pending')).toHaveText('待审批：第 2 版');
  await expect(plan.getByRole('button', { name: '修订方案' })).toHaveCount(0);

  // The city finds the amendment in its inbox, and approves it.
  await city.goto('/console/?kind=plan_amendment_review');
  await city.getByRole('link', { name: `汉滨区 ${YEAR} 年度工作：${PLAN}` }).click();
  await expect(city).toHaveURL(new RegExp(`/console/years/${YEAR_ID}$`));
  await cityPlan.getByRole('button', { name: '审批修订' }).click();
  const decide = city.getByRole('dialog', { name: '审批工作方案第 2 版' });
  await decide.getByLabel('审核通过').check();
  await decide.getByLabel('审核意见').fill('同意修订');
  await decide.getByRole('button', { name: '确认提交' }).click();
  await expect(decide).toBeHidden();
  await expect(cityPlan.getByTestId('plan-in-force')).toHaveText('执行中：第 2 版');
  await expect(cityPlan.getByRole('row', { name: /依法依规退出 能耗 水泥 3 3 90 万吨\/年/ })).toBeVisible();
  await expect(cityPlan.locator('tr[data-plan-version="1"]')).toContainText('已由修订版本取代');
  await expect(cityPlan.locator('tr[data-plan-version="2"]')).toContainText('修订第 1 版：新增一家水泥企业');
  await expect(city.locator('tr[data-event="plan_amendment_approved"]')).toContainText('同意修订');
  expect(await accessibilityViolations(city)).toEqual([]);

  await city.getByRole('button', { name: '切换语言' }).click();
  await expect(city.getByRole('heading', { level: 3, name: 'Work plan (targets)' })).toBeVisible();
  await expect(cityPlan.getByTestId('plan-in-force')).toHaveText('In force: version 2');
  await expect(cityPlan.locator('tr[data-plan-version="1"]')).toContainText('Superseded by an amendment');
  expect(await accessibilityViolations(city)).toEqual([]);
});
