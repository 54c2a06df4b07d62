/**
 * The public pages in the browser, without signing in: an enterprise the service put on the red list
 * (a case driven through the API to its exit) is found there by region; a tip about it is filed and
 * followed by its receipt number — by keyboard alone. The API's refusals show beside their fields; the
 * published versions show who entered and left; a region's list shows no other county's enterprise;
 * the language switch; axe-core on every page.
 */
import type { Locator, Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { aFinding, RUN } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, test, tabTo } from './fixtures';

const GUSU = '320508';
const HUQIU = '320505';
const RECEIPT = /^JB-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/;

let keys = 0;
const key = (what: string) => `public-spec-${what}-${Date.now().toString(36)}-${(keys += 1)}`;

interface Listed {
  name: string;
  creditCode: string;
  caseId: string;
}

/**
 * The shortest way onto the red list (domain/lists.ts, listMoves): a case filed with a rectification
 * period (energy), its re-inspection failed, the government's approval of the exit of the equipment,
 * the equipment dismantled, the county's and the city's acceptance passed: exited, red card.
 */
async function redListedEnterprise(): Promise<Listed> {
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10) },
    // A name of its own: a worker restarted after a failure runs this again.
    { enterpriseName: `红名单公示测试钢铁厂${RUN}-`, regionCode: GUSU },
  );
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  const caseId = filed.body.id;
  const status = () =>
    callAs<{ status: string }>(officer, `/v1/cases/${encodeURIComponent(caseId)}`).then((a) => a.body.status);
  await eventually(status, (s) => s === 'rectifying', 'the case to be rectifying');

  const decide = async (who: Principal, path: string, body: object) => {
    const answer = await callAs(who, `/v1/cases/${encodeURIComponent(caseId)}/${path}`, {
      method: 'POST',
      body,
      headers: { 'idempotency-key': key(path) },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };
  const evidence = (reference: string) => [{ reference }];
  await decide(officer, 'reinspections', {
    reason: '复查能耗仍不达标',
    evidence: evidence('复查报告'),
    result: 'fail',
  });
  await eventually(status, (s) => s === 'awaiting_government_decision', 'the government’s decision');
  const government: Principal = {
    userId: 'government-320508',
    roles: ['government_approver'],
    regionCode: GUSU,
    department: null,
  };
  await decide(government, 'government-decisions', {
    reason: '整改不达标，批准淘汰该设备',
    evidence: evidence('政府批复'),
    decision: 'approve_exit',
    exitOrder: { measure: 'shutdown', scope: 'equipment', equipment: finding.capacity.equipment },
  });
  await eventually(status, (s) => s === 'exiting', 'the exit');
  await decide(officer, 'exit-evidence', {
    reason: '主体设备已拆除',
    evidence: evidence('拆除前中后照片'),
    item: 'dismantled',
  });
  await eventually(status, (s) => s === 'awaiting_acceptance', 'the acceptance');
  const inspector = (regionCode: string): Principal => ({
    userId: `inspector-${regionCode}`,
    roles: ['acceptance_inspector'],
    regionCode,
    department: null,
  });
  await decide(inspector(GUSU), 'acceptance-opinions', {
    reason: '县级验收合格',
    evidence: evidence('县级验收意见'),
    level: 'county',
    result: 'pass',
  });
  await decide(inspector('320500'), 'acceptance-opinions', {
    reason: '市级验收合格',
    evidence: evidence('市级验收意见'),
    level: 'city',
    result: 'pass',
  });
  await eventually(
    () => callAs<{ items: { caseId: string }[] }>(null, `/v1/lists/red?region=${GUSU}`),
    (answer) => answer.body.items.some((entry) => entry.caseId === caseId),
    'the enterprise on the red list',
  );
  return { name: finding.enterprise.name, creditCode: finding.enterprise.creditCode, caseId };
}

let listed: Listed;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  listed = await redListedEnterprise();
});

/** Picks an option of a native <select> by keyboard alone: Tab to it, then the arrow keys. */
async function chooseByKeyboard(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select);
  for (let presses = 0; presses < 80; presses += 1) {
    const chosen = (await select.locator('option:checked').textContent())?.trim();
    if (chosen === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${select.toString()} has no option ${option}`);
}

/** Province › city › county, by keyboard. */
async function chooseRegion(page: Page, scope: Locator, names: [string, string, string]): Promise<void> {
  await chooseByKeyboard(page, scope.getByLabel('省级（省、自治区、直辖市）'), names[0]);
  await chooseByKeyboard(page, scope.getByLabel('市级（市、地区、自治州）'), names[1]);
  await chooseByKeyboard(page, scope.getByLabel('县级（县、市、区）'), names[2]);
}

test('the public finds an enterprise on the red list by region, files a tip about it and follows it by receipt number — by keyboard alone', async ({
  page,
}) => {
  await page.goto('/public/');
  await expect(page.getByRole('heading', { level: 1, name: '落后产能退出 — 公开信息' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The skip link is the first stop, and it leads into the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();

  const mainNav = page.getByRole('navigation', { name: '主导航' });
  await tabTo(page, mainNav.getByRole('link', { name: '名单公示' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/public\/lists\/yellow$/);
  await expect(page.getByRole('heading', { level: 1, name: '黄名单' })).toBeFocused();

  await tabTo(page, page.getByRole('navigation', { name: '名单' }).getByRole('link', { name: '红名单' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/public\/lists\/red$/);
  await expect(page.getByRole('heading', { level: 1, name: '红名单' })).toBeFocused();

  const filter = page.getByRole('search', { name: '按地区筛选' });
  await chooseRegion(page, filter, ['江苏省', '苏州市', '姑苏区']);
  await tabTo(page, filter.getByRole('button', { name: '筛选' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/public/lists/red\\?region=${GUSU}$`));
  await expect(page.getByText('地区：姑苏区')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: listed.name });
  await expect(row).toContainText(listed.creditCode);
  await expect(row).toContainText('姑苏区');
  await expect(page.getByRole('table', { name: '红名单（姑苏区）' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // A tip about it, anonymous (the default), by keyboard.
  await tabTo(page, mainNav.getByRole('link', { name: '我要举报' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/public\/tips\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: '我要举报' })).toBeFocused();
  expect(await accessibilityViolations(page)).toEqual([]);

  await tabTo(page, page.getByLabel('企业名称'));
  await page.keyboard.type(listed.name);
  await tabTo(page, page.getByLabel('统一社会信用代码（如知道）'));
  await page.keyboard.type(listed.creditCode);
  await chooseRegion(page, page.getByRole('group', { name: '企业所在地区' }), ['江苏省', '苏州市', '姑苏区']);
  await chooseByKeyboard(page, page.getByLabel('涉及方面（如知道）'), '能耗');
  await tabTo(page, page.getByLabel('举报内容'));
  await page.keyboard.type('该厂被列入红名单后，夜间仍有高炉生产，烟囱冒烟。');
  await expect(page.getByRole('radio', { name: '匿名举报（不留姓名和联系方式）' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: '提交举报' }));
  await page.keyboard.press('Enter');

  const receiptHeading = page.getByRole('heading', { name: '举报已受理' });
  await expect(receiptHeading).toBeFocused();
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
  expect(receiptNumber).toMatch(RECEIPT);
  await expect(page.getByText('已受理（待分办）')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The service has it, as filed.
  const filed = await callAs<{ status: string }>(null, `/v1/tips/${receiptNumber}`);
  expect(filed.status).toBe(200);
  expect(filed.body.status).toBe('received');

  // Follow it: from the receipt, then by typing the number in.
  await tabTo(page, page.getByRole('link', { name: '查询办理进展' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/public\/tips\/follow$/);
  await expect(page.getByRole('heading', { name: '办理进展' })).toBeFocused();
  await expect(page.getByTestId('tip-status')).toHaveText('已受理（待分办）');
  // The number is never put in the address.
  expect(page.url()).not.toContain(receiptNumber);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto('/public/tips/follow');
  await tabTo(page, page.getByLabel('受理编号'));
  await page.keyboard.type(receiptNumber.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '办理进展' })).toBeFocused();
  await expect(page.getByTestId('tip-status')).toHaveText('已受理（待分办）');
  await expect(page.getByRole('definition').filter({ hasText: receiptNumber })).toBeVisible();
  await expect(page.getByText('尚未办结')).toBeVisible();
});

test('what the API refuses is shown beside its field; a named tip is followed without its reporter', async ({
  page,
}) => {
  await page.goto('/public/tips/new');
  await page.getByRole('button', { name: '提交举报' }).click();

  const summary = page.getByRole('alert').filter({ hasText: '举报没有提交成功' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: '请填写企业名称（不超过 200 字）。' })).toBeVisible();
  await expect(summary.getByRole('link', { name: '请选择企业所在地区。' })).toBeVisible();
  await expect(summary.getByRole('link', { name: '请填写举报内容（不超过 5000 字）。' })).toBeVisible();
  const name = page.getByLabel('企业名称');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/请填写企业名称/);
  await expect(page.getByLabel('举报内容')).toHaveAccessibleDescription(/请填写举报内容/);
  expect(await accessibilityViolations(page)).toEqual([]);

  // The summary's link leads to the field.
  await summary.getByRole('link', { name: '请填写企业名称（不超过 200 字）。' }).click();
  await expect(name).toBeFocused();

  // A wrong credit code, and a named tip without a contact.
  await name.fill('某某水泥有限公司');
  await page.getByLabel('统一社会信用代码（如知道）').fill('91320508ABC');
  const region = page.getByRole('group', { name: '企业所在地区' });
  await region.getByLabel('省级（省、自治区、直辖市）').selectOption({ label: '江苏省' });
  await region.getByLabel('市级（市、地区、自治州）').selectOption({ label: '苏州市' });
  await region.getByLabel('县级（县、市、区）').selectOption({ label: '虎丘区' });
  await page.getByLabel('举报内容').fill('水泥厂夜间生产，粉尘很大。');
  await page.getByRole('radio', { name: '实名举报' }).check();
  await page.getByRole('textbox', { name: /^姓名/ }).fill('张测试');
  await page.getByRole('button', { name: '提交举报' }).click();
  await expect(page.getByLabel('统一社会信用代码（如知道）')).toHaveAccessibleDescription(/末位校验码正确/);
  await expect(page.getByLabel('联系方式（电话、电子邮箱或地址）')).toHaveAccessibleDescription(
    /请填写联系方式/,
  );
  await expect(page.getByLabel('企业名称')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('统一社会信用代码（如知道）').fill('');
  await page.getByLabel('联系方式（电话、电子邮箱或地址）').fill('13800000000');
  await page.getByRole('button', { name: '提交举报' }).click();
  await expect(page.getByRole('heading', { name: '举报已受理' })).toBeVisible();
  const receiptNumber = (await page.getByTestId('receipt-number').textContent())?.trim() ?? '';
  expect(receiptNumber).toMatch(RECEIPT);

  await page.getByRole('link', { name: '查询办理进展' }).click();
  await expect(page.getByTestId('tip-status')).toHaveText('已受理（待分办）');
  await expect(page.locator('main')).not.toContainText('张测试');
  await expect(page.locator('main')).not.toContainText('13800000000');

  // A number that is no receipt number, and one that matches no tip.
  const input = page.getByLabel('受理编号');
  await input.fill('JB-123');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(input).toHaveAccessibleDescription(/受理编号格式不正确/);
  await input.fill('JB-0000-0000-0000-0000');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(input).toHaveAccessibleDescription(/没有找到这个受理编号的举报/);
  await expect(page.getByRole('heading', { name: '办理进展' })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a region’s list shows only that region’s enterprises; a published version shows who entered and left', async ({
  page,
}) => {
  // A yellow-list enterprise in another county of the same city.
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -5) },
    { enterpriseName: `虎丘黄名单测试水泥厂${RUN}-`, regionCode: HUQIU },
  );
  const filed = await callAs<{ id: string }>(officerFor(finding), '/v1/findings', {
    method: 'POST',
    body: finding,
  });
  expect(filed.status).toBe(201);
  await eventually(
    () => callAs<{ items: { caseId: string }[] }>(null, `/v1/lists/yellow?region=${HUQIU}`),
    (answer) => answer.body.items.some((entry) => entry.caseId === filed.body.id),
    'the Huqiu enterprise on the yellow list',
  );

  await page.goto(`/public/lists/yellow?region=${GUSU}`);
  await expect(page.getByText('地区：姑苏区')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(finding.enterprise.name);
  // The red-listed enterprise left the yellow list when its case closed.
  await expect(page.locator('main')).not.toContainText(listed.name);
  await page.goto('/public/lists/yellow?region=320500');
  await expect(page.getByText('地区：苏州市')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: finding.enterprise.name })).toContainText('虎丘区');
  // The region chosen is shown in the filter, by name.
  await expect(page.getByLabel('市级（市、地区、自治州）')).toHaveValue('320500');
  await page.goto(`/public/lists/red?region=${HUQIU}`);
  await expect(page.getByText('地区：虎丘区')).toBeVisible();
  await expect(page.getByText('该地区目前没有企业在此名单上。')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(listed.name);
  expect(await accessibilityViolations(page)).toEqual([]);

  // A version published now: the red-listed enterprise is on it.
  const supervisor: Principal = {
    userId: 'supervisor-320500',
    roles: ['supervisor'],
    regionCode: '320500',
    department: null,
  };
  const taken = await callAs<{ version: number }>(supervisor, '/v1/list-snapshots', {
    method: 'POST',
    headers: { 'idempotency-key': key('snapshot') },
  });
  expect(taken.status).toBe(201);
  const version = taken.body.version;

  await page.goto('/public/snapshots');
  await expect(page.getByRole('heading', { level: 1, name: '历次发布' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `第 ${version} 版` })).toContainText('按需发布');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('link', { name: `第 ${version} 版` }).click();
  await expect(page).toHaveURL(new RegExp(`/public/snapshots/${version}$`));
  await expect(page.getByRole('heading', { level: 1, name: `第 ${version} 版名单` })).toBeFocused();

  const filter = page.getByRole('search', { name: '筛选本版名单' });
  await filter.getByLabel('省级（省、自治区、直辖市）').selectOption({ label: '江苏省' });
  await filter.getByLabel('市级（市、地区、自治州）').selectOption({ label: '苏州市' });
  await filter.getByLabel('县级（县、市、区）').selectOption({ label: '姑苏区' });
  await filter.getByLabel('名单').selectOption({ label: '红名单' });
  await filter.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(new RegExp(`/public/snapshots/${version}\\?region=${GUSU}&list=red$`));
  const red = page.getByRole('region', { name: '红名单' });
  await expect(red).toBeVisible();
  await expect(page.getByRole('region', { name: '黄名单' })).toHaveCount(0);
  // What the page shows is what the version says: the enterprise entered in it, unless an earlier
  // version of this run already had it; either way it is on the list in it.
  const snapshot = await callAs<{
    entries: { caseId: string }[];
    diff: { red: { added: { caseId: string }[] } };
  }>(null, `/v1/list-snapshots/${version}?region=${GUSU}&list=red`);
  expect(snapshot.body.entries.map((entry) => entry.caseId)).toContain(listed.caseId);
  const enteredNow = snapshot.body.diff.red.added.some((entry) => entry.caseId === listed.caseId);
  const entered = red.getByRole('table', { name: /红名单 — 本版列入/ });
  if (enteredNow) await expect(entered.getByRole('row').filter({ hasText: listed.name })).toBeVisible();
  else await expect(entered.getByRole('row').filter({ hasText: listed.name })).toHaveCount(0);
  await red.locator('summary').click();
  await expect(
    red
      .getByRole('table', { name: /红名单 — 本版名单上的全部企业/ })
      .getByRole('row')
      .filter({ hasText: listed.name }),
  ).toContainText(listed.creditCode);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the language switch: English on request, remembered, and back to Chinese', async ({ page }) => {
  await page.goto(`/public/lists/red?region=${GUSU}`);
  await expect(page.getByRole('heading', { level: 1, name: '红名单' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Red list' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Red list — Backward capacity exit/);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'File a tip' }),
  ).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'On the list since' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: listed.name })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Red list' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'File a tip' }).click();
  await expect(page.getByLabel('Enterprise name')).toBeVisible();
  await page.getByRole('button', { name: 'File the tip' }).click();
  await expect(
    page.getByRole('link', { name: 'Describe what you saw (at most 5000 characters).' }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我要举报' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an address the public pages do not have says so', async ({ page }) => {
  await page.goto('/public/lists/purple');
  await expect(page.getByRole('heading', { level: 1, name: '没有找到该页面' })).toBeVisible();
  await page.goto('/public/snapshots/999999');
  await expect(page.getByRole('alert')).toHaveText('没有这一版名单。');
  expect(await accessibilityViolations(page)).toEqual([]);
});
