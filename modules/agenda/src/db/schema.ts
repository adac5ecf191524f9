import { createdAtColumn, tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgSchema, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const agenda = pgSchema('agenda');

/**
 * A workspace member who sees patients. `specialty_ids` name clinical-catalog specialties by uuid (no
 * foreign key across modules; checked through that module's front door on write); `user_id` is the member.
 */
export const professionals = agenda
  .table(
    'professionals',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      userId: uuid(),
      name: text().notNull(),
      specialtyIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
      licenceNumber: text(),
      active: boolean().notNull().default(true),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [index().on(t.workspaceId, t.id), tenantPolicy('professionals_tenant')],
  )
  .enableRLS();

/** A room or another bookable resource (a laser, a chair). */
export const resources = agenda
  .table(
    'resources',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      kind: text().notNull().default('room'),
      name: text().notNull(),
      active: boolean().notNull().default(true),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [index().on(t.workspaceId, t.id), tenantPolicy('resources_tenant')],
  )
  .enableRLS();

/**
 * What can be booked: a duration, who may do it (empty = any active professional) and the rooms it
 * may use (one of them is taken; empty = no room needed). `catalog_entry_id` names a clinical-catalog
 * procedure; a service created from one takes its effective duration and price unless given.
 */
export const services = agenda
  .table(
    'services',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      name: text().notNull(),
      durationMinutes: integer().notNull(),
      professionalIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
      resourceIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
      catalogEntryId: uuid(),
      /** Integer minor units of `currency`; taken from the catalog entry at creation unless given. */
      price: integer(),
      currency: text(),
      active: boolean().notNull().default(true),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      index().on(t.workspaceId, t.id),
      check('services_duration_positive', sql`${t.durationMinutes} between 1 and 1440`),
      check(
        'services_price_currency',
        sql`(${t.price} is null) = (${t.currency} is null) and coalesce(${t.price}, 0) >= 0`,
      ),
      tenantPolicy('services_tenant'),
    ],
  )
  .enableRLS();

/** Weekly opening of a professional or a resource, in the workspace's time zone (local wall times). */
export const availabilityRules = agenda
  .table(
    'availability_rules',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      ownerKind: text().notNull(),
      ownerId: uuid().notNull(),
      weekday: smallint().notNull(),
      startMinute: integer().notNull(),
      endMinute: integer().notNull(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: slot search reads the rules of one owner.
      index().on(t.workspaceId, t.ownerKind, t.ownerId),
      check('rules_weekday', sql`${t.weekday} between 1 and 7`),
      check(
        'rules_minutes',
        sql`${t.startMinute} >= 0 and ${t.endMinute} <= 1440 and ${t.startMinute} < ${t.endMinute}`,
      ),
      tenantPolicy('availability_rules_tenant'),
    ],
  )
  .enableRLS();

/**
 * A dated change to the weekly rules: `closed` (holiday, absence) removes time, `open` (extra hours)
 * adds it. A null owner applies to every professional and resource (a clinic holiday).
 */
export const availabilityExceptions = agenda
  .table(
    'availability_exceptions',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      ownerKind: text(),
      ownerId: uuid(),
      kind: text().notNull(),
      startsAt: timestamp({ withTimezone: true }).notNull(),
      endsAt: timestamp({ withTimezone: true }).notNull(),
      reason: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: slot search reads the exceptions overlapping its range.
      index().on(t.workspaceId, t.startsAt),
      check('exceptions_range', sql`${t.startsAt} < ${t.endsAt}`),
      tenantPolicy('availability_exceptions_tenant'),
    ],
  )
  .enableRLS();

/**
 * A held or booked slot: one professional and at most one resource over [starts_at, ends_at). The
 * exclusion constraints (hand-written in the migration) refuse two blocking rows that overlap for
 * one professional or one resource: the database, not the code, prevents double booking.
 */
export const appointments = agenda
  .table(
    'appointments',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      serviceId: uuid().notNull(),
      professionalId: uuid().notNull(),
      resourceId: uuid(),
      patientId: uuid(),
      status: text().notNull(),
      startsAt: timestamp({ withTimezone: true }).notNull(),
      endsAt: timestamp({ withTimezone: true }).notNull(),
      expiresAt: timestamp({ withTimezone: true }),
      notes: text(),
      cancelReason: text(),
      canceledBy: text(),
      rescheduledFromId: uuid(),
      rescheduledToId: uuid(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: the agenda of a professional (and slot search) reads by start time.
      index().on(t.workspaceId, t.professionalId, t.startsAt),
      index().on(t.workspaceId, t.startsAt),
      check('appointments_range', sql`${t.startsAt} < ${t.endsAt}`),
      tenantPolicy('appointments_tenant'),
    ],
  )
  .enableRLS();

/** Every status change of an appointment, with who and why (kept across reschedules). */
export const appointmentHistory = agenda
  .table(
    'appointment_history',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      appointmentId: uuid().notNull(),
      action: text().notNull(),
      fromStatus: text(),
      toStatus: text().notNull(),
      reason: text(),
      actorType: text().notNull(),
      actorId: text(),
      ...createdAtColumn(),
    },
    (t) => [index().on(t.workspaceId, t.appointmentId, t.id), tenantPolicy('appointment_history_tenant')],
  )
  .enableRLS();

// The reception queue and recurring series (own files; drizzle-kit reads them through these re-exports).
export * from './queue-schema';
export * from './reminder-schema';
export * from './series-schema';
export * from './settings-schema';
