/**
 * The read model and history tables, all in one module (drizzle-kit generates migrations from it).
 * The workflow is the source of truth for a case; these rows are kept current by its activities
 * and are what lists, searches and auditors read.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  type AnyPgColumn,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { CaseState, OpenTask } from '../domain/case';
import type { Deadline } from '../domain/calendar';
import type { Finding } from '../domain/finding';
import type { ListCounts, ListDiff, ListEntry } from '../domain/lists';
import type { TipState } from '../domain/tip';
import type { InboxTaskKind } from '../domain/inbox';
import type { MilestoneKind } from '../domain/year';
import type { YearState } from '../domain/year-state';
import type { AnnouncementRow, AnnouncementStatus, AnnouncementVersion } from '../domain/announcement';
import type { MemberUnit } from '../domain/policy-types';
import type { MemberUnitDuty, NoticeEntry, NoticeList } from '../domain/quarterly-notice';
import type { ReportLine, ReportMilestone, ReportTable } from '../domain/year-report';
import type { StatisticsPeriod } from '../domain/statistics';
import type { CensusConsent } from '../domain/census-inventory';

export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    workflowId: text('workflow_id').notNull(),
    department: text('department').notNull(),
    documentNumber: text('document_number').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    creditCode: text('credit_code').notNull(),
    regionCode: text('region_code').notNull(),
    industry: text('industry').notNull(),
    dimension: text('dimension').notNull(),
    capacityValue: numeric('capacity_value').notNull(),
    capacityUnit: text('capacity_unit').notNull(),
    findingDate: date('finding_date').notNull(),
    /** The policy profile the case runs under (domain/policy.ts); cases filed before profiles: national. */
    policyProfile: text('policy_profile').notNull().default('national'),
    policyVersion: text('policy_version').notNull(),
    finding: jsonb('finding').$type<Finding>().notNull(),
    status: text('status').notNull(),
    deadline: jsonb('deadline').$type<Deadline | null>(),
    deadlineLapsesAt: timestamp('deadline_lapses_at', { withTimezone: true }),
    /** When the deadline the case waits on now lapses (rectification, government decision, exit); null if none. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    outcome: text('outcome'),
    /** The workflow's whole state after the last applied event: what the case looked like then. */
    state: jsonb('state').$type<CaseState>(),
    /** Sequence number of the last case event applied here; guards against out-of-order writes. */
    stateVersion: integer('state_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('cases_department_document_number_key').on(table.department, table.documentNumber),
    // text_pattern_ops: `region_code like '3205%'` uses it whatever the database's collation.
    index('cases_region_code_pattern_idx').on(table.regionCode.op('text_pattern_ops')),
    // Character pairs (migration 0007's enterprise_name_bigrams): any fragment of two characters or more,
    // without a table scan. (Migration 0008 dropped the trigram index it made redundant.)
    index('cases_enterprise_name_bigram_idx').using(
      'gin',
      sql`enterprise_name_bigrams(${table.enterpriseName})`,
    ),
    index('cases_deadline_lapses_at_idx').on(table.deadlineLapsesAt),
    index('cases_credit_code_idx').on(table.creditCode),
    index('cases_due_at_id_idx').on(table.dueAt, table.id),
    index('cases_status_idx').on(table.status),
  ],
);

/**
 * The ledger: an append-only record of every accepted step of every case (updates and deletes are
 * refused by a trigger). Each entry carries the hash of the one before it in its case, so the audit
 * trail outlives Temporal's history retention and tampering shows.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    sequence: integer('sequence').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Who acted (user, role, region, department), or the system for timers; null before actors were kept. */
    actor: jsonb('actor').$type<Record<string, unknown>>(),
    reason: text('reason'),
    evidence: jsonb('evidence')
      .$type<{ reference: string; description?: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** SHA-256 of the previous entry of the same case ('' for the first). */
    prevHash: text('prev_hash'),
    /** SHA-256 over this entry's canonical content and prev_hash. */
    hash: text('hash'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.sequence] })],
);

