/**
 * Revisits (回头看) in the browser: an eliminated-equipment case in 源城区 (河源市, whose plan asks for
 * re-checks of exited capacity, 二（五）1) exits and is accepted; its page shows the two revisits the
 * profile schedules, the officer is offered the revisit decision, and once a revisit finds the capacity
 * running again the page links the new case, whose own page links back. axe finds nothing serious.
 */
import type { Principal } from '../../api/auth';
import { addDays, chinaDateOf } from '../../domain/calendar';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { officerFor } from '../kit/tokens';
import { accessibilityViolations, callAs, expect, openConsoleAs, test } from './fixtures';

const YUANCHENG = '441602';
const HEYUAN = '441600';

const inspector = (regionCode: string): Principal => ({
  userId: `inspector-${regionCode}`,
  roles: ['acceptance_inspector'],
  regionCode,
  department: null,
});

test('an exited 河源 case shows its revisits, offers the revisit, and links the case a revisit opens', async ({
  page,
}) => {
  const today = chinaDateOf(new Date());
  const finding = aFinding(
    {
      findingDate: addDays(today, -10),
      dimension: 'technology',
      legalBasis: { law: '产业结构调整指导目录（2019年本）淘汰类' },
      capacity: { equipment: '中频炉', value: 3, unit: '万吨/年' },
    },
    { regionCode: YUANCHENG, enterpriseName: '源城回头看测试钢厂' },
  );
  const officer = officerFor(finding);
  const filed = await callAs<{ id: string }>(officer, '/v1/findings', { method: 'POST', body: finding });
  expect(filed.status).toBe(201);
  const caseId = filed.body.id;
  const caseNow = () => callAs<{ status: string; revisits: unknown[] }>(officer, `/v1/cases/${caseId}`);
  await eventually(caseNow, (answer) => answer.body.status === 'exiting', 'the equipment ordered to exit');

  let key = 0;
  const decide = async (who: Principal, path: string, body: object) => {
    key += 1;
    const answer = await callAs(who, `/v1/cases/${caseId}/${path}`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': `revisit-spec-${caseId}-${key}` },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };
  await decide(officer, 'exit-evidence', {
    reason: '中频炉已拆除',
    evidence: [{ reference: '拆除照片' }],
    item: 'dismantled',
  });
  for (const [level, region] of [
    ['county', YUANCHENG],
    ['city', HEYUAN],
  ] as const)
    await decide(inspector(region), 'acceptance-opinions', {
      reason: '验收合格',
      evidence: [],
      level,
      result: 'pass',
    });
  await eventually(caseNow, (answer) => answer.body.revisits.length === 2, 'the revisits scheduled');

  await openConsoleAs(page, officer, `/cases/${encodeURIComponent(caseId)}`);
  const section = page.getByRole('region', { name: '回头看' });
  await expect(section).toBeVisible();
  const rows = section.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('6');
  await expect(rows.nth(0)).toContainText('待复查');
  await expect(rows.nth(1)).toContainText('12');
  expect(await accessibilityViolations(page)).toEqual([]);

  // The decisions this officer may make now: the revisit.
  const offered = await callAs<{ allowed: { kind: string }[] }>(officer, `/v1/cases/${caseId}/decisions`);
  expect(offered.body.allowed.map((d) => d.kind)).toEqual(['revisit']);

  const documentNumber = `源工信回头看〔${today.slice(0, 4)}〕${caseId.slice(-6)}号`;
  await decide(officer, 'revisits', {
    reason: '现场发现中频炉已恢复生产',
    evidence: [{ reference: '回头看检查记录' }],
    result: 'running_again',
    documentNumber,
    findingDate: today,
  });
  const revisited = await eventually(
    () =>
      callAs<{ revisits: { result: { newCaseId: string | null } | null }[] }>(officer, `/v1/cases/${caseId}`),
    (answer) => answer.body.revisits[0]?.result?.newCaseId != null,
    'the revisit recorded',
  );
  const newCaseId = revisited.body.revisits[0]!.result!.newCaseId!;
  await page.reload();
  await expect(rows.nth(0)).toContainText('已恢复生产');
  await section.getByRole('link', { name: newCaseId }).click();
  await expect(section).toContainText(caseId);
  await section.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/cases/${encodeURIComponent(caseId)}$`));
  expect(await accessibilityViolations(page)).toEqual([]);
});
