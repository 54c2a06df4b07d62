/**
 * The census inventory (摸底排查清单) in the browser, in 维西傈僳族自治县 (迪庆州, whose census is due 15 May):
 * the county's industry & IT officer finds 摸底排查清单 in the menu, chooses next year, imports a CSV with two
 * good rows and a bad one (on time) and reads the bad row's cell error, files the rows as cases in one
 * click and finds them 已立案 with their cases linked, narrows the table to 已立案; then imports two rows for
 * this year, after the deadline, which wait for the county government's consent (经属地政府同意). The
 * government opens the decision form on one; another of its members refuses that row meanwhile, so the
 * form shows the server's refusal; it consents to the other through the form. The public chooses the county
 * and next year under 摸底排查结果 and reads the enterprise and its equipment with the catalogue clause, as
 * printed without the site's frame, and in English. axe finds nothing serious on any page.
 *
 * A county no other browser suite uses (533401 and 533422 are the announcements', policies' and
 * supervision's). The rows are told apart from another run's by their enterprise names, credit codes and
 * document numbers, which carry this run's mark, so that the suite may run again on the same database.
 */
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { censusCsv, censusRow } from '../kit/census';
import { aFinding, creditCode, RUN } from '../kit/findings';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

const COUNTY = '533423'; // 维西傈僳族自治县
const today = chinaDateOf(new Date());
const THIS_YEAR = Number(today.slice(0, 4));
const NEXT_YEAR = THIS_YEAR + 1;
const CATALOGUE = '产业结构调整指导目录（2024年本）';
const CLAUSE = '淘汰类 第一条第（一）款';
const CSV = 'text/csv';

/** An enterprise of this run: its name and a credit code no other run's enterprise has. */
const enterprise = (name: string) => ({
  name: `维西${name}${RUN}`,
  creditCode: creditCode(COUNTY, Math.floor(Math.random() * 1e9)),
  regionCode: COUNTY,
});

const row = (of: FindingInput['enterprise'], equipment: string): FindingInput =>
  aFinding(
    {
      enterprise: of,
      findingDate: addDays(today, -10),
      industry: 'cement',
      dimension: 'technology',
      capacity: { equipment, value: 30, unit: '万吨/年' },
      legalBasis: { law: CATALOGUE, standard: CLAUSE },
    },
    { series: '维工信' },
  );

const cement = enterprise('水泥厂');
const onTime = [row(cement, '1号窑'), row(cement, '2号窑')];
const bad = row(enterprise('坏行厂'), '3号窑');
const late = [row(enterprise('补报甲厂'), '1号炉'), row(enterprise('补报乙厂'), '1号炉')];
const officer = officerFor(onTime[0]!);
const government = (userId: string): Principal => ({
  userId,
  roles: ['government_approver'],
  regionCode: COUNTY,
  department: null,
});

