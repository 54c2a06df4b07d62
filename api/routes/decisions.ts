import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DECISION_KINDS, type DecisionKind } from '../../domain/authority';
import {
  AcceptanceOpinionSchema,
  ExitEvidenceSchema,
  ExtensionDecisionSchema,
  ExtensionRequestSchema,
  GovernmentDecisionSchema,
  ReinspectionSchema,
  UrgingSchema,
} from '../../domain/decisions';
import { principalOf, type TokenVerifier } from '../auth';
import { decide, type DecisionServiceDeps } from '../decisions-service';
import { ProblemSchema } from '../problem';
import { CaseIdParamsSchema, idempotencyHeaders } from '../schemas';

const ROUTES: { kind: DecisionKind; path: string; schema: z.ZodType; summary: string }[] = [
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

const ReceiptSchema = z
  .object({
    caseId: z.string(),
    sequence: z.number().int().meta({ description: 'the ledger entry' }),
    status: z.string(),
  })
  .meta({ id: 'DecisionReceipt' });

const IdempotencyHeadersSchema = idempotencyHeaders(
  'a retried request with the same key applies once and answers the same receipt',
);

export const decisionRoutes: FastifyPluginAsyncZod<
  DecisionServiceDeps & { verifier: TokenVerifier }
> = async (app, deps) => {
  for (const { kind, path, schema, summary } of ROUTES) {
    app.post(
      `/v1/cases/:id/${path}`,
      {
        schema: {
          tags: ['decisions'],
          summary,
          description: `${DECISION_KINDS[kind]}. The actor is the caller (bearer token). Refused by the case: 409 with its reason.`,
          security: [{ bearerAuth: [] }],
          params: CaseIdParamsSchema,
          headers: IdempotencyHeadersSchema,
          body: schema,
          response: {
            200: ReceiptSchema,
            400: ProblemSchema,
            401: ProblemSchema,
            403: ProblemSchema,
            404: ProblemSchema,
            409: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      async (request) => {
        const principal = await principalOf(request, deps.verifier);
        return decide(deps, principal, {
          caseId: request.params.id,
          kind,
          body: request.body as never,
          idempotencyKey: request.headers['idempotency-key'],
        });
      },
    );
  }
};
