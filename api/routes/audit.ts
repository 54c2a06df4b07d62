import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkChain, ledgerOf } from '../../db/audit';
import type { Database } from '../../db/client';
import { principalOf, type TokenVerifier } from '../auth';
import { visibleCase } from '../case-access';
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

const HistoriesSchema = z
  .object({
    caseId: z.string(),
    runs: z.array(
      z.object({
        runId: z.string(),
        status: z.string(),
        startTime: z.string().meta({ format: 'date-time' }),
        closeTime: z.string().nullable().meta({ format: 'date-time' }),
        history: z
          .record(z.string(), z.unknown())
          .meta({ description: 'the run’s event history, in Temporal’s JSON form' }),
      }),
    ),
  })
  .meta({ id: 'CaseHistories' });

export const auditRoutes: FastifyPluginAsyncZod<{
  db: Database;
  temporal: Client;
  verifier: TokenVerifier;
}> = async (app, deps) => {
  /** The case, if the caller may audit it: 404 outside their region, 403 for a role that does not audit. */
  async function auditedCase(request: FastifyRequest, id: string) {
    const principal = await principalOf(request, deps.verifier);
    const row = await visibleCase(deps.db, principal, id);
    if (!principal.roles.some((role) => AUDIT_READERS.has(role)))
      throw new ProblemError(
        'forbidden',
        403,
        'the audit trail is read by auditors, supervisors and administrators',
      );
    return row;
  }

  app.get(
    '/v1/cases/:id/history',
    {
      schema: {
        tags: ['audit'],
        summary: 'The raw Temporal event history of each of the case’s workflow runs, as JSON',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: HistoriesSchema,
          400: ProblemSchema,
          401: ProblemSchema,
          403: ProblemSchema,
          404: ProblemSchema,
          503: ProblemSchema,
        },
      },
    },
    async (request) => {
      const row = await auditedCase(request, request.params.id);
      const runs = [];
      for await (const run of deps.temporal.workflow.list({ query: `WorkflowId = '${row.workflowId}'` })) {
        const history = await deps.temporal.workflow.getHandle(row.workflowId, run.runId).fetchHistory();
        runs.push({
          runId: run.runId,
          status: run.status.name,
          startTime: run.startTime.toISOString(),
          closeTime: run.closeTime?.toISOString() ?? null,
          history: JSON.parse(historyToJSON(history)) as Record<string, unknown>,
        });
      }
      return { caseId: row.id, runs: runs.sort((a, b) => a.startTime.localeCompare(b.startTime)) };
    },
  );

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
      const { id } = request.params;
      await auditedCase(request, id);
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
        chain: checkChain(rows),
      };
    },
  );
};
