import type { AppContext } from '@nexova/db';
import { ifMatchVersion } from '@nexova/http';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addPatientNote } from '../use-cases/add-patient-note';
import { createPatient } from '../use-cases/create-patient';
import { getPatient } from '../use-cases/get-patient';
import { listPatientNotes } from '../use-cases/list-patient-notes';
import { listPatients } from '../use-cases/list-patients';
import { updatePatient } from '../use-cases/update-patient';
import { attachmentRoutes } from './attachment-routes';
import { requireClinicModule } from './clinic-enabled';
import * as s from './patients.schema';

const tags = ['patients'];

const phoneRegion = async (ctx: AppContext) => (await getWorkspaceSettings({ ctx })).default_phone_region;

/** /patients: clinical profiles of the directory's people, notes, attachments. Only where the clinic module is on. */
export const patientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireClinicModule);

  app.get(
    '/patients',
    {
      config: { permission: 'patients:read' },
      schema: {
        operationId: 'listPatients',
        summary: 'List and search patients',
        tags,
        querystring: s.listQuery(app.config),
        response: { 200: s.patientPage },
      },
    },
    async (req) =>
      listPatients({
        ctx: req.ctx,
        input: { ...req.query, searchMaxPeople: app.config.PATIENT_SEARCH_MAX_PEOPLE },
      }),
  );

  app.post(
    '/patients',
    {
      config: { permission: 'patients:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createPatient',
        summary: 'Open a patient record',
        description:
          'For an existing person (`person_id`) or a new one (`person`). 409 `patient_exists` when the person already is a patient, `document_taken` / `customer_phone_taken` naming the existing person.',
        tags,
        body: s.createBody,
        response: { 201: s.patientSchema },
      },
    },
    async (req, reply) => {
      const { person_id, person, ...profile } = req.body;
      const patient = await createPatient({
        ctx: req.ctx,
        input: { ...profile, personId: person_id, person, defaultRegion: await phoneRegion(req.ctx) },
      });
      reply.code(201).header('location', `${app.prefix}/patients/${patient.id}`);
      return patient;
    },
  );

  app.get(
    '/patients/:patient_id',
    {
      config: { permission: 'patients:read', versioned: true },
      schema: {
        operationId: 'getPatient',
        summary: 'A patient with its person and clinical profile',
        tags,
        params: s.patientParams,
        response: { 200: s.patientSchema },
      },
    },
    async (req) => getPatient({ ctx: req.ctx, input: { patientId: req.params.patient_id } }),
  );

  app.patch(
    '/patients/:patient_id',
    {
      config: { permission: 'patients:write', versioned: true },
      schema: {
        operationId: 'updatePatient',
        summary: "Update a patient's clinical profile",
        description:
          'Lists (allergies, conditions, alert_flags) are replaced whole. Name, phone and documents: /customers, /people.',
        tags,
        params: s.patientParams,
        body: s.updateBody,
        response: { 200: s.patientSchema },
      },
    },
    async (req) =>
      updatePatient({
        ctx: req.ctx,
        input: {
          ...req.body,
          patientId: req.params.patient_id,
          expectedVersion: ifMatchVersion(req),
          defaultRegion: await phoneRegion(req.ctx),
        },
      }),
  );

  app.get(
    '/patients/:patient_id/notes',
    {
      config: { permission: 'patients:read' },
      schema: {
        operationId: 'listPatientNotes',
        summary: "A patient's notes, newest first",
        tags,
        params: s.patientParams,
        querystring: s.notesQuery(app.config),
        response: { 200: s.notePage },
      },
    },
    async (req) => listPatientNotes({ ctx: req.ctx, input: { patientId: req.params.patient_id, ...req.query } }),
  );

  app.post(
    '/patients/:patient_id/notes',
    {
      config: { permission: 'patients:write' },
      schema: {
        operationId: 'createPatientNote',
        summary: 'Add a clinical note (signed by the caller)',
        description: '`Location` is the list of the patient’s notes.',
        tags,
        params: s.patientParams,
        body: s.noteBody,
        response: { 201: s.patientNoteSchema },
      },
    },
    async (req, reply) => {
      const note = await addPatientNote({
        ctx: req.ctx,
        input: { patientId: req.params.patient_id, body: req.body.body },
      });
      reply.code(201).header('location', `${app.prefix}/patients/${req.params.patient_id}/notes`);
      return note;
    },
  );

  await app.register(attachmentRoutes);
};
