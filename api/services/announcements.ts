/**
 * The yearly announcement over the API: drafts and decisions carried into the announcement's workflow
 * (workflows/announcement.ts), the staff's view of every version with its ledger, and the public's of
 * what is published — as JSON, or as a workbook.
 */
import { WithStartWorkflowOperation, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { and, asc, desc, eq, gt, like, lt, or } from 'drizzle-orm';
import { checkChain } from '../../db/audit';
import type { Database } from '../../db/client';
import { announcementEvents, announcements, type AnnouncementRecord } from '../../db/schema';
import {
  announcementDecisionProblem,
  announcementKeyOf,
  currentAnnouncement,
  draftProblem,
  draftingProblem,
  type AnnouncementDecision,
  type AnnouncementState,
  type AnnouncementVersion,
} from '../../domain/announcement';
import { capabilityProblem, regionCovers, type Capability } from '../../domain/authority';
import { chinaDateOf, type LocalDate } from '../../domain/calendar';
import type { Actor } from '../../domain/decisions';
import { regionPrefix } from '../../domain/region';
import { isKnownRegion, regionName } from '../../domain/region-names';
import { loadAnnouncementIn } from '../../db/announcements';
import {
  ANNOUNCEMENT_WORKFLOW_TYPE,
  DECISION_REJECTED,
  TASK_QUEUE,
  announcementWorkflowId,
  decideAnnouncementUpdate,
  draftAnnouncementUpdate,
  type AnnouncementReceipt,
} from '../../workflows/announcement-contract';
import { announcementTitle, type AnnouncementDocument } from '../announcement-export';
import type { Principal } from '../auth';
import { ProblemError } from '../problem';
import {
  PUBLISHED_CURSOR,
  type AnnouncementDocumentView,
  type AnnouncementView,
  type PublishedList,
} from '../schemas/announcements';

export interface AnnouncementServiceDeps {
  db: Database;
  temporal: Client;
  taskQueue?: string;
}

const UPDATE_TIMEOUT_MS = 30_000;

function refuseWithout(principal: Principal, capability: Capability): void {
  const problem = capabilityProblem(principal, capability);
  if (problem) throw new ProblemError('forbidden', 403, problem);
}

/** The caller as the office's actor: a supervisor of their region. */
function officeActor(principal: Principal): Actor {
  return {
    userId: principal.userId,
    role: principal.roles.includes('supervisor') ? 'supervisor' : principal.roles[0]!,
    regionCode: principal.regionCode,
    department: principal.department,
  };
}

async function carried<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === DECISION_REJECTED)
      throw new ProblemError('decisionRejected', 409, cause.message);
    throw error;
  }
}

/** Draws up the next version: the first, or a correction of the one published. */
export async function draftAnnouncement(
  deps: AnnouncementServiceDeps,
  principal: Principal,
  request: {
    idempotencyKey: string;
    body: { regionCode: string; year: number; cutoff: LocalDate; correction?: string };
  },
): Promise<AnnouncementReceipt> {
  refuseWithout(principal, 'draft_announcement');
  const { regionCode, year, cutoff, correction } = request.body;
  if (!isKnownRegion(regionCode)) throw new ProblemError('notFound', 404, `no region ${regionCode}`);
  if (!regionCovers(principal.regionCode, regionCode))
    throw new ProblemError(
      'forbidden',
      403,
      `${regionCode} is outside the caller’s jurisdiction ${principal.regionCode}`,
    );
  const key = announcementKeyOf(regionCode, year);
  const actor = officeActor(principal);
  // Asked here too, so that a refusal never starts a run.
  const problem = draftProblem(
    await stateOf(deps.db, key, regionCode, year),
    { actor, cutoff, correction },
    chinaDateOf(new Date()),
  );
  if (problem) throw new ProblemError('decisionRejected', 409, problem);
  return carried(() =>
    deps.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
      deps.temporal.workflow.executeUpdateWithStart(draftAnnouncementUpdate, {
        args: [{ actor, cutoff, ...(correction !== undefined ? { correction } : {}) }],
        updateId: `draft/${principal.userId}/${request.idempotencyKey}`,
        startWorkflowOperation: startOperation(deps, { key, regionCode, year }),
      }),
    ),
  );
}

