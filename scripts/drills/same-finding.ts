/**
 * The same finding submitted many times at once — its document number written in half-width and
 * full-width digits, with and without blanks, as departments do — opens exactly one case: one
 * workflow, one row, one 201 (every other answer 200 with the same case).
 */
import { caseWorkflowId } from '../../workflows/contract';
import { size, withService, type Drill } from './drill';
import { authorizationFor, officerFor } from '../../tests/kit/tokens';
import { Findings, Http, SCENARIOS, type ExpectedCase } from './load';
import { Service } from '../lib/scratch-service';
import { checkCases, reconcileService, resultOf, settle } from './verify';

/** 〔2026〕12号 → 〔２０２６〕１２号: the same document to NFKC. */
const fullWidthDigits = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export const sameFinding: Drill = {
  name: 'same-finding',
  summary:
    'DRILL_SAME_CONCURRENCY (100) concurrent submissions of one finding, DRILL_SAME_FINDINGS (5) times',
  run: (ctx) =>
    withService(
      () => Service.start({ name: 'same-finding', baseDatabaseUrl: ctx.baseDatabaseUrl }),
      async (service) => {
        const started = Date.now();
        const rounds = size('DRILL_SAME_FINDINGS', 5);
        const concurrency = size('DRILL_SAME_CONCURRENCY', 100);
        const http = new Http(service.apiUrl);
        const findings = new Findings(`sf${ctx.seed.toString(36)}${Date.now().toString(36)}`);
        const expected: ExpectedCase[] = [];
        const problems: string[] = [];
        let oneCase = 0;
        let moreThanOne = 0;
        let none = 0;
        let created = 0;
        let createdNotOne = 0;
        let unanswered = 0;
        for (let round = 0; round < rounds; round++) {
          const { finding, expected: want } = findings.next(ctx.random.pick(SCENARIOS));
          const variants = [
            finding.documentNumber,
            fullWidthDigits(finding.documentNumber),
            finding.documentNumber.replace('〕', '〕 '),
            ` ${fullWidthDigits(finding.documentNumber).replace('〔', '\u3000〔')} `,
          ];
          const headers = {
            'content-type': 'application/json',
            authorization: await authorizationFor(officerFor(finding)),
          };
          const { rows: before } = await service.database.pool.query<{ n: number }>(
            'select count(*)::int as n from cases',
          );
          const answers = await Promise.all(
            Array.from({ length: concurrency }, (_, i) =>
              http
                .send('POST', '/v1/findings', {
                  headers,
                  body: JSON.stringify({ ...finding, documentNumber: variants[i % variants.length] }),
                })
                .catch(() => null),
            ),
          );
          const ids = new Set<string>();
          let created201 = 0;
          for (const answer of answers) {
            if (!answer || (answer.status !== 200 && answer.status !== 201)) {
              unanswered += 1;
              if (answer)
                problems.push(`round ${round}: answered ${answer.status}: ${JSON.stringify(answer.body)}`);
              continue;
            }
            if (answer.status === 201) created201 += 1;
            ids.add((answer.body as { id: string }).id);
          }
          const { rows: after } = await service.database.pool.query<{ n: number }>(
            'select count(*)::int as n from cases',
          );
          const { count: runs } = await service.temporal.workflow.count(
            `WorkflowId = '${caseWorkflowId(want.caseId)}'`,
          );
          const rowsAdded = after[0]!.n - before[0]!.n;
          created += created201;
          const count = Math.max(ids.size, rowsAdded, runs);
          if (count === 1 && ids.has(want.caseId)) oneCase += 1;
          else if (count > 1) moreThanOne += 1;
          else none += 1;
          if (created201 !== 1) createdNotOne += 1;
          const line = `round ${round + 1}: ${concurrency} submissions → ${created201}×201, case ids ${[...ids].join(', ') || 'none'}, rows added ${rowsAdded}, workflow runs ${runs}`;
          ctx.say(line);
          if (count !== 1 || created201 !== 1 || !ids.has(want.caseId)) problems.push(line);
          expected.push(want);
        }
        await settle(service, expected, Number(process.env.DRILL_SETTLE_SECONDS ?? 300) * 1000);
        const check = await checkCases(service, expected);
        const report = await reconcileService(service, ctx.say);
        const unexpected = http.unexpected5xx();
        return resultOf(
          'same-finding',
          ctx.seed,
          started,
          {
            lost: check.lost + none,
            duplicated: check.duplicated + moreThanOne + check.extraCases,
            wrongState: check.wrong,
            roundsNotOne201: createdNotOne,
            http5xx: unexpected.length + http.count(503),
            unanswered,
            reconcileMismatches: report.counts.mismatches,
          },
          {
            casesChecked: check.checked,
            submissions: rounds * concurrency,
            roundsWithOneCase: oneCase,
            answered201: created,
            answers: http.summary(),
          },
          [
            ...problems,
            ...check.problems,
            ...http.serverErrors.map(
              (e) => `${e.method} ${e.path} answered ${e.status} (request ${e.requestId})`,
            ),
          ],
        );
      },
    ),
};
