import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Allergy, Condition, EmergencyContact } from '../contracts/patient-fields';

export const clinicSchema = pgSchema('clinic');

/**
 * A patient: the clinical profile of a person of the directory (customers.customers, by id; no foreign
 * key across modules). Merged profiles stay as tombstones pointing at the survivor.
 */
export const patients = clinicSchema
  .table(
    'patients',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      personId: uuid().notNull(),
      birthDate: date({ mode: 'string' }),
      sex: text(),
      gender: text(),
      // Clinical fields: a JSON string sealed with the person's health key (db/health-fields.ts);
      // rows written before encryption hold the clear JSON until the backfill seals them.
      allergies: jsonb().$type<Allergy[] | string>().notNull().default([]),
      conditions: jsonb().$type<Condition[] | string>().notNull().default([]),
      alertFlags: jsonb().$type<string[] | string>().notNull().default([]),
      emergencyContact: jsonb().$type<EmergencyContact | null | string>(),
      status: text().notNull().default('active'),
      mergedInto: uuid(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: one living clinical profile per person; decides concurrent creates (409 to the loser).
      uniqueIndex('patients_person_active_idx').on(t.workspaceId, t.personId).where(sql`status = 'active'`),
      // Why: list pages by id (UUIDv7 = creation order), filtered by the people a search matched.
      index().on(t.workspaceId, t.id),
      index().on(t.workspaceId, t.personId),
      check('patient_status', sql`${t.status} in ('active', 'merged')`),
      check('patient_sex', sql`${t.sex} is null or ${t.sex} in ('female', 'male', 'intersex', 'unknown')`),
      tenantPolicy('patients_tenant'),
    ],
  )
  .enableRLS();

/** Clinical notes, signed by their author (the actor); append-only, they move to the survivor on merge. */
export const patientNotes = clinicSchema
  .table(
    'notes',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      patientId: uuid()
        .notNull()
        .references(() => patients.id),
      /** Sealed with the person's health key. */
      body: text().notNull(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: a patient's notes, newest first.
      index().on(t.workspaceId, t.patientId, t.id),
      tenantPolicy('patient_notes_tenant'),
    ],
  )
  .enableRLS();

/** Files of a patient's record (lab results, scans); bytes in the file store, served by signed URL. */
export const patientAttachments = clinicSchema
  .table(
    'attachments',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      patientId: uuid()
        .notNull()
        .references(() => patients.id),
      fileKey: text().notNull(),
      contentType: text().notNull(),
      size: integer().notNull(),
      sha256: text().notNull(),
      /** Sealed with the person's health key. */
      filename: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: a patient's attachments, newest first.
      index().on(t.workspaceId, t.patientId, t.id),
      tenantPolicy('patient_attachments_tenant'),
    ],
  )
  .enableRLS();
