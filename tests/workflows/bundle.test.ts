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
});

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };
