/**
 * Idempotency keys for the forms that write: one made when a form opens and sent with every try of
 * it, so a double click or a retry after a lost answer applies once (the API turns the key into the
 * Temporal update id). `crypto.randomUUID` exists only in secure contexts (https, localhost); over
 * plain http on an office network the same version-4 UUID is made from `crypto.getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
