import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getPersonConsents } from '../use-cases/get-person-consents';
import { recordConsent } from '../use-cases/record-consent';
import * as s from './consents.schema';

registerTitles({
  person_not_found: { es: 'Persona no encontrada', 'pt-BR': 'Pessoa não encontrada' },
});

const tags = ['people'];

/** A person's data-protection rights (LGPD art. 18): consents per purpose. Handlers parse, call one use-case, return. */
export const dataRightsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/people/:person_id/consents',
    {
      config: { permission: 'people:read' },
      schema: {
        operationId: 'listPersonConsents',
        summary: "A person's consents and their history",
        description:
          'The current decision per purpose (`current`) and every grant and withdrawal recorded (`history`, newest first): withdrawing never deletes the grant that came before.',
        tags,
        params: s.personParams,
        response: { 200: s.personConsentsSchema },
      },
    },
    async (req) => getPersonConsents({ ctx: req.ctx, input: { personId: req.params.person_id } }),
  );

  app.put(
    '/people/:person_id/consents/:purpose',
    {
      config: { permission: 'people:write', versioned: true },
      schema: {
        operationId: 'recordPersonConsent',
        summary: "Record a person's consent decision for one purpose",
        description:
          'Idempotent: the same decision again answers the consent unchanged. A different one bumps `version` and adds a history record. If-Match (or `expected_version`; 0 when none is recorded yet) guards against overwriting a concurrent decision (412).',
        tags,
        params: s.consentParams,
        body: s.consentBody,
        response: { 200: s.consentSchema },
      },
    },
    async (req) =>
      recordConsent({
        ctx: req.ctx,
        input: {
          personId: req.params.person_id,
          purpose: req.params.purpose,
          legalBasis: req.body.legal_basis,
          status: req.body.status,
          source: req.body.source,
          decidedAt: req.body.decided_at ? new Date(req.body.decided_at) : undefined,
          expectedVersion: ifMatchVersion(req, req.body.expected_version),
        },
      }),
  );
};
