import { ApplicationFailure } from '@temporalio/activity';
import { caseRowFor } from '../db/cases';
import {
  readCaseEntries,
  writeCaseSteps,
  type CaseRowValues,
  type CaseStepsWrite,
  type LedgerEntryValues,
  type TaskValues,
} from '../db/case-steps';
import type { Database } from '../db/client';
import { chainedEntry, ledgerContentOfRow, type LedgerContent } from '../db/ledger';
import type { CaseEventRow } from '../db/schema';
import { currentDeadline, type CaseState } from '../domain/case';
import type { CaseEvent, Effect } from '../workflows/contract';

export interface RecordCaseEventInput {
  event: CaseEvent;
  /** The case's state right after the event. */
  snapshot: CaseState;
  /** The messages the step sends, written to the outbox with it. */
  effects?: Effect[];
}

/**
 * What a step wrote, as the local recording activity returns it: a local activity's input is not kept in
 * the workflow's history, its result is, and the audit reads each step from there.
 */
export interface RecordedCaseStep {
  event: CaseEvent;
  /** The case's status right after the step. */
  status: string;
  /** The outbox messages the step wrote. */
  effectKeys: string[];
}

/** Several consecutive steps of one case, written together (cases since the 'batched-recording' patch). */
export interface RecordCaseStepsInput {
  steps: RecordCaseEventInput[];
}

/**
 * What `recordCaseSteps` returns, and its marker keeps: each step's ledger entry as written, and which of
 * the steps' messages it delivered once they were written (the workflow delivers the rest itself).
 */
export interface RecordedCaseSteps {
  steps: RecordedCaseStep[];
  delivered: string[];
  undelivered: string[];
}

/**
 * Writes a step as `recordCaseEventIn` does and returns the ledger entry as it stands. A local activity can
 * write and then lose its workflow task (a worker killed before the task completed); the task's retry
 * runs the step again at a later workflow time, finds the entry already written and changes nothing, so
 * what the history keeps must be the entry the first attempt wrote, not the retry's.
 */
export async function recordCaseStepIn(db: Database, input: RecordCaseEventInput): Promise<RecordedCaseStep> {
  const { recorded } = await writeCaseStepsIn(db, [input]);
  return recorded[0]!;
}

/** Records one step of a case (see `writeCaseStepsIn`). */
export async function recordCaseEventIn(db: Database, input: RecordCaseEventInput): Promise<void> {
  await writeCaseStepsIn(db, [input]);
}

/**
 * Records consecutive steps of one case in one statement (db/case-steps.ts): their ledger entries
 * (hash-chained), the case row, the open tasks, the list memberships and the outbox messages. Safe to run
 * twice and out of order: entries are keyed by (case, sequence), the row and the derived tables only move
 * forward. Returns each step's ledger entry as it stands: the one an earlier attempt wrote, if one did.
 * `claimAttempt` counts a delivery attempt on each new message, for a writer that delivers them next.
 */
export async function writeCaseStepsIn(
  db: Database,
  steps: RecordCaseEventInput[],
  { claimAttempt = false }: { claimAttempt?: boolean } = {},
): Promise<{ recorded: RecordedCaseStep[]; claimed: string[] }> {
  const caseId = steps[0]?.snapshot?.caseId;
  const valid =
    caseId &&
    steps.every(
      ({ event, snapshot }, index) =>
        snapshot?.caseId === caseId &&
        Number.isInteger(event?.sequence) &&
        event.sequence === steps[0]!.event.sequence + index &&
        event.sequence >= 1,
    );
  if (!valid)
    throw ApplicationFailure.nonRetryable(
      'recording needs consecutive events of one case, each with a sequence ≥ 1 and a snapshot',
      'InvalidInput',
    );
  const first = steps[0]!.event.sequence;
  const last = steps.at(-1)!;
  // A case's first write chains from nothing and knows its open tasks (none): no read before it.
  const stored = first === 1 ? [] : await readCaseEntries(db, caseId, first - 1, last.event.sequence);
  const chain = chainEntries(caseId, steps, stored);
  const written = await writeCaseSteps(db, {
    row: caseRowOf(last.event, last.snapshot),
    entries: chain.flatMap(({ entry }) => (entry ? [entry] : [])),
    messages: steps.flatMap(({ event, effects = [] }) =>
      effects.map((effect) => ({
        key: effect.key,
        sequence: event.sequence,
        kind: effect.kind,
        channel: effect.channel,
        recipient: effect.recipient,
        payload: effect.payload,
      })),
    ),
    claimAttempt,
    ...taskRowsOf(steps, first === 1 ? [] : undefined),
    lists: last.snapshot.lists.map((membership) => ({
      list: membership.list,
      enteredAt: new Date(membership.enteredAt).toISOString(),
      leftAt: membership.leftAt ? new Date(membership.leftAt).toISOString() : null,
    })),
  });
  // Entries another attempt wrote first (a retried workflow task) are returned as they were written.
  const lost = chain.filter(({ entry }) => entry && !written.inserted.includes(entry.sequence));
  const kept =
    lost.length === 0
      ? []
      : await readCaseEntries(db, caseId, lost[0]!.entry!.sequence, lost.at(-1)!.entry!.sequence);
  const recorded = chain.map(({ step, content, entry }) => {
    const row = entry ? kept.find((stored) => stored.sequence === entry.sequence) : undefined;
    return recordedStepOf(row ? ledgerContentOfRow(row) : content, step.effects ?? []);
  });
  return { recorded, claimed: written.claimed };
}

