/**
 * Tips (举报): public intake and follow-up by receipt number (no token, rate-limited per address), and the
 * staff's list, record, triage and verification (bearer token).
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEPARTMENTS, codesOf, describeCodes } from '../../domain/enums';
import { FindingFieldsSchema, dimensionOwnersJsonSchema } from '../../domain/finding';
import {
  TIP_OUTCOMES,
  TIP_STATUSES,
  VERIFICATION_RESULTS,
  assignmentProblem,
  findingPresenceProblem,
} from '../../domain/tip';
import {
  FINDING_PRESENCE_JSON_SCHEMA,
  TipSchema,
  TipTriageSchema,
  TipVerificationSchema,
} from '../../domain/tip-schemas';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemSchema } from '../problem';
import { DeadlineSchema, FileFindingBodySchema } from '../schemas/cases';
import { idempotencyHeaders } from '../schemas/common';
import { PUBLIC_ENDPOINT } from '../security';
import {
  RECEIPT_NUMBER_PATTERN,
  TIP_CURSOR,
  TIP_ID_PATTERN,
  decideTip,
  followTip,
  listTips,
  submitTip,
  tipRecord,
  type TipServiceDeps,
} from '../services/tips';

// ---- vocabularies

const TipStatusSchema = z.enum(codesOf(TIP_STATUSES)).meta({ description: describeCodes(TIP_STATUSES) });
const TipOutcomeSchema = z
  .enum(codesOf(TIP_OUTCOMES))
  .nullable()
  .meta({ description: `${describeCodes(TIP_OUTCOMES)}; null until the tip is closed` });
const dateTime = () => z.string().meta({ format: 'date-time' });

// ---- requests

const SubmissionHeadersSchema = idempotencyHeaders(
  'required; a random value (a UUID) made once per tip: a retried submission with the same key and the ' +
    'same tip answers 200 with the same receipt number and files nothing new',
);

const DecisionHeadersSchema = idempotencyHeaders(
  'a retried request with the same key applies once and answers the same receipt',
);

export const TipSubmissionSchema = TipSchema.meta({
  id: 'TipSubmission',
  description:
    'A tip (举报) as the public files it. anonymous: true keeps no reporter details anywhere — any reporter ' +
    'sent with it is dropped before anything is stored.',
});

const ReceiptParamsSchema = z.object({
  receiptNumber: z
    .string()
    .regex(RECEIPT_NUMBER_PATTERN, 'must be a receipt number like JB-7K3M-Q9XD-2HPA-W4RT')
    .meta({ description: '受理编号 — the receipt number given when the tip was filed' }),
});

const TipIdParamsSchema = z.object({
  id: z.string().regex(TIP_ID_PATTERN, 'must be a tip id like TIP-0123456789ABCDEF0123'),
});

/** The office's triage without its actor (the caller is the actor). */
const TipTriageBodySchema = z
  .strictObject({
    reason: TipTriageSchema.shape.reason,
    department: TipTriageSchema.shape.department,
    dimension: TipTriageSchema.shape.dimension,
  })
  .superRefine((triage, ctx) => {
    const problem = assignmentProblem(triage.department, triage.dimension);
    if (problem) ctx.addIssue({ code: 'custom', path: ['department'], message: problem });
  })
  .meta({
    ...dimensionOwnersJsonSchema(),
    id: 'TipTriage',
    description: `分办: which department verifies the tip, for which dimension. ${dimensionOwnersJsonSchema().description}`,
  });

/** The department's verification without its actor (the caller is the actor). */
const TipVerificationBodySchema = z
  .strictObject({
    reason: TipVerificationSchema.shape.reason,
    evidence: TipVerificationSchema.shape.evidence,
    result: z.enum(codesOf(VERIFICATION_RESULTS)).meta({ description: describeCodes(VERIFICATION_RESULTS) }),
    finding: FileFindingBodySchema.optional().meta({
      description:
        'the finding a verified tip becomes (source tip, the assigned department’s); absent when unfounded',
    }),
  })
  .superRefine((verification, ctx) => {
    const problem = findingPresenceProblem(verification);
    if (problem) ctx.addIssue({ code: 'custom', path: ['finding'], message: problem });
  })
  .meta({
    ...FINDING_PRESENCE_JSON_SCHEMA,
    id: 'TipVerification',
    description: '核查: verified with its finding, or unfounded with reasons',
  });

