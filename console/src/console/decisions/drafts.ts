/**
 * Half-filled decision forms kept in this browser (localStorage), one per user, case and decision
 * kind, with the form's idempotency key: a form restored after a reload or a crash sends the key its
 * earlier attempts sent, so an attempt whose answer was lost still applies once.
 */
export interface DraftPlace {
  userId: string;
  caseId: string;
  kind: string;
}

export interface Draft {
  key: string;
  values: Record<string, unknown>;
}

const DRAFTS = 'capacity-exit.decision-draft/';
const draftsOf = (userId: string) => `${DRAFTS}${encodeURIComponent(userId)}/`;
const storageKey = ({ userId, caseId, kind }: DraftPlace) => `${draftsOf(userId)}${caseId}/${kind}`;

export function loadDraft(place: DraftPlace): Draft | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(place)) ?? 'null') as unknown;
    if (typeof saved !== 'object' || saved === null) return null;
    const { key, values } = saved as Partial<Draft>;
    return typeof key === 'string' && typeof values === 'object' && values !== null ? { key, values } : null;
  } catch {
    return null;
  }
}

export function saveDraft(place: DraftPlace, draft: Draft): void {
  try {
    localStorage.setItem(storageKey(place), JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the form still works, without a draft.
  }
}

export function clearDraft(place: DraftPlace): void {
  localStorage.removeItem(storageKey(place));
}

/** Forgets every draft of a user: on signing out, so that the next person at a shared PC finds none. */
export function clearDraftsOf(userId: string): void {
  const prefix = draftsOf(userId);
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
  for (const key of keys) if (key?.startsWith(prefix)) localStorage.removeItem(key);
}

/**
 * A fresh idempotency key. crypto.randomUUID exists only in a secure context (https, localhost);
 * over plain http on an office network the same 122 random bits come from crypto.getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
