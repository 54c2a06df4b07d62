/** The decisions on a case (each a POST carrying one human decision into its workflow). */
import { z } from 'zod';
import { DECISION_KINDS, type DecisionKind } from '../../domain/authority';
import {
  AcceptanceOpinionSchema,
  ExitEvidenceSchema,
  ExtensionDecisionSchema,
  ExtensionRequestSchema,
  GovernmentDecisionSchema,
  ReinspectionSchema,
  RevisitSchema,
  UrgingSchema,
} from '../../domain/decisions';
import { ACCEPTANCE_LEVELS, CASE_STATUSES, codesOf, describeCodes } from '../../domain/enums';
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
  {
    kind: 'revisit',
    path: 'revisits',
    schema: RevisitSchema,
    summary:
      'Record a revisit of closed capacity (回头看复查): still closed, or running again — which opens a new case linked to this one',
  },
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

const DecisionKindField = () =>
  z.enum(codesOf(DECISION_KINDS)).meta({ description: describeCodes(DECISION_KINDS) });
const DecisionPathField = () =>
  z.string().meta({
    description: 'where the decision is POSTed: /v1/cases/{id}/{path}',
    example: 'extension-requests',
  });

export const DecisionOptionsSchema = z
  .object({
    caseId: z.string(),
    status: z.enum(codesOf(CASE_STATUSES)).meta({ description: describeCodes(CASE_STATUSES) }),
    sequence: z
      .number()
      .int()
      .meta({ description: 'the ledger entry of the case state this answer was worked out from' }),
    live: z.boolean().meta({
      description:
        'true: from the workflow’s live state; false: Temporal did not answer in time and the read model’s state was used',
    }),
    allowed: z
      .array(
        z.object({
          kind: DecisionKindField(),
          path: DecisionPathField(),
          label: z.string().meta({ description: 'the decision’s Chinese name' }),
          presets: z
            .object({
              level: z
                .enum(codesOf(ACCEPTANCE_LEVELS))
                .optional()
                .meta({
                  description: `the acceptance level that comes next: ${describeCodes(ACCEPTANCE_LEVELS)}`,
                }),
            })
            .meta({
              description: 'body fields the case fixes now; a decision with another value is refused',
            }),
        }),
      )
      .meta({
        description:
          'the decisions the caller may make on the case now, in the order of the decision routes: their role ' +
          'makes it, their jurisdiction and department cover the case, and its state waits for it. A body that ' +
          'breaks a rule of its own (e.g. more months than the policy allows) can still be refused (409)',
      }),
    refused: z
      .array(
        z.object({
          kind: DecisionKindField(),
          path: DecisionPathField(),
          label: z.string().meta({ description: 'the decision’s Chinese name' }),
          reason: z.string().meta({
            description:
              'why not now, as the POST would answer it (403 for the role, else 409 from the case)',
          }),
        }),
      )
      .meta({ description: 'every other decision, with why the caller cannot make it now' }),
  })
  .meta({
    id: 'DecisionOptions',
    description:
      'The decisions a caller may make on a case now, worked out by the rules the case itself applies (domain/authority.ts, domain/case.ts)',
  });

export type DecisionOptions = z.output<typeof DecisionOptionsSchema>;