// ---- answers

export const PublicTipSchema = z
  .object({
    receiptNumber: z.string(),
    status: TipStatusSchema,
    statusLabel: z.string().meta({ description: 'the status in Chinese' }),
    receivedAt: dateTime(),
    outcome: TipOutcomeSchema,
    outcomeLabel: z.string().nullable(),
    closedAt: dateTime().nullable(),
    closedReason: z.string().nullable().meta({ description: 'the reasons the tip was closed with' }),
    caseOpened: z.boolean().meta({ description: 'whether the tip became a rectification case' }),
  })
  .meta({
    id: 'PublicTip',
    description: 'What the reporter sees by receipt number: no reporter details, no names of who handled it',
  });

export const TipSummarySchema = z
  .object({
    id: z.string(),
    receiptNumber: z.string(),
    status: TipStatusSchema,
    outcome: TipOutcomeSchema,
    regionCode: z.string(),
    enterpriseName: z.string(),
    dimension: z
      .string()
      .nullable()
      .meta({ description: 'the triaged dimension, or the one the reporter named' }),
    department: z
      .string()
      .nullable()
      .meta({ description: `the department it was triaged to: ${describeCodes(DEPARTMENTS)}` }),
    anonymous: z.boolean(),
    receivedAt: dateTime(),
    verificationDueAt: dateTime().nullable(),
    caseId: z.string().nullable(),
    updatedAt: dateTime(),
  })
  .meta({ id: 'TipSummary' });

const TipListSchema = z
  .object({
    items: z.array(TipSummarySchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'pass as `cursor` for the next page; null on the last' }),
  })
  .meta({ id: 'TipList' });

const ActorViewSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: 'user id, role, region, department (the system for intake and timers)' });
const EvidenceViewSchema = z.array(z.object({ reference: z.string(), description: z.string().optional() }));

const TipEventSchema = z
  .object({
    sequence: z.number().int(),
    type: z.string(),
    status: z.string(),
    occurredAt: dateTime(),
    actor: ActorViewSchema,
    reason: z.string().nullable(),
    evidence: EvidenceViewSchema,
    detail: z.record(z.string(), z.unknown()),
    recordedAt: dateTime(),
  })
  .meta({ id: 'TipEvent' });

const RecordedSchema = {
  by: ActorViewSchema,
  at: dateTime(),
  reason: z.string(),
  evidence: EvidenceViewSchema,
  sequence: z.number().int(),
};

export const TipRecordSchema = TipSummarySchema.extend({
  policyVersion: z.string(),
  tip: z.object({
    enterpriseName: z.string(),
    creditCode: z.string().optional(),
    regionCode: z.string(),
    dimension: z.string().optional(),
    industry: z.string().optional(),
    description: z.string(),
    anonymous: z.boolean(),
    reporter: z
      .object({ name: z.string(), contact: z.string() })
      .optional()
      .meta({ description: 'absent when anonymous' }),
  }),
  triage: z.object({ ...RecordedSchema, department: z.string(), dimension: z.string() }).nullable(),
  verificationDue: DeadlineSchema.nullable(),
  verificationOverdueAt: dateTime().nullable(),
  verification: z.object({ ...RecordedSchema, result: z.string() }).nullable(),
  finding: FindingFieldsSchema.nullable(),
  closedAt: dateTime().nullable(),
  closedReason: z.string().nullable(),
  events: z.array(TipEventSchema).meta({ description: 'every accepted step, in order' }),
}).meta({ id: 'TipRecord', description: 'One tip for the staff: as filed, its decisions and its events' });

const TipReceiptSchema = z
  .object({
    tipId: z.string(),
    sequence: z.number().int().meta({ description: 'the tip event that recorded the decision' }),
    status: TipStatusSchema,
    outcome: TipOutcomeSchema,
    caseId: z.string().nullable().meta({ description: 'the case a verified tip opened or joined' }),
  })
  .meta({ id: 'TipDecisionReceipt' });

