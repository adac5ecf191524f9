import { requireClinicModule } from '@nexova/clinic';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getPatientSummary } from '../use-cases/get-patient-summary';
import * as s from './summary.schema';

const tags = ['patients'];

/** Read models over a patient's facts (appointments, invoices, payments). Only where the clinic module is on. */
export const patientRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireClinicModule);

  app.get(
    '/patients/:patient_id/summary',
    {
      config: { permission: 'patients:read' },
      schema: {
        operationId: 'getPatientSummary',
        summary: "A patient's summary: invoices, payments, balance per currency, next appointment, last visit",
        description:
          'Built from events (agenda, billing, clinic merges), so it may lag a write by a moment. Money in integer minor units per currency; balance = invoiced (not void) − paid.',
        tags,
        params: s.patientParams,
        response: { 200: s.patientSummarySchema },
      },
    },
    async (req) => getPatientSummary({ ctx: req.ctx, input: { patientId: req.params.patient_id } }),
  );
};
