/**
 * The policy profiles in the browser: every signed-in role finds 政策配置 in the menu; the list shows
 * each profile's document and versions; 迪庆州 2019.1 shows its rules in words, each with its document,
 * article and words, set by this version or inherited (from 云南省's safety profile, linked); a case
 * filed in 香格里拉市 names its profile and version and links to that page; all by keyboard, in Chinese
 * and in English, with axe finding nothing serious on either page.
 */
import type { Page } from '@playwright/test';
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { ROLES, codesOf } from '../../domain/enums';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import {
  accessibilityViolations,
  callAs,
  expect,
  openConsoleAs,
  openMenuEntryByKeyboard,
  test,
  tabTo,
} from './fixtures';

const SHANGRI_LA = '533401';
const GUSU = '320508';

const ruleRow = (page: Page, rule: string) => page.locator(`tr[data-rule="${rule}"]`);

test('every signed-in role finds 政策配置 in the menu', async ({ page }) => {
  for (const role of codesOf(ROLES)) {
    const principal: Principal = {
      userId: `policy-reader-${role}`,
      roles: [role],
      regionCode: role === 'department_officer' ? SHANGRI_LA : '533400',
      department: role === 'department_officer' ? 'environment_bureau' : null,
    };
    const tab = await page.context().newPage();
    await openConsoleAs(tab, principal, '/');
    await expect(tab.getByRole('menuitem', { name: '政策配置' }), role).toBeVisible();
    await tab.close();
  }
});