/** The case row as the last step leaves it. */
function caseRowOf(event: CaseEvent, snapshot: CaseState): CaseRowValues {
  const due = currentDeadline(snapshot);
  return {
    ...caseRowFor({
      caseId: snapshot.caseId,
      finding: snapshot.finding,
      policyProfile: snapshot.policyProfile,
      policyVersion: snapshot.policyVersion,
    }),
    status: snapshot.status,
    deadline: snapshot.deadline,
    deadlineLapsesAt: snapshot.deadline ? new Date(snapshot.deadline.lapsesAt).toISOString() : null,
    dueAt: due ? new Date(due.lapsesAt).toISOString() : null,
    outcome: snapshot.outcome ?? null,
    state: snapshot,
    stateVersion: event.sequence,
  };
}

/**
 * Each step's ledger content, and the entry to append for it unless the ledger already holds one
 * (`stored`: what it holds from the step before the first on).
 */
function chainEntries(caseId: string, steps: RecordCaseEventInput[], stored: CaseEventRow[]) {
  const chain: { sequence: number; hash: string | null }[] = [...stored];
  return steps.map((step) => {
    const { event, snapshot } = step;
    const written = stored.find((row) => row.sequence === event.sequence);
    if (written) return { step, content: ledgerContentOfRow(written), entry: null };
    const { content, prevHash, hash } = chainedEntry({ caseId }, event, snapshot.status, chain)!;
    chain.push({ sequence: event.sequence, hash });
    const entry: LedgerEntryValues = {
      sequence: event.sequence,
      type: content.type,
      status: content.status,
      occurredAt: content.occurredAt,
      detail: event.detail,
      actor: content.actor,
      reason: content.reason,
      evidence: event.evidence ?? [],
      prevHash,
      hash,
    };
    return { step, content, entry };
  });
}

/** A step as the history keeps it: its ledger entry, and the messages it wrote. */
function recordedStepOf(content: LedgerContent, effects: Effect[]): RecordedCaseStep {
  return {
    event: {
      sequence: content.sequence,
      type: content.type as CaseEvent['type'],
      occurredAt: content.occurredAt,
      actor: content.actor as CaseEvent['actor'],
      reason: content.reason,
      evidence: content.evidence as CaseEvent['evidence'],
      detail: content.detail as CaseEvent['detail'],
    },
    status: content.status,
    effectKeys: effects.map((effect) => effect.key),
  };
}

type OpenTask = CaseState['openTasks'][number];

/**
 * The case's tasks as the steps leave them, each step in turn: a task a step lists that was not open
 * (or was, with another due date) is opened by it, with its sequence; one it no longer lists is closed
 * by it. `openBefore` is what was open before the first step; when it is unknown, the first step closes
 * every open task of the case it does not list (`sweep`) and writes those it lists. A task's id carries
 * the sequence it opened at, so a closed task never comes back.
 */
function taskRowsOf(
  steps: RecordCaseEventInput[],
  openBefore: OpenTask[] | undefined,
): Pick<CaseStepsWrite, 'tasks' | 'sweep'> {
  const rows = new Map<string, TaskValues>();
  let sweep: CaseStepsWrite['sweep'] = null;
  let open = openBefore;
  for (const { event, snapshot } of steps) {
    const next = snapshot.openTasks;
    const at = new Date(event.occurredAt).toISOString();
    if (!open) sweep = { at, sequence: event.sequence, keep: next.map((task) => task.id) };
    else
      for (const task of open) {
        const row = rows.get(task.id);
        if (row && row.closedAt === null && !next.some((candidate) => candidate.id === task.id)) {
          row.closedAt = at;
          row.closedSequence = event.sequence;
        }
      }
    const known = open;
    const opening = known
      ? next.filter((task) => !known.some((held) => held.id === task.id && held.dueAt === task.dueAt))
      : next;
    for (const task of opening) {
      const dueAt = task.dueAt ? new Date(task.dueAt).toISOString() : null;
      const row = rows.get(task.id);
      if (row) row.dueAt = dueAt;
      else
        rows.set(task.id, {
          id: task.id,
          kind: task.kind,
          role: task.role,
          regionCode: task.regionCode,
          departments: task.departments ?? null,
          dueAt,
          openedAt: at,
          openedSequence: event.sequence,
          closedAt: null,
          closedSequence: null,
        });
    }
    open = next;
  }
  return { tasks: [...rows.values()], sweep };
}
