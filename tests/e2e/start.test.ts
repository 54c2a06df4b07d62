/**
 * `npm start`'s processes for real: the supervisor starts an embedded PostgreSQL, the Temporal dev
 * server, the worker and the API; a finding filed over HTTP is visible in the API and in Temporal;
 * Ctrl-C, sent as a terminal sends it (to the whole foreground process group), stops everything in
 * order; the next start finds the case where it was.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { freePort, makeScratchDir } from '../../scripts/lib/processes';
import { temporalCliPath } from '../../scripts/lib/tools';
import { aFinding } from '../kit/findings';
import { poll } from '../kit/poll';
import { bearer, officerFor } from '../kit/tokens';
import { processGroupCommands, startService, stopOrder, stopService } from '../helpers/npm-start';
import { createTestDatabase, testTemporalAddress } from '../helpers/servers';

interface CaseBody {
  status: string;
  live: { status: string } | null;
}

/** Asks for the case until `accept` holds or `withinMs` passes; returns the last answer. */
async function caseUntil(
  url: string,
  accept: (body: CaseBody) => boolean,
  withinMs: number,
): Promise<CaseBody> {
  const { value } = await poll(
    async () => {
      const response = await fetch(url, { headers: await bearer(officerFor(aFinding())) });
      expect(response.status).toBe(200);
      return (await response.json()) as CaseBody;
    },
    accept,
    { timeoutMs: withinMs, everyMs: 500 },
  );
  return value;
}

describe('npm start', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let apiUrl: string;
  let temporalAddress: string;
  let uiUrl: string;

  beforeAll(async () => {
    dataDir = await makeScratchDir('e2e');
    const [port, pgPort, temporalPort, uiPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    apiUrl = `http://127.0.0.1:${port}`;
    temporalAddress = `127.0.0.1:${temporalPort}`;
    uiUrl = `http://127.0.0.1:${uiPort}`;
    env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
    Object.assign(env, {
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      EMBEDDED_TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
    });
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs the whole service, stops on Ctrl-C and finds the open case again on the next start', async () => {
    const first = await startService(env);
    let caseId: string;
    let workflowId: string;
    try {
      for (const url of [`${apiUrl}/v1`, `${apiUrl}/docs`, uiUrl]) expect(first.output()).toContain(url);

      const finding = aFinding({ findingDate: '2026-01-05' });
      const filed = await fetch(`${apiUrl}/v1/findings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer(officerFor(finding))) },
        body: JSON.stringify(finding),
      });
      expect(filed.status).toBe(201);
      ({ id: caseId, workflowId } = (await filed.json()) as { id: string; workflowId: string });

      const shown = await fetch(`${apiUrl}/v1/cases/${caseId}`, {
        headers: await bearer(officerFor(finding)),
      });
      expect(shown.status).toBe(200);
      expect(((await shown.json()) as { finding: unknown }).finding).toMatchObject(finding);

      const { stdout } = await promisify(execFile)(temporalCliPath(), [
        'workflow',
        'describe',
        '--workflow-id',
        workflowId,
        '--address',
        temporalAddress,
        '--output',
        'json',
      ]);
      const described = JSON.parse(stdout) as {
        workflowExecutionInfo: { status: string; type: { name: string } };
      };
      expect(described.workflowExecutionInfo.type.name).toBe('rectificationCaseWorkflow');
      expect(described.workflowExecutionInfo.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');
      expect((await fetch(uiUrl)).status).toBe(200);
      // Ctrl-C reaches the terminal's foreground group: `npm start` (and any helper of its own, such as
      // tsx's compiler), not the servers it started.
      const inForeground = await processGroupCommands(first.child.pid!);
      expect(inForeground).toContain('node');
      expect(inForeground.filter((command) => ['postgres', 'temporal'].includes(command))).toEqual([]);
    } finally {
      expect(await stopService(first)).toBe(0);
    }
    expect(stopOrder(first.output())).toEqual([
      'stopped the api',
      'stopped the worker',
      'stopped the Temporal dev server',
      'stopped PostgreSQL',
      'stopped',
    ]);

    const second = await startService(env);
    try {
      // The finding's deadline has long passed, so the case escalates on its own — in the first run,
      // or, if Ctrl-C came first, once the new worker picks up the workflow task the old one left
      // (after the task timeout). The first query after a restart can also wait out the old worker's
      // sticky queue, answering `live: null` meanwhile. So ask until it is there, within 30 s.
      const escalated = (b: CaseBody) =>
        b.live?.status === 'awaiting_government_decision' && b.status === 'awaiting_government_decision';
      const body = await caseUntil(`${apiUrl}/v1/cases/${caseId!}`, escalated, 30_000);
      expect(body.live?.status).toBe('awaiting_government_decision');
      expect(body.status).toBe('awaiting_government_decision');
    } finally {
      expect(await stopService(second)).toBe(0);
    }
  }, 300_000);

  it('uses the servers named by DATABASE_URL and TEMPORAL_ADDRESS and starts none', async () => {
    const database = await createTestDatabase();
    const port = await freePort();
    const started = await startService({
      ...env,
      PORT: String(port),
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: testTemporalAddress(),
    });
    try {
      expect(started.output()).not.toContain('starting embedded PostgreSQL');
      expect(started.output()).not.toContain('starting the Temporal dev server');
      expect(started.output()).toContain(`Temporal       ${testTemporalAddress()}`);
      const filed = await fetch(`http://127.0.0.1:${port}/v1/findings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer(officerFor(aFinding()))) },
        body: JSON.stringify(aFinding()),
      });
      expect(filed.status).toBe(201);
      const { id } = (await filed.json()) as { id: string };
      const { rows } = await database.pool.query('select status from cases where id = $1', [id]);
      expect(rows).toHaveLength(1);
    } finally {
      expect(await stopService(started)).toBe(0);
      await database.close();
    }
    expect(stopOrder(started.output())).toEqual(['stopped the api', 'stopped the worker', 'stopped']);
  }, 300_000);
});
