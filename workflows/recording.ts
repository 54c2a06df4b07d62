/**
 * How a workflow records its steps, the case's and the tip's alike (STYLE.md: every state change goes
 * through one helper that records it). Each accepted step takes the next sequence number and is written
 * with a snapshot of the state right after it; writes go one at a time, in sequence order, since each
 * ledger entry's hash covers the one before; the messages a step sends are in the outbox from the same
 * transaction and are delivered once that write has landed. The workflow says which activity writes; with
 * `writeBatch`, the steps taken while a write is in flight, or in the same turn of the workflow's code, go
 * to the ledger together in the next write.
 */
import { SYSTEM_ACTOR, type EvidenceRef, type Recorded, type SystemActor } from '../domain/case';
import type { Actor } from '../domain/decisions';
import type { Effect } from './contract';

export interface StepOptions {
  actor?: Actor | SystemActor;
  reason?: string | null;
  evidence?: EvidenceRef[];
  detail?: Record<string, unknown>;
  /** The messages the step sends: written to the outbox with it, then delivered. */
  effects?: Effect[];
}

/** One step as the ledger keeps it. */
export interface RecordedStep<Type extends string> {
  sequence: number;
  type: Type;
  occurredAt: string;
  actor: Actor | SystemActor;
  reason: string | null;
  evidence: EvidenceRef[];
  detail: Record<string, unknown>;
}

/** What the workflow's write activity receives for one step. */
export interface StepWrite<State, Type extends string, Options extends StepOptions> {
  event: RecordedStep<Type>;
  /** The state right after the step. */
  snapshot: State;
  effects: Effect[];
  /** The options the step was taken with, for what a workflow writes beyond the common ones. */
  options: Options;
}

export interface RecordingActivities<State, Type extends string, Options extends StepOptions> {
  /** Writes one step (ledger entry, read model, outbox) in one transaction. */
  write(step: StepWrite<State, Type, Options>): Promise<unknown>;
  /** Delivers one outbox message by its key (the deliverEffect activity). */
  deliver(input: { key: string }): Promise<unknown>;
  /** Delivers all of one step's messages at once; when given, used instead of `deliver`. */
  deliverAll?: (input: { keys: string[] }) => Promise<unknown>;
  /**
   * Writes every step taken since the last write together, then delivers their messages; returns those
   * it could not deliver, which go to `deliverAll`. When given, used instead of `write`.
   */
  writeBatch?: (steps: StepWrite<State, Type, Options>[]) => Promise<{ undelivered: string[] }>;
  /** Brings derived parts of the state up to date before each snapshot is taken. */
  beforeSnapshot?: () => void;
}

export interface Recording<Type extends string, Options extends StepOptions> {
  /** Records one step: the state as it now is, with who, why, evidence and the effects it causes. */
  step(type: Type, options?: Options): Promise<number>;
  /** Who made a decision, when, why and on what evidence, as the step about to be recorded. */
  recordedBy(decision: { actor: Actor; reason: string; evidence?: EvidenceRef[] }): Recorded;
  /** Resolves once every step is written and every message delivered. */
  settled(): Promise<void>;
}

export function recording<
  State extends { sequence: number },
  Type extends string,
  Options extends StepOptions = StepOptions,
>(state: State, activities: RecordingActivities<State, Type, Options>): Recording<Type, Options> {
  const now = () => new Date().toISOString();
  let recorded: Promise<unknown> = Promise.resolve();
  const deliveries: Promise<unknown>[] = [];

  /** The batch still taking steps: it is written once the write before it has landed. */
  let open: { writes: StepWrite<State, Type, Options>[]; written: Promise<unknown> } | null = null;

  function writeBatched(
    write: StepWrite<State, Type, Options>,
    writeBatch: NonNullable<RecordingActivities<State, Type, Options>['writeBatch']>,
  ): Promise<unknown> {
    if (!open) {
      const writes: StepWrite<State, Type, Options>[] = [];
      const written = recorded.then(async () => {
        open = null;
        const { undelivered } = await writeBatch(writes);
        if (undelivered.length > 0) deliveries.push(activities.deliverAll!({ keys: undelivered }));
      });
      open = { writes, written };
      recorded = written;
    }
    open.writes.push(write);
    return open.written;
  }

  function step(type: Type, options: Options = {} as Options): Promise<number> {
    state.sequence += 1;
    activities.beforeSnapshot?.();
    const event: RecordedStep<Type> = {
      sequence: state.sequence,
      type,
      occurredAt: now(),
      actor: options.actor ?? SYSTEM_ACTOR,
      reason: options.reason ?? null,
      evidence: options.evidence ?? [],
      detail: options.detail ?? {},
    };
    const snapshot = JSON.parse(JSON.stringify(state)) as State;
    const effects = options.effects ?? [];
    const write = { event, snapshot, effects, options };
    const { deliverAll, writeBatch } = activities;
    if (writeBatch) return writeBatched(write, writeBatch).then(() => event.sequence);
    // One ledger write at a time, in sequence order: each entry's hash covers the one before.
    const written = recorded.then(() => activities.write(write));
    recorded = written;
    if (deliverAll && effects.length > 0)
      deliveries.push(written.then(() => deliverAll({ keys: effects.map((effect) => effect.key) })));
    else if (!deliverAll)
      for (const effect of effects)
        deliveries.push(written.then(() => activities.deliver({ key: effect.key })));
    return written.then(() => event.sequence);
  }

  function recordedBy(decision: { actor: Actor; reason: string; evidence?: EvidenceRef[] }): Recorded {
    return {
      by: decision.actor,
      at: now(),
      reason: decision.reason,
      evidence: decision.evidence ?? [],
      sequence: state.sequence + 1,
    };
  }

  async function settled(): Promise<void> {
    await recorded;
    await Promise.all(deliveries);
  }

  return { step, recordedBy, settled };
}
