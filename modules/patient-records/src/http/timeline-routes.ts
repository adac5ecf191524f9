import { Readable } from 'node:stream';
import { requireClinicModule } from '@nexova/clinic';
import { pickLocale } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { kindsOf, type TimelineKind } from '../domain/timeline-kinds';
import { exportPatientTimeline } from '../use-cases/export-patient-timeline';
import { listBillingTimeline } from '../use-cases/list-billing-timeline';
import { listPatientTimeline } from '../use-cases/list-patient-timeline';
import { patientParams } from './summary.schema';
import * as s from './timeline.schema';
import { csvChunks, jsonChunks } from './timeline-export';

const tags = ['patients'];

const kindsIn = (kind: string | undefined): TimelineKind[] | undefined =>
  kind ? [...new Set(kind.split(',').flatMap((t) => kindsOf(t.trim()) ?? []))] : undefined;

const wantsCsv = (accept: string | undefined) => /(^|,)\s*text\/csv\b/i.test(accept ?? '');

/** A patient's timeline (page or export) and billing timeline. Only where the clinic module is on. */
export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireClinicModule);
  const cfg = app.config;

  app.get(
    '/patients/:patient_id/timeline',
    {
      config: {
        permission: 'patients:read',
        alternates: {
          'text/csv': { description: 'The export as CSV (Accept: text/csv or ?format=csv).', example: s.csvExample },
        },
      },
      schema: {
        operationId: 'getPatientTimeline',
        summary: "A patient's timeline: appointments, queue visits, invoices, payments, record changes and merges",
        description: [
          'Every event about the patient, newest first, keyset-paged. Built from events, so it may lag a write by a moment.',
          'Filter with `kind` (kinds or groups) and `occurred_from`/`occurred_to`.',
          `Export: \`?format=csv\` (or \`Accept: text/csv\`) streams every matching entry as CSV with headers in the request locale; \`?format=json\` as a JSON array of the same items a page holds. At most PATIENT_TIMELINE_EXPORT_MAX_ROWS newest entries; \`x-export-truncated: true\` when more matched.`,
        ].join('\n\n'),
        tags,
        params: patientParams,
        querystring: s.timelineQuery(cfg),
        response: { 200: s.timelinePageSchema },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const filter = {
        patientId: req.params.patient_id,
        kinds: kindsIn(q.kind),
        from: q.occurred_from ? new Date(q.occurred_from) : undefined,
        to: q.occurred_to ? new Date(q.occurred_to) : undefined,
      };
      const locale = pickLocale(req.headers['accept-language']);
      const format = q.format ?? (wantsCsv(req.headers.accept) ? 'csv' : undefined);
      if (!format)
        return listPatientTimeline({ ctx: req.ctx, input: { ...filter, cursor: q.cursor, limit: q.limit, locale } });
      const exported = await exportPatientTimeline({
        ctx: req.ctx,
        input: { ...filter, locale, maxRows: cfg.PATIENT_TIMELINE_EXPORT_MAX_ROWS },
      });
      const csv = format === 'csv';
      reply
        .type(csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="timeline-${filter.patientId}.${format}"`)
        .header('x-export-truncated', String(exported.truncated));
      // A stream is sent as it is read (Fastify does not run the JSON serializer on streams).
      const body = Readable.from(csv ? csvChunks(exported.entries, locale) : jsonChunks(exported.entries));
      return reply.send(body as never);
    },
  );

  // The billing timeline is its own endpoint, not a `kind=billing` filter of the timeline: reception
  // asks "what does this patient owe and how did it come to that", which needs each line's running
  // balance per currency — computed over the whole billing history, so it is right on any page and
  // no filter of the general timeline (whose pages skip kinds) could give it.
  app.get(
    '/patients/:patient_id/billing-timeline',
    {
      config: { permission: 'patients:read' },
      schema: {
        operationId: 'getPatientBillingTimeline',
        summary: "A patient's invoices and payments, newest first, with the running balance per currency",
        description:
          'Issued and voided invoices, registered and reversed payments. `amount_minor` is what each did to the balance (+ invoiced or a payment undone, − paid or an invoice voided); `balance_minor` the balance in that currency right after it. Built from events.',
        tags,
        params: patientParams,
        querystring: s.billingQuery(cfg),
        response: { 200: s.billingPageSchema },
      },
    },
    async (req) =>
      listBillingTimeline({
        ctx: req.ctx,
        input: {
          patientId: req.params.patient_id,
          cursor: req.query.cursor,
          limit: req.query.limit,
          locale: pickLocale(req.headers['accept-language']),
        },
      }),
  );

  // The workspace's receivables: every patient's invoices and payments with the running balance per
  // currency (what the front desk reconciles at the end of the day), read by billing staff.
  app.get(
    '/billing-timeline',
    {
      config: { permission: 'invoices:read' },
      schema: {
        operationId: 'getWorkspaceBillingTimeline',
        summary: "The workspace's invoices and payments, newest first, with its running receivables per currency",
        description:
          'Every patient’s issued and voided invoices, registered and reversed payments, each naming its `patient_id`. `amount_minor` is what the entry did to the balance; `balance_minor` what the workspace is owed in that currency right after it. Built from events.',
        tags: ['invoices'],
        querystring: s.billingQuery(cfg),
        response: { 200: s.billingPageSchema },
      },
    },
    async (req) =>
      listBillingTimeline({
        ctx: req.ctx,
        input: {
          patientId: null,
          cursor: req.query.cursor,
          limit: req.query.limit,
          locale: pickLocale(req.headers['accept-language']),
        },
      }),
  );
};