/** The announcement's run, started if none is running (the same id: one run at a time). */
function startOperation(
  deps: AnnouncementServiceDeps,
  { key, regionCode, year }: { key: string; regionCode: string; year: number },
) {
  return new WithStartWorkflowOperation(ANNOUNCEMENT_WORKFLOW_TYPE, {
    workflowId: announcementWorkflowId(key),
    taskQueue: deps.taskQueue ?? TASK_QUEUE,
    args: [{ key, regionCode, year }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
}

async function stateOf(
  db: Database,
  key: string,
  regionCode: string,
  year: number,
): Promise<AnnouncementState> {
  return { key, regionCode, year, ...(await loadAnnouncementIn(db, { key })) };
}

function parseKey(key: string): { regionCode: string; year: number } {
  const [, regionCode = '', year = '0'] = key.split('-');
  return { regionCode, year: Number(year) };
}

/** An announcement of a region inside the caller's jurisdiction (perhaps with no version yet), or 404. */
async function visibleState(db: Database, principal: Principal, key: string): Promise<AnnouncementState> {
  const { regionCode, year } = parseKey(key);
  // A jurisdiction's announcement exists for its office before its first version (none drawn up yet).
  if (!isKnownRegion(regionCode) || !regionCovers(principal.regionCode, regionCode))
    throw new ProblemError('notFound', 404, `no announcement ${key}`);
  return stateOf(db, key, regionCode, year);
}

export async function decideAnnouncement(
  deps: AnnouncementServiceDeps,
  principal: Principal,
  request: {
    key: string;
    version: number;
    idempotencyKey: string;
    body: { outcome: AnnouncementDecision; reason: string };
  },
): Promise<AnnouncementReceipt> {
  const state = await visibleState(deps.db, principal, request.key);
  refuseWithout(principal, 'decide_announcement');
  if (!state.versions.some((v) => v.version === request.version))
    throw new ProblemError('notFound', 404, `announcement ${request.key} has no version ${request.version}`);
  const actor = officeActor(principal);
  const problem = announcementDecisionProblem(state, { ...request.body, version: request.version, actor });
  if (problem) throw new ProblemError('decisionRejected', 409, problem);
  // With start: a run that ended meanwhile is started again, reads the waiting draft and decides it.
  return carried(() =>
    deps.temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
      deps.temporal.workflow.executeUpdateWithStart(decideAnnouncementUpdate, {
        args: [{ ...request.body, version: request.version, actor }],
        updateId: `decision/${request.version}/${principal.userId}/${request.idempotencyKey}`,
        startWorkflowOperation: startOperation(deps, state),
      }),
    ),
  );
}

const actorRecord = (actor: Actor) => actor as unknown as Record<string, unknown>;

/** A version without who drew it up and decided it (the view adds those as records). */
function summaryOf(version: AnnouncementVersion) {
  return {
    id: version.id,
    version: version.version,
    cutoff: version.cutoff,
    asOf: version.asOf,
    rows: version.rows,
    enterprises: version.enterprises,
    totals: version.totals,
    contentHash: version.contentHash,
    corrects: version.corrects,
    correction: version.correction,
    status: version.status,
  };
}

export async function announcementView(
  deps: AnnouncementServiceDeps,
  principal: Principal,
  key: string,
): Promise<AnnouncementView> {
  const state = await visibleState(deps.db, principal, key);
  const actor = officeActor(principal);
  const entries = await deps.db
    .select()
    .from(announcementEvents)
    .where(eq(announcementEvents.announcementKey, key))
    .orderBy(asc(announcementEvents.sequence));
  const may = (capability: Capability, problem: () => string | null) =>
    capabilityProblem(principal, capability) ?? problem();
  return {
    key,
    regionCode: state.regionCode,
    regionName: regionName(state.regionCode),
    year: state.year,
    published: currentAnnouncement(state)?.version ?? null,
    versions: state.versions.map((version) => ({
      ...summaryOf(version),
      draftedBy: actorRecord(version.draftedBy),
      draftedAt: version.draftedAt,
      decision: version.decision ? { ...version.decision, by: actorRecord(version.decision.by) } : null,
      mayI: {
        approve: may('decide_announcement', () =>
          announcementDecisionProblem(state, { version: version.version, actor, outcome: 'approved' }),
        ),
        discard: may('decide_announcement', () =>
          announcementDecisionProblem(state, { version: version.version, actor, outcome: 'discarded' }),
        ),
      },
    })),
    mayI: {
      draft: may('draft_announcement', () => draftingProblem(state, actor)),
    },
    events: entries.map((entry) => ({
      sequence: entry.sequence,
      type: entry.type,
      status: entry.status,
      occurredAt: entry.occurredAt.toISOString(),
      actor: entry.actor,
      reason: entry.reason,
      detail: entry.detail,
      prevHash: entry.prevHash,
      hash: entry.hash,
    })),
    chain: checkChain(entries),
  };
}

/** Which later published version corrects each published one. */
async function correctionsOf(db: Database, key: string): Promise<Map<number, number>> {
  const rows = await db
    .select({ version: announcements.version, corrects: announcements.corrects })
    .from(announcements)
    .where(and(eq(announcements.announcementKey, key), eq(announcements.status, 'published')));
  return new Map(rows.filter((r) => r.corrects !== null).map((r) => [r.corrects!, r.version]));
}

function documentOf(
  row: AnnouncementRecord,
  correctedBy: number | null,
): AnnouncementDocumentView & AnnouncementDocument {
  const document = {
    id: row.id,
    key: row.announcementKey,
    regionCode: row.regionCode,
    regionName: regionName(row.regionCode),
    year: row.year,
    version: row.version,
    cutoff: row.cutoff,
    asOf: row.asOf.toISOString(),
    enterprises: new Set(row.rows.map((r) => r.creditCode)).size,
    totals: row.totals,
    contentHash: row.contentHash,
    corrects: row.corrects,
    correction: row.correction,
    status: row.status,
    publishedAt: row.status === 'published' ? (row.decidedAt?.toISOString() ?? null) : null,
    correctedBy,
    rows: row.rows,
  };
  return { ...document, title: announcementTitle(document) } as AnnouncementDocumentView &
    AnnouncementDocument;
}

/** A version of an announcement inside the caller's jurisdiction, draft or not (a draft's preview). */
export async function staffDocument(
  deps: AnnouncementServiceDeps,
  principal: Principal,
  key: string,
  version: number,
) {
  const { regionCode } = parseKey(key);
  const [row] = regionCovers(principal.regionCode, regionCode)
    ? await deps.db
        .select()
        .from(announcements)
        .where(and(eq(announcements.announcementKey, key), eq(announcements.version, version)))
    : [];
  if (!row) throw new ProblemError('notFound', 404, `announcement ${key} has no version ${version}`);
  return documentOf(row, (await correctionsOf(deps.db, key)).get(version) ?? null);
}

/** A published version, for anyone; a draft or a discarded one does not exist for the public. */
export async function publishedDocument(deps: AnnouncementServiceDeps, id: string) {
  const [row] = await deps.db
    .select()
    .from(announcements)
    .where(and(eq(announcements.id, id), eq(announcements.status, 'published')));
  if (!row) throw new ProblemError('notFound', 404, `no published announcement ${id}`);
  return documentOf(row, (await correctionsOf(deps.db, row.announcementKey)).get(row.version) ?? null);
}

export async function publishedList(
  deps: AnnouncementServiceDeps,
  query: { regionCode?: string; year?: number; limit: number; cursor?: string },
): Promise<PublishedList> {
  const after = query.cursor ? PUBLISHED_CURSOR.decode(query.cursor) : undefined;
  const rows = await deps.db
    .select()
    .from(announcements)
    .where(
      and(
        eq(announcements.status, 'published'),
        query.regionCode ? like(announcements.regionCode, `${regionPrefix(query.regionCode)}%`) : undefined,
        query.year ? eq(announcements.year, query.year) : undefined,
        after
          ? or(
              lt(announcements.year, after.year),
              and(eq(announcements.year, after.year), gt(announcements.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(announcements.year), asc(announcements.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const items = [];
  for (const row of page) {
    const document = documentOf(
      row,
      (await correctionsOf(deps.db, row.announcementKey)).get(row.version) ?? null,
    );
    items.push({
      ...document,
      rows: row.rows.length,
      publishedAt: document.publishedAt ?? row.draftedAt.toISOString(),
    });
  }
  const last = page.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last ? PUBLISHED_CURSOR.encode({ year: last.year, id: last.id }) : null,
  };
}
