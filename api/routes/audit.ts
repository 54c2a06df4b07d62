import type { Client } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkChain, ledgerOf } from '../../db/audit';
import type { Database } from '../../db/client';
import { checkAgreement } from '../../audit/agreement';
import { capabilityProblem } from '../../domain/authority';
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

const ChainSchema = z
  .object({
    entries: z.number().int(),
    intact: z.boolean(),
    breaks: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
  })
  .meta({ id: 'HashChainCheck' });

const TimelineSchema = z
  .object({
    caseId: z.string(),
    entries: z.array(EntrySchema),
    chain: ChainSchema,
  })
  .meta({ id: 'CaseTimeline' });

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

const AgreementSchema = z
  .object({
    caseId: z.string(),
    agrees: z.boolean(),
    chain: ChainSchema,
    runs: z.number().int(),
    ledgerEntries: z.number().int(),
    historySteps: z.number().int(),
    pending: z.array(z.number().int()),
    mismatches: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
  })
  .meta({ id: 'AuditCheck' });

/** Every run of the case's workflow, oldest first, with its history. */
async function runsOf(temporal: Client, workflowId: string) {
  const runs = [];
  for await (const run of temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
    const history = await temporal.workflow.getHandle(workflowId, run.runId).fetchHistory();
    runs.push({
      runId: run.runId,
      status: run.status.name,
      startTime: run.startTime.toISOString(),
      closeTime: run.closeTime?.toISOString() ?? null,
      history,
    });
  }
  return runs.sort((a, b) => a.startTime.localeCompare(b.startTime));
}

export const auditRoutes: FastifyPluginAsyncZod<{
  db: Database;
  temporal: Client;
  verifier: TokenVerifier;
}> = async (app, deps) => {
  /** The case, if the caller may audit it: 404 outside their region, 403 for a role that does not audit. */
  async function auditedCase(request: FastifyRequest, id: string) {
    const principal = await principalOf(request, deps.verifier);
    const row = await visibleCase(deps.db, principal, id);
    const refusal = capabilityProblem(principal, 'read_audit');
    if (refusal) throw new ProblemError('forbidden', 403, refusal);
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
      const runs = await runsOf(deps.temporal, row.workflowId);
      return {
        caseId: row.id,
        runs: runs.map(({ history, ...run }) => ({
          ...run,
          history: JSON.parse(historyToJSON(history)) as Record<string, unknown>,
        })),
      };
    },
  );

  app.get(
    '/v1/cases/:id/audit-check',
    {
      schema: {
        tags: ['audit'],
        summary: 'Check that the ledger and the Temporal history agree and that the hash chain is intact',
        description:
          'Each step in the workflow’s history (the `recordCaseEvent` activity and its input) is turned into ' +
          'the ledger entry it must have written and compared with the stored one; every ledger entry must ' +
          'have its step in a run’s history. Steps still being written are listed as `pending`.',
        security: [{ bearerAuth: [] }],
        params: CaseIdParamsSchema,
        response: {
          200: AgreementSchema,
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
      const [runs, ledger] = await Promise.all([
        runsOf(deps.temporal, row.workflowId),
        ledgerOf(deps.db, row.id),
      ]);
      return {
        caseId: row.id,
        ...checkAgreement(
          row.id,
          ledger,
          runs.map((run) => run.history),
        ),
      };
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
