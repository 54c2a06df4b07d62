/**
 * Builds the console and the public pages (console/ → console/dist) with Vite when their sources, the
 * shared domain vocabularies or the lockfile changed since the last build; otherwise says it is up to
 * date. Run by scripts/bootstrap.sh, so `npm start` and `npm test` always serve the current console.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CONSOLE = path.join(ROOT, 'console');
const STAMP = path.join(CONSOLE, 'dist', '.source-sha256');
/**
 * What the bundle is made of: the console's own files, the domain modules it imports, and openapi.json
 * (the decision forms' request schemas are taken from it at build time).
 */
const INPUTS = [
  'openapi.json',
  'console/src',
  'console/index.html',
  'console/public.html',
  'console/vite.config.mts',
  'domain',
  'package-lock.json',
];

async function filesUnder(relative: string): Promise<string[]> {
  const absolute = path.join(ROOT, relative);
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => null);
  if (!entries) return [relative];
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(path.join(relative, entry.name)) : [path.join(relative, entry.name)],
    ),
  );
  return nested.flat();
}

async function sourceHash(): Promise<string> {
  const files = (await Promise.all(INPUTS.map(filesUnder))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const want = await sourceHash();
  const have = await readFile(STAMP, 'utf8').catch(() => null);
  if (want === have && process.argv[2] !== '--force') return;
  process.stderr.write('[bootstrap] building the console (Vite)\n');
  // The console first (it empties dist), then the public pages beside it: built apart, each is
  // tree-shaken for itself (see console/vite.config.mts).
  for (const mode of ['production', 'public']) {
    const vite = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        path.join(CONSOLE, 'vite.config.mts'),
        '--mode',
        mode,
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (vite.status !== 0) throw new Error(`vite build (${mode}) exited with ${vite.status ?? vite.signal}`);
  }
  await writeFile(STAMP, want);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[bootstrap] the console did not build: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
