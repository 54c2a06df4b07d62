/**
 * Delivery adapters: how an outbox message reaches the grid company, the credit platform, a licence
 * registry or a person. Each receives the message's idempotency key, so a repeated delivery is
 * recognisable on the other side. The default records the delivery (the delivery log) and logs it.
 */
import type { Logger } from 'pino';
import type { Channel } from '../domain/enums';

export interface OutboxMessage {
  key: string;
  /** The case whose step sent it, or null for a tip's. */
  caseId: string | null;
  /** The tip whose step sent it, or null for a case's. */
  tipId: string | null;
  kind: string;
  channel: Channel;
  recipient: Record<string, unknown> | null;
  payload: Record<string, unknown>;
}

export interface DeliveryAdapter {
  /** Recorded with each attempt in the delivery log. */
  name: string;
  /** Delivers the message or throws; a throw is retried. Returns the receiver's reference, if any. */
  deliver(message: OutboxMessage): Promise<{ reference?: string }>;
}

export type DeliveryAdapters = Record<Channel, DeliveryAdapter>;

/** Records and logs each message; the delivery log row is its record. */
export function recordingAdapter(logger: Logger): DeliveryAdapter {
  return {
    name: 'recording',
    deliver(message) {
      logger.info(
        {
          outboxKey: message.key,
          caseId: message.caseId,
          tipId: message.tipId,
          kind: message.kind,
          channel: message.channel,
        },
        'outbox message delivered (recorded)',
      );
      return Promise.resolve({ reference: message.key });
    },
  };
}

export function defaultAdapters(logger: Logger): DeliveryAdapters {
  const recording = recordingAdapter(logger);
  return {
    grid_company: recording,
    water_utility: recording,
    credit_platform: recording,
    financial_regulator: recording,
    licence_registry: recording,
    people: recording,
    member_unit: recording,
  };
}
