import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, type TestApp } from '@nexova/app';
import { globalEntryId } from '@nexova/clinical-catalogs';
import { queryRows } from '@nexova/db';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';

// Billing test fixtures, all through the API: a clinic workspace in USD (the shipped catalog's
// currency), patients, and invoices issued from free-text items.

export type Clinic = { call: ApiCall; ws: TestWorkspace };

/** The shipped "general consultation" procedure (4000 USD in the global catalog). */
export const consultation = globalEntryId('procedure', 'general_consultation');

export async function clinic(app: TestApp, modules = ['clinic']): Promise<Clinic> {
  const ws = await signUpAndCreateWorkspace(app);
  const call = apiClient(app, ws.headers);
  const res = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules, default_currency: 'USD' } });
  expect(res.statusCode, res.body).toBe(200);
  return { call, ws };
}

export const expectStatus = (res: { statusCode: number; body: string }, status: number) =>
  expect(res.statusCode, res.body).toBe(status);

export async function created<T = { id: string }>(c: Clinic, url: string, body: unknown): Promise<T> {
  const res = await c.call('POST', url, body);
  expectStatus(res, 201);
  return res.json() as T;
}

export const patient = async (c: Clinic) =>
  (await created(c, '/patients', { person: { name: `Paciente ${randomUUID().slice(0, 6)}` } })).id;

export type InvoiceBody = {
  id: string;
  status: string;
  number: number | null;
  total: number;
  paid: number;
  balance: number;
  version: number;
  allowed_actions: string[];
  lines: { unit_price: number; discount_total: number; tax: number; total: number }[];
};

/** A draft of one free-text item of `amount`, issued; returns the issued invoice. */
export async function issued(c: Clinic, patientId: string, amount: number): Promise<InvoiceBody> {
  const draft = await created<InvoiceBody>(c, '/invoices', {
    patient_id: patientId,
    lines: [{ description: 'Procedimento', unit_price: amount }],
  });
  const res = await c.call('POST', `/invoices/${draft.id}/issue`);
  expectStatus(res, 200);
  return res.json() as InvoiceBody;
}

/** The billing events an invoice published, in order. */
export const eventsOf = (app: TestApp, invoiceId: string) =>
  queryRows<{ type: string; payload: Record<string, unknown> }>(
    app.database.db,
    sql`select type, payload from events.outbox where aggregate_id = ${invoiceId} and type like 'billing.%' order by position`,
  );