/** The CSV of these findings; `wrongCheck`: the rows whose credit code has the wrong check character. */
function csvOf(findings: FindingInput[], wrongCheck: FindingInput[] = []): Buffer {
  return censusCsv(
    findings.map((finding) => {
      const cells = censusRow(finding);
      if (wrongCheck.includes(finding)) {
        const code = finding.enterprise.creditCode;
        cells[3] = `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;
      }
      return cells;
    }),
  );
}

test('an officer imports the census and files it; the government consents to a late row; the public reads it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await openConsoleAs(page, officer, '/');
  await page.getByRole('menuitem', { name: '摸底排查清单' }).click();
  await expect(page).toHaveURL(/\/console\/census-inventory$/);
  await expect(page.getByRole('heading', { level: 2, name: '摸底排查清单' })).toBeVisible();
  // This year's deadline has passed (15 May).
  await expect(page.getByTestId('census-deadline')).toContainText(`摸底排查期限：${THIS_YEAR}-05-15`);
  await expect(page.getByTestId('census-deadline')).toContainText('已过期限');

  // Next year, on time.
  await page.getByRole('combobox', { name: '年度' }).click();
  await page
    .locator(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${NEXT_YEAR}"]`,
    )
    .click();
  await expect(page).toHaveURL(new RegExp(`year=${NEXT_YEAR}`));
  await expect(page.getByTestId('census-deadline')).toContainText('未过期限');
  await expect(
    page.getByRole('table', { name: `维西傈僳族自治县 ${NEXT_YEAR} 年摸底排查清单` }),
  ).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入摸排表' }).click();
  await (
    await choosing
  ).setFiles({ name: '维西摸排表.csv', mimeType: CSV, buffer: csvOf([...onTime, bad], [bad]) });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '共 3 行：导入 2 行，已在清单中 0 行，有误未导入 1 行。',
  );
  await expect(page.getByTestId('import-late')).toHaveCount(0);
  await expect(page.locator('tr[data-import-row="2"]')).toContainText('已导入');
  const rejected = page.locator('tr[data-import-row="4"]');
  await expect(rejected.getByTestId('import-result')).toHaveText('有误，未导入');
  await expect(rejected.locator('[data-cell-error]')).toContainText(/D4 有误：.*check character/);
  const cementRows = page.locator('tr[data-entry]').filter({ hasText: cement.name });
  await expect(cementRows).toHaveCount(2);
  await expect(cementRows.first().getByTestId('entry-status')).toHaveText('已纳入，待立案');
  await expect(cementRows.first()).toContainText(CLAUSE);
  await expect(page.locator('tr[data-entry]').filter({ hasText: bad.enterprise.name })).toHaveCount(0);
  // The officer decides nothing about consent.
  await expect(page.getByRole('button', { name: '属地政府意见' })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByRole('button', { name: '立案（批量）' }).click();
  await expect(page.getByTestId('filing-summary')).toContainText('新立案 2 行');
  for (const entry of await cementRows.all()) {
    await expect(entry.getByTestId('entry-status')).toHaveText('已立案');
    await expect(entry.getByTestId('entry-case')).toHaveAttribute('href', /^\/console\/cases\/RC-/);
  }
  await expect(page.getByTestId('count-filed')).toContainText(/已立案：\d+ 行/);
  expect(await accessibilityViolations(page)).toEqual([]);

  // Only the filed rows.
  await page.getByRole('combobox', { name: '按状态筛选' }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="已立案"]')
    .click();
  await expect(page).toHaveURL(/status=filed/);
  await expect(cementRows).toHaveCount(2);
  const statuses = await page.locator('tr[data-entry]').getByTestId('entry-status').allTextContents();
  expect(new Set(statuses)).toEqual(new Set(['已立案']));

  // The case is one click away.
  await cementRows.first().getByTestId('entry-case').click();
  await expect(page).toHaveURL(/\/console\/cases\/RC-/);
  await expect(page.getByText(cement.name).first()).toBeVisible();

  // This year, after the deadline: the rows wait for the county government.
  await page.goto('/console/census-inventory');
  await expect(page.getByTestId('census-deadline')).toContainText('已过期限');
  const lateChoosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入摸排表' }).click();
  await (await lateChoosing).setFiles({ name: '维西补报.csv', mimeType: CSV, buffer: csvOf(late) });
  await expect(page.getByTestId('import-summary')).toHaveText(
    '共 2 行：导入 2 行，已在清单中 0 行，有误未导入 0 行。',
  );
  await expect(page.getByTestId('import-late')).toContainText('须经属地政府同意后才纳入清单');
  for (const finding of late)
    await expect(
      page.locator('tr[data-entry]').filter({ hasText: finding.enterprise.name }).getByTestId('entry-status'),
    ).toHaveText('逾期补报，待属地政府同意');
  await expect(page.getByTestId('count-awaiting_consent')).toContainText(/逾期补报，待属地政府同意：\d+ 行/);
  await expect(page.getByRole('button', { name: '属地政府意见' })).toHaveCount(0);

  // The county government.
  const inventory = await callAs<{ items: { id: string; finding: FindingInput }[] }>(
    officer,
    `/v1/census/${COUNTY}/${THIS_YEAR}?status=awaiting_consent&limit=500`,
  );
  const idOf = (finding: FindingInput) =>
    inventory.body.items.find((item) => item.finding.documentNumber === finding.documentNumber)!.id;
  const [raced, consented] = late as [FindingInput, FindingInput];
  const gov = await (await browser.newContext()).newPage();
  await openConsoleAs(gov, government('pc-browser-government'), '/');
  await gov.getByRole('menuitem', { name: '摸底排查清单' }).click();
  const racedRow = gov.locator(`tr[data-entry="${idOf(raced)}"]`);
  const consentedRow = gov.locator(`tr[data-entry="${idOf(consented)}"]`);
  await expect(racedRow.getByTestId('entry-status')).toHaveText('逾期补报，待属地政府同意');
  expect(await accessibilityViolations(gov)).toEqual([]);

  // Another member of the government refuses the row while this one writes its decision.
  await racedRow.getByRole('button', { name: '属地政府意见' }).click();
  let dialog = gov.getByRole('dialog');
  await expect(dialog).toContainText(raced.enterprise.name);
  await dialog.getByRole('radio', { name: '同意纳入', exact: true }).check();
  await dialog.getByLabel('理由').fill('经核实属实，同意补报');
  await dialog.getByLabel('文件文号').fill(`维政函〔${RUN}〕1号`);
  const refused = await callAs(
    government('pc-browser-government-2'),
    `/v1/census-entries/${idOf(raced)}/consent`,
    {
      method: 'POST',
      body: { outcome: 'refused', reason: '不属于落后产能', documentNumber: `维政函〔${RUN}〕2号` },
    },
  );
  expect(refused.status).toBe(200);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog.getByTestId('refusal')).toContainText('already decided');
  expect(await accessibilityViolations(gov)).toEqual([]);
  await dialog
    .getByRole('button', { name: '取 消' })
    .or(dialog.getByRole('button', { name: '取消' }))
    .click();
  await expect(dialog).toBeHidden();
  await expect(racedRow.getByTestId('entry-status')).toHaveText('属地政府不同意，不予纳入');
  await expect(racedRow.getByTestId('entry-consent')).toContainText(`维政函〔${RUN}〕2号`);
  await expect(racedRow.getByRole('button', { name: '属地政府意见' })).toHaveCount(0);

  // Its own decision on the other row, through the form.
  await consentedRow.getByRole('button', { name: '属地政府意见' }).click();
  dialog = gov.getByRole('dialog');
  await dialog.getByRole('radio', { name: '同意纳入', exact: true }).check();
  await dialog.getByLabel('理由').fill('经核实属实，同意补报');
  await dialog.getByLabel('文件文号').fill(`维政函〔${RUN}〕3号`);
  await dialog.getByRole('button', { name: '确认提交' }).click();
  await expect(dialog).toBeHidden();
  await expect(consentedRow.getByTestId('entry-status')).toHaveText('已纳入，待立案');
  const consent = consentedRow.getByTestId('entry-consent');
  await expect(consent).toContainText('同意纳入');
  await expect(consent).toContainText(`文号：维政函〔${RUN}〕3号`);
  await expect(consent).toContainText('pc-browser-government');
  await expect(consentedRow.getByRole('button', { name: '属地政府意见' })).toHaveCount(0);
  expect(await accessibilityViolations(gov)).toEqual([]);

  // The public: 摸底排查结果, the county, next year.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/public/');
  await visitor
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '摸底排查结果' })
    .click();
  await expect(visitor).toHaveURL(/\/public\/census-results$/);
  await expect(visitor.getByRole('heading', { level: 1, name: '落后产能摸底排查结果' })).toBeVisible();
  expect(await accessibilityViolations(visitor)).toEqual([]);
  const form = visitor.getByRole('form', { name: '选择地区和年度' });
  await form.getByLabel('省级（省、自治区、直辖市）').selectOption({ label: '云南省' });
  await form.getByLabel('市级（市、地区、自治州）').selectOption({ label: '迪庆藏族自治州' });
  await form.getByLabel('县级（县、市、区）').selectOption({ label: '维西傈僳族自治县' });
  await form.getByLabel('年度').selectOption(String(NEXT_YEAR));
  await form.getByRole('button', { name: '查看结果' }).click();
  await expect(visitor).toHaveURL(new RegExp(`region=${COUNTY}&year=${NEXT_YEAR}`));
  const title = `维西傈僳族自治县${NEXT_YEAR}年落后产能摸底排查结果`;
  await expect(visitor.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const enterprises = visitor.getByRole('table', { name: '落后产能企业名单' });
  const listed = enterprises.getByRole('row', { name: new RegExp(cement.name) });
  await expect(listed).toContainText(cement.creditCode);
  await expect(listed).toContainText('维西傈僳族自治县');
  await expect(listed).toContainText('60 万吨/年');
  const equipment = visitor.getByRole('table', { name: '落后生产设备（生产线）清单' });
  const kilns = equipment.getByRole('row', { name: new RegExp(cement.name) });
  await expect(kilns).toHaveCount(2);
  await expect(kilns.first()).toContainText('1号窑');
  await expect(kilns.first()).toContainText('水泥');
  await expect(kilns.first()).toContainText(CATALOGUE);
  await expect(kilns.first()).toContainText(CLAUSE);
  await expect(visitor.getByRole('table', { name: '按产能单位合计' })).toContainText('万吨/年');
  // Rows with errors were never imported, so never published.
  await expect(visitor.getByText(bad.enterprise.name)).toHaveCount(0);
  expect(await accessibilityViolations(visitor)).toEqual([]);

  // Printed, it is the result alone: no site frame, no form, no buttons.
  await visitor.emulateMedia({ media: 'print' });
  await expect(visitor.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(form).toBeHidden();
  await expect(visitor.getByRole('button', { name: '打印结果' })).toBeHidden();
  await expect(equipment).toBeVisible();
  await visitor.emulateMedia({ media: 'screen' });

  // In English: the title composed, the catalogue clause as the department wrote it.
  await visitor.getByRole('button', { name: 'English' }).click();
  await expect(
    visitor.getByRole('heading', {
      level: 2,
      name: `维西傈僳族自治县: backward capacity found by the census of ${NEXT_YEAR}`,
    }),
  ).toBeVisible();
  const inEnglish = visitor.getByRole('table', { name: /Backward equipment and production lines/ });
  await expect(inEnglish.getByRole('row', { name: new RegExp(cement.name) }).first()).toContainText('Cement');
  await expect(inEnglish.getByRole('row', { name: new RegExp(cement.name) }).first()).toContainText(CLAUSE);
  expect(await accessibilityViolations(visitor)).toEqual([]);
});
