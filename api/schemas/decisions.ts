/** The decisions on a case (each a POST carrying one human decision into its workflow). */
import { z } from 'zod';
import type { DecisionKind } from '../../domain/authority';
import {
  AcceptanceOpinionSchema,
  ExitEvidenceSchema,
  ExtensionDecisionSchema,
  ExtensionRequestSchema,
  GovernmentDecisionSchema,
  ReinspectionSchema,
  UrgingSchema,
} from '../../domain/decisions';
import { idempotencyHeaders } from './common';

/** Every decision's route: its kind, path, body and summary. */
export const DECISION_ROUTES: { kind: DecisionKind; path: string; schema: z.ZodType; summary: string }[] = [
  {
    kind: 'extension_request',
    path: 'extension-requests',
    schema: ExtensionRequestSchema,
    summary: 'File the enterprise’s extension application (延期申请)',
  },
  {
    kind: 'extension_decision',
    path: 'extension-decisions',
    schema: ExtensionDecisionSchema,
    summary: 'Grant or refuse the extension (延期审批)',
  },
  {
    kind: 'reinspection',
    path: 'reinspections',
    schema: ReinspectionSchema,
    summary: 'Report the re-inspection result (复查结果)',
  },
  {
    kind: 'government_decision',
    path: 'government-decisions',
    schema: GovernmentDecisionSchema,
    summary: 'Record the government’s decision (政府决定)',
  },
  {
    kind: 'exit_evidence',
    path: 'exit-evidence',
    schema: ExitEvidenceSchema,
    summary: 'Record one item of exit evidence (退出证据)',
  },
  {
    kind: 'acceptance',
    path: 'acceptance-opinions',
    schema: AcceptanceOpinionSchema,
    summary: 'Sign an acceptance opinion (验收意见)',
  },
  { kind: 'urging', path: 'urgings', schema: UrgingSchema, summary: 'Urge the departments on (催办)' },
];

export const DecisionReceiptSchema = z
  .object({
    caseId: z.string(),
    sequence: z.number().int().meta({ description: 'the ledger entry' }),
    status: z.string(),
  })
  .meta({ id: 'DecisionReceipt' });

export const DecisionHeadersSchema = idempotencyHeaders(
  'a retried request with the same key applies once and answers the same receipt',
);
