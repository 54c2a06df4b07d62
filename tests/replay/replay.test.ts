/**
 * Cases outlive deployments: today's workflow code must replay every recorded history without a
 * non-determinism error, or a running case would break on the next deployment.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { HISTORIES_DIR, recordedHistories } from '../helpers/histories';
import { WORKFLOWS_PATH, WORKFLOW_BUNDLER_OPTIONS } from '../../config/workflow-bundle';

const histories = recordedHistories();

it('has recorded histories to replay', () => {
  expect(histories.length).toBeGreaterThan(0);
});

it.each(histories)('replays %s with the current workflow code', async (file) => {
  const history = historyFromJSON(JSON.parse(await readFile(path.join(HISTORIES_DIR, file), 'utf8')));
  await expect(
    Worker.runReplayHistory(
      { workflowsPath: WORKFLOWS_PATH, bundlerOptions: WORKFLOW_BUNDLER_OPTIONS },
      history,
      file,
    ),
  ).resolves.toBeUndefined();
});
