/**
 * The shape of the drills that break a server: file real cases over HTTP, break something at a random
 * point of the load, recover, let the cases settle, then check every case and reconcile.
 */
import { mapWithConcurrency } from '../../lib/concurrency';
import { Findings, Http, fileFinding, type ExpectedCase, type ServerError } from './load';
import type { Service } from '../lib/scratch-service';
import { sleep } from '../../tests/kit/poll';
import {
  checkCases,
  reconcileService,
  resultOf,
  settle,
  unsettledCases,
  type DrillContext,
  type DrillResult,
} from './verify';

export interface LoadFault {
  drill: string;
  service: Service;
  cases: number;
  /** When to break: once this share of the ledger entries the load makes is written, or of the filings answered. */
  trigger: { on: 'ledger' | 'filings'; fraction: number };
  /** Breaks something and recovers; returns what it did, for the figures. */
  fault(): Promise<Record<string, number | string>>;
  concurrency?: number;
  settleTimeoutMs?: number;
}

export async function underLoad(ctx: DrillContext, plan: LoadFault): Promise<DrillResult> {
  const started = Date.now();
  const { service } = plan;
  const http = new Http(service.apiUrl);
  const findings = new Findings(
    `${plan.drill.slice(0, 2)}${ctx.seed.toString(36)}${Date.now().toString(36)}`,
  );
  const batch = Array.from({ length: plan.cases }, () => findings.next());
  const totalEntries = batch.reduce((sum, { expected }) => sum + expected.sequence, 0);
  const settleTimeoutMs = plan.settleTimeoutMs ?? Number(process.env.DRILL_SETTLE_SECONDS ?? 300) * 1000;

  const acknowledged: ExpectedCase[] = [];
  let unanswered = 0;
  let answered = 0;
  // How long a client keeps sending a filing again, and the load may take to reach its break point.
  const loadDeadline = Date.now() + Math.max(settleTimeoutMs, 300_000);
  const load = mapWithConcurrency(batch, plan.concurrency ?? 8, async ({ finding, expected }) => {
    const answer = await fileFinding(http, finding, loadDeadline);
    if (answer && (answer.status === 201 || answer.status === 200)) {
      answered += 1;
      acknowledged.push(expected);
    } else {
      unanswered += 1;
      if (answer)
        ctx.say(`filing ${expected.caseId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
  });

  let loadDone = false;
  void load.finally(() => (loadDone = true));
  const breakAt = Math.max(
    1,
    Math.floor(plan.trigger.fraction * (plan.trigger.on === 'ledger' ? totalEntries : plan.cases)),
  );
  ctx.say(
    `filing ${plan.cases} cases; breaking once ${breakAt} ${plan.trigger.on === 'ledger' ? `of ${totalEntries} ledger entries are written` : `of ${plan.cases} filings are answered`}`,
  );
  let ledgerAtBreak = 0;
  const triggerDeadline = loadDeadline;
  for (;;) {
    const { rows } = await service.database.pool.query<{ n: number }>(
      'select count(*)::int as n from case_events',
    );
    ledgerAtBreak = rows[0]!.n;
    const progress = plan.trigger.on === 'ledger' ? ledgerAtBreak : answered;
    if (progress >= breakAt) break;
    if (loadDone && plan.trigger.on === 'filings') break;
    if (Date.now() > triggerDeadline)
      throw new Error(`the load never reached its break point (${progress} of ${breakAt})`);
    await sleep(25);
  }
  const filedAtBreak = answered;
  const unsupervise = service.supervise(ctx.say);
  const faultFigures = await plan.fault();
  await load;
  ctx.say(`load done: ${http.summary()}; settling`);

  const settled = await settle(service, acknowledged, settleTimeoutMs);
  const behind = settled ? [] : await unsettledCases(service, acknowledged);
  for (const line of behind) ctx.say(`not settled: ${line}`);
  unsupervise();
  const check = await checkCases(service, acknowledged);
  const report = await reconcileService(service, ctx.say);
  const unexpected = http.unexpected5xx();
  const problems = [...check.problems, ...groupedServerErrors(unexpected), ...service.unexpectedExits];
  if (!settled)
    problems.push(
      `the cases did not settle within ${settleTimeoutMs / 1000} s`,
      ...behind.map((line) => `not settled: ${line}`),
    );
  return resultOf(
    plan.drill,
    ctx.seed,
    started,
    {
      lost: check.lost,
      duplicated: check.duplicated,
      wrongState: check.wrong,
      extraCases: check.extraCases,
      http5xx: unexpected.length,
      unanswered,
      unexpectedExits: service.unexpectedExits.length,
      reconcileMismatches: report.counts.mismatches,
    },
    {
      casesChecked: check.checked,
      ledgerEntriesAtBreak: ledgerAtBreak,
      filingsAnsweredAtBreak: filedAtBreak,
      ...faultFigures,
      http503: http.count(503),
      noAnswer: http.connectionErrors,
      answers: http.summary(),
      reconciledCases: report.counts.checked,
    },
    problems,
  );
}

/** One line per kind of 5xx (route, status, problem type): how many, and a few request ids to look up in the API log. */
function groupedServerErrors(errors: ServerError[]): string[] {
  const groups = new Map<string, ServerError[]>();
  for (const error of errors) {
    const type = (error.body as { type?: string } | null)?.type ?? '';
    const key = `${error.method} ${error.path} answered ${error.status} ${type}`.trim();
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  return [...groups.entries()].map(
    ([key, list]) =>
      `${key} ×${list.length} (requests ${list
        .slice(0, 3)
        .map((e) => e.requestId)
        .join(', ')}${list.length > 3 ? ', …' : ''}): ${JSON.stringify(list[0]!.body)}`,
  );
}
