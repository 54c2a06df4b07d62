/**
 * `TEMPORAL_TOPOLOGY=cluster npm start`: the production Temporal server as a cluster on PostgreSQL —
 * frontend, two history processes, matching and Temporal's worker, each its own `temporal-server`
 * process — with the Web UI server, two of our workers and two API processes behind the load balancer.
 * A case goes the whole way a user sees (file → decide → list → audit check) through the balancer, and
 * is found in PostgreSQL visibility by its search attributes; an
 * API process and a history process, killed, are started again while the other carries on; Ctrl-C
 * stops everything in order, and the next start finds the case as it was.
 */
import { rm } from 'node:fs/promises';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { Principal } from '../../api/auth';
import { chinaDateOf } from '../../domain/calendar';
import { freeLowPort, freeLowPorts, makeScratchDir } from '../../scripts/lib/processes';
import { call } from '../kit/http';
import { aFinding } from '../kit/findings';
import { eventually } from '../kit/poll';
import { authorizationFor, officerFor } from '../kit/tokens';
import { descendantsOf, startService, stopOrder, stopService } from '../helpers/npm-start';

const auditor: Principal = { userId: 'u-audit', roles: ['auditor'], regionCode: '320000', department: null };

describe('npm start with TEMPORAL_TOPOLOGY=cluster', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeScratchDir('cluster');
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs a case end to end on the Temporal cluster, survives losing an API and a history process, stops in order', async () => {
    // Below the ephemeral range: the processes bind them seconds later, while outgoing connections
    // take ephemeral ports.
    const [port, pgPort, frontendPort, uiPort] = [
      await freeLowPort(),
      await freeLowPort(),
      await freeLowPort(),
      await freeLowPort(),
    ];
    const apiUrl = `http://127.0.0.1:${port}`;
    // Prometheus: history ×2, matching, frontend, Temporal's worker, our two workers, our two APIs.
    const metricsBase = await freeLowPorts(9);
    const metricsOf = (index: number) => `http://127.0.0.1:${metricsBase + index}/metrics`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TEMPORAL_TOPOLOGY: 'cluster',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      EMBEDDED_TEMPORAL_PORT: String(frontendPort),
      TEMPORAL_UI_PORT: String(uiPort),
      LOG_LEVEL: 'warn',
      METRICS_ADDRESS: `127.0.0.1:${metricsBase}`,
      PUBLIC_RATE_LIMIT_PER_MINUTE: '10',
    };
    delete env.DATABASE_URL;
    delete env.TEMPORAL_ADDRESS;
    let caseId = '';
    let workflowId = '';
    const started = await startService(env, 240_000);
    try {
      expect(started.output()).toContain('(namespace default; 2 workers, 2 API processes)');
      const commandLines = (await descendantsOf(started.child.pid!)).map(({ commandLine }) => commandLine);
      const services = commandLines
        .filter((line) => line.includes('temporal-server'))
        .map((line) => /--service (\w+)/.exec(line)?.[1])
        .sort();
      expect(services).toEqual(['frontend', 'history', 'history', 'matching', 'worker']);
      expect(commandLines.filter((line) => line.includes('ui-server'))).toHaveLength(1);
      expect(commandLines.filter((line) => line.endsWith('worker.ts'))).toHaveLength(2);
      expect(commandLines.filter((line) => line.endsWith('server.ts'))).toHaveLength(2);
      expect((await fetch(`http://127.0.0.1:${uiPort}/`)).status).toBe(200);

      // The namespace persists to PostgreSQL and archives closed histories.
      const connection = await Connection.connect({ address: `127.0.0.1:${frontendPort}` });
      try {
        const { config } = await connection.workflowService.describeNamespace({ namespace: 'default' });
        expect(config?.historyArchivalState).toBe(temporal.api.enums.v1.ArchivalState.ARCHIVAL_STATE_ENABLED);
        expect(config?.historyArchivalUri).toBe(`file://${dataDir}/temporal/archival/history`);
        const system = await new Client({ connection }).workflowService.getSystemInfo({});
        expect(system.serverVersion).toBe('1.29.1');
      } finally {
        await connection.close();
      }

      // The public rate limit holds for the service, not for each API process behind the balancer.
      const publicStatuses = [];
      for (let i = 0; i < 11; i++) publicStatuses.push((await call(`${apiUrl}/v1/auth/config`)).status);
      expect(publicStatuses).toEqual([...Array<number>(10).fill(200), 429]);

      const finding = aFinding({ findingDate: chinaDateOf(new Date()) });
      const officer = await authorizationFor(officerFor(finding));
      const filed = await call<{ id: string; workflowId: string }>(`${apiUrl}/v1/findings`, {
        method: 'POST',
        authorization: officer,
        body: finding,
      });
      expect(filed.status).toBe(201);
      caseId = filed.body.id;
      workflowId = filed.body.workflowId;
      const rectifying = await eventually(
        () => call<{ status: string }>(`${apiUrl}/v1/cases/${caseId}`, { authorization: officer }),
        (answer) => answer.body.status === 'rectifying',
        'the case to rest at rectifying',
        { timeoutMs: 60_000, everyMs: 250 },
      );
      expect(rectifying.status).toBe(200);

      const decided = await call<{ status: string; sequence: number }>(
        `${apiUrl}/v1/cases/${caseId}/extension-requests`,
        {
          method: 'POST',
          authorization: officer,
          headers: { 'idempotency-key': `cluster-${caseId}` },
          body: { reason: '企业申请延期', evidence: [{ reference: '申请书' }], months: 3 },
        },
      );
      expect(decided).toMatchObject({ status: 200, body: { status: 'rectifying', sequence: 3 } });

      // The case's search attributes, in PostgreSQL visibility: the Temporal UI's list filters by them.
      const visible = await eventually(
        async () => {
          const connection = await Connection.connect({ address: `127.0.0.1:${frontendPort}` });
          try {
            const client = new Client({ connection });
            const query =
              `CaseStatus = 'rectifying' AND CaseRegion = '${finding.enterprise.regionCode}' ` +
              `AND CaseDimension = '${finding.dimension}' AND CaseDueAt > '${new Date().toISOString()}'`;
            const found: string[] = [];
            for await (const execution of client.workflow.list({ query })) found.push(execution.workflowId);
            return found;
          } finally {
            await connection.close();
          }
        },
        (found) => found.some((workflowId) => workflowId.endsWith(caseId)),
        'the case in a visibility query by its search attributes',
        { timeoutMs: 30_000, everyMs: 500 },
      );
      expect(visible.filter((workflowId) => workflowId.endsWith(caseId))).toHaveLength(1);

      // Every process serves its metrics on a port of its own: the frontend its request counts, our
      // first API process its answers, our first worker the SDK's.
      const metrics = await Promise.all(
        [3, 7, 5].map(async (index) => (await fetch(metricsOf(index))).text()),
      );
      expect(metrics[0]).toMatch(/^service_requests\{/m);
      expect(metrics[1]).toMatch(/^capacity_exit_http_request_duration_seconds_count\{/m);
      expect(metrics[2]).toMatch(/^temporal_request_total\{/m);

      const listed = await call<{ items: Array<{ id: string; status: string }> }>(
        `${apiUrl}/v1/cases?status=rectifying&limit=200`,
        { authorization: officer },
      );
      expect(listed.status).toBe(200);
      expect(listed.body.items.find((item) => item.id === caseId)).toMatchObject({ status: 'rectifying' });

      const audit = await eventually(
        async () =>
          call<{ agrees: boolean; pending: unknown[]; ledgerEntries: number }>(
            `${apiUrl}/v1/cases/${caseId}/audit-check`,
            { authorization: await authorizationFor(auditor) },
          ),
        (answer) => answer.body.pending?.length === 0,
        'the audit check with nothing pending',
        { timeoutMs: 30_000, everyMs: 500 },
      );
      expect(audit.body).toMatchObject({ agrees: true, ledgerEntries: 3, pending: [] });

      // One API process killed: the balancer sends every request to the other, and the supervisor
      // starts it again.
      const api1 = await pidOf(started.child.pid!, (line) => line.endsWith('server.ts'));
      process.kill(api1, 'SIGKILL');
      for (let request = 0; request < 20; request++)
        expect((await call(`${apiUrl}/readyz`)).status).toBe(200);
      await eventually(
        async () => started.output(),
        (output) => output.includes('the api 1 process exited (SIGKILL); starting it again'),
        'the supervisor to restart the API process',
        { timeoutMs: 10_000, everyMs: 200 },
      );

      // One history process killed: its shards move to the other, filings go on; it comes back.
      const history = await pidOf(started.child.pid!, (line) => line.includes('--service history'));
      process.kill(history, 'SIGKILL');
      const another = aFinding({ findingDate: chinaDateOf(new Date()) });
      const filedAfter = await eventually(
        async () =>
          call<{ id: string }>(`${apiUrl}/v1/findings`, {
            method: 'POST',
            authorization: await authorizationFor(officerFor(another)),
            headers: { 'idempotency-key': `cluster-${another.enterprise.creditCode}` },
            body: another,
          }),
        (answer) => answer.status === 201,
        'a filing after the history process was killed',
        { timeoutMs: 90_000, everyMs: 1_000 },
      );
      await eventually(
        async () =>
          call<{ status: string }>(`${apiUrl}/v1/cases/${filedAfter.body.id}`, {
            authorization: await authorizationFor(officerFor(another)),
          }),
        (answer) => answer.body.status === 'rectifying',
        'the later case to rest at rectifying',
        { timeoutMs: 90_000, everyMs: 500 },
      );
      expect(started.output()).toMatch(
        /the Temporal history-\d process exited \(SIGKILL\); starting it again/,
      );

      // The case closes (re-inspection passed) and the cluster archives its run. The namespace's
      // retention (an hour at the least) then deletes the live run: DeleteWorkflowExecution, the
      // deletion retention does, stands for the wait. The audit reads the archive.
      const reinspected = await call<{ status: string }>(`${apiUrl}/v1/cases/${caseId}/reinspections`, {
        method: 'POST',
        authorization: officer,
        headers: { 'idempotency-key': `cluster-reinspection-${caseId}` },
        body: { reason: '复查合格', evidence: [{ reference: '复查记录' }], result: 'pass' },
      });
      expect(reinspected).toMatchObject({ status: 200, body: { status: 'rectified' } });
      await deleteWhenArchived(`127.0.0.1:${frontendPort}`, workflowId);
      const fromArchive = await call<{ runs: Array<{ archived: boolean; status: string }> }>(
        `${apiUrl}/v1/cases/${caseId}/history`,
        { authorization: await authorizationFor(auditor) },
      );
      expect(fromArchive.status).toBe(200);
      expect(fromArchive.body.runs).toEqual([
        expect.objectContaining({ archived: true, status: 'COMPLETED' }),
      ]);
      const archivedAudit = await call(`${apiUrl}/v1/cases/${caseId}/audit-check`, {
        authorization: await authorizationFor(auditor),
      });
      expect(archivedAudit).toMatchObject({
        status: 200,
        body: { agrees: true, runs: 1, ledgerEntries: 4, historySteps: 4, pending: [] },
      });
    } finally {
      expect(await stopService(started)).toBe(0);
    }
    expect(stopOrder(started.output())).toEqual([
      'stopped the load balancer',
      'stopped the api 2',
      'stopped the api 1',
      'stopped the worker 2',
      'stopped the worker 1',
      'stopped the Temporal cluster',
      'stopped PostgreSQL',
      'stopped',
    ]);

    // Started again on its data (its processes have new membership ports): the case is as it was, its
    // run still read from the archive.
    const again = await startService(env, 240_000);
    try {
      const shown = await call<{ status: string }>(`${apiUrl}/v1/cases/${caseId}`, {
        authorization: await authorizationFor(auditor),
      });
      expect(shown).toMatchObject({ status: 200, body: { status: 'rectified' } });
      const checked = await call(`${apiUrl}/v1/cases/${caseId}/audit-check`, {
        authorization: await authorizationFor(auditor),
      });
      expect(checked).toMatchObject({ status: 200, body: { agrees: true, ledgerEntries: 4, pending: [] } });
    } finally {
      expect(await stopService(again)).toBe(0);
    }
  }, 600_000);
});

