/**
 * The decision forms in the browser, each signed in as the role that decides, against the real service:
 * earlier steps are driven through the API (callAs), the decision itself through the form the console
 * draws from its request schema. The API says which forms to show (GET /v1/cases/:id/decisions).
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, test, tabTo } from './fixtures';

const person = (userId: string, role: Principal['roles'][number], regionCode: string): Principal => ({
  userId,
  roles: [role],
  regionCode,
  department: null,
});
const supervisor = person('browser-office-suzhou', 'supervisor', '320500');
const government = person('browser-government-suzhou', 'government_approver', '320500');
const countyTeam = person('browser-team-gusu', 'acceptance_inspector', '320508');
const cityTeam = person('browser-team-suzhou', 'acceptance_inspector', '320500');
const auditor = person('browser-audit-jiangsu', 'auditor', '320000');

interface CaseView {
  id: string;
  status: string;
  dueAt: string | null;
  deadline: { lastDay: string } | null;
}

/** Files a recent finding as its officer and waits until its case has `status` in the read model. */
async function aCase(
  enterpriseName: string,
  status: string,
  overrides: Partial<FindingInput> = {},
): Promise<{ caseId: string; officer: Principal; name: string }> {
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10), ...overrides },
    { enterpriseName },
  );
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  await recordedAs(filed.body.id, status, officer);
  return { caseId: filed.body.id, officer, name: finding.enterprise.name };
}

