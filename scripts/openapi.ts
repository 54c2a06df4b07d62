/**
 * `npm run openapi`: writes the API's OpenAPI document, as GET /docs/json serves it, to openapi.json at
 * the repository's root, and the console's client types generated from it to console/src/http/schema.d.ts.
 * Commit both: tests/api/openapi-document.test.ts fails when either differs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { consoleApiTypes } from './lib/console-api-types';
import { CONSOLE_API_TYPES_FILE, OPENAPI_FILE, servedOpenApiDocument } from './lib/openapi-document';

/** With --check: writes nothing, and exits 1 when a file is not what it would write. */
const checkOnly = process.argv.includes('--check');
let stale = false;

/** Writes `text` to `file` unless it already holds it, and says which. */
async function update(file: string, text: string): Promise<void> {
  const committed = await readFile(file, 'utf8').catch(() => null);
  const name = path.relative(process.cwd(), file) || file;
  if (committed === text) {
    process.stdout.write(`${name} is up to date\n`);
    return;
  }
  if (checkOnly) {
    stale = true;
    process.stdout.write(`${name} is ${committed === null ? 'missing' : 'stale'}: run \`npm run openapi\`\n`);
    return;
  }
  await writeFile(file, text);
  process.stdout.write(`${name} ${committed === null ? 'written' : 'updated'}\n`);
}

async function main(): Promise<void> {
  const served = await servedOpenApiDocument();
  await update(OPENAPI_FILE, served);
  await update(CONSOLE_API_TYPES_FILE, await consoleApiTypes(served));
  if (stale) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `openapi failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
