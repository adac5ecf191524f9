import { tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const dataRightsSchema = pgSchema('data_rights');

/** A person's current consent for one purpose (LGPD art. 7/11): one row per person and purpose. */
export const consents = dataRightsSchema
  .table(
    'consents',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      personId: uuid().notNull(),
      purpose: text().notNull(),
      legalBasis: text().notNull(),
      status: text().notNull(),
      source: text().notNull(),
      /** When the person granted or withdrew it (as recorded). */
      decidedAt: timestamp({ withTimezone: true }).notNull(),
      actorType: text().notNull(),
      actorId: text(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: one current consent per person and purpose; also serves the per-person list and hasConsent.
      uniqueIndex('consents_person_purpose_idx').on(t.workspaceId, t.personId, t.purpose),
      tenantPolicy('consents_tenant'),
    ],
  )
  .enableRLS();

/** Every grant and withdrawal as it was recorded: withdrawing never erases the grant (proof of consent). */
export const consentHistory = dataRightsSchema
  .table(
    'consent_history',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      personId: uuid().notNull(),
      purpose: text().notNull(),
      legalBasis: text().notNull(),
      status: text().notNull(),
      source: text().notNull(),
      decidedAt: timestamp({ withTimezone: true }).notNull(),
      actorType: text().notNull(),
      actorId: text(),
      version: integer().notNull(),
      recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      // Why: a person's history, newest first (GET consents with history, the export).
      index('consent_history_person_idx').on(t.workspaceId, t.personId, t.recordedAt),
      tenantPolicy('consent_history_tenant'),
    ],
  )
  .enableRLS();

/**
 * A person's data export (LGPD art. 18 II/V): a job gathering everything held about them into one
 * archive in the file store; pollers see `sections_done` grow. The archive is kept while its row names it.
 */
export const personExports = dataRightsSchema
  .table(
    'exports',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      personId: uuid().notNull(),
      status: text().notNull().default('queued'),
      sectionsTotal: integer().notNull().default(0),
      sectionsDone: integer().notNull().default(0),
      fileKey: text(),
      size: integer(),
      sha256: text(),
      error: text(),
      actorType: text().notNull(),
      actorId: text(),
      createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      finishedAt: timestamp({ withTimezone: true }),
      /** Refreshed while a process runs the export; a stale one means that process stopped (recovery worker). */
      heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      /** Runs so far: 1, plus one per resume after an interruption (EXPORT_MAX_ATTEMPTS). */
      attempts: integer().notNull().default(1),
    },
    (t) => [
      // Why: a person's exports, newest first.
      index().on(t.workspaceId, t.personId, t.id),
      tenantPolicy('exports_tenant'),
    ],
  )
  .enableRLS();
