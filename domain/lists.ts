/**
 * The published lists (yellow, red, the environment bureau's two emission lists): when a case enters
 * and leaves each, and the versioned snapshots — what an entry is, and how one version differs from
 * the one before it. Pure.
 */
import { codesOf, PUBLISHED_LISTS, type CaseOutcome, type PublishedList } from './enums';

// ---- a case on the lists

/** A case's time on one list. ISO-8601 instants; leftAt null while it is on it. */
export interface ListMembership {
  list: PublishedList;
  enteredAt: string;
  leftAt: string | null;
}

/** The moments in a case's life that move it on the lists. */
export type ListMoment =
  | { moment: 'filed'; rectificationPeriod: boolean }
  | { moment: 'escalated' }
  | { moment: 'new_deadline' }
  | { moment: 'closed'; outcome: CaseOutcome; hadRectificationPeriod: boolean };

export interface ListMoves {
  leave: PublishedList[];
  enter: PublishedList[];
}

/**
 * Which lists a case leaves and enters at a moment, for a dimension with or without the environment
 * bureau's emission lists (policy `emissionLists`):
 * - 黄牌 yellow: filed with a rectification period; off when the case closes.
 * - 超标排放 emission_exceeding: an emission-list case, from filing until it closes.
 * - 严重超标 emission_serious: an emission-list case escalated to the government; off when the
 *   government sets a new deadline or the case closes.
 * - 红牌 red: closed as exited after failing its rectification period (an exit ordered at once, with
 *   no period, is not a red card).
 */
export function listMoves(at: ListMoment, { emissionLists }: { emissionLists: boolean }): ListMoves {
  const emission = (list: PublishedList) => (emissionLists ? [list] : []);
  switch (at.moment) {
    case 'filed':
      return {
        leave: [],
        enter: [...(at.rectificationPeriod ? ['yellow' as const] : []), ...emission('emission_exceeding')],
      };
    case 'escalated':
      return { leave: [], enter: emission('emission_serious') };
    case 'new_deadline':
      return { leave: ['emission_serious'], enter: [] };
    case 'closed':
      return {
        leave: ['yellow', 'emission_exceeding', 'emission_serious'],
        enter: at.outcome === 'exited' && at.hadRectificationPeriod ? ['red'] : [],
      };
  }
}

/** Applies moves at `at`: leaving keeps a membership's dates; entering a list the case is on does nothing. */
export function applyListMoves(memberships: ListMembership[], moves: ListMoves, at: string): void {
  for (const list of moves.leave)
    for (const m of memberships) if (m.list === list && m.leftAt === null) m.leftAt = at;
  for (const list of moves.enter)
    if (!memberships.some((m) => m.list === list && m.leftAt === null))
      memberships.push({ list, enteredAt: at, leftAt: null });
}

// ---- the published snapshots

export const LIST_SNAPSHOT_TRIGGERS = {
  schedule: '定期发布（计划任务）',
  on_demand: '按需发布',
} as const;
export type ListSnapshotTrigger = keyof typeof LIST_SNAPSHOT_TRIGGERS;

export const LIST_CODES = codesOf(PUBLISHED_LISTS);

/** One enterprise's case on one list. ISO-8601 instants. */
export interface ListEntry {
  list: PublishedList;
  caseId: string;
  enterpriseName: string;
  creditCode: string;
  regionCode: string;
  enteredAt: string;
}

export interface ListChanges {
  added: ListEntry[];
  removed: ListEntry[];
}

/** Per list, the entries a version added and removed relative to the version before it. */
export type ListDiff = Record<PublishedList, ListChanges>;

/** Per list, how many entries a version has and how many it added and removed. */
export type ListCounts = Record<PublishedList, { entries: number; added: number; removed: number }>;

/** An entry's identity across versions: a case on a list. */
const keyOf = (entry: Pick<ListEntry, 'list' | 'caseId'>) => `${entry.list}\u0000${entry.caseId}`;

/** The canonical order of entries: by list, region, credit code, case. */
export function compareEntries(a: ListEntry, b: ListEntry): number {
  return (
    LIST_CODES.indexOf(a.list) - LIST_CODES.indexOf(b.list) ||
    cmp(a.regionCode, b.regionCode) ||
    cmp(a.creditCode, b.creditCode) ||
    cmp(a.caseId, b.caseId)
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What `next` added to and removed from `previous`, per list (an empty `previous` for the first version). */
export function diffLists(previous: readonly ListEntry[], next: readonly ListEntry[]): ListDiff {
  const before = new Set(previous.map(keyOf));
  const after = new Set(next.map(keyOf));
  const diff = emptyDiff();
  for (const entry of [...next].sort(compareEntries))
    if (!before.has(keyOf(entry))) diff[entry.list].added.push(entry);
  for (const entry of [...previous].sort(compareEntries))
    if (!after.has(keyOf(entry))) diff[entry.list].removed.push(entry);
  return diff;
}

export function emptyDiff(): ListDiff {
  return Object.fromEntries(
    LIST_CODES.map((list) => [list, { added: [], removed: [] }]),
  ) as unknown as ListDiff;
}

export function countsOf(entries: readonly ListEntry[], diff: ListDiff): ListCounts {
  return Object.fromEntries(
    LIST_CODES.map((list) => [
      list,
      {
        entries: entries.filter((entry) => entry.list === list).length,
        added: diff[list].added.length,
        removed: diff[list].removed.length,
      },
    ]),
  ) as ListCounts;
}

/** The part of a diff inside a region (by prefix) and, if given, one list. */
export function filterDiff(diff: ListDiff, keep: (entry: ListEntry) => boolean): ListDiff {
  return Object.fromEntries(
    LIST_CODES.map((list) => [
      list,
      { added: diff[list].added.filter(keep), removed: diff[list].removed.filter(keep) },
    ]),
  ) as unknown as ListDiff;
}
