/** A case's audit trail: its ledger timeline, its raw Temporal histories, and the check that they agree. */
import { z } from 'zod';

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
    actorRegionName: z.string().nullable().meta({
      description:
        'GB/T 2260 name of the actor’s region (docs/api.md#region-names); null for the system or a code the table does not name',
    }),
    reason: z.string().nullable(),
    evidence: z.array(z.object({ reference: z.string(), description: z.string().optional() })),
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string().nullable(),
    hash: z.string().nullable(),
    chainIntact: z.boolean().meta({
      description:
        'checked by the service: the entry is where it should be, its content matches its hash and its ' +
        '`prevHash` is the hash of the entry before it',
    }),
    chainProblems: z
      .array(z.string())
      .meta({ description: 'what is wrong with this entry’s link in the chain ([] when intact)' }),
  })
  .meta({ id: 'LedgerEntry' });

const ChainSchema = z
  .object({
    entries: z.number().int(),
    intact: z.boolean(),
    breaks: z.array(z.object({ sequence: z.number().int(), problem: z.string() })),
  })
  .meta({ id: 'HashChainCheck' });

export const TimelineSchema = z
  .object({
    caseId: z.string(),
    entries: z.array(EntrySchema),
    chain: ChainSchema,
  })
  .meta({ id: 'CaseTimeline' });

export const HistoriesSchema = z
  .object({
    caseId: z.string(),
    runs: z.array(
      z.object({
        runId: z.string(),
        status: z.string(),
        startTime: z.string().meta({ format: 'date-time' }),
        closeTime: z.string().nullable().meta({ format: 'date-time' }),
        archived: z.boolean().meta({
          description:
            'read from the namespace’s archive: the retention has deleted the live run (a closed case)',
        }),
        history: z
          .record(z.string(), z.unknown())
          .meta({ description: 'the run’s event history, in Temporal’s JSON form' }),
      }),
    ),
  })
  .meta({ id: 'CaseHistories' });

export const AgreementSchema = z
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

export type CaseTimeline = z.output<typeof TimelineSchema>;
export type CaseHistories = z.output<typeof HistoriesSchema>;
export type AuditCheck = z.output<typeof AgreementSchema>;
