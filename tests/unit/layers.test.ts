/**
 * The layering and the cycle check are real guards: a wrong-way import fails ESLint, and an import
 * cycle fails `npm run check:cycles`, both of which `npm test` runs first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Lints planted files (never written to disk) with the project's ESLint config, its type-aware rules
 * off, in one ESLint process (the config is ESM, which Jest's module system does not load).
 */
function importProblems(planted: [file: string, code: string][]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({
      overrideConfig: {
        languageOptions: { parserOptions: { projectService: false, project: null } },
        rules: {
          '@typescript-eslint/no-floating-promises': 'off',
          '@typescript-eslint/no-misused-promises': 'off',
          '@typescript-eslint/no-unused-vars': 'off',
        },
      },
    });
    const planted = JSON.parse(process.argv[1]);
    const results = [];
    for (const [file, code] of planted) {
      const [result] = await eslint.lintText(code, { filePath: file });
      results.push(result.messages.map((message) => message.message));
    }
    console.log(JSON.stringify(results));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(planted)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`eslint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

const REFUSED: [file: string, code: string, problem: string][] = [
  ['db/planted.ts', "import { buildApp } from '../api/app';", 'db/ may not import api/'],
  [
    'activities/planted.ts',
    "import { decide } from '../api/services/decisions';",
    'activities/ may not import api/',
  ],
  ['domain/planted.ts', "import { findCase } from '../db/cases';", 'domain/ may not import db/'],
  [
    'workflows/planted.ts',
    "import { createActivities } from '../activities';",
    'workflows/ imports activities/ as types only',
  ],
  [
    'api/routes/planted.ts',
    "import { createActivities } from '../../activities';",
    'api/ may not import activities/',
  ],
  ['api/planted.ts', "import { main } from '../scripts/token';", 'api/ may not import scripts/'],
  ['audit/planted.ts', "import '../server';", 'server.ts and worker.ts are entry points'],
];
const ALLOWED: [file: string, code: string][] = [
  ['workflows/planted.ts', "import type { Activities } from '../activities';"],
  ['api/planted.ts', "import { findCase } from '../db/cases';"],
  ['activities/planted.ts', "import { CASE_ACTIVITIES } from '../workflows/contract';"],
  ['scripts/planted.ts', "import { buildApp } from '../api/app';"],
];

describe('the layers', () => {
  let problems: string[][];
  beforeAll(() => {
    problems = importProblems([
      ...REFUSED.map(([file, code]) => [file, code] as [string, string]),
      ...ALLOWED,
    ]);
  });

  it.each(REFUSED.map((planted, index) => [...planted, index] as const))(
    'refuses %s: %s',
    (_file, _code, problem, index) => {
      expect(problems[index]!.join('\n')).toContain(problem);
    },
  );

  it.each(ALLOWED.map((planted, index) => [...planted, REFUSED.length + index] as const))(
    'allows %s: %s',
    (_file, _code, index) => {
      expect(problems[index]).toEqual([]);
    },
  );
});

describe('the cycle check', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function cruise(files: Record<string, string>) {
    for (const [name, code] of Object.entries(files)) writeFileSync(path.join(dir, name), code);
    const bin = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
    return spawnSync(process.execPath, [bin, '--config', '.dependency-cruiser.cjs', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  }

  it('fails on a cycle of imports', () => {
    const run = cruise({
      'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(run.stdout).toContain('no-cycles');
    expect(run.status).not.toBe(0);
  });

  it('lets a type-only import close a loop, as a workflow naming its activities does', () => {
    const run = cruise({
      'a.ts': "import { b } from './b';\nexport const a = () => b;\nexport type A = number;\n",
      'b.ts': "import type { A } from './a';\nexport const b = (x: A) => x;\n",
    });
    expect(run.stdout).toContain('no dependency violations');
    expect(run.status).toBe(0);
  });
});
