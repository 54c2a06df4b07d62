/** The tips' read model: one tip by id or receipt number, a page in a caller's scope, a received tip's row. */
import { and, desc, eq, like, lt, or, type SQL } from 'drizzle-orm';
import type { TipScope } from '../domain/authority';
import { tipCategoryOf, type TipCategory, type TipState, type TipStatus } from '../domain/tip';
import type { Database } from './client';
import { tips, type TipRow } from './schema';

export async function findTip(db: Database, tipId: string): Promise<TipRow | undefined> {
  const [row] = await db.select().from(tips).where(eq(tips.id, tipId)).limit(1);
  return row;
}

/** Receipt numbers are matched without regard to case (the reporter may type them in lower case). */
export async function findTipByReceipt(db: Database, receiptNumber: string): Promise<TipRow | undefined> {
  const [row] = await db
    .select()
    .from(tips)
    .where(eq(tips.receiptNumber, receiptNumber.toUpperCase()))
    .limit(1);
  return row;
}

export interface TipPageQuery {
  /** Whose tips (domain/authority.ts `tipScope`). */
  scope: TipScope;
  status?: TipStatus;
  category?: TipCategory;
  /** The last tip of the previous page. */
  after?: { receivedAt: string; id: string };
  limit: number;
}

/** A page of the tips in a scope, newest first (then by id). */
export async function tipsInScope(db: Database, query: TipPageQuery): Promise<TipRow[]> {
  const { scope, status, category, after } = query;
  const conditions: (SQL | undefined)[] = [like(tips.regionCode, `${scope.regionPrefix}%`)];
  if (scope.department)
    conditions.push(scope.department.only ? eq(tips.department, scope.department.only) : eq(tips.id, ''));
  if (status) conditions.push(eq(tips.status, status));
  if (category) conditions.push(eq(tips.category, category));
  if (after) {
    const receivedAt = new Date(after.receivedAt);
    conditions.push(
      or(lt(tips.receivedAt, receivedAt), and(eq(tips.receivedAt, receivedAt), lt(tips.id, after.id))),
    );
  }
  return db
    .select()
    .from(tips)
    .where(and(...conditions))
    .orderBy(desc(tips.receivedAt), desc(tips.id))
    .limit(query.limit);
}

/**
 * The row a received tip shows until its workflow records its first event, which then overwrites it (the
 * activity's upsert moves only forward, from state version 0). Written here so that the receipt answers
 * at once, even while the worker is behind.
 */
export async function insertReceivedTip(db: Database, state: TipState): Promise<void> {
  await db
    .insert(tips)
    .values({
      id: state.tipId,
      receiptNumber: state.receiptNumber,
      status: state.status,
      outcome: null,
      regionCode: state.tip.regionCode,
      category: tipCategoryOf(state.tip),
      dimension: state.tip.dimension ?? null,
      department: null,
      anonymous: state.tip.anonymous,
      receivedAt: new Date(state.receivedAt),
      verificationDueAt: null,
      caseId: null,
      closedReason: null,
      state,
      stateVersion: 0,
    })
    .onConflictDoNothing();
}
