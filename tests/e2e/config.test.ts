import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');

describe.each(['server.ts', 'worker.ts'])('%s with a wrong setting', (entryPoint) => {
  it('stops at start-up with a message naming the variable', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, entryPoint)], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'eighty', TEMPORAL_ADDRESS: 'no-port-here' },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /invalid configuration:\n {2}PORT: .*\n {2}TEMPORAL_ADDRESS: must be host:port/,
      ),
    });
  });
});