async function caseOf(caseId: string, who: Principal): Promise<CaseView> {
  const answer = await callAs<CaseView>(who, `/v1/cases/${caseId}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

async function recordedAs(caseId: string, status: string, who: Principal): Promise<CaseView> {
  return eventually(
    () => caseOf(caseId, who),
    (c) => c.status === status,
    `case ${caseId} to be ${status}`,
  );
}

/** A decision made through the API, as an earlier step of the story. */
async function decided(who: Principal, caseId: string, path: string, body: object): Promise<void> {
  const answer = await callAs(who, `/v1/cases/${caseId}/${path}`, {
    method: 'POST',
    body,
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(answer.status).toBe(200);
}

async function ledgerTypes(caseId: string): Promise<string[]> {
  const answer = await callAs<{ entries: { type: string }[] }>(auditor, `/v1/cases/${caseId}/timeline`);
  expect(answer.status).toBe(200);
  return answer.body.entries.map((entry) => entry.type);
}

const decisionsPage = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/decisions`;
const formOf = (page: Page, label: string) => page.getByRole('form', { name: label });
const common = { reason: '依据现场检查', evidence: [{ reference: '检查记录-1' }] };

test('a supervisor grants the extension an officer asked for, and sees the deadline move to its new date', async ({
  page,
}) => {
  const { caseId, officer, name } = await aCase('浏览器延期审批钢铁厂', 'rectifying');
  await decided(officer, caseId, 'extension-requests', { ...common, reason: '设备改造周期长', months: 2 });
  const before = await caseOf(caseId, supervisor);

  await openConsoleAs(page, supervisor, decisionsPage(caseId));
  await expect(page.getByRole('heading', { name: `办理决定 · ${name}` })).toBeVisible();
  await expect(page.getByTestId('case-status')).toHaveText('限期整改中');
  await expect(page.getByTestId('current-deadline')).toContainText(before.deadline!.lastDay);
  // Exactly the supervisor's decisions now: the extension decision and urging, nothing else.
  await expect(page.getByRole('form')).toHaveCount(2);
  const form = formOf(page, '延期审批');
  await expect(form).toBeVisible();
  await expect(formOf(page, '催办')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await form.getByRole('radio', { name: '批准延期' }).check();
  await form.getByLabel('批准延长月数').fill('2');
  await form.getByLabel('审批意见').fill('同意延期两个月');
  await form.getByRole('button', { name: '添加证据材料' }).click();
  await form.getByLabel('出处（文号、文件编号或网址）').fill('姑办函〔2026〕7号');
  await form.getByRole('button', { name: '提交' }).click();

  await expect(page.getByRole('status')).toContainText('「延期审批」已登记');
  const after = await caseOf(caseId, supervisor);
  expect(after.deadline!.lastDay > before.deadline!.lastDay).toBe(true);
  await expect(page.getByTestId('current-deadline')).toContainText(after.deadline!.lastDay);
  await expect(page.getByTestId('current-deadline')).not.toContainText(before.deadline!.lastDay);
  // Decided: the form is gone, and the reason is the case's own.
  await expect(formOf(page, '延期审批')).toHaveCount(0);
  await page.getByRole('button', { name: /其他决定/ }).click();
  await expect(page.getByTestId('refused-decisions')).toContainText(
    /the extension request was already granted on/,
  );
  expect((await ledgerTypes(caseId)).filter((type) => type === 'extension_granted')).toHaveLength(1);
});

test('the government approves an exit, by keyboard alone', async ({ page }) => {
  const { caseId, officer, name } = await aCase('浏览器政府决定钢铁厂', 'rectifying');
  await decided(officer, caseId, 'reinspections', { ...common, reason: '复查仍不达标', result: 'fail' });
  await recordedAs(caseId, 'awaiting_government_decision', officer);

  await openConsoleAs(page, government, decisionsPage(caseId));
  await expect(page.getByRole('heading', { name: `办理决定 · ${name}` })).toBeVisible();
  const form = formOf(page, '政府决定');
  await expect(form).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(1);

  await tabTo(page, form.getByRole('combobox', { name: '政府决定' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('group', { name: '退出令' })).toBeVisible();
  await tabTo(page, form.getByRole('combobox', { name: '退出措施' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, form.getByRole('combobox', { name: '退出范围' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('group', { name: '退出令' })).toContainText('关停');
  await expect(form.getByRole('group', { name: '退出令' })).toContainText('淘汰相关设备（生产线）');
  await tabTo(page, form.getByLabel('淘汰的设备或生产线'));
  await page.keyboard.type('1号450m³高炉');
  await tabTo(page, form.getByLabel('决定理由'));
  await page.keyboard.type('整改期满复查仍不达标，批准关停退出');
  await tabTo(page, form.getByRole('button', { name: '添加证据材料' }));
  await page.keyboard.press('Enter');
  await tabTo(page, form.getByLabel('出处（文号、文件编号或网址）'));
  await page.keyboard.type('苏府复〔2026〕3号');
  expect(await accessibilityViolations(page)).toEqual([]);
  await tabTo(page, form.getByRole('button', { name: '提交' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toContainText('「政府决定」已登记');
  await expect(page.getByTestId('case-status')).toHaveText('退出中');
  const exiting = await recordedAs(caseId, 'exiting', government);
  expect(exiting.status).toBe('exiting');
  expect((await ledgerTypes(caseId)).at(-1)).toBe('exit_approved');
  await expect(page.getByText('您现在没有可对本案作出的决定。')).toBeVisible();
});

test('the county then the city acceptance team sign their opinions; another county never sees the case', async ({
  page,
  context,
}) => {
  // Eliminated technology exits at once; dismantling is its whole exit.
  const { caseId, officer, name } = await aCase('浏览器验收钢铁厂', 'exiting', { dimension: 'technology' });
  await decided(officer, caseId, 'exit-evidence', {
    ...common,
    reason: '淘汰设备已拆除',
    item: 'dismantled',
  });
  await recordedAs(caseId, 'awaiting_acceptance', officer);

  await openConsoleAs(page, countyTeam, decisionsPage(caseId));
  const county = formOf(page, '验收意见');
  await expect(county).toBeVisible();
  // The level is the case's to say: the county's, fixed.
  await expect(county.getByRole('combobox', { name: '验收层级' })).toBeDisabled();
  await expect(county).toContainText('县级验收');
  expect(await accessibilityViolations(page)).toEqual([]);
  await county.getByRole('combobox', { name: '验收结论' }).click();
  await page.locator('.ant-select-item-option[title="验收合格"]').click();
  await county.getByLabel('意见说明').fill('县级验收合格，设备已拆除');
  await county.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('status')).toContainText('「验收意见」已登记');
  await expect(formOf(page, '验收意见')).toHaveCount(0);

  const cityPage = await context.newPage();
  await openConsoleAs(cityPage, cityTeam, decisionsPage(caseId));
  const city = formOf(cityPage, '验收意见');
  await expect(city).toContainText('市级验收');
  await city.getByRole('combobox', { name: '验收结论' }).click();
  await cityPage.locator('.ant-select-item-option[title="验收合格"]').click();
  await city.getByLabel('意见说明').fill('市级验收合格');
  await city.getByRole('button', { name: '提交' }).click();
  await expect(cityPage.getByRole('status')).toContainText('「验收意见」已登记');
  await expect(cityPage.getByTestId('case-status')).toHaveText('已退出');
  expect((await ledgerTypes(caseId)).filter((type) => type === 'acceptance_passed')).toHaveLength(2);

  // A team of the neighbouring county reads the case as missing: no name, no form.
  const neighbourPage = await context.newPage();
  await openConsoleAs(
    neighbourPage,
    person('browser-team-canglang', 'acceptance_inspector', '320506'),
    decisionsPage(caseId),
  );
  await expect(neighbourPage.getByText('没有找到该页面')).toBeVisible();
  await expect(neighbourPage.getByText(name)).toHaveCount(0);
  await expect(neighbourPage.getByRole('form')).toHaveCount(0);
});

test('a double click on submit applies the decision once; a retry after a lost answer too', async ({
  page,
}) => {
  const { caseId } = await aCase('浏览器双击钢铁厂', 'rectifying');
  const keys: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith(`/${caseId}/urgings`))
      keys.push(request.headers()['idempotency-key'] ?? '');
  });
  await openConsoleAs(page, supervisor, decisionsPage(caseId));
  const form = formOf(page, '催办');
  await form.getByLabel('催办事由').fill('请尽快完成复查');
  await form.getByRole('button', { name: '提交' }).dblclick();
  await expect(page.getByRole('status')).toContainText('「催办」已登记');
  expect(keys.length).toBeGreaterThanOrEqual(1);
  expect(new Set(keys).size).toBe(1);
  expect((await ledgerTypes(caseId)).filter((type) => type === 'urged')).toHaveLength(1);

  // The next urging is a new decision with a new key. Its first answer is lost on the way back (the
  // request reaches the service, the browser sees a network error); the retry sends the same key.
  const firstNotice = (await page.getByRole('status').textContent()) ?? '';
  let lose = true;
  await page.route(`**/v1/cases/${caseId}/urgings`, async (route) => {
    if (!lose) return route.continue();
    lose = false;
    await route.fetch();
    await route.abort('connectionreset');
  });
  const again = formOf(page, '催办');
  await again.getByLabel('催办事由').fill('再次催办：请于本周内完成');
  await again.getByRole('button', { name: '提交' }).click();
  await expect(again.getByRole('alert')).toContainText('提交未成功，可重试');
  await again.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('status')).not.toHaveText(firstNotice);
  await expect(page.getByRole('status')).toContainText('「催办」已登记');
  expect(keys).toHaveLength(keys.filter((key) => key === keys[0]).length + 2);
  expect(keys.at(-1)).toBe(keys.at(-2));
  expect(keys.at(-1)).not.toBe(keys[0]);
  expect((await ledgerTypes(caseId)).filter((type) => type === 'urged')).toHaveLength(2);
});

test('a refused decision shows the server’s reason as written', async ({ page }) => {
  const { caseId, officer } = await aCase('浏览器拒绝钢铁厂', 'rectifying');
  await openConsoleAs(page, officer, decisionsPage(caseId));
  await expect(page.getByRole('form')).toHaveCount(2);
  const form = formOf(page, '延期申请');
  // The schema allows up to 12 months; this case's policy allows 3, and only the case says so.
  await form.getByLabel('申请延长月数').fill('4');
  await form.getByLabel('申请理由').fill('企业申请延期四个月');
  await form.getByRole('button', { name: '提交' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('决定未被受理');
  await expect(form.getByTestId('refusal-detail')).toHaveText('at most 3 months may be asked for, not 4');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await ledgerTypes(caseId)).not.toContain('extension_requested');

  // What the officer may not do at all is listed with the service's reason too.
  await page.getByRole('button', { name: /其他决定/ }).click();
  await expect(page.getByTestId('refused-decisions')).toContainText(
    'an extension decision is made by a supervisor',
  );
});

test('a half-filled form is kept as a draft and survives a reload', async ({ page }) => {
  const { caseId, officer } = await aCase('浏览器草稿钢铁厂', 'rectifying');
  await openConsoleAs(page, officer, decisionsPage(caseId));
  const form = formOf(page, '复查结果');
  await form.getByRole('combobox', { name: '复查结果' }).click();
  await page.locator('.ant-select-item-option[title="复查达标"]').click();
  await form.getByLabel('复查情况').fill('能耗已降至限额以内（草稿）');
  const key = await form.getAttribute('data-idempotency-key');

  await page.reload();
  const restored = formOf(page, '复查结果');
  await expect(restored.getByText('已恢复本浏览器中保存的草稿。')).toBeVisible();
  await expect(restored.getByLabel('复查情况')).toHaveValue('能耗已降至限额以内（草稿）');
  await expect(restored).toContainText('复查达标');
  // The restored form is the same form: it keeps its idempotency key.
  await expect(restored).toHaveAttribute('data-idempotency-key', key!);
  // Another decision's form has its own draft: none.
  await expect(formOf(page, '延期申请').getByLabel('申请理由')).toHaveValue('');
  expect(await accessibilityViolations(page)).toEqual([]);

  await restored.getByRole('button', { name: '清除草稿' }).click();
  await expect(restored.getByLabel('复查情况')).toHaveValue('');
  await page.reload();
  await expect(formOf(page, '复查结果').getByLabel('复查情况')).toHaveValue('');
  expect(await ledgerTypes(caseId)).not.toContain('reinspection_passed');
});

test('signing out forgets the user’s drafts, for the next person at the same browser', async ({ page }) => {
  const { caseId, officer } = await aCase('浏览器退出草稿钢铁厂', 'rectifying');
  await openConsoleAs(page, officer, decisionsPage(caseId));
  const form = formOf(page, '复查结果');
  await form.getByLabel('复查情况').fill('未提交的草稿');
  await expect
    .poll(() => page.evaluate('Object.keys(localStorage).filter((k) => k.includes("decision-draft")).length'))
    .toBe(1);

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/console\/sign-in/);
  expect(
    await page.evaluate('Object.keys(localStorage).filter((k) => k.includes("decision-draft")).length'),
  ).toBe(0);
  await page.goto(`/console${decisionsPage(caseId)}`);
  await expect(formOf(page, '复查结果').getByLabel('复查情况')).toHaveValue('');
});
