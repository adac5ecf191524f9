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

export const personDocumentAdded = defineEvent({
  type: 'customers.document.added',
  version: 1,
  aggregate: 'customer',
  description:
    'An identity document (checked by its check digits, unique in the workspace) was added to a person. The number itself is not in the event (PII).',
  payload: z.object({
    person_id: z.string().uuid(),
    document_id: z.string().uuid(),
    type: z.string(),
    country: z.string(),
  }),
});

export const personDocumentRemoved = defineEvent({
  type: 'customers.document.removed',
  version: 1,
  aggregate: 'customer',
  description: "An identity document was removed from a person's record.",
  payload: z.object({ person_id: z.string().uuid(), document_id: z.string().uuid(), type: z.string() }),
});

export const personErased = defineEvent({
  type: 'customers.person.erased',
  version: 1,
  aggregate: 'customer',
  description:
    "A person was erased (LGPD/GDPR): their data key was destroyed, so every copy sealed with it is unreadable, and the directory keeps a pseudonym. `erased_ids` are the person and the merged tombstones that were the same human. Modules holding copies of the person's data (messages, contacts, profiles) clear them when they consume it; records the law requires to keep (orders, invoices, clinical records) stay, pointing at the pseudonymous person. No personal data is in the event.",
  payload: z.object({
    person_id: z.string().uuid(),
    erased_ids: z.array(z.string().uuid()),
    pseudonym: z.string(),
  }),
});
