/**
 * `BENCH_REPORT_ONLY=1 npm run bench`: writes results.md again from results.json, with each figure's
 * analysis recomputed from its stored measurements. For a change to the report's wording: the figures
 * stay those of the run that measured them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decisionsAnalysis } from './decisions';
import { writeResults, type Results } from './report';
import { startsAnalysis } from './starts';

export async function rewriteReport(outDir: string): Promise<void> {
  const results = JSON.parse(await readFile(path.join(outDir, 'results.json'), 'utf8')) as Results;
  const { caseStarts, decisions } = results.figures;
  if (caseStarts && !('failed' in caseStarts)) caseStarts.analysis = startsAnalysis(caseStarts);
  if (decisions && !('failed' in decisions)) decisions.analysis = decisionsAnalysis(decisions);
  await writeResults(outDir, results);
}