/** The task inbox: each decision a case waits for, who may make it, and when it was made. */
export const tasks = pgTable(
  'tasks',
  {
    id: text('id').primaryKey(),
    /** The case that opened it; null for a year's task. */
    caseId: text('case_id').references(() => cases.id),
    /** The bureau's year that opened it; null for a case's task. */
    yearId: text('year_id').references((): AnyPgColumn => years.id),
    /** The year's milestone it is about. */
    milestone: text('milestone').$type<MilestoneKind>(),
    kind: text('kind').$type<InboxTaskKind>().notNull(),
    role: text('role').$type<OpenTask['role']>().notNull(),
    regionCode: text('region_code').notNull(),
    departments: text('departments').array().$type<NonNullable<OpenTask['departments']>>(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedSequence: integer('opened_sequence').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedSequence: integer('closed_sequence'),
  },
  (table) => [
    index('tasks_open_idx')
      .on(table.role, table.regionCode, table.dueAt)
      .where(sql`${table.closedAt} is null`),
    index('tasks_case_id_idx').on(table.caseId),
    index('tasks_year_id_idx').on(table.yearId),
    check('tasks_one_subject', sql`num_nonnulls(${table.caseId}, ${table.yearId}) = 1`),
  ],
);

/** Yellow, red and emission-list memberships with their entry and exit dates. */
export const listMemberships = pgTable(
  'list_memberships',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    list: text('list').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    leftAt: timestamp('left_at', { withTimezone: true }),
    regionCode: text('region_code').notNull(),
    creditCode: text('credit_code').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.list, table.enteredAt] }),
    index('list_memberships_list_region_idx').on(table.list, table.regionCode),
  ],
);

/**
 * The transactional outbox: each message to the outside world, written in the same transaction as
 * the ledger entry that causes it, keyed by its idempotency key, delivered by an activity. A message
 * belongs to exactly one subject: a case's step or a tip's.
 */
