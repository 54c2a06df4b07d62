/**
 * The bureau's year in the browser: 安康市's office opens 汉滨区's year for next year from 年度工作, the
 * county's office submits its summary, the city returns it with an opinion, the county submits again
 * and the city accepts — each action offered only to whom the server says may take it — and the year's
 * record shows every step with its chain intact; in Chinese and English, with axe finding nothing serious.
 */
import type { Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { accessibilityViolations, expect, openConsoleAs, test } from './fixtures';

const CITY_OFFICE: Principal = {
  userId: 'years-city-office',
  roles: ['supervisor'],
  regionCode: '610900',
  department: null,
};
const COUNTY_OFFICE: Principal = {
  userId: 'years-county-office',
  roles: ['supervisor'],
  regionCode: '610902',
  department: null,
};
const YEAR = Number(chinaDateOf(new Date()).slice(0, 4)) + 1;
const YEAR_ID = `YR-610902-${YEAR}`;

const row = (page: Page, kind: string) => page.locator(`tr[data-milestone="${kind}"]`);

async function submitSummary(page: Page, note: string) {
  await row(page, 'summary').getByRole('button', { name: '报送材料' }).click();
  const dialog = page.getByRole('dialog', { name: '报送：年度工作总结及佐证材料' });
  await dialog.getByLabel('报送说明').fill(note);
  await dialog.getByLabel('报送材料（文号或文件名，每行一项）').fill(`汉政发〔${YEAR}〕40号\n佐证材料.zip`);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, 'summary').getByTestId('milestone-status')).toHaveText('已报送，待审核');
}

async function review(page: Page, outcome: '审核通过' | '退回重报', opinion: string) {
  await row(page, 'summary').getByRole('button', { name: '审核报送' }).click();
  const dialog = page.getByRole('dialog', { name: '审核：年度工作总结及佐证材料' });
  await dialog.getByLabel(outcome).check();
  await dialog.getByLabel('审核意见').fill(opinion);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog).toBeHidden();
}

test('安康市 opens 汉滨区’s year; the county submits, the city returns, then accepts', async ({
  browser,
}) => {
  const city = await (await browser.newContext()).newPage();
  await openConsoleAs(city, CITY_OFFICE, '/');
  await city.getByRole('menuitem', { name: /年度工作$/ }).click();
  await expect(city).toHaveURL(/\/console\/years$/);
  await city.getByRole('combobox', { name: '地区' }).click();
  await city.locator('.ant-select-item-option[title="汉滨区"]').click();
  await city.getByRole('combobox', { name: '年度' }).first().click();
  await city.locator(`.ant-select-item-option[title="${YEAR}"]`).first().click();
  await city.getByRole('button', { name: '启动年度工作' }).click();
  await expect(city).toHaveURL(new RegExp(`/console/years/${YEAR_ID}$`));
  await expect(city.getByRole('heading', { level: 2, name: `汉滨区 ${YEAR} 年度工作` })).toBeVisible();
  await expect(city.locator('tr[data-milestone]')).toHaveCount(4);
  await expect(row(city, 'summary').getByTestId('last-day')).toHaveText(/^\d{4}-12-(30|31)|\d{4}-01-0\d$/);
  // The county owes it: the city may neither submit it nor, with nothing submitted, review it.
  await expect(row(city, 'summary').getByRole('button')).toHaveCount(0);
  expect(await accessibilityViolations(city)).toEqual([]);

  const county = await (await browser.newContext()).newPage();
  // The county's inbox holds each milestone it owes, linked to the year.
  await openConsoleAs(county, COUNTY_OFFICE, '/');
  await county.getByRole('link', { name: `汉滨区 ${YEAR} 年度工作：年度工作总结及佐证材料` }).click();
  await expect(county).toHaveURL(new RegExp(`/console/years/${YEAR_ID}$`));
  await submitSummary(county, '汉滨区年度工作总结');
  await expect(row(county, 'summary').getByRole('button', { name: '报送材料' })).toHaveCount(0);

  // The city's inbox now holds the review.
  await city.goto('/console/');
  await city.getByRole('link', { name: `汉滨区 ${YEAR} 年度工作：年度工作总结及佐证材料` }).click();
  await review(city, '退回重报', '缺少佐证材料清单');
  await expect(row(city, 'summary').getByTestId('milestone-status')).toHaveText('已退回，待重报');

  await county.reload();
  await expect(row(county, 'summary')).toContainText('缺少佐证材料清单');
  await submitSummary(county, '补充佐证材料清单后重报');

  await city.reload();
  await review(city, '审核通过', '同意');
  await expect(row(city, 'summary').getByTestId('milestone-status')).toHaveText('已完成');
  await expect(city.getByTestId('year-counts')).toHaveText('未完成 3 项，其中逾期 0 项');
  await expect(city.locator('tr[data-event="milestone_returned"]')).toContainText('缺少佐证材料清单');
  await expect(city.locator('tr[data-event="milestone_accepted"]')).toHaveCount(1);
  await expect(city.getByTestId('chain')).toHaveText('记录链完整');
  expect(await accessibilityViolations(city)).toEqual([]);

  // The list shows the year; in English the page reads in English.
  await city.goto(`/console/years?year=${YEAR}`);
  await expect(city.locator(`tr[data-year="${YEAR_ID}"]`)).toContainText('进行中');
  await city.goto(`/console/years/${YEAR_ID}`);
  await city.getByRole('button', { name: '切换语言' }).click();
  await expect(row(city, 'summary').getByTestId('milestone-status')).toHaveText('Done');
  await expect(city.getByRole('heading', { level: 3, name: /The year’s record/ })).toBeVisible();
  expect(await accessibilityViolations(city)).toEqual([]);
});

test('a year outside the caller’s jurisdiction reads as not found', async ({ page }) => {
  await openConsoleAs(
    page,
    { userId: 'years-other-county', roles: ['supervisor'], regionCode: '610921', department: null },
    `/years/${YEAR_ID}`,
  );
  await expect(page.getByText('没有找到该年度工作')).toBeVisible();
});
