import { ApplicationFailure } from '@temporalio/activity';
import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { deliveries, outbox } from '../db/schema';
import type { Channel } from '../domain/enums';
import type { Effect } from '../workflows/contract';
import type { DeliveryAdapters } from './adapters';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Whose step sends a message: a case's, a tip's or a year's (exactly one; the table checks it). */
export type OutboxSubject = { caseId: string } | { tipId: string } | { yearId: string };

/**
 * Writes the messages a step sends into the outbox, inside the step's own transaction, so a message
 * exists exactly when its step does. Keyed by each effect's idempotency key: a retried step adds nothing.
 */
export async function writeOutbox(
  tx: Tx,
  subject: OutboxSubject,
  sequence: number,
  effects: Effect[],
): Promise<void> {
  if (effects.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      effects.map((effect) => ({
        key: effect.key,
        ...subject,
        sequence,
        kind: effect.kind,
        channel: effect.channel,
        recipient: effect.recipient,
        payload: effect.payload,
      })),
    )
    .onConflictDoNothing();
}

export interface DeliverEffectInput {
  /** The outbox message's idempotency key. */
  key: string;
}

/**
 * Delivers one outbox message through its channel's adapter, once: a delivered message is not sent
 * again, and every attempt, failed or not, is kept in the delivery log. A failure throws, so
 * Temporal retries it.
 */
export async function deliverEffectIn(
  { db, adapters, logger }: { db: Database; adapters: DeliveryAdapters; logger: Logger },
  { key }: DeliverEffectInput,
): Promise<void> {
  const [message] = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.key, key))
    .returning();
  if (!message)
    throw ApplicationFailure.nonRetryable(`no outbox message with key ${key}`, 'UnknownOutboxMessage');
  if (message.deliveredAt) return;
  const adapter = adapters[message.channel as Channel];
  try {
    const { reference } = await adapter.deliver({
      key: message.key,
      caseId: message.caseId,
      tipId: message.tipId,
      kind: message.kind,
      channel: message.channel as Channel,
      recipient: message.recipient ?? null,
      payload: message.payload,
    });
    await db.transaction(async (tx) => {
      await tx.insert(deliveries).values({
        outboxKey: key,
        attempt: message.attempts,
        adapter: adapter.name,
        outcome: 'delivered',
        reference: reference ?? null,
      });
      await tx
        .update(outbox)
        .set({ deliveredAt: sql`now()` })
        .where(eq(outbox.key, key));
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(
      { outboxKey: key, attempt: message.attempts, err: error },
      'outbox delivery failed; will retry',
    );
    await db.insert(deliveries).values({
      outboxKey: key,
      attempt: message.attempts,
      adapter: adapter.name,
      outcome: 'failed',
      error: reason,
    });
    throw error;
  }
}

/** What `deliverEffects` returns: every message of the step, delivered now or before. */
export interface DeliveredEffects {
  delivered: string[];
}

export interface DeliverEffectsInput {
  /** The outbox messages of one step, by idempotency key. */
  keys: string[];
}

/**
 * Delivers a step's messages together, each as `deliverEffectIn` does: a message delivered on an earlier
 * attempt is not sent again, so a retry after one channel failed sends only what is still undelivered.
 * Throws a retryable failure if any delivery may still succeed, else the first that never can.
 */
export async function deliverEffectsIn(
  deps: { db: Database; adapters: DeliveryAdapters; logger: Logger },
  { keys }: DeliverEffectsInput,
): Promise<void> {
  const outcomes = await Promise.allSettled(keys.map((key) => deliverEffectIn(deps, { key })));
  const failures = outcomes.flatMap((outcome) =>
    outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
  );
  if (failures.length === 0) return;
  const retryable = failures.find(
    (failure) => !(failure instanceof ApplicationFailure && failure.nonRetryable),
  );
  throw retryable ?? failures[0];
}
