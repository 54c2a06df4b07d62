/**
 * Prometheus metrics (METRICS_ADDRESS): the API process serves its answers' durations by route and
 * status and the outbox backlog, the worker process the Temporal SDK's metrics, each on a listener of
 * its own — scraped from the real processes, after a finding has gone through both.
 */
import { startService, type RunningService } from '../../scripts/lib/service';
import { freePort } from '../../scripts/lib/processes';
import { aFinding } from '../kit/findings';
import { call } from '../kit/http';
import { eventually } from '../kit/poll';
import { authorizationFor, officerFor } from '../kit/tokens';
import { createTestDatabase, testTemporalAddress, type TestDatabase } from '../helpers/servers';

describe('the metrics endpoints', () => {
  let database: TestDatabase;
  let service: RunningService;
  let apiMetrics: string;
  let workerMetrics: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    apiMetrics = `http://127.0.0.1:${apiPort}/metrics`;
    workerMetrics = `http://127.0.0.1:${workerPort}/metrics`;
    service = await startService(
      { databaseUrl: database.url, temporalAddress: testTemporalAddress() },
      {},
      {
        apiEnv: { METRICS_ADDRESS: `127.0.0.1:${apiPort}` },
        workerEnv: { METRICS_ADDRESS: `127.0.0.1:${workerPort}` },
      },
    );
  }, 180_000);

  afterAll(async () => {
    await service?.stop();
    await database?.close();
  });

  it('serves the API’s request durations by route and status, and the outbox backlog', async () => {
    const finding = aFinding();
    const filed = await call(`${service.baseUrl}/v1/findings`, {
      method: 'POST',
      authorization: await authorizationFor(officerFor(finding)),
      body: finding,
    });
    expect(filed.status).toBe(201);
    const response = await fetch(apiMetrics);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(
      /^capacity_exit_http_request_duration_seconds_count\{method="POST",route="\/v1\/findings",status_code="201"\} 1$/m,
    );
    expect(text).toMatch(/^capacity_exit_outbox_undelivered \d+$/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect((await fetch(`${service.baseUrl}/metrics`)).status).toBe(404);
  });

  it('serves the worker’s Temporal SDK metrics once it has run a workflow task', async () => {
    const text = await eventually(
      async () => (await fetch(workerMetrics)).text(),
      (body) => /^temporal_workflow_task_execution_latency_seconds_count\{/m.test(body),
      'the worker’s workflow task metrics',
      { timeoutMs: 30_000, everyMs: 500 },
    );
    expect(text).toMatch(/^temporal_request_total\{/m);
  });
});
