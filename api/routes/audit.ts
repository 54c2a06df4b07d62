import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkChain, ledgerOf } from '../../db/audit';
import { findCase } from '../../db/cases';
import type { Database } from '../../db/client';
import { regionCovers } from '../../domain/authority';
import { principalOf, type TokenVerifier } from '../auth';
import { ProblemError, ProblemSchema } from '../problem';
import { CaseIdParamsSchema } from '../schemas';

const EntrySchema = z
  .object({
    sequence: z.number().int(),
    type: z.string(),
    status: z.string(),
    occurredAt: z.string().meta({ format: 'date-time' }),
    actor: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'user id, role, region, department' }),
    reason: z.string().nullable(),
    evidence: z.array(z.object({ reference: z.string(), description: z.string().optional() })),
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string().nullable(),
    hash: z.string().nullable(),
  })
  .meta({ id: 'LedgerEntry' });

const TimelineSchema = z
  .object({
    caseId: z.string(),
    entries: z.array(EntrySchema),
    chain: z.object({
      entries: z.number().int(),
      intact: z.boolean(),
      breaks: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
    }),
  })
  .meta({ id: 'CaseTimeline' });

/** Roles that may read a case's audit trail inside their jurisdiction. */
const AUDIT_READERS = new Set(['auditor', 'supervisor', 'administrator']);

export const auditRoutes: FastifyPluginAsyncZod<{ db: Database; verifier: TokenVerifier }> = async (
  app,
  deps,
) => {
  app.get(
    '/v1/cases/:id/timeline',
    {
      schema: {
        tags: ['audit'],
        summary:
          'A case’s full timeline from the ledger (who, role, when, what, why, evidence), with a check of its hash chain',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: TimelineSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
        },
      },
    },
    async (request) => {
      const principal = await principalOf(request, deps.verifier);
      const { id } = request.params;
      const row = await findCase(deps.db, id);
      if (!row || !regionCovers(principal.regionCode, row.regionCode))
        throw new ProblemError('notFound', 404, `no case ${id}`);
      if (!principal.roles.some((role) => AUDIT_READERS.has(role)))
        throw new ProblemError(
          'forbidden',
          403,
          'the audit trail is read by auditors, supervisors and administrators',
        );
      const rows = await ledgerOf(deps.db, id);
      return {
        caseId: id,
        entries: rows.map((entry) => ({
          sequence: entry.sequence,
          type: entry.type,
          status: entry.status,
          occurredAt: entry.occurredAt.toISOString(),
          actor: entry.actor ?? null,
          reason: entry.reason,
          evidence: entry.evidence,
          detail: entry.detail,
          prevHash: entry.prevHash,
          hash: entry.hash,
        })),
        chain: checkChain(id, rows),
      };
    },
  );
};
