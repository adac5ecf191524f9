import { type TxContext, workspaceOf } from '@nexova/db';
import { personal } from '@nexova/privacy';
import { and, eq } from 'drizzle-orm';
import type { PatientRow } from '../contracts/patient';
import { patientAttachments, patientNotes, type patients } from './schema';

// Clinical data is sealed with the person's `health` key (docs/PRIVACY.md): allergies, conditions,
// alert flags and the emergency contact (as JSON), note bodies and attachment file names. Apart from
// the `personal` key on purpose: erasure shreds that one, while clinical records stay readable for as
// long as the law keeps them. Rows are opened right after they are read; writes seal again.

type StoredPatient = typeof patients.$inferSelect;
type ProfileFields = Pick<PatientRow, 'allergies' | 'conditions' | 'alertFlags' | 'emergencyContact'>;
const PROFILE_FIELDS = ['allergies', 'conditions', 'alertFlags', 'emergencyContact'] as const;

const health = (t: TxContext) => personal(t, 'health');

/** The profile's clinical fields as stored: each one's JSON sealed under the person's health key. */
export async function sealProfile(t: TxContext, personId: string, profile: ProfileFields) {
  const h = health(t);
  return {
    allergies: await h.seal(personId, 'allergies', JSON.stringify(profile.allergies)),
    conditions: await h.seal(personId, 'conditions', JSON.stringify(profile.conditions)),
    alertFlags: await h.seal(personId, 'alert_flags', JSON.stringify(profile.alertFlags)),
    emergencyContact: await h.seal(personId, 'emergency_contact', JSON.stringify(profile.emergencyContact)),
  };
}

const FIELD_NAME = {
  allergies: 'allergies',
  conditions: 'conditions',
  alertFlags: 'alert_flags',
  emergencyContact: 'emergency_contact',
} as const;

/**
 * Patient rows with their clinical fields opened (one key query for the page). A value stored before
 * encryption (a JSON array, not a sealed string) is taken as is; a shredded key opens to empty lists.
 */
export async function openPatientRows(t: TxContext, rows: (StoredPatient | PatientRow)[]): Promise<PatientRow[]> {
  const items = rows.flatMap((r) =>
    PROFILE_FIELDS.map((f) => {
      const v = r[f] as unknown;
      return { personId: r.personId, field: FIELD_NAME[f], stored: typeof v === 'string' ? v : null };
    }),
  );
  const opened = await health(t).openMany(items);
  return rows.map((r, i) => {
    const out = { ...r } as Record<string, unknown>;
    PROFILE_FIELDS.forEach((f, j) => {
      const raw = r[f] as unknown;
      if (typeof raw !== 'string') return; // stored in clear before encryption
      const clear = opened[i * PROFILE_FIELDS.length + j];
      out[f] = clear === null || clear === undefined ? (f === 'emergencyContact' ? null : []) : JSON.parse(clear);
    });
    return out as PatientRow;
  });
}

type NoteRow = typeof patientNotes.$inferSelect;
type AttachmentRow = typeof patientAttachments.$inferSelect;

/** A note's body sealed under the person's health key. */
export const sealNoteBody = (t: TxContext, personId: string, body: string) => health(t).seal(personId, 'note', body);

/** An attachment's file name sealed under the person's health key (null stays null). */
export const sealFilename = (t: TxContext, personId: string, filename: string | null) =>
  health(t).sealOptional(personId, 'attachment_filename', filename);

/** Notes of one patient (whose person is `personId`) with their bodies opened. */
export async function openNotes(t: TxContext, personId: string, rows: NoteRow[]): Promise<NoteRow[]> {
  const bodies = await health(t).openMany(rows.map((r) => ({ personId, field: 'note', stored: r.body })));
  return rows.map((r, i) => ({ ...r, body: bodies[i] ?? '' }));
}

/** Attachments of one patient with their file names opened. */
export async function openAttachments(t: TxContext, personId: string, rows: AttachmentRow[]): Promise<AttachmentRow[]> {
  const names = await health(t).openMany(
    rows.map((r) => ({ personId, field: 'attachment_filename', stored: r.filename })),
  );
  return rows.map((r, i) => ({ ...r, filename: names[i] ?? null }));
}

/** A patient's notes and attachment names, sealed under `fromPerson`'s health key, sealed again under `toPerson`'s. */
export async function resealClinicalTexts(t: TxContext, patientId: string, fromPerson: string, toPerson: string) {
  if (fromPerson === toPerson) return;
  const ws = workspaceOf(t);
  const notes = await t.tx
    .select()
    .from(patientNotes)
    .where(and(eq(patientNotes.workspaceId, ws), eq(patientNotes.patientId, patientId)));
  for (const n of await openNotes(t, fromPerson, notes))
    await t.tx
      .update(patientNotes)
      .set({ body: await sealNoteBody(t, toPerson, n.body) })
      .where(and(eq(patientNotes.workspaceId, ws), eq(patientNotes.id, n.id)));
  const files = await t.tx
    .select()
    .from(patientAttachments)
    .where(and(eq(patientAttachments.workspaceId, ws), eq(patientAttachments.patientId, patientId)));
  for (const a of await openAttachments(t, fromPerson, files))
    await t.tx
      .update(patientAttachments)
      .set({ filename: await sealFilename(t, toPerson, a.filename) })
      .where(and(eq(patientAttachments.workspaceId, ws), eq(patientAttachments.id, a.id)));
}
