import type { AppContext } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { createCustomer } from './create-customer';

const DEMO = [
  { name: 'Ana Souza', phone: '+55 11 98765-4321', email: 'ana@example.com', note: 'Prefers delivery after 6pm' },
  { name: 'Juan Pérez', phone: '+54 9 11 1234-5678', email: 'juan@example.com', note: null },
  { name: 'María Fernández', phone: '+52 55 1234 5678', email: null, note: 'VIP' },
];

// Idempotent demo customers (one per market: BR, AR, MX); an existing phone is skipped.
export async function seedDemoCustomers({ ctx }: { ctx: AppContext }): Promise<string[]> {
  let created = 0;
  for (const c of DEMO) {
    try {
      await createCustomer({ ctx, input: c });
      created++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return created > 0 ? [`customers: ${created} demo customers`] : [];
}
