/**
 * The OpenAPI document against the served API, with schemathesis (PyPI; `bootstrap.sh --test` installs
 * it) and every one of its checks: no server error; every status, header, content type and body as
 * documented; every request the document calls valid accepted and every invalid one refused; 405 with
 * `Allow` for a method no route declares. The API listens on a port, on the suite's real Temporal and
 * PostgreSQL, with a worker; the token holds every role, so the checks reach past authorisation.
 * SCHEMATHESIS_MAX_EXAMPLES and SCHEMATHESIS_SEED widen or vary the run (a fixed seed by default, so a
 * failure reproduces).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { schemathesisPath } from '../../scripts/lib/tools';
import { startApiHarness, type ApiHarness } from '../helpers/api';
import { bearer, everyRole } from '../kit/tokens';

const MAX_EXAMPLES = Number(process.env.SCHEMATHESIS_MAX_EXAMPLES ?? 25);
const SEED = process.env.SCHEMATHESIS_SEED ?? '20261203';
/** What the document can only name or describe: the credit code's check character, rules relative to today. */
const HOOKS = path.join(__dirname, 'schemathesis-hooks.py');

let harness: ApiHarness;
let baseUrl: string;
let scratch: string;

beforeAll(async () => {
  harness = await startApiHarness();
  await harness.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}`;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'schemathesis-'));
});

afterAll(async () => {
  await harness?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

interface RunReport {
  test_cases: { generated: number };
  failures: Array<{ code: string; title: string; count: number; operations: string[] }>;
  errors: unknown[];
}

it('finds nothing the served OpenAPI document does not promise, with every check', async () => {
  const { authorization } = await bearer(everyRole('schemathesis'));
  const reports = path.join(scratch, 'reports');
  const cli = spawn(
    schemathesisPath(),
    [
      '--config-file',
      path.join(__dirname, 'schemathesis.toml'),
      'run',
      `${baseUrl}/docs/json`,
      '--url',
      baseUrl,
      '--header',
      `Authorization: ${authorization}`,
      '--checks',
      'all',
      '--max-examples',
      String(MAX_EXAMPLES),
      '--seed',
      SEED,
      // One worker: with two, Hypothesis' threads parse lambda sources at once, and CPython 3.11.7 (the
      // machines' Python) failed a run with "SystemError: AST constructor recursion depth mismatch".
      '--workers',
      '1',
      '--request-timeout',
      '30',
      '--generation-database',
      'none',
      '--no-color',
      '--report',
      'json',
      '--report-dir',
      reports,
    ],
    // Run in the scratch folder: nothing (reports, Hypothesis' cache) lands in the checkout.
    {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_HOOKS: HOOKS },
    },
  );
  let output = '';
  cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  cli.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [exitCode] = (await once(cli, 'exit')) as [number | null];

  const file = (await readdir(reports).catch(() => [])).find((name) => name.endsWith('.json'));
  if (!file) throw new Error(`schemathesis wrote no report (exit ${exitCode}):\n${output}`);
  const report = JSON.parse(await readFile(path.join(reports, file), 'utf8')) as RunReport;
  const failures = report.failures.map(
    (failure) => `${failure.code} ${failure.title} ×${failure.count}: ${failure.operations.join('; ')}`,
  );
  if (exitCode !== 0 || failures.length || report.errors.length) {
    // The CLI's own account: each failure with the request that reproduces it.
    const details = output.slice(Math.max(0, output.indexOf('=== FAILURES')));
    throw new Error(
      `schemathesis (exit ${exitCode}) found ${failures.length} kind(s) of failure and ${report.errors.length} error(s):\n` +
        `${failures.join('\n')}\n\n${details}`,
    );
  }
  expect(report.test_cases.generated).toBeGreaterThan(0);
}, 300_000);
