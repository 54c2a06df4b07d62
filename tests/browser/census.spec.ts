/**
 * Census upload in the browser, as a department officer and by keyboard: download the template, fill it
 * with three good rows and one bad one, upload it, see the bad cell's error in words, file the good rows,
 * lose the answer on the way back (the service filed them, the page never heard), resubmit the failed
 * rows, and find each finding filed once.
 */
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { CENSUS_HEADERS, censusRow } from '../kit/census';
import { aFinding, RUN } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('an officer files a census list once, however often the failed rows are resubmitted', async ({
  page,
}) => {
  const recent = addDays(chinaDateOf(new Date()), -10);
  const enterprise = `普查${RUN}钢厂`;
  const finding = () =>
    aFinding(
      { findingDate: recent, capacity: { equipment: '3号高炉', value: 45, unit: '万吨/年' } },
      { enterpriseName: enterprise },
    );
  const [first, bad, second, third] = [finding(), finding(), finding(), finding()];
  const officer = officerFor(first!);
  const casesFiled = async () =>
    (
      await callAs<{ items: { id: string; documentNumber: string }[] }>(
        officer,
        `/v1/cases?enterprise=${encodeURIComponent(enterprise)}&limit=200`,
      )
    ).body.items;
  expect(await casesFiled()).toEqual([]);

  await openConsoleAs(page, officer, '/census');
  await expect(page.getByRole('heading', { name: '普查清单上传' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /普查清单上传/ })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  // The template, by keyboard.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载普查清单模板/ }).focus();
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('普查清单模板.xlsx');
  const workbook = new Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('普查清单')!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...CENSUS_HEADERS]);

  // Filled: rows 2, 4, 5 good; row 3's credit code has the wrong check character.
  const badRow = censusRow(bad!);
  const code = bad!.enterprise.creditCode;
  badRow[3] = `${code.slice(0, 17)}${code.endsWith('0') ? '1' : '0'}`;
  for (const row of [censusRow(first!), badRow, censusRow(second!), censusRow(third!)]) sheet.addRow(row);
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  // Chosen by keyboard: Enter on the button opens the file chooser.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /选择文件/ }).focus();
  await page.keyboard.press('Enter');
  await (await choosing).setFiles({ name: '姑苏区普查清单.xlsx', mimeType: XLSX, buffer: filled });

  await expect(page.getByTestId('census-summary')).toHaveText(/共 4 行：无误可报送 3 行，有误 1 行/);
  const rows = page.locator('.ant-table-tbody tr[data-row-key]');
  await expect(rows).toHaveCount(4);
  const badTableRow = page.locator('tr[data-row-key="3"]');
  await expect(badTableRow).toContainText('有误 1 处');
  // The cell's error in words, beside an icon: D3, its message, and nothing marked in another row.
  const cellErrors = page.locator('[data-cell-error]');
  await expect(cellErrors).toHaveCount(1);
  await expect(cellErrors.first()).toContainText(/D3 有误：.*check character/);
  await expect(cellErrors.first().locator('.anticon-close-circle')).toHaveCount(1);
  await expect(badTableRow.locator('[data-result]')).toHaveText('有误，不报送');
  await expect(page.locator('tr[data-row-key="2"] [data-result]')).toHaveText('待报送');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The first batch reaches the service and files the rows, but its answer is lost on the way back.
  let lost = 0;
  await page.route('**/v1/findings/batch', async (route) => {
    if (lost > 0) return route.continue();
    lost += 1;
    await route.fetch();
    await route.abort('connectionreset');
  });
  const fileButton = page.getByRole('button', { name: /报送无误的 3 行/ });
  await fileButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('census-progress')).toContainText('已处理 3 / 3 行');
  await expect(page.getByTestId('census-progress')).toContainText('失败 3 行');
  for (const key of ['2', '4', '5'])
    await expect(page.locator(`tr[data-row-key="${key}"] [data-result]`)).toContainText(
      '报送失败，可重新报送',
    );
  await expect(page.getByRole('progressbar', { name: '报送进度' })).toBeVisible();
  expect(lost).toBe(1);
  // The service did file them: three cases, one per good row.
  const filed = await eventually(casesFiled, (items) => items.length === 3, 'the three cases');
  expect(filed.map((c) => c.documentNumber).sort()).toEqual(
    [first!, second!, third!].map((f) => f.documentNumber).sort(),
  );

  // Resubmitted by keyboard (Space): each row was filed before, and nothing is filed twice.
  const resubmit = page.getByRole('button', { name: /重新报送失败的 3 行/ });
  await resubmit.focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('census-progress')).toContainText('此前已立案 3 行');
  await expect(page.getByTestId('census-progress')).toContainText('失败 0 行');
  for (const key of ['2', '4', '5']) {
    const result = page.locator(`tr[data-row-key="${key}"] [data-result]`);
    await expect(result).toContainText('已立案（此前已报送）');
    await expect(result.getByRole('link', { name: /^RC-/ })).toBeVisible();
  }
  await expect(resubmit).toHaveCount(0);
  await expect(page.getByRole('button', { name: /报送无误的 0 行/ })).toBeDisabled();
  const after = await casesFiled();
  expect(after.map((c) => c.id).sort()).toEqual(filed.map((c) => c.id).sort());
  expect(await accessibilityViolations(page)).toEqual([]);
});
