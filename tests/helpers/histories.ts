import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { temporal } from '@temporalio/proto';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'replay', 'histories');

/**
 * With RECORD_HISTORIES=1, saves a workflow run's history for the replay test. Record a new history
 * whenever a workflow path is added or changed behind `patched()`; never rewrite a committed one.
 * HISTORIES_TAG=<tag> saves under `<name>@<tag>`, to record today's code beside an older history of
 * the same scenario (after a patch is deprecated, say).
 */
export async function recordHistoryIfAsked(
  name: string,
  history: temporal.api.history.v1.IHistory,
): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const tag = process.env.HISTORIES_TAG;
  const file = tag ? `${name}@${tag}` : name;
  // 'wx': a committed history is never rewritten; a new path gets a new name.
  await writeFile(path.join(HISTORIES_DIR, `${file}.json`), historyToJSON(history), { flag: 'wx' }).catch(
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
