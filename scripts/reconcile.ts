/**
 * `npm run reconcile`: compares every case, then every tip, in Temporal, the read model, the ledger and
 * the outbox (audit/reconcile.ts, audit/tip-reconcile.ts) against the servers named by DATABASE_URL and
 * TEMPORAL_ADDRESS, prints each mismatch — case or tip, what, expected, found — and the counts, and
 * exits 1 when there is any.
 *
 *   npm run reconcile -- [--timeout <seconds>] [--no-query] [--json]
 *
 * --timeout: how long cases with a step in flight may take to settle (default 60 s); --no-query: do not
 * ask the workflows for their live state (when no worker runs); --json: the report as JSON.
 */
import { Client, Connection } from '@temporalio/client';
import { loadConfigOrExit } from '../config';
import { connectDatabase } from '../db/client';
import { formatReport, reconcile } from '../audit/reconcile';
import { formatTipReport, reconcileTips } from '../audit/tip-reconcile';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const config = loadConfigOrExit();
  const timeoutSeconds = Number(option('--timeout') ?? 60);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 0) {
    process.stderr.write('--timeout takes a number of seconds\n');
    return 2;
  }
  const json = process.argv.includes('--json');
  const database = connectDatabase(config.DATABASE_URL, {
    max: 4,
    applicationName: 'capacity-exit-reconcile',
  });
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const services = {
      db: database.db,
      temporal: new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }),
    };
    const report = await reconcile(services, {
      settleTimeoutMs: timeoutSeconds * 1000,
      query: !process.argv.includes('--no-query'),
      onProgress: json ? undefined : (line) => process.stderr.write(`[reconcile] ${line}\n`),
    });
    const tipReport = await reconcileTips(services, { settleTimeoutMs: timeoutSeconds * 1000 });
    process.stdout.write(
      json
        ? `${JSON.stringify({ ...report, tips: tipReport }, null, 2)}\n`
        : `${formatReport(report)}\n${formatTipReport(tipReport)}\n`,
    );
    return report.counts.mismatches === 0 && tipReport.mismatches.length === 0 ? 0 : 1;
  } finally {
    await connection.close();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[reconcile] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