/**
 * Waits for the closed workflow's run to be in the archive (its visibility record, which the cluster
 * writes after the history), then deletes the live run as the namespace's retention would.
 */
async function deleteWhenArchived(address: string, workflowId: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    const { runId } = await client.workflow.getHandle(workflowId).describe();
    await client.workflow.getHandle(workflowId, runId).result();
    await eventually(
      () =>
        connection.workflowService.listArchivedWorkflowExecutions({
          namespace: 'default',
          query: `WorkflowId = '${workflowId}'`,
        }),
      (page) => (page.executions ?? []).some((execution) => execution.execution?.runId === runId),
      'the closed run in the archive',
      { timeoutMs: 60_000, everyMs: 500 },
    );
    await connection.workflowService.deleteWorkflowExecution({
      namespace: 'default',
      workflowExecution: { workflowId, runId },
    });
    await eventually(
      () =>
        client.workflow
          .getHandle(workflowId, runId)
          .describe()
          .then(
            () => 'live',
            (error: Error) => error.name,
          ),
      (outcome) => outcome === 'WorkflowNotFoundError',
      'the live run deleted',
      { timeoutMs: 60_000, everyMs: 500 },
    );
  } finally {
    await connection.close();
  }
}

/** The first descendant of `ancestor` whose command line matches. */
async function pidOf(ancestor: number, matches: (commandLine: string) => boolean): Promise<number> {
  const found = (await descendantsOf(ancestor)).find(({ commandLine }) => matches(commandLine));
  if (!found) throw new Error('no such process');
  return found.pid;
}
