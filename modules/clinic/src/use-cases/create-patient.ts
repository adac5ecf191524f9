import { createCustomer, type DocumentInput, getPeople } from '@nexova/customers';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, NotFoundError, newId, ValidationError } from '@nexova/kernel';
import { patientCreated } from '../contracts/events/patient-events.v1';
import type { Patient } from '../contracts/patient';
import type { ProfileInput } from '../contracts/patient-fields';
import { sealProfile } from '../db/health-fields';
import { activeProfileOf } from '../db/patient-store';
import { patients } from '../db/schema';
import { latestBirthDate } from '../domain/dates';
import { EMPTY_PROFILE, profileValues } from '../domain/profile-values';
import { patientWithPerson } from './patient-view';

export type NewPersonInput = {
  name: string;
  phone?: string | null;
  email?: string | null;
  documents?: DocumentInput[];
};

export type CreatePatientInput = ProfileInput & {
  /** An existing person of the directory… */
  personId?: string;
  /** …or a new one, created in the same transaction (its phone and documents stay unique: 409). */
  person?: NewPersonInput;
  /** Country assumed for phones without +code (the workspace's default_phone_region). */
  defaultRegion: string;
};

// Opens the clinical profile of a person (one per person: 409 `patient_exists` naming it), creating the
// person first when given inline; both commit together or not at all.
export async function createPatient({ ctx, input }: { ctx: AppContext; input: CreatePatientInput }): Promise<Patient> {
  if (!input.personId === !input.person)
    throw new ValidationError('Give either person_id (an existing person) or person (a new one).', [
      { pointer: '/person_id', in: 'body', message: 'exactly one of person_id and person is required' },
    ]);
  const profile = profileValues(input, EMPTY_PROFILE, input.defaultRegion, latestBirthDate());
  return withTransaction(ctx, async (t) => {
    let personId = input.personId as string;
    if (input.person) {
      const created = await createCustomer({
        ctx: t,
        input: { ...input.person, defaultRegion: input.defaultRegion },
      }).catch((error: unknown) => {
        throw underPerson(error);
      });
      personId = created.id;
    } else {
      const person = (await getPeople({ ctx: t, input: { personIds: [personId] } })).get(personId);
      if (person?.status !== 'active')
        throw new NotFoundError(`Person ${personId} was not found.`, { code: 'person_not_found' });
    }
    const id = newId();
    const [row] = await t.tx
      .insert(patients)
      .values({ id, workspaceId: workspaceOf(t), personId, ...profile, ...(await sealProfile(t, personId, profile)) })
      // The partial unique index (one living profile per person) decides races; the loser names the winner.
      .onConflictDoNothing()
      .returning();
    if (!row) {
      const existing = await activeProfileOf(t, personId);
      throw new ConflictError(`Person ${personId} already is patient ${existing?.id}.`, {
        code: 'patient_exists',
        extensions: { existing_id: existing?.id ?? null },
      });
    }
    await publish(t, patientCreated, {
      aggregateId: id,
      payload: { patient_id: id, person_id: personId, person_created: Boolean(input.person) },
    });
    return patientWithPerson(t, row);
  });
}

/** The inline person's field errors point into `person` (`/person/documents/0/number`, not `/documents/0/…`). */
function underPerson(error: unknown): unknown {
  if (!(error instanceof ValidationError) || !error.errors) return error;
  const errors = error.errors.map((e) => ({ ...e, pointer: `/person${e.pointer}` }));
  return new ValidationError(error.message, errors, { code: error.code, extensions: error.extensions });
}
