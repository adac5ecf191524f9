import type { Allergy, Condition, EmergencyContact } from '../contracts/patient-fields';

// How two clinical profiles of one human become one (pure): the survivor's answers win, its gaps are
// filled from the duplicate, and lists are the union (nothing clinical is ever dropped by a merge).

export type Profile = {
  birthDate: string | null;
  sex: string | null;
  gender: string | null;
  allergies: Allergy[];
  conditions: Condition[];
  alertFlags: string[];
  emergencyContact: EmergencyContact | null;
};

const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** Items of `a`, then those of `b` whose key is not already present. */
function union<T>(a: T[], b: T[], keyOf: (t: T) => string): T[] {
  const seen = new Set(a.map(keyOf));
  return [...a, ...b.filter((t) => !seen.has(keyOf(t)))];
}

export function mergeProfiles(survivor: Profile, duplicate: Profile): Profile {
  return {
    birthDate: survivor.birthDate ?? duplicate.birthDate,
    sex: survivor.sex ?? duplicate.sex,
    gender: survivor.gender ?? duplicate.gender,
    allergies: union(survivor.allergies, duplicate.allergies, (a) => key(a.name)),
    conditions: union(survivor.conditions, duplicate.conditions, (c) => c.icd10 ?? key(c.name)),
    alertFlags: union(survivor.alertFlags, duplicate.alertFlags, key),
    emergencyContact: survivor.emergencyContact ?? duplicate.emergencyContact,
  };
}

/** The profile fields whose value differs between two profiles (for `clinic.patient.updated`). */
export function changedFields(before: Profile, after: Profile): string[] {
  const names: [keyof Profile, string][] = [
    ['birthDate', 'birth_date'],
    ['sex', 'sex'],
    ['gender', 'gender'],
    ['allergies', 'allergies'],
    ['conditions', 'conditions'],
    ['alertFlags', 'alert_flags'],
    ['emergencyContact', 'emergency_contact'],
  ];
  return names.filter(([k]) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(([, wire]) => wire);
}
