/**
 * The worker's hot write, as prepared statements on the driver: a case's steps in one statement (the
 * case row, the ledger entries, the outbox messages, the tasks and the lists, as data-modifying CTEs), and
 * the read of the chain's end before it. One round trip, parsed and planned once per connection, with no
 * query building per write: what a case's first steps cost the worker is mostly this (issue 17). The
 * columns are the ones db/schema.ts declares; tests/activities/ledger-and-outbox.test.ts checks the rows.
 */
import type { Database } from './client';
import type { CaseEventRow } from './schema';

/** The case row as the step leaves it. */
export interface CaseRowValues {
  id: string;
  workflowId: string;
  department: string;
  documentNumber: string;
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  dimension: string;
  capacityValue: string;
  capacityUnit: string;
  findingDate: string;
  policyProfile: string;
  policyVersion: string;
  finding: unknown;
  status: string;
  deadline: unknown;
  deadlineLapsesAt: string | null;
  dueAt: string | null;
  outcome: string | null;
  state: unknown;
  stateVersion: number;
}

export interface LedgerEntryValues {
  sequence: number;
  type: string;
  status: string;
  occurredAt: string;
  detail: unknown;
  actor: unknown;
  reason: string | null;
  evidence: unknown;
  prevHash: string;
  hash: string;
}

export interface OutboxValues {
  key: string;
  sequence: number;
  kind: string;
  channel: string;
  recipient: unknown;
  payload: unknown;
}

/** A task row as the batch leaves it: opened by one of its steps, perhaps closed by a later one. */
export interface TaskValues {
  id: string;
  kind: string;
  role: string;
  regionCode: string;
  departments: string[] | null;
  dueAt: string | null;
  openedAt: string;
  openedSequence: number;
  closedAt: string | null;
  closedSequence: number | null;
}

export interface ListValues {
  list: string;
  enteredAt: string;
  leftAt: string | null;
}

export interface CaseStepsWrite {
  row: CaseRowValues;
  entries: LedgerEntryValues[];
  messages: OutboxValues[];
  /** The attempts a new message starts with: 1 when the writer delivers it next, else 0. */
  claimAttempt: boolean;
  /**
   * When the case's open tasks before the batch are unknown: the first step closes every open task of
   * the case it does not list (`keep`), as of its time and sequence.
   */
  sweep: { at: string; sequence: number; keep: string[] } | null;
  tasks: TaskValues[];
  lists: ListValues[];
}

export interface CaseStepsWritten {
  /** Whether the case row took the batch (it was older); tasks and lists follow it. */
  applied: boolean;
  /** The ledger sequences this statement inserted (the others were there already). */
  inserted: number[];
  /** The outbox keys this statement inserted. */
  claimed: string[];
}

const WRITE_CASE_STEPS = `
WITH upserted AS (
  INSERT INTO cases AS c (id, workflow_id, department, document_number, enterprise_name, credit_code,
    region_code, industry, dimension, capacity_value, capacity_unit, finding_date, policy_profile,
    policy_version, finding, status, deadline, deadline_lapses_at, due_at, outcome, state, state_version)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, deadline = excluded.deadline,
    deadline_lapses_at = excluded.deadline_lapses_at, due_at = excluded.due_at, outcome = excluded.outcome,
    state = excluded.state, state_version = excluded.state_version, updated_at = now()
  WHERE c.state_version < excluded.state_version
  RETURNING 1
), ledger AS (
  INSERT INTO case_events (case_id, sequence, type, status, occurred_at, detail, actor, reason, evidence,
    prev_hash, hash)
  SELECT $1, e.sequence, e.type, e.status, e.occurred_at, e.detail, e.actor, e.reason, e.evidence,
    e.prev_hash, e.hash
  FROM jsonb_to_recordset($23::jsonb) AS e(sequence integer, type text, status text, occurred_at timestamptz,
    detail jsonb, actor jsonb, reason text, evidence jsonb, prev_hash text, hash text)
  ON CONFLICT DO NOTHING
  RETURNING sequence
), messages AS (
  INSERT INTO outbox (key, case_id, sequence, kind, channel, recipient, payload, attempts)
  SELECT m.key, $1, m.sequence, m.kind, m.channel, m.recipient, m.payload, $24::integer
  FROM jsonb_to_recordset($25::jsonb) AS m(key text, sequence integer, kind text, channel text,
    recipient jsonb, payload jsonb)
  ON CONFLICT DO NOTHING
  RETURNING key
), swept AS (
  UPDATE tasks SET closed_at = $26::timestamptz, closed_sequence = $27::integer
  WHERE $27::integer IS NOT NULL AND EXISTS (SELECT FROM upserted)
    AND case_id = $1 AND closed_at IS NULL AND id <> ALL ($28::text[])
), opened AS (
  INSERT INTO tasks AS t (id, case_id, kind, role, region_code, departments, due_at, opened_at,
    opened_sequence, closed_at, closed_sequence)
  SELECT o.id, $1, o.kind, o.role, o.region_code, o.departments, o.due_at, o.opened_at, o.opened_sequence,
    o.closed_at, o.closed_sequence
  FROM jsonb_to_recordset($29::jsonb) AS o(id text, kind text, role text, region_code text,
    departments text[], due_at timestamptz, opened_at timestamptz, opened_sequence integer,
    closed_at timestamptz, closed_sequence integer)
  WHERE EXISTS (SELECT FROM upserted)
  ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at,
    closed_sequence = CASE WHEN t.closed_at IS NULL THEN excluded.closed_sequence ELSE t.closed_sequence END,
    closed_at = coalesce(t.closed_at, excluded.closed_at)
), listed AS (
  INSERT INTO list_memberships (case_id, list, entered_at, left_at, region_code, credit_code, enterprise_name)
  SELECT $1, l.list, l.entered_at, l.left_at, $7, $6, $5
  FROM jsonb_to_recordset($30::jsonb) AS l(list text, entered_at timestamptz, left_at timestamptz)
  WHERE EXISTS (SELECT FROM upserted)
  ON CONFLICT (case_id, list, entered_at) DO UPDATE SET left_at = excluded.left_at
)
SELECT EXISTS (SELECT FROM upserted) AS applied, ARRAY(SELECT sequence FROM ledger) AS inserted,
  ARRAY(SELECT key FROM messages) AS claimed`;

