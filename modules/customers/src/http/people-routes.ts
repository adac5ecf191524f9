import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addPersonDocument } from '../use-cases/add-person-document';
import { erasePerson } from '../use-cases/erase-person';
import { findPersonByDocument } from '../use-cases/find-person-by-document';
import { listPersonDocuments } from '../use-cases/list-person-documents';
import { removePersonDocument } from '../use-cases/remove-person-document';
import * as s from './people.schema';

const tags = ['people'];

/**
 * /people: the workspace's directory of people (one record per human; the same id as /customers/{customer_id}).
 * Here live what belongs to the human rather than to the shop: identity documents and lookup by document.
 */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/people/by-document/:type/:number',
    {
      config: { permission: 'people:read' },
      schema: {
        operationId: 'findPersonByDocument',
        summary: 'Find the person holding an identity document',
        description:
          'Exact match on the normalised number; 400 when it fails its check digits, 404 when nobody has it.',
        tags,
        params: s.byDocumentParams,
        response: { 200: s.personSchema },
      },
    },
    async (req) => findPersonByDocument({ ctx: req.ctx, input: req.params }),
  );

  app.get(
    '/people/:person_id/documents',
    {
      config: { permission: 'people:read' },
      schema: {
        operationId: 'listPersonDocuments',
        summary: "A person's identity documents",
        tags,
        params: s.personParams,
        querystring: s.documentsQuery(app.config),
        response: { 200: s.documentPage },
      },
    },
    async (req) => listPersonDocuments({ ctx: req.ctx, input: { personId: req.params.person_id, ...req.query } }),
  );

  app.post(
    '/people/:person_id/documents',
    {
      config: { permission: 'people:write' },
      schema: {
        operationId: 'createPersonDocument',
        summary: 'Add an identity document to a person',
        description:
          'Checked by its check digits (400 naming /number); 409 `document_taken` with `existing_id` when a person of the workspace already has it.',
        tags,
        params: s.personParams,
        body: s.documentBody,
        response: { 201: s.personDocumentSchema },
      },
    },
    async (req, reply) => {
      const document = await addPersonDocument({
        ctx: req.ctx,
        input: { personId: req.params.person_id, document: req.body },
      });
      reply.code(201).header('location', `${app.prefix}/people/${req.params.person_id}/documents`);
      return document;
    },
  );

  app.delete(
    '/people/:person_id/documents/:document_id',
    {
      config: { permission: 'people:write' },
      schema: {
        operationId: 'deletePersonDocument',
        summary: 'Remove an identity document from a person',
        tags,
        params: s.documentParams,
        response: { 204: s.noContent },
      },
    },
    async (req, reply) => {
      await removePersonDocument({
        ctx: req.ctx,
        input: { personId: req.params.person_id, documentId: req.params.document_id },
      });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/people/:person_id/erase',
    {
      config: { permission: 'privacy:erase', versioned: { ifMatch: false } },
      schema: {
        operationId: 'erasePerson',
        summary: "Erase a person's personal data (LGPD/GDPR)",
        description:
          "Crypto-shredding: the person's data key is destroyed, so their phone, e-mail and documents — in every table, event, backup and replica — can no longer be read; the record keeps a pseudonym; documents, addresses and notes are deleted; conversations clear their messages and media. Orders, invoices and clinical records the law requires to keep stay, pointing at the pseudonymous person. Cannot be undone; erasing again answers the erased person. The audit trail records who erased whom (`privacy.person_erased`), with no personal data.",
        tags,
        params: s.personParams,
        response: { 200: s.customerSchema },
      },
    },
    async (req) => erasePerson({ ctx: req.ctx, input: { personId: req.params.person_id } }),
  );
};
