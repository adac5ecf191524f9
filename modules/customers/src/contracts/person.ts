import { z } from 'zod';
import { personDocumentSchema } from './document';

/** A person of the workspace's directory as other modules embed it (a patient's person, a contact). */
export const personSchema = z
  .object({
    id: z.string().uuid().describe('The person id (the same as the customer id).'),
    name: z.string(),
    phone: z.string().nullable().describe('E.164.'),
    email: z.string().nullable(),
    status: z.enum(['active', 'merged']).describe('merged: a tombstone; its records moved to the survivor.'),
    documents: z.array(personDocumentSchema),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd',
      name: 'Ana Souza',
      phone: '+5511987654321',
      email: 'ana@example.com',
      status: 'active',
      documents: [personDocumentSchema.meta()?.example],
    },
  });
export type Person = z.infer<typeof personSchema>;
