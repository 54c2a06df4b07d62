import { ApplicationFailure } from '@temporalio/activity';
import { inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { outbox } from '../db/schema';
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
  messages: { sequence: number; effect: Effect }[],
): Promise<void> {
  if (messages.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      messages.map(({ sequence, effect }) => ({
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

type DeliveryDeps = { db: Database; adapters: DeliveryAdapters; logger: Logger };

/** What one delivery round did with each message it was given. */
export interface DeliveryRound {
  /** Delivered now, or on an earlier attempt. */
  delivered: string[];
  /** Still undelivered, each with why. */
  failed: { key: string; error: unknown }[];
}

/**
 * Delivers outbox messages through their channels' adapters, each once: a delivered message is not sent
 * again, and every attempt, failed or not, is kept in the delivery log. Two statements however many
 * messages: one counts the attempt and reads them, one logs the attempts and marks what was delivered
 * (a data-modifying CTE, so the log and the outbox change together). Never throws for a channel's
 * failure: it reports it, and the caller decides when to try again.
 */
export async function deliverMessagesIn(
  { db, adapters, logger }: DeliveryDeps,
  keys: string[],
): Promise<DeliveryRound> {
  if (keys.length === 0) return { delivered: [], failed: [] };
  const messages = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.key, keys))
    .returning();
  const failed: DeliveryRound['failed'] = keys
    .filter((key) => !messages.some((message) => message.key === key))
    .map((key) => ({
      key,
      error: ApplicationFailure.nonRetryable(`no outbox message with key ${key}`, 'UnknownOutboxMessage'),
    }));
  const delivered = messages.filter((message) => message.deliveredAt).map((message) => message.key);
  const round = await attemptDeliveries(
    { db, adapters, logger },
    messages.filter((message) => !message.deliveredAt),
  );
  return { delivered: [...delivered, ...round.delivered], failed: [...failed, ...round.failed] };
}

/** An undelivered outbox message whose attempt is counted (`attempts` includes this one). */
export type ClaimedMessage = Pick<
  typeof outbox.$inferSelect,
  'key' | 'caseId' | 'tipId' | 'kind' | 'channel' | 'recipient' | 'payload' | 'attempts'
>;

/** A case's message as a write that claims its first attempt (`claimAttempt`) added it. */
export function claimedMessageOf(caseId: string, effect: Effect): ClaimedMessage {
  return {
    key: effect.key,
    caseId,
    tipId: null,
    kind: effect.kind,
    channel: effect.channel,
    recipient: effect.recipient ?? null,
    payload: effect.payload,
    attempts: 1,
  };
}

const LOG_DELIVERIES = `
WITH logged AS (
  INSERT INTO deliveries (outbox_key, attempt, adapter, outcome, reference, error)
  SELECT a.outbox_key, a.attempt, a.adapter, a.outcome, a.reference, a.error
  FROM jsonb_to_recordset($1::jsonb) AS a(outbox_key text, attempt integer, adapter text, outcome text,
    reference text, error text)
)
UPDATE outbox SET delivered_at = now() WHERE key = ANY ($2::text[])`;

/**
 * Hands each claimed message to its channel's adapter, then logs every attempt and marks what was
 * delivered in one prepared statement (a data-modifying CTE, so the log and the outbox change together).
 */
export async function attemptDeliveries(
  { db, adapters, logger }: DeliveryDeps,
  messages: ClaimedMessage[],
): Promise<DeliveryRound> {
  if (messages.length === 0) return { delivered: [], failed: [] };
  const failed: DeliveryRound['failed'] = [];
  const attempts = await Promise.all(
    messages.map(async (message) => {
      const adapter = adapters[message.channel as Channel];
      const attempt = { outbox_key: message.key, attempt: message.attempts, adapter: adapter.name };
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
        return { ...attempt, outcome: 'delivered', reference: reference ?? null, error: null };
      } catch (error) {
        logger.warn(
          { outboxKey: message.key, attempt: message.attempts, err: error },
          'outbox delivery failed; will retry',
        );
        failed.push({ key: message.key, error });
        const reason = error instanceof Error ? error.message : String(error);
        return { ...attempt, outcome: 'failed', reference: null, error: reason };
      }
    }),
  );
  const delivered = attempts.filter((row) => row.outcome === 'delivered').map((row) => row.outbox_key);
  await db.$client.query({
    name: 'log-deliveries',
    text: LOG_DELIVERIES,
    values: [JSON.stringify(attempts), delivered],
  });
  return { delivered, failed };
}

/** Throws what a delivery round left undelivered: retryably if any of it may still succeed. */
function throwFailures({ failed }: DeliveryRound): void {
  if (failed.length === 0) return;
  const retryable = failed.find(({ error }) => !(error instanceof ApplicationFailure && error.nonRetryable));
  throw (retryable ?? failed[0]!).error;
}

/**
 * Delivers one outbox message (the deliverEffect activity of cases filed before 'lean-recording'). A
 * failure throws, so Temporal retries it.
 */
export async function deliverEffectIn(deps: DeliveryDeps, { key }: DeliverEffectInput): Promise<void> {
  throwFailures(await deliverMessagesIn(deps, [key]));
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
 * Delivers a step's messages together: a message delivered on an earlier attempt is not sent again, so a
 * retry after one channel failed sends only what is still undelivered. Throws a retryable failure if any
 * delivery may still succeed, else the first that never can.
 */
export async function deliverEffectsIn(deps: DeliveryDeps, { keys }: DeliverEffectsInput): Promise<void> {
  throwFailures(await deliverMessagesIn(deps, keys));
}
