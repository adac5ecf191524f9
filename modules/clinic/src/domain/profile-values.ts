import { normalisePhone } from '@nexova/customers';
import { ValidationError } from '@nexova/kernel';
import type { ProfileInput } from '../contracts/patient-fields';
import type { Profile } from './merge-profiles';

// Turns a request's profile fields into stored values (pure): checks what zod cannot (a birth date
// in the future), normalises the emergency contact's phone, and keeps unspecified fields as they are.

export function profileValues(input: ProfileInput, current: Profile, region: string, today: string): Profile {
  if (input.birth_date && input.birth_date > today)
    throw new ValidationError('The birth date is in the future.', [
      { pointer: '/birth_date', in: 'body', message: 'must not be in the future', code: 'birth_date_future' },
    ]);
  let emergencyContact = current.emergencyContact;
  if (input.emergency_contact !== undefined) {
    emergencyContact = null;
    if (input.emergency_contact) {
      const phone = normalisePhone(input.emergency_contact.phone, region);
      if (!phone)
        throw new ValidationError('The emergency contact phone is not valid.', [
          {
            pointer: '/emergency_contact/phone',
            in: 'body',
            message: 'is not a valid phone number (use +country code or a local number)',
            code: 'invalid_phone',
          },
        ]);
      emergencyContact = { ...input.emergency_contact, phone: phone.e164 };
    }
  }
  return {
    birthDate: input.birth_date === undefined ? current.birthDate : input.birth_date,
    sex: input.sex === undefined ? current.sex : input.sex,
    gender: input.gender === undefined ? current.gender : input.gender || null,
    allergies: input.allergies ?? current.allergies,
    conditions: input.conditions ?? current.conditions,
    alertFlags: input.alert_flags ?? current.alertFlags,
    emergencyContact,
  };
}

export const EMPTY_PROFILE: Profile = {
  birthDate: null,
  sex: null,
  gender: null,
  allergies: [],
  conditions: [],
  alertFlags: [],
  emergencyContact: null,
};
