import { findCustomerByPhone } from '@nexova/customers';
import type { AppContext } from '@nexova/db';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import { type CreatePatientInput, createPatient } from './create-patient';

type DemoPatient = Omit<CreatePatientInput, 'defaultRegion'>;

const DEMO: DemoPatient[] = [
  {
    person: {
      name: 'Carla Mendes',
      phone: '+55 11 97654-3210',
      documents: [{ type: 'cpf', number: '937.080.584-29' }],
    },
    birth_date: '1987-03-14',
    sex: 'female',
    allergies: [{ name: 'Penicilina', severity: 'severe', reaction: 'Urticária' }],
  },
  {
    person: {
      name: 'Roberto Lima',
      phone: '+55 21 99876-5432',
      documents: [{ type: 'cpf', number: '987.654.321-00' }],
    },
    birth_date: '1959-11-02',
    sex: 'male',
    conditions: [{ name: 'Hipertensão essencial', icd10: 'I10', since: '2015-01-01' }],
    alert_flags: ['anticoagulado'],
  },
  {
    person: { name: 'Beatriz Rocha', documents: [{ type: 'cpf', number: '111.444.777-35' }] },
    birth_date: '2016-07-21',
    sex: 'female',
    emergency_contact: { name: 'Paula Rocha', phone: '+55 11 91234-5678', relationship: 'mãe' },
  },
  {
    person: {
      name: 'Thiago Alves',
      phone: '+55 31 98888-1234',
      documents: [{ type: 'cpf', number: '390.533.447-05' }],
    },
    birth_date: '1994-01-30',
    sex: 'male',
  },
];

/** The demo shop customer who is also a patient: one person, two roles (docs/ARCHITECTURE.md). */
const SHOP_CUSTOMER_PHONE = '+55 11 98765-4321';

// Idempotent demo patients (new people with CPFs, and a clinical profile for a shop customer); an
// existing document or profile is skipped.
export async function seedDemoPatients({ ctx }: { ctx: AppContext }): Promise<string[]> {
  let created = 0;
  const attempt = async (input: DemoPatient) => {
    try {
      await createPatient({ ctx, input: { ...input, defaultRegion: 'BR' } });
      created++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  };
  for (const patient of DEMO) await attempt(patient);
  try {
    const customer = await findCustomerByPhone({ ctx, input: { phone: SHOP_CUSTOMER_PHONE } });
    await attempt({ personId: customer.id, birth_date: '1990-09-09', sex: 'female' });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  return created > 0 ? [`clinic: ${created} demo patients`] : [];
}
