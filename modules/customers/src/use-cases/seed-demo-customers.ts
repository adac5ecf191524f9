import type { AppContext } from '@nexova/db';
import { ConflictError } from '@nexova/kernel';
import { addCustomerAddress } from './add-customer-address';
import { createCustomer } from './create-customer';

const DEMO = [
  {
    name: 'Ana Souza',
    phone: '+55 11 98765-4321',
    email: 'ana@example.com',
    note: 'Prefers delivery after 6pm',
    address: { label: 'Casa', line1: 'Rua Augusta, 1500', city: 'São Paulo', region: 'SP', country: 'BR' },
  },
  {
    name: 'Juan Pérez',
    phone: '+54 9 11 1234-5678',
    email: 'juan@example.com',
    note: null,
    address: { label: 'Casa', line1: 'Av. Corrientes 1234', city: 'Buenos Aires', region: 'CABA', country: 'AR' },
  },
  { name: 'María Fernández', phone: '+52 55 1234 5678', email: null, note: 'VIP', address: null },
];

// Idempotent demo customers (one per market: BR, AR, MX), two with a delivery address; an existing phone is skipped.
export async function seedDemoCustomers({ ctx }: { ctx: AppContext }): Promise<string[]> {
  let created = 0;
  for (const { address, ...c } of DEMO) {
    try {
      const customer = await createCustomer({ ctx, input: c });
      if (address) await addCustomerAddress({ ctx, input: { customerId: customer.id, ...address } });
      created++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return created > 0 ? [`customers: ${created} demo customers`] : [];
}
