/**
 * `npm run openapi`: writes the API's OpenAPI document, as GET /docs/json serves it, to openapi.json at
 * the repository's root. Commit the result: tests/api/openapi-document.test.ts fails when they differ.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OPENAPI_FILE, servedOpenApiDocument } from './lib/openapi-document';

async function main(): Promise<void> {
  const served = await servedOpenApiDocument();
  const committed = await readFile(OPENAPI_FILE, 'utf8').catch(() => null);
  const name = path.relative(process.cwd(), OPENAPI_FILE) || OPENAPI_FILE;
  if (committed === served) {
    process.stdout.write(`${name} is up to date\n`);
    return;
  }
  await writeFile(OPENAPI_FILE, served);
  process.stdout.write(`${name} ${committed === null ? 'written' : 'updated'}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `openapi failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