export type PublicTipView = z.infer<typeof PublicTipSchema>;
export type TipSummaryView = z.infer<typeof TipSummarySchema>;
export type TipListView = z.infer<typeof TipListSchema>;
export type TipEventView = z.infer<typeof TipEventSchema>;
export type TipRecordView = z.infer<typeof TipRecordSchema>;

// ---- routes

const DECISION_ROUTES = [
  {
    action: 'triage',
    path: 'triage',
    body: TipTriageBodySchema,
    summary: 'Triage the tip to a department (分办); supervisors',
  },
  {
    action: 'verification',
    path: 'verification',
    body: TipVerificationBodySchema,
    summary: 'Report the verification (核查结果); an officer of the assigned department',
  },
] as const;

export const tipRoutes: FastifyPluginAsyncZod<TipServiceDeps & { verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.post(
    '/v1/tips',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['tips'],
        summary: 'File a tip (举报); public, anonymous allowed',
        description:
          'No token. Limited per client address. Answers 201 with the receipt number (受理编号) and a Location ' +
          'to follow the tip; the same Idempotency-Key with the same tip answers 200 with the same receipt.',
        headers: SubmissionHeadersSchema,
        body: TipSubmissionSchema,
        response: {
          201: PublicTipSchema.describe('The tip as received, with its receipt number'),
          200: PublicTipSchema.describe('The tip this submission already filed'),
          400: ProblemSchema,
          429: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { created, view } = await submitTip(deps, request.body, request.headers['idempotency-key']);
      return reply
        .status(created ? 201 : 200)
        .header('location', `/v1/tips/${view.receiptNumber}`)
        .send(view);
    },
  );

  app.get(
    '/v1/tips/:receiptNumber',
    {
      config: PUBLIC_ENDPOINT,
      // The receipt number is the reporter's only key to their tip: request logs show the route, not it.
      logSerializers: {
        req: (request: FastifyRequest) => ({
          method: request.method,
          url: request.routeOptions.url,
          host: request.host,
          remoteAddress: request.ip,
          remotePort: request.socket?.remotePort,
        }),
      },
      schema: {
        tags: ['tips'],
        summary: 'Follow a tip by its receipt number; public',
        description: 'No token. Limited per client address. Never shows the reporter or who handled the tip.',
        params: ReceiptParamsSchema,
        response: { 200: PublicTipSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => followTip(deps, request.params.receiptNumber),
  );

  app.get(
    '/v1/tips',
    {
      schema: {
        tags: ['tips'],
        summary: 'The tips of the caller’s region, newest first',
        description:
          'Supervisors, auditors and administrators see every tip inside their region; a department officer ' +
          'only those triaged to their department.',
        security: [{ bearerAuth: [] }],
        querystring: z.object({
          status: TipStatusSchema.optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: TIP_CURSOR.query().optional(),
        }),
        response: { 200: TipListSchema, 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
      },
    },
    async (request) => {
      const principal = await principalOf(request, deps.verifier);
      const { status, limit, cursor } = request.query;
      return listTips(deps, principal, {
        limit,
        ...(status ? { status } : {}),
        ...(cursor ? { cursor } : {}),
      });
    },
  );

  app.get(
    '/v1/tips/:id/record',
    {
      schema: {
        tags: ['tips'],
        summary: 'One tip for the staff: as filed, with its decisions and full event history',
        security: [{ bearerAuth: [] }],
        params: TipIdParamsSchema,
        response: {
          200: TipRecordSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => tipRecord(deps, await principalOf(request, deps.verifier), request.params.id),
  );

  for (const { action, path, body, summary } of DECISION_ROUTES) {
    app.post(
      `/v1/tips/:id/${path}`,
      {
        schema: {
          tags: ['tips'],
          summary,
          description:
            'The actor is the caller (bearer token). A tip outside the caller’s region answers 404, a role that ' +
            'does not make this decision 403, a decision the tip refuses 409 with its reason.',
          security: [{ bearerAuth: [] }],
          params: TipIdParamsSchema,
          headers: DecisionHeadersSchema,
          body,
          response: {
            200: TipReceiptSchema,
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
        return decideTip(deps, principal, {
          tipId: request.params.id,
          action,
          body: request.body as never,
          idempotencyKey: request.headers['idempotency-key'],
        });
      },
    );
  }
};
