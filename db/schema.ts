/**
 * The read model and history tables, all in one module (drizzle-kit generates migrations from it).
 * The workflow is the source of truth for a case; these rows are kept current by its activities
 * and are what lists, searches and auditors read.
 */
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Deadline } from '../domain/calendar';
import type { Finding } from '../domain/finding';

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
    policyVersion: text('policy_version').notNull(),
    finding: jsonb('finding').$type<Finding>().notNull(),
    status: text('status').notNull(),
    deadline: jsonb('deadline').$type<Deadline | null>(),
    deadlineLapsesAt: timestamp('deadline_lapses_at', { withTimezone: true }),
    /** Sequence number of the last case event applied here; guards against out-of-order writes. */
    stateVersion: integer('state_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('cases_department_document_number_key').on(table.department, table.documentNumber),
    index('cases_region_code_idx').on(table.regionCode),
    index('cases_deadline_lapses_at_idx').on(table.deadlineLapsesAt),
    index('cases_credit_code_idx').on(table.creditCode),
  ],
);

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
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.sequence] })],
);

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
