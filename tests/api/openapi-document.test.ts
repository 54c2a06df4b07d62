/**
 * openapi.json, committed at the repository's root for the console's typed client, is the document
 * GET /docs/json serves, byte for byte (pretty-printed, keys in the order served): a change to a route or
 * a schema that is not regenerated with `npm run openapi` fails here.
 */
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { OPENAPI_COMMAND, OPENAPI_FILE, servedOpenApiDocument } from '../../scripts/lib/openapi-document';
import packageJson from '../../package.json';

/** Why the committed text is not the served one (the first line that differs), or null when it is. */
function difference(committed: string | null, served: string): string | null {
  if (committed === served) return null;
  const fix = `run \`${OPENAPI_COMMAND}\` and commit openapi.json`;
  if (committed === null) return `openapi.json is missing: ${fix}`;
  const [a, b] = [committed.split('\n'), served.split('\n')];
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return (
    `openapi.json differs from the document GET /docs/json serves, first at line ${at + 1}:\n` +
    `  committed: ${a[at] ?? '(end of file)'}\n  served:    ${b[at] ?? '(end of file)'}\n${fix}`
  );
}

it('is the served OpenAPI document, as `npm run openapi` writes it', async () => {
  const committed = await readFile(OPENAPI_FILE, 'utf8').catch(() => null);
  expect(difference(committed, await servedOpenApiDocument())).toBeNull();
});

it('gives the console client types generated from the served document', () => {
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/openapi.ts', '--check'], {
    encoding: 'utf8',
  });
  expect(check.stdout).toContain('console/src/http/schema.d.ts is up to date');
  expect(check.status).toBe(0);
}, 60_000);

it('names a command that exists', () => {
  expect(packageJson.scripts.openapi).toBe('tsx scripts/openapi.ts');
  expect(OPENAPI_COMMAND).toBe('npm run openapi');
});
