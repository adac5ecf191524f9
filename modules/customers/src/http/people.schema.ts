import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { customerSchema } from '../contracts/customer';
import { documentInputSchema, documentTypeSchema, personDocumentSchema } from '../contracts/document';
import { personSchema } from '../contracts/person';

// Request and response shapes of the /people directory routes (house rule 8).

const P = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';
const D = '0190f1c2-7d3a-7b41-9e4c-d0d0d0d0d0d0';

export const personParams = z
  .object({ person_id: z.string().uuid().meta({ example: P }) })
  .meta({ example: { person_id: P } });

export const documentParams = z
  .object({ person_id: z.string().uuid().meta({ example: P }), document_id: z.string().uuid().meta({ example: D }) })
  .meta({ example: { person_id: P, document_id: D } });

export const byDocumentParams = z
  .object({
    type: documentTypeSchema,
    number: z.string().trim().min(1).max(40).describe('Any usual spelling (529.982.247-25 or 52998224725).'),
  })
  .meta({ example: { type: 'cpf', number: '52998224725' } });

export const documentBody = documentInputSchema;

export const documentsQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg).meta({ example: { limit: 20 } });

export const documentPage = pageSchema(personDocumentSchema).meta({
  example: { items: [personDocumentSchema.meta()?.example], next_cursor: null },
});

export const noContent = z.null().meta({ example: null });

export { customerSchema, personDocumentSchema, personSchema };
