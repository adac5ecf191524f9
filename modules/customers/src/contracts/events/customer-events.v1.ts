import { defineEvent } from '@nexova/events';
import { z } from 'zod';

export const customerCreated = defineEvent({
  type: 'customers.customer.created',
  version: 1,
  aggregate: 'customer',
  description: 'A customer was added to the workspace.',
  payload: z.object({ customer_id: z.string().uuid(), name: z.string(), phone: z.string().nullable() }),
});

export const customerUpdated = defineEvent({
  type: 'customers.customer.updated',
  version: 1,
  aggregate: 'customer',
  description: "A customer's details changed; `changed` names the fields.",
  payload: z.object({ customer_id: z.string().uuid(), changed: z.array(z.string()), version: z.number().int() }),
});

export const customerDeleted = defineEvent({
  type: 'customers.customer.deleted',
  version: 1,
  aggregate: 'customer',
  description: 'A customer was soft-deleted.',
  payload: z.object({ customer_id: z.string().uuid() }),
});

export const customerMerged = defineEvent({
  type: 'customers.customer.merged',
  version: 1,
  aggregate: 'customer',
  description:
    'A duplicate customer was merged into a survivor. Modules holding customer ids (orders, payments, conversations) re-point merged_id to survivor_id when they consume it.',
  payload: z.object({
    survivor_id: z.string().uuid(),
    merged_id: z.string().uuid(),
    notes_moved: z.number().int(),
  }),
});
