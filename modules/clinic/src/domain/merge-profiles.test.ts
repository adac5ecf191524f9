import { describe, expect, it } from 'vitest';
import { changedFields, mergeProfiles, type Profile } from './merge-profiles';

const empty: Profile = {
  birthDate: null,
  sex: null,
  gender: null,
  allergies: [],
  conditions: [],
  alertFlags: [],
  emergencyContact: null,
};

describe('merging clinical profiles', () => {
  it("keeps the survivor's answers, fills its gaps and unions the lists without duplicates", () => {
    const survivor: Profile = {
      ...empty,
      birthDate: '1987-04-12',
      allergies: [{ name: 'Penicilina', severity: 'severe', reaction: null }],
      conditions: [{ name: 'Diabetes', icd10: 'E11.9', since: null }],
      alertFlags: ['Anticoagulated'],
    };
    const duplicate: Profile = {
      ...empty,
      birthDate: '1987-04-21',
      sex: 'female',
      allergies: [
        { name: 'penicilina ', severity: 'mild', reaction: null },
        { name: 'Látex', severity: null, reaction: null },
      ],
      conditions: [
        { name: 'Type 2 diabetes', icd10: 'E11.9', since: '2019-01-01' },
        { name: 'Hypertension', icd10: 'I10', since: null },
      ],
      alertFlags: ['anticoagulated', 'pacemaker'],
      emergencyContact: { name: 'João', phone: '+5511912345678', relationship: null },
    };
    const merged = mergeProfiles(survivor, duplicate);
    expect(merged.birthDate).toBe('1987-04-12');
    expect(merged.sex).toBe('female');
    expect(merged.allergies.map((a) => a.name)).toEqual(['Penicilina', 'Látex']);
    expect(merged.conditions.map((c) => c.icd10)).toEqual(['E11.9', 'I10']);
    expect(merged.alertFlags).toEqual(['Anticoagulated', 'pacemaker']);
    expect(merged.emergencyContact?.name).toBe('João');
    expect(changedFields(survivor, merged)).toEqual([
      'sex',
      'allergies',
      'conditions',
      'alert_flags',
      'emergency_contact',
    ]);
  });
});