export const outbox = pgTable(
  'outbox',
  {
    key: text('key').primaryKey(),
    /** The case whose step sent it; null for a tip's message. */
    caseId: text('case_id').references(() => cases.id),
    /** The tip whose step sent it; null for a case's message. */
    tipId: text('tip_id').references((): AnyPgColumn => tips.id),
    /** The bureau's year whose step sent it (a reminder, a 督办 notice). */
    yearId: text('year_id').references((): AnyPgColumn => years.id),
    /** The sequence of the step (in its case's or tip's ledger) that sent it. */
    sequence: integer('sequence').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    recipient: jsonb('recipient').$type<Record<string, unknown> | null>(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [
    index('outbox_case_id_idx').on(table.caseId),
    index('outbox_tip_id_idx').on(table.tipId),
    index('outbox_year_id_idx').on(table.yearId),
    check('outbox_one_subject', sql`num_nonnulls(${table.caseId}, ${table.tipId}, ${table.yearId}) = 1`),
  ],
);

/** The delivery log: every attempt to deliver an outbox message, with its adapter and outcome. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    outboxKey: text('outbox_key')
      .notNull()
      .references(() => outbox.key),
    attempt: integer('attempt').notNull(),
    adapter: text('adapter').notNull(),
    outcome: text('outcome').notNull(),
    reference: text('reference'),
    error: text('error'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('deliveries_outbox_key_idx').on(table.outboxKey)],
);

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/**
 * Tips (举报): one row per tip, kept current by the tip workflow's activity from its state. An anonymous
 * tip's row and state carry no reporter details.
 */
export const tips = pgTable(
  'tips',
  {
    id: text('id').primaryKey(),
    receiptNumber: text('receipt_number').notNull().unique(),
    status: text('status').notNull(),
    outcome: text('outcome'),
    regionCode: text('region_code').notNull(),
    /** 举报类别 (domain/tip.ts TIP_CATEGORIES); tips filed before categories: backward_capacity. */
    category: text('category').notNull().default('backward_capacity'),
    /** The triaged dimension, or the one the reporter named until triage (none for a capacity-swap tip). */
    dimension: text('dimension'),
    /** The department the tip was triaged to. */
    department: text('department'),
    anonymous: boolean('anonymous').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    verificationDueAt: timestamp('verification_due_at', { withTimezone: true }),
    /** The case a verified tip opened or was linked to. */
    caseId: text('case_id'),
    closedReason: text('closed_reason'),
    /** The workflow's whole state after the last applied event. */
    state: jsonb('state').$type<TipState>(),
    /** Sequence number of the last tip event applied here; guards against out-of-order writes. */
    stateVersion: integer('state_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('tips_region_code_idx').on(table.regionCode),
    index('tips_open_verification_idx')
      .on(table.department, table.verificationDueAt)
      .where(sql`${table.status} = 'verifying'`),
    index('tips_case_id_idx').on(table.caseId),
  ],
);

/**
 * The tip ledger: every accepted step of every tip, append-only like the case ledger (a trigger refuses
 * changes) and, for tips started since the 'tip-ledger' patch, hash-chained the same way (db/ledger.ts).
 * Steps of tips started before it keep their rows as they were written, with no hashes.
 */
export const tipEvents = pgTable(
  'tip_events',
  {
    tipId: text('tip_id')
      .notNull()
      .references(() => tips.id),
    sequence: integer('sequence').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** Who acted (user, role, region, department), or the system for intake and timers. */
    actor: jsonb('actor').$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
    evidence: jsonb('evidence')
      .$type<{ reference: string; description?: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** SHA-256 of the previous entry of the same tip ('' for the first); null before tips were chained. */
    prevHash: text('prev_hash'),
    /** SHA-256 over this entry's canonical content and prev_hash; null before tips were chained. */
    hash: text('hash'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tipId, table.sequence] })],
);

export type TipRow = typeof tips.$inferSelect;
export type TipEventRow = typeof tipEvents.$inferSelect;

/**
 * Published list snapshots: append-only (a trigger refuses updates and deletes), one global sequence
 * of versions. Each keeps its entries as of `taken_at` and its diff from the version before it.
 */
export const listSnapshots = pgTable(
  'list_snapshots',
  {
    /** 1, 2, 3, … with no gaps: assigned under a lock in the transaction that takes the snapshot. */
    version: integer('version').primaryKey(),
    /** The as-of instant of the entries: the schedule's action time, or when the request was made. */
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull(),
    trigger: text('trigger').notNull(),
    /** The user who asked for an on-demand snapshot; null for the schedule. */
    requestedBy: text('requested_by'),
    /** The workflow id that took it: taking a snapshot twice under one key keeps one version. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    previousVersion: integer('previous_version'),
    entries: jsonb('entries').$type<ListEntry[]>().notNull(),
    diff: jsonb('diff').$type<ListDiff>().notNull(),
    counts: jsonb('counts').$type<ListCounts>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('list_snapshots_version_positive', sql`${table.version} > 0`),
    check(
      'list_snapshots_trigger_requester',
      sql`(${table.trigger} = 'schedule' and ${table.requestedBy} is null) or (${table.trigger} = 'on_demand' and ${table.requestedBy} is not null)`,
    ),
    check(
      'list_snapshots_previous_version',
      sql`${table.previousVersion} is not distinct from nullif(${table.version} - 1, 0)`,
    ),
  ],
);

export type ListSnapshotRow = typeof listSnapshots.$inferSelect;

/**
 * The bureau's year of each jurisdiction (年度工作): one row per region and year, kept current by its
 * workflow's activity from its state — the milestones with their deadlines and where each stands.
 */
export const years = pgTable(
  'years',
  {
    id: text('id').primaryKey(),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    policyProfile: text('policy_profile').notNull(),
    policyVersion: text('policy_version').notNull(),
    status: text('status').notNull(),
    /** Milestones not yet done. */
    pending: integer('pending').notNull(),
    /** Milestones whose deadline lapsed before they were submitted. */
    overdue: integer('overdue').notNull(),
    /** The earliest lapse among the milestones not yet done. */
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    state: jsonb('state').$type<YearState>().notNull(),
    stateVersion: integer('state_version').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('years_region_year_idx').on(table.regionCode, table.year),
    index('years_year_idx').on(table.year, table.regionCode),
  ],
);

/** The ledger of each year: every accepted step, append-only (a trigger refuses changes), hash-chained. */
export const yearEvents = pgTable(
  'year_events',
  {
    yearId: text('year_id')
      .notNull()
      .references(() => years.id),
    sequence: integer('sequence').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actor: jsonb('actor').$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
    evidence: jsonb('evidence')
      .$type<{ reference: string; description?: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.yearId, table.sequence] })],
);

export type YearRow = typeof years.$inferSelect;
export type YearEventRow = typeof yearEvents.$inferSelect;

/**
 * The yearly announcements (年度社会公告), one row per version: its content, fixed when the version is
 * drawn up, and its decision. A trigger refuses any change to the content, any decision but the first
 * on a draft, and every delete: what was published stays as it was published.
 */
export const announcements = pgTable(
  'announcements',
  {
    /** GG-<region>-<year>-<version> (domain/announcement.ts). */
    id: text('id').primaryKey(),
    /** GG-<region>-<year>: the announcement all its versions belong to, and its ledger's key. */
    announcementKey: text('announcement_key').notNull(),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    cutoff: text('cutoff').notNull(),
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    rows: jsonb('rows').$type<AnnouncementRow[]>().notNull(),
    totals: jsonb('totals').$type<AnnouncementVersion['totals']>().notNull(),
    contentHash: text('content_hash').notNull(),
    corrects: integer('corrects'),
    correction: text('correction'),
    status: text('status').$type<AnnouncementStatus>().notNull(),
    draftedBy: jsonb('drafted_by').$type<Record<string, unknown>>().notNull(),
    draftedAt: timestamp('drafted_at', { withTimezone: true }).notNull(),
    decidedBy: jsonb('decided_by').$type<Record<string, unknown>>(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
  },
  (table) => [
    uniqueIndex('announcements_key_version_idx').on(table.announcementKey, table.version),
    index('announcements_region_year_idx').on(table.year, table.regionCode),
  ],
);

/** The ledger of each announcement: every accepted step, append-only, hash-chained. */
export const announcementEvents = pgTable(
  'announcement_events',
  {
    announcementKey: text('announcement_key').notNull(),
    sequence: integer('sequence').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actor: jsonb('actor').$type<Record<string, unknown>>().notNull(),
    reason: text('reason'),
    evidence: jsonb('evidence')
      .$type<{ reference: string; description?: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    detail: jsonb('detail')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.announcementKey, table.sequence] })],
);

export type AnnouncementRecord = typeof announcements.$inferSelect;
export type AnnouncementEventRow = typeof announcementEvents.$inferSelect;

/**
 * The quarterly notices to member units (季度通报, domain/quarterly-notice.ts): one row per jurisdiction,
 * year and quarter, its content fixed when the year's workflow issues it, and public from then on. Never
 * changed nor deleted (a trigger refuses both); what each unit signed for is in the year's ledger.
 */
export const quarterlyNotices = pgTable(
  'quarterly_notices',
  {
    /** TB-<region>-<year>-Q<quarter>. */
    id: text('id').primaryKey(),
    yearId: text('year_id')
      .notNull()
      .references(() => years.id),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    memberUnits: jsonb('member_units').$type<{ unit: MemberUnit; duties: MemberUnitDuty[] }[]>().notNull(),
    entries: jsonb('entries').$type<NoticeEntry[]>().notNull(),
    counts: jsonb('counts').$type<Record<NoticeList, number>>().notNull(),
    contentHash: text('content_hash').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('quarterly_notices_year_quarter_idx').on(table.yearId, table.quarter),
    index('quarterly_notices_region_year_idx').on(table.year, table.regionCode),
  ],
);

export type QuarterlyNoticeRow = typeof quarterlyNotices.$inferSelect;

/**
 * The statistics tables reported up the chain (domain/year-report.ts): one row per submission of a report
 * milestone, drawn from the ledger and the work plans as of the submission and never changed (a trigger
 * refuses every change and delete), so what the level above checks is what was submitted.
 */
export const yearReports = pgTable(
  'year_reports',
  {
    /** TJ-<region>-<year>-<milestone>-<sequence>. */
    id: text('id').primaryKey(),
    yearId: text('year_id')
      .notNull()
      .references(() => years.id),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    milestone: text('milestone').$type<ReportMilestone>().notNull(),
    /** The year event of the submission that carries it. */
    sequence: integer('sequence').notNull(),
    period: text('period').$type<StatisticsPeriod>().notNull(),
    asOf: timestamp('as_of', { withTimezone: true }).notNull(),
    lines: jsonb('lines').$type<ReportLine[]>().notNull(),
    totals: jsonb('totals').$type<ReportTable['totals']>().notNull(),
    /** The plan version in force for each region, as of the table (null: none approved). */
    plans: jsonb('plans')
      .$type<{ regionCode: string; yearId: string | null; version: number | null }[]>()
      .notNull(),
    contentHash: text('content_hash').notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('year_reports_year_idx').on(table.yearId, table.milestone)],
);

export type YearReportRow = typeof yearReports.$inferSelect;

/**
 * The census inventory (摸底排查, domain/census-inventory.ts): each jurisdiction's rows for a year, one per
 * piece of equipment, imported from the census template. A row's finding never changes; it gains, once
 * each, the local government's consent when it came after the census deadline and the case it was filed as
 * (a trigger refuses anything else, and every delete).
 */
export const censusEntries = pgTable(
  'census_entries',
  {
    /** PC-<region>-<year>-<number>. */
    id: text('id').primaryKey(),
    regionCode: text('region_code').notNull(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    department: text('department').notNull(),
    documentNumber: text('document_number').notNull(),
    finding: jsonb('finding').$type<Finding>().notNull(),
    /** The row of the file it came from. */
    sourceRow: integer('source_row').notNull(),
    importedBy: jsonb('imported_by').$type<Record<string, unknown>>().notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    /** Imported after the census deadline: it waits for the local government's consent. */
    late: boolean('late').notNull(),
    consent: jsonb('consent').$type<CensusConsent>(),
    caseId: text('case_id').references(() => cases.id),
  },
  (table) => [
    uniqueIndex('census_entries_number_idx').on(table.regionCode, table.year, table.number),
    uniqueIndex('census_entries_finding_idx').on(
      table.regionCode,
      table.year,
      table.department,
      table.documentNumber,
    ),
  ],
);

export type CensusEntryRow = typeof censusEntries.$inferSelect;
