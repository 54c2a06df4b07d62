/**
 * The API process killed with SIGKILL while requests are in flight — decisions (urgings, 催办) with
 * their Idempotency-Key, and filings — then started again; the client sends each request again, as
 * it was, until it is answered. Each urging is applied once (one ledger entry, one notice delivered
 * once, and a retry after an answer gets the same receipt); each finding opens one case.
 */
import { randomBytes } from 'node:crypto';
import type { EffectKind } from '../../workflows/contract';
import { size, withService, type Drill } from './drill';
import {
  CITY_SUPERVISOR,
  Findings,
  Http,
  SCENARIOS,
  fileFinding,
  sendUntilAnswered,
  type Answer,
  type ExpectedCase,
} from './load';
import { authorizationFor, officerFor } from '../../tests/kit/tokens';
import { sleep } from '../../tests/kit/poll';
import { Service } from '../lib/scratch-service';
import { checkCases, reconcileService, resultOf, settle } from './verify';

interface Attempted {
  kind: 'urging' | 'filing';
  key: string;
  caseId: string;
  path: string;
  body: string;
  headers: Record<string, string>;
  first?: Answer | null;
  retry?: Answer | null;
}

export const apiKill: Drill = {
  name: 'api-kill',
  summary: 'SIGKILL the API mid-request DRILL_API_KILLS (10) times; the client retries with the same key',
  run: (ctx) =>
    withService(
      () => Service.start({ name: 'api-kill', baseDatabaseUrl: ctx.baseDatabaseUrl }),
      async (service) => {
        const started = Date.now();
        const rounds = size('DRILL_API_KILLS', 10);
        const perRound = size('DRILL_API_KILL_REQUESTS', 20);
        const settleMs = Number(process.env.DRILL_SETTLE_SECONDS ?? 300) * 1000;
        const http = new Http(service.apiUrl);
        const nonce = randomBytes(4).toString('hex');
        const findings = new Findings(`ak${ctx.seed.toString(36)}${Date.now().toString(36)}`);
        const problems: string[] = [];

        // Open cases to urge: energy cases, rectifying (two steps, pricing started).
        const base = Array.from({ length: Math.max(2, Math.ceil(perRound / 4)) }, () =>
          findings.next(SCENARIOS[0]),
        );
        for (const { finding } of base) await fileFinding(http, finding, Date.now() + 60_000);
        const expectations = new Map<string, ExpectedCase>(
          base.map(({ expected }) => [expected.caseId, expected]),
        );
        await settle(service, [...expectations.values()], settleMs);

        const supervisor = await authorizationFor(CITY_SUPERVISOR);
        const attempted: Attempted[] = [];
        let cutOff = 0;
        let sameReceipt = 0;
        let differentReceipt = 0;
        let retriesRefused = 0;
        let appliedUnanswered = 0;
        const killDelays: number[] = [];
        for (let round = 0; round < rounds; round++) {
          const batch: Attempted[] = [];
          for (let i = 0; i < perRound; i++) {
            if (i % 2 === 0) {
              const target = ctx.random.pick(base).expected;
              const key = `drill-${nonce}-${round}-${i}`;
              batch.push({
                kind: 'urging',
                key,
                caseId: target.caseId,
                path: `/v1/cases/${target.caseId}/urgings`,
                body: JSON.stringify({ reason: `催办（演练 ${key}）`, evidence: [] }),
                headers: {
                  'content-type': 'application/json',
                  authorization: supervisor,
                  'idempotency-key': key,
                },
              });
            } else {
              const { finding, expected } = findings.next(ctx.random.pick(SCENARIOS));
              expectations.set(expected.caseId, expected);
              batch.push({
                kind: 'filing',
                key: expected.documentNumber,
                caseId: expected.caseId,
                path: '/v1/findings',
                body: JSON.stringify(finding),
                headers: {
                  'content-type': 'application/json',
                  authorization: await authorizationFor(officerFor(finding)),
                },
              });
            }
          }
          // Requests spread over 400 ms, the kill somewhere in them: some answered, some cut off mid-way.
          const firsts = batch.map(async (request) => {
            await sleep(ctx.random.int(0, 400));
            request.first = await http
              .send('POST', request.path, { body: request.body, headers: request.headers })
              .catch(() => null);
          });
          const delay = ctx.random.int(50, 500);
          killDelays.push(delay);
          await sleep(delay);
          await service.kill('api');
          await Promise.all(firsts);
          const cut = batch.filter((request) => !request.first).length;
          cutOff += cut;
          // What the killed API got done without answering: urgings already in the ledger, cases already there.
          await sleep(1_000);
          const unanswered = batch.filter((request) => !request.first);
          const { rows: landed } = await service.database.pool.query<{ reason: string }>(
            `select reason from case_events where type = 'urged' and case_id = any($1)`,
            [unanswered.filter((r) => r.kind === 'urging').map((r) => r.caseId)],
          );
          const { rows: filed } = await service.database.pool.query<{ id: string }>(
            'select id from cases where id = any($1)',
            [unanswered.filter((r) => r.kind === 'filing').map((r) => r.caseId)],
          );
          const done =
            unanswered.filter((r) => r.kind === 'urging' && landed.some((row) => row.reason.includes(r.key)))
              .length + filed.length;
          appliedUnanswered += done;
          await service.startApi();
          await Promise.all(
            batch.map(async (request) => {
              request.retry = await sendUntilAnswered(
                http,
                'POST',
                request.path,
                { body: request.body, headers: request.headers },
                Date.now() + 60_000,
              );
            }),
          );
          for (const request of batch) {
            const ok = request.retry && (request.retry.status === 200 || request.retry.status === 201);
            if (!ok) {
              retriesRefused += 1;
              problems.push(
                `${request.kind} ${request.key}: the retry answered ${request.retry?.status ?? 'nothing'} ${JSON.stringify(request.retry?.body ?? null)}`,
              );
            }
            if (request.kind === 'urging' && request.first?.status === 200 && request.retry?.status === 200) {
              if (JSON.stringify(request.first.body) === JSON.stringify(request.retry.body)) sameReceipt += 1;
              else {
                differentReceipt += 1;
                problems.push(
                  `urging ${request.key}: first receipt ${JSON.stringify(request.first.body)}, retry ${JSON.stringify(request.retry.body)}`,
                );
              }
            }
          }
          ctx.say(
            `round ${round + 1}: API killed ${delay} ms into ${perRound} requests; ${perRound - cut} answered before, ${cut} not (${done} of them applied all the same); all sent again`,
          );
          attempted.push(...batch);
        }

        // Each urging once: one ledger entry naming its key, and one notice more for its case.
        const urgings = attempted.filter((request) => request.kind === 'urging');
        for (const urging of urgings) {
          const want = expectations.get(urging.caseId)!;
          want.sequence += 1;
          want.effects = [...want.effects, 'urging_notice' as EffectKind];
        }
        await settle(service, [...expectations.values()], settleMs);
        const { rows } = await service.database.pool.query<{ reason: string }>(
          `select reason from case_events where type = 'urged'`,
        );
        let urgingsLost = 0;
        let urgingsDoubled = 0;
        for (const urging of urgings) {
          const entries = rows.filter((row) => row.reason.includes(urging.key)).length;
          if (entries === 0) urgingsLost += 1;
          if (entries > 1) urgingsDoubled += 1;
          if (entries !== 1) problems.push(`urging ${urging.key} is in the ledger ${entries} times`);
        }
        const check = await checkCases(service, [...expectations.values()]);
        const report = await reconcileService(service, ctx.say);
        const unexpected = http.unexpected5xx();
        return resultOf(
          'api-kill',
          ctx.seed,
          started,
          {
            lost: check.lost + urgingsLost,
            duplicated: check.duplicated + urgingsDoubled + differentReceipt + check.extraCases,
            wrongState: check.wrong,
            http5xx: unexpected.length,
            retriesNotApplied: retriesRefused,
            reconcileMismatches: report.counts.mismatches,
          },
          {
            casesChecked: check.checked,
            urgings: urgings.length,
            filings: attempted.length - urgings.length,
            apiKills: rounds,
            killDelaysMs: killDelays.join('/'),
            requestsUnanswered: cutOff,
            appliedButUnanswered: appliedUnanswered,
            retriesWithSameReceipt: sameReceipt,
            http503: http.count(503),
            answers: http.summary(),
          },
          [
            ...problems,
            ...check.problems,
            ...unexpected.map((e) => `${e.method} ${e.path} answered ${e.status} (request ${e.requestId})`),
          ],
        );
      },
    ),
};
