/** Batch urging (批量催办): one note, many cases, each urged as POST /v1/cases/:id/urgings urges one. */
import { z } from 'zod';
import { CASE_ID_PATTERN } from '../../domain/case-id';
import { UrgingSchema } from '../../domain/decisions';
import { codesOf, describeCodes } from '../../domain/enums';
import { idempotencyHeaders } from './common';
import { DecisionReceiptSchema } from './decisions';

/** A supervisor selects cases from one list page (at most 200) and urges them in a few batches at most. */
export const MAX_URGING_BATCH = 100;

export const UrgingBatchBodySchema = z
  .strictObject({
    caseIds: z
      .array(z.string().regex(CASE_ID_PATTERN, 'must be a case id like RC-0123456789ABCDEF'))
      .min(1)
      .max(MAX_URGING_BATCH)
      .superRefine((ids, context) => {
        ids.forEach((id, index) => {
          if (ids.indexOf(id) !== index)
            context.addIssue({ code: 'custom', path: [index], message: `${id} is already in the batch` });
        });
      })
      .meta({ uniqueItems: true, description: `the cases to urge, each once (1–${MAX_URGING_BATCH})` }),
    ...UrgingSchema.shape,
  })
  // Inline (no `id`): a component would be documented as the parsed output, with `evidence` required.
  .meta({ description: 'the urging (its reason and evidence) and the cases it goes to' });

export type UrgingBatchBody = z.output<typeof UrgingBatchBodySchema>;

export const URGING_RESULTS = {
  urged: '已催办',
  refused: '未催办（案件拒绝）',
  failed: '暂时失败，可重试',
} as const;
export type UrgingResult = keyof typeof URGING_RESULTS;

export const UrgingBatchResultSchema = z
  .object({
    summary: z.object(
      Object.fromEntries(codesOf(URGING_RESULTS).map((code) => [code, z.number().int().min(0)])) as Record<
        UrgingResult,
        z.ZodNumber
      >,
    ),
    results: z
      .array(
        z.object({
          caseId: z.string(),
          result: z.enum(codesOf(URGING_RESULTS)).meta({
            description:
              `${describeCodes(URGING_RESULTS)}. urged: the case recorded the urging (a retried batch gets the ` +
              'same receipt); refused: the answer POST /v1/cases/{id}/urgings gives — no such case in the ' +
              'caller’s jurisdiction (404), the case refuses it (409 decision-rejected) or is closed (409 ' +
              'case-closed) — which a retry will not change; failed: Temporal or PostgreSQL did not answer ' +
              '(503) or an unexpected error (500): send the batch again with the same key',
          }),
          receipt: DecisionReceiptSchema.nullable().meta({
            description: 'the urging’s ledger entry, once urged',
          }),
          problem: z
            .object({
              type: z.string().meta({ description: 'a problem type of docs/api.md#errors' }),
              title: z.string(),
              status: z.number().int().meta({ description: 'what the single urging would have answered' }),
              detail: z.string().meta({ description: 'why, as the case or the API wrote it' }),
            })
            .nullable()
            .meta({ description: 'why not urged (refused or failed); null once urged' }),
        }),
      )
      .meta({ description: 'one per case, in the order of `caseIds`' }),
  })
  .meta({ id: 'UrgingBatchResult' });

export type UrgingBatchResult = z.output<typeof UrgingBatchResultSchema>;

export const UrgingBatchHeadersSchema = idempotencyHeaders(
  'the batch’s key: each case is urged with the key `<this key>:<case id>`, so a retried batch (the same key, ' +
    'all its cases or only those that failed) urges each case once and answers the same receipts',
);