test('迪庆州 2019.1 by keyboard: the list, its rules with their articles, set here or inherited, and the case that runs under it', async ({
  page,
}) => {
  // 迪庆's environment bureau shares the energy dimension (迪政办发〔2019〕41号 三（一）).
  const finding = aFinding(
    {
      findingDate: addDays(chinaDateOf(new Date()), -10),
      department: 'environment_bureau',
      dimension: 'energy',
    },
    { regionCode: SHANGRI_LA, enterpriseName: '香格里拉政策测试水泥厂' },
  );
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  const caseId = filed.body.id;
  const view = await eventually(
    () =>
      callAs<{ status: string; policyProfile: string; policyVersion: string }>(
        officer,
        `/v1/cases/${caseId}`,
      ),
    (answer) => answer.status === 200 && answer.body.status !== 'filed',
    `case ${caseId} past filing`,
  );
  expect(view.body).toMatchObject({ policyProfile: 'diqing', policyVersion: '2019.1' });

  // The menu entry, by keyboard: Tab to the menu, arrows along it, Enter.
  await openConsoleAs(page, officer, '/');
  await openMenuEntryByKeyboard(page, '政策配置');
  await expect(page).toHaveURL(/\/console\/policies$/);
  await expect(page.getByRole('heading', { level: 2, name: '政策配置' })).toBeVisible();

  // The list: every profile, the national default first; 迪庆's document, region and versions.
  await expect(page.locator('tr[data-profile]')).toHaveCount(6);
  await expect(page.locator('tr[data-profile]').first()).toHaveAttribute('data-profile', 'national');
  const national = page.locator('tr[data-profile="national"]');
  await expect(national).toContainText('全国默认');
  await expect(national).toContainText('全国（其他地区均适用）');
  await expect(national).toContainText('工信部联产业〔2017〕30号');
  await expect(national.getByTestId('policy-version')).toHaveCount(2);
  await expect(national.locator('[data-version="2024.1"]')).toContainText('基础版本（不继承）');
  const diqing = page.locator('tr[data-profile="diqing"]');
  await expect(diqing).toContainText('迪庆藏族自治州');
  await expect(diqing).toContainText(
    '迪政办发〔2019〕41号《迪庆州利用综合标准依法依规推动落后产能退出工作方案》',
  );
  await expect(diqing).toContainText('发文机关：迪庆藏族自治州人民政府办公室');
  await expect(diqing).toContainText('成文日期：2019-04-25');
  const diqingVersion = diqing.locator('[data-version="2019.1"]');
  await expect(diqingVersion).toContainText('当前版本');
  await expect(diqingVersion).toContainText('2019-04-25 起施行');
  await expect(diqingVersion.getByRole('link', { name: '云南省（安全生产标准） 2019.1' })).toBeVisible();
  await expect(diqingVersion).toContainText('both lists on the credit platform');
  await expect(page.locator('tr[data-profile="ningxia"]')).toContainText('成文日期：未注明');
  expect(await accessibilityViolations(page)).toEqual([]);

  await tabTo(page, page.getByRole('link', { name: '迪庆藏族自治州 2019.1' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/console\/policies\/diqing\/versions\/2019\.1$/);
  await expect(page.getByRole('heading', { level: 2, name: '迪庆藏族自治州 2019.1' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    '能耗方面',
    '环保方面',
    '质量方面',
    '安全方面',
    '技术方面',
    '期限设置',
    '通用规则',
  ]);

  // Set by this version: water pricing for energy, from 迪政办发〔2019〕41号 四（二）2.
  const water = ruleRow(page, 'energy.waterPricing');
  await expect(water).toContainText('超定额用水累进加价');
  await expect(water.getByRole('cell').nth(1)).toHaveText('是');
  await expect(water.getByTestId('rule-source')).toContainText(
    '迪政办发〔2019〕41号《迪庆州利用综合标准依法依规推动落后产能退出工作方案》 · 条款：四（二）2',
  );
  await expect(water.getByTestId('rule-source')).toContainText('原文：“对达不到强制性标准的产能要求限期整改');
  await expect(water.getByTestId('rule-origin')).toHaveText('本版本设定');
  // The energy dimension's owners, as department labels, environment bureau included (三（一）).
  const owners = ruleRow(page, 'energy.owners');
  await expect(owners.getByRole('cell').nth(1)).toHaveText('工业和信息化局、发展和改革委员会、生态环境局');
  await expect(owners.getByTestId('rule-source')).toContainText('条款：三（一）');
  // Quality: the licence revoked when rectification fails (三（三）1).
  await expect(ruleRow(page, 'quality.licence').getByRole('cell').nth(1)).toHaveText(
    '吊销证照：整改期满未整改或经整改仍不达标时',
  );
  // Inherited: the major-hazard halt from 云南省's safety profile, 云应急办〔2019〕14号 三（三）.
  const hazard = ruleRow(page, 'safety.majorHazardHalt');
  await expect(hazard.getByRole('cell').nth(1)).toHaveText('是');
  await expect(hazard.getByTestId('rule-source')).toContainText('云应急办〔2019〕14号');
  await expect(hazard.getByTestId('rule-source')).toContainText('条款：三（三）');
  await expect(hazard.getByTestId('rule-source')).toContainText('一律责令停产整改');
  await expect(hazard.getByTestId('rule-origin')).toHaveText('继承自 云南省（安全生产标准） 2019.1');
  // Inherited from the national default, with the service's note.
  const extension = ruleRow(page, 'energy.extensionMaxMonths');
  await expect(extension.getByRole('cell').nth(1)).toHaveText('可申请延期一次，不超过 3 个月');
  await expect(extension.getByTestId('rule-origin')).toHaveText(/^继承自 全国默认 2024\.[12]$/);
  await expect(extension.getByTestId('rule-source')).toContainText('工信部联产业〔2017〕30号');
  await expect(extension.getByTestId('rule-source')).toContainText('说明：');
  // General rules: both lists on the credit platform (五（六）), and the member units.
  await expect(ruleRow(page, 'rules.creditPublication').getByRole('cell').nth(1)).toHaveText(
    '列入不达标应限期整改企业名单、列入依法退出企业名单',
  );
  await expect(ruleRow(page, 'rules.creditPublication').getByTestId('rule-origin')).toHaveText('本版本设定');
  await expect(ruleRow(page, 'rules.memberUnits').getByRole('cell').nth(1)).toContainText(
    '电网企业（供电公司）',
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // Follow the inherited rule to the version that set it, by keyboard.
  await tabTo(page, hazard.getByRole('link', { name: '云南省（安全生产标准） 2019.1' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/console\/policies\/yunnan-safety\/versions\/2019\.1$/);
  await expect(page.getByRole('heading', { level: 2, name: '云南省（安全生产标准） 2019.1' })).toBeVisible();
  await expect(ruleRow(page, 'safety.majorHazardHalt').getByTestId('rule-origin')).toHaveText('本版本设定');
  await expect(ruleRow(page, 'energy.waterPricing').getByTestId('rule-origin')).toHaveText(
    '继承自 全国默认 2024.2',
  );

  // The case names its profile and version and links to it, by keyboard.
  await page.goto(`/console/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 2, name: finding.enterprise.name })).toBeVisible();
  await expect(page.getByTestId('case-policy')).toHaveText('政策配置 迪庆藏族自治州 2019.1');
  expect(await accessibilityViolations(page)).toEqual([]);
  await tabTo(page, page.getByTestId('case-policy').getByRole('link', { name: '迪庆藏族自治州 2019.1' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/console\/policies\/diqing\/versions\/2019\.1$/);
  await expect(ruleRow(page, 'energy.waterPricing').getByTestId('rule-origin')).toHaveText('本版本设定');

  // In English: the profile's English name, the rules in words, the sources as the documents write them.
  await page.getByRole('button', { name: '切换语言' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Diqing Tibetan Autonomous Prefecture 2019.1' }),
  ).toBeVisible();
  await expect(ruleRow(page, 'energy.waterPricing')).toContainText(
    'Progressive prices for water beyond quota',
  );
  await expect(ruleRow(page, 'energy.waterPricing').getByTestId('rule-origin')).toHaveText(
    'Set by this version',
  );
  await expect(ruleRow(page, 'safety.majorHazardHalt').getByTestId('rule-origin')).toHaveText(
    'Inherited from Yunnan (work-safety standard) 2019.1',
  );
  await expect(ruleRow(page, 'energy.owners').getByRole('cell').nth(1)).toHaveText(
    'Industry & IT bureau, Development & reform commission, Ecology & environment bureau',
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.goto(`/console/cases/${caseId}`);
  await expect(page.getByTestId('case-policy')).toHaveText(
    'Policy profile Diqing Tibetan Autonomous Prefecture 2019.1',
  );
});

test('a version the profile does not have reads as not found; another county’s officer never sees the case', async ({
  page,
}) => {
  const finding = aFinding(
    { findingDate: addDays(chinaDateOf(new Date()), -10), department: 'environment_bureau' },
    { regionCode: SHANGRI_LA, enterpriseName: '香格里拉隔离测试水泥厂' },
  );
  const filed = await callAs<{ id: string }>(officerFor(finding), '/v1/findings', {
    method: 'POST',
    body: finding,
  });
  expect(filed.status).toBe(201);

  const gusuOfficer = officerFor(aFinding({}, { regionCode: GUSU }));
  await openConsoleAs(page, gusuOfficer, '/policies/diqing/versions/2024.1');
  await expect(page.getByRole('heading', { level: 2, name: '没有找到该政策版本' })).toBeVisible();
  await page.goto('/console/policies/nowhere/versions/2019.1');
  await expect(page.getByRole('heading', { level: 2, name: '没有找到该政策版本' })).toBeVisible();

  // The policy pages list no cases; the case page of 香格里拉's case reads as missing in Gusu.
  await page.goto(`/console/cases/${filed.body.id}`);
  await expect(page.getByRole('heading', { level: 2, name: '没有找到该案件' })).toBeVisible();
  await expect(page.getByText(finding.enterprise.name)).toHaveCount(0);
  await page.goto('/console/policies');
  await expect(page.locator('tr[data-profile="diqing"]')).toBeVisible();
  await expect(page.getByText(finding.enterprise.name)).toHaveCount(0);
});