const jsonb = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Writes a batch of one case's steps in one statement (atomic on its own: no transaction around it). */
export async function writeCaseSteps(db: Database, write: CaseStepsWrite): Promise<CaseStepsWritten> {
  const { row, sweep } = write;
  const { rows } = await db.$client.query<CaseStepsWritten>({
    name: 'write-case-steps',
    text: WRITE_CASE_STEPS,
    values: [
      row.id,
      row.workflowId,
      row.department,
      row.documentNumber,
      row.enterpriseName,
      row.creditCode,
      row.regionCode,
      row.industry,
      row.dimension,
      row.capacityValue,
      row.capacityUnit,
      row.findingDate,
      row.policyProfile,
      row.policyVersion,
      jsonb(row.finding),
      row.status,
      jsonb(row.deadline),
      row.deadlineLapsesAt,
      row.dueAt,
      row.outcome,
      jsonb(row.state),
      row.stateVersion,
      JSON.stringify(
        write.entries.map((entry) => ({
          sequence: entry.sequence,
          type: entry.type,
          status: entry.status,
          occurred_at: entry.occurredAt,
          detail: entry.detail,
          actor: entry.actor,
          reason: entry.reason,
          evidence: entry.evidence,
          prev_hash: entry.prevHash,
          hash: entry.hash,
        })),
      ),
      write.claimAttempt ? 1 : 0,
      JSON.stringify(write.messages.map((message) => ({ ...message, recipient: message.recipient ?? null }))),
      sweep?.at ?? null,
      sweep?.sequence ?? null,
      [...(sweep?.keep ?? []), ...write.tasks.map((task) => task.id)],
      JSON.stringify(
        write.tasks.map((task) => ({
          id: task.id,
          kind: task.kind,
          role: task.role,
          region_code: task.regionCode,
          departments: task.departments,
          due_at: task.dueAt,
          opened_at: task.openedAt,
          opened_sequence: task.openedSequence,
          closed_at: task.closedAt,
          closed_sequence: task.closedSequence,
        })),
      ),
      JSON.stringify(
        write.lists.map((list) => ({ list: list.list, entered_at: list.enteredAt, left_at: list.leftAt })),
      ),
    ],
  });
  return rows[0]!;
}

const READ_CASE_ENTRIES = `
SELECT case_id AS "caseId", sequence, type, status, occurred_at AS "occurredAt", detail, actor, reason,
  evidence, prev_hash AS "prevHash", hash, recorded_at AS "recordedAt"
FROM case_events WHERE case_id = $1 AND sequence BETWEEN $2 AND $3`;

/** A case's ledger entries from `first` to `last`, as stored. */
export async function readCaseEntries(
  db: Database,
  caseId: string,
  first: number,
  last: number,
): Promise<CaseEventRow[]> {
  const { rows } = await db.$client.query<CaseEventRow>({
    name: 'read-case-entries',
    text: READ_CASE_ENTRIES,
    values: [caseId, first, last],
  });
  return rows;
}
