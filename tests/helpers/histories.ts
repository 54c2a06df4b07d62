import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { temporal } from '@temporalio/proto';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'replay', 'histories');

/**
 * With RECORD_HISTORIES=1, saves a workflow run's history for the replay test. Record a new history
 * whenever a workflow path is added or changed behind `patched()`; never rewrite a committed one.
 */
export async function recordHistoryIfAsked(
  name: string,
  history: temporal.api.history.v1.IHistory,
): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  // 'wx': a committed history is never rewritten; a new path gets a new name.
  await writeFile(path.join(HISTORIES_DIR, `${name}.json`), historyToJSON(history), { flag: 'wx' }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    },
  );
}

export function recordedHistories(): string[] {
  return readdirSync(HISTORIES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();
}
